package summarize_test

import (
	"slices"
	"testing"

	"github.com/briefly-bot/briefly/eval"
	"github.com/briefly-bot/briefly/summarize"
)

// TestAnalyzeRanksLikeRank checks that Analyze, which ranks from the
// extractor's tokens and word table, picks the summary Rank picks on its
// own from the text, on every cnndm-dev and bbc-dev article.
func TestAnalyzeRanksLikeRank(t *testing.T) {
	for _, name := range []string{"summ/cnndm-dev.jsonl", "summ/bbc-dev.jsonl"} {
		cases, err := eval.LoadSummaryCases(eval.Need(t, name))
		if err != nil {
			t.Fatal(err)
		}
		diff := 0
		for n, c := range cases {
			a := summarize.Analyze(c.Article, summarize.Options{Sentences: 5})
			r := summarize.Rank(a.Text, a.Sentences, summarize.RankOptions{})
			if want := r.Summary(5); !slices.Equal(a.Summary, want) || a.Lede != r.Lede {
				diff++
				if diff <= 3 {
					t.Errorf("%s article %d: Analyze picks %v (lede %d), Rank picks %v (lede %d)", name, n, a.Summary, a.Lede, want, r.Lede)
				}
			}
		}
		if diff > 0 {
			t.Errorf("%s: %d of %d articles ranked differently", name, diff, len(cases))
		}
	}
}
