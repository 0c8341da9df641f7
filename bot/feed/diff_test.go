package feed

import (
	"strings"
	"testing"

	"github.com/briefly-bot/briefly/summarize"
)

// analysis is a hand-made Analysis of sentences, with quotes given as
// (text, speaker) pairs found in the text.
func analysis(sentences []string, quotes ...[2]string) *summarize.Analysis {
	text := strings.Join(sentences, " ")
	a := &summarize.Analysis{Text: text}
	off := 0
	for _, s := range sentences {
		a.Sentences = append(a.Sentences, summarize.Sentence{Text: s, Span: summarize.Span{Start: off, End: off + len(s)}})
		off += len(s) + 1
	}
	for _, q := range quotes {
		i := strings.Index(text, q[0])
		a.Quotes = append(a.Quotes, summarize.Quote{Text: q[0], Speaker: q[1], Direct: true,
			Span: summarize.Span{Start: i, End: i + len(q[0])}})
	}
	return a
}

func TestDiff(t *testing.T) {
	old := analysis([]string{
		"The council voted 6-3 to approve a $48.2 million plan.",
		"The plan raises the parking tax from 8% to 11%.",
		"Details are at https://city.example/memo?utm_source=rss today.",
	}, [2]string{"“We kept the buses running,” Okafor said.", "Helen Okafor"})
	old.Text += " “We kept the buses running,” Okafor said."
	fp := FingerprintOf(old)
	tests := []struct {
		name          string
		new           *summarize.Analysis
		wantMaterial  bool
		wantSentences int
		wantNumbers   string
		wantQuote     string
	}{
		{"same", old, false, 0, "", ""},
		{"whitespace and case", analysis([]string{
			"The  council VOTED 6-3 to approve a $48.2 million plan.",
			"The plan raises the parking tax from 8% to 11%.",
			"Details are at https://city.example/memo?utm_source=twitter&fbclid=x today.",
		}), false, 0, "", ""},
		{"a typo", analysis([]string{
			"The council votd 6-3 to approve a $48.2 million plan.",
			"The plan raises the parking tax from 8% to 11%.",
		}), false, 0, "", ""},
		{"a sentence cut short", analysis([]string{"The council voted 6-3 to approve a plan."}), false, 0, "", ""},
		{"a changed number", analysis([]string{
			"The council voted 6-3 to approve a $49.1 million plan.",
			"The plan raises the parking tax from 8% to 11%.",
		}), true, 0, "48.2>49.1", ""},
		{"a new sentence", analysis([]string{
			"The council voted 6-3 to approve a $48.2 million plan.",
			"Three members walked out before the vote in protest.",
		}), true, 1, "", ""},
		{"a new quote", analysis([]string{
			"The council voted 6-3 to approve a $48.2 million plan.",
			"“This is a bad deal for riders,” said council member Jordan Pike.",
		}, [2]string{"“This is a bad deal for riders,”", "Jordan Pike"}), true, 0, "", "Jordan Pike"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := Diff(fp, tt.new)
			if u.Material() != tt.wantMaterial {
				t.Fatalf("material = %v, want %v (update %+v)", u.Material(), tt.wantMaterial, u)
			}
			if len(u.Sentences) != tt.wantSentences {
				t.Errorf("new sentences %q, want %d", u.Sentences, tt.wantSentences)
			}
			var nums []string
			for _, n := range u.Numbers {
				nums = append(nums, strings.Join(n.Was, ",")+">"+strings.Join(n.Now, ","))
			}
			if got := strings.Join(nums, ";"); got != tt.wantNumbers {
				t.Errorf("number changes %q, want %q", got, tt.wantNumbers)
			}
			var speaker string
			if len(u.Quotes) > 0 {
				speaker = u.Quotes[0].Speaker
			}
			if speaker != tt.wantQuote {
				t.Errorf("new quote by %q, want %q", speaker, tt.wantQuote)
			}
		})
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b  string
		limit int
		want  int
	}{
		{"kitten", "sitting", 5, 3},
		{"", "abc", 5, 3},
		{"same", "same", 2, 0},
		{"abcdefgh", "hgfedcba", 2, 3},
		{"naïve", "naive", 2, 1},
	}
	for _, tt := range tests {
		if got := editDistance(tt.a, tt.b, tt.limit); got != tt.want {
			t.Errorf("editDistance(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.limit, got, tt.want)
		}
	}
}
