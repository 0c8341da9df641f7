package summarize_test

import (
	"fmt"
	"slices"
	"sync"
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

// FuzzAnalyze checks that Analyze, ranking from the extractor's tokens,
// picks what Rank picks from the text, whatever the text.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"Headline here\nPORT ALDER, Ore. (Briefly Wire) — The council voted 6-3.\nIt was U.S. news, don't you think? 10:30am.\nMore text.",
		"(CNN) -- O'Brien's 10kilometres AT&T café naïve.\nSecond line.\nThird.",
		"a.b.c. 1,2 3.4.5 “Quote,” said Sen. Smith.", "", "x", "Ü.S. ﬁne 5th 1990s",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := summarize.Analyze(text, summarize.Options{Sentences: 4})
		r := summarize.Rank(a.Text, a.Sentences, summarize.RankOptions{})
		if want := r.Summary(4); !slices.Equal(a.Summary, want) || a.Lede != r.Lede {
			t.Fatalf("Analyze picks %v (lede %d), Rank picks %v (lede %d)", a.Summary, a.Lede, want, r.Lede)
		}
	})
}

// TestAnalyzeKeepsNoSharedMemory checks that an Analysis does not change
// when later calls reuse the working memory Analyze keeps between calls:
// each cnndm-dev and bbc-dev analysis reads the same after the rest have
// run as right after its own call.
func TestAnalyzeKeepsNoSharedMemory(t *testing.T) {
	texts := summaryArticles(t)
	as := make([]*summarize.Analysis, len(texts))
	first := make([]string, len(texts))
	for i, text := range texts {
		as[i] = summarize.Analyze(text, summarize.Options{})
		first[i] = dumpAnalysis(as[i])
	}
	for i, a := range as {
		if got := dumpAnalysis(a); got != first[i] {
			t.Fatalf("article %d changed after later calls:\nwas %.300s\nnow %.300s", i, first[i], got)
		}
	}
}

// TestAnalyzeConcurrent runs Analyze from four goroutines at once, as the
// bot does for several channels, and checks that each analysis equals the
// one made alone: calls share a pool of working memory, never a piece of
// it.
func TestAnalyzeConcurrent(t *testing.T) {
	texts := summaryArticles(t)
	want := make([]string, len(texts))
	for i, text := range texts {
		want[i] = dumpAnalysis(summarize.Analyze(text, summarize.Options{}))
	}
	const workers = 4
	errs := make(chan string, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Each worker starts at another article, so that different
			// articles are in flight at once.
			for k := range texts {
				i := (k + w*len(texts)/workers) % len(texts)
				if got := dumpAnalysis(summarize.Analyze(texts[i], summarize.Options{})); got != want[i] {
					errs <- fmt.Sprintf("article %d analysed alongside others differs from its analysis alone", i)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// summaryArticles returns the articles of cnndm-dev and bbc-dev.
func summaryArticles(t *testing.T) []string {
	t.Helper()
	var texts []string
	for _, name := range []string{"summ/cnndm-dev.jsonl", "summ/bbc-dev.jsonl"} {
		cases, err := eval.LoadSummaryCases(eval.Need(t, name))
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cases {
			texts = append(texts, c.Article)
		}
	}
	return texts
}

// dumpAnalysis prints everything an Analysis holds.
func dumpAnalysis(a *summarize.Analysis) string {
	return fmt.Sprintf("%q %v %d %+v %+v %v %+v", a.Title, a.Summary, a.Lede, a.Quotes, a.Entities, a.Mentions, a.Sentences)
}
