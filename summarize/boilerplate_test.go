package summarize

import (
	"slices"
	"testing"
)

func TestIsBoilerplate(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"byline", "By Jane Doe", true},
		{"byline with agency", "By JANE DOE, Reuters", true},
		{"daily mail byline block", "By Daily Mail Reporter PUBLISHED: 12:01 EST, 3 April 2015 | UPDATED: 14:22 EST", true},
		{"read more", "Read more: How the deal was done", true},
		{"sign up", "Sign up for our morning briefing.", true},
		{"scroll down", "Scroll down for video", true},
		{"copyright line", "Copyright 2015 The Associated Press.", true},
		{"copyright sign", "© 2015 Cable News Network.", true},
		{"photo credit", "Photo: Getty Images", true},
		{"caption label", "Strictly business:", true},
		{"dateline alone", "WASHINGTON", true},
		{"empty", "", true},
		{"byline with two names", "By Jane Doe and John Roe in London", true},
		{"by a day", "By Monday, prices had fallen 4%.", false},
		{"by a name then news", "By Tuesday Smith had resigned.", false},
		{"news sentence", "The minister said the talks would resume on Friday.", false},
		{"sentence starting with by", "By the end of the week, prices had fallen 4%.", false},
		{"copyright law story", "The court ruled that the copyright claim had expired in 1998.", false},
		{"short quote", "\"We are ready,\" he said.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			words, _ := splitRankWords(tt.in, "", true, newRankVocab(newWordTable(len(tt.in)), len(tt.in)), nil, nil)
			if got := isBoilerplate(tt.in, "", len(words), boilerplatePhrases[:]); got != tt.want {
				t.Errorf("isBoilerplate(%q) = %v, want %v", tt.in, got, tt.want)
			}
			if got := isBoilerplate(tt.in, lowerText(tt.in), len(words), boilerplatePhrases[:]); got != tt.want {
				t.Errorf("isBoilerplate(%q) with its lowered copy = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestPossiblePhrases(t *testing.T) {
	words := map[string]int32{"scroll": 7, "the": 1}
	got := possiblePhrases(nil, func(w string) (int32, bool) { id, ok := words[w]; return id, ok })
	want := []phraseKey{{"scroll down for", 7}, {"©", -1}}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
