package eval

import (
	"math"
	"slices"
	"testing"
)

func TestScoreRouge(t *testing.T) {
	tests := []struct {
		name       string
		ref, cand  string
		r1, r2, rl float64
	}{
		{"identical", "the cat sat", "the cat sat", 1, 1, 1},
		{"disjoint", "the cat sat", "dogs ran off", 0, 0, 0},
		{"empty candidate", "the cat sat", "", 0, 0, 0},
		{"case and punctuation", "The CAT, sat!", "the cat sat", 1, 1, 1},
		// 5 of 6 reference words, 3 of 5 reference bigrams; the LCS is 5.
		{"dropped word", "the cat sat on the mat", "the cat on the mat", 10.0 / 11, 2.0 / 3, 10.0 / 11},
		// Lin (2004), summary-level LCS: the union LCS of w1..w5 with the two
		// candidate sentences is w1 w2 w3 w5, so R = 4/5, P = 4/10. ROUGE-2
		// runs over the joined text: 1 of 4 reference bigrams, 1 of 9.
		{"union lcs", "w1 w2 w3 w4 w5", "w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5", 8.0 / 15, 2.0 / 13, 8.0 / 15},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ScoreRouge(tt.ref, tt.cand)
			if !near(got.R1, tt.r1) || !near(got.R2, tt.r2) || !near(got.RLsum, tt.rl) {
				t.Errorf("got %.4f/%.4f/%.4f, want %.4f/%.4f/%.4f", got.R1, got.R2, got.RLsum, tt.r1, tt.r2, tt.rl)
			}
		})
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestRougeTokens(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"lower and split", "Hello, World", []string{"hello", "world"}},
		{"digits split at punctuation", "3.7 km", []string{"3", "7", "km"}},
		{"non-ascii letters separate", "Café au lait", []string{"caf", "au", "lait"}},
		{"short words unstemmed", "was has its", []string{"was", "has", "its"}},
		{"stemmed", "running rates", []string{"run", "rate"}},
		{"nltk irregular form", "dying skies", []string{"die", "sky"}},
		{"empty", " -- ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := RougeTokens(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
