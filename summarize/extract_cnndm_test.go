package summarize_test

import (
	"strings"
	"testing"
	"time"

	"github.com/briefly-bot/briefly/summarize"
)

// notPersonWords are words that were once taken for people on this data:
// sentence-initial function words, calendar words, titles alone.
var notPersonWords = map[string]bool{
	"The": true, "But": true, "And": true, "It": true, "He": true, "She": true, "In": true,
	"Last": true, "This": true, "When": true, "After": true, "However": true, "If": true,
	"January": true, "February": true, "March": true, "June": true, "July": true,
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true,
	"Saturday": true, "Sunday": true, "President": true, "Minister": true, "Secretary": true,
	"Police": true, "Officials": true,
}

// TestExtractFactsCNNDM checks the extractor on real news: spans in
// bounds, and none of the words it used to mistake for people.
func TestExtractFactsCNNDM(t *testing.T) {
	pub := time.Date(2015, 4, 1, 0, 0, 0, 0, time.UTC)
	people, withRole := 0, 0
	for n, text := range cnndmArticles(t) {
		f := summarize.ExtractFacts(text, nil, pub)
		for _, e := range f.Entities {
			for _, m := range e.Mentions {
				if m.In(text) == "" {
					t.Fatalf("article %d: %s %q: mention %v out of bounds", n, e.Kind, e.Name, m)
				}
			}
			if e.Kind != summarize.Person {
				continue
			}
			people++
			if e.Role != "" {
				withRole++
			}
			for _, w := range strings.Fields(e.Name) {
				if notPersonWords[w] {
					t.Errorf("article %d: person %q", n, e.Name)
				}
			}
		}
	}
	t.Logf("%d people, %d with a role", people, withRole)
	if people < 1000 {
		t.Errorf("got %d people in 250 articles, want at least 1000", people)
	}
}

func BenchmarkExtractFacts(b *testing.B) {
	arts := cnndmArticles(b)
	size := 0
	for _, a := range arts {
		size += len(a)
	}
	sents := make([][]summarize.Sentence, len(arts))
	for i, a := range arts {
		sents[i] = summarize.Segment(a)
	}
	pub := time.Date(2015, 4, 1, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := processCPU()
	for i := 0; i < b.N; i++ {
		for k, a := range arts {
			summarize.ExtractFacts(a, sents[k], pub)
		}
	}
	reportCPU(b, processCPU()-cpu0, size)
}

// BenchmarkFactsInAnalyze measures the facts stage as Analyze runs it on
// every cnndm-dev article: the word table and the extraction, without
// segmenting or lowering the text.
func BenchmarkFactsInAnalyze(b *testing.B) { benchStages(b, summarize.AnalyzeFactsStage, false) }

// BenchmarkFactsInAnalyzeReused is BenchmarkFactsInAnalyze with one
// scratch and word table kept from article to article.
func BenchmarkFactsInAnalyzeReused(b *testing.B) { benchStages(b, summarize.AnalyzeFactsStage, true) }

// BenchmarkScanTokens measures the extractor's scanner alone.
func BenchmarkScanTokens(b *testing.B) { benchStages(b, summarize.ScanTokensStage, false) }

// BenchmarkScanTokensReused is BenchmarkScanTokens with one scratch and
// word table kept from article to article.
func BenchmarkScanTokensReused(b *testing.B) { benchStages(b, summarize.ScanTokensStage, true) }

// benchStages runs the stage made by stage for every cnndm-dev article.
func benchStages(b *testing.B, stage func(string, bool) func(), reuse bool) {
	arts := cnndmArticles(b)
	size := 0
	stages := make([]func(), len(arts))
	for i, a := range arts {
		size += len(a)
		stages[i] = stage(a, reuse)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := processCPU()
	for i := 0; i < b.N; i++ {
		for _, run := range stages {
			run()
		}
	}
	reportCPU(b, processCPU()-cpu0, size)
}
