package summarize_test

import (
	"fmt"
	"testing"

	"github.com/briefly-bot/briefly/eval"
	"github.com/briefly-bot/briefly/summarize"
)

// BenchmarkExtractQuotes runs quote extraction over the PolNeAR dev texts.
func BenchmarkExtractQuotes(b *testing.B) {
	exs, err := eval.LoadQuotes(eval.Need(b, "quotes/polnear-dev.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	type doc struct {
		text  string
		sents []summarize.Sentence
	}
	docs := make([]doc, len(exs))
	n := 0
	for i, ex := range exs {
		docs[i] = doc{ex.Text, summarize.Segment(ex.Text)}
		n += len(ex.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	cpu0 := processCPU()
	for b.Loop() {
		for _, d := range docs {
			summarize.ExtractQuotes(d.text, d.sents)
		}
	}
	// CPU time (the garbage collector's included) per op and the MB/s it
	// gives: on a loaded machine wall time also counts waiting for a core.
	reportCPU(b, processCPU()-cpu0, n)
}

// BenchmarkExtractQuotesCNNDM runs quote extraction over the cnndm-dev
// articles that BenchmarkAnalyze reads: the quote stage's share of Analyze.
func BenchmarkExtractQuotesCNNDM(b *testing.B) {
	arts := cnndmArticles(b)
	sents := make([][]summarize.Sentence, len(arts))
	n := 0
	for i, a := range arts {
		sents[i] = summarize.Segment(a)
		n += len(a)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	cpu0 := processCPU()
	for b.Loop() {
		for i, a := range arts {
			summarize.ExtractQuotes(a, sents[i])
		}
	}
	reportCPU(b, processCPU()-cpu0, n)
}

// BenchmarkExtractQuotesCNNDMScratch is BenchmarkExtractQuotesCNNDM as
// Analyze runs the stage: with the lower-cased text at hand and one scratch
// for all calls.
func BenchmarkExtractQuotesCNNDMScratch(b *testing.B) {
	arts := cnndmArticles(b)
	sents := make([][]summarize.Sentence, len(arts))
	lows := make([]string, len(arts))
	n := 0
	for i, a := range arts {
		sents[i] = summarize.Segment(a)
		lows[i] = summarize.LowerText(a)
		n += len(a)
	}
	extract := summarize.NewQuoteExtractor()
	b.SetBytes(int64(n))
	b.ReportAllocs()
	cpu0 := processCPU()
	for b.Loop() {
		for i, a := range arts {
			extract(a, sents[i], lows[i])
		}
	}
	reportCPU(b, processCPU()-cpu0, n)
}

func ExampleExtractQuotes() {
	text := "Chinese Foreign Minister Qin Gang met the envoy on Monday.\n" +
		"“We want stable ties,” Qin said. The talks were “frank,” according to a statement from the Foreign Ministry."
	for _, q := range summarize.ExtractQuotes(text, summarize.Segment(text)) {
		fmt.Printf("%q — %s (%s)\n", q.Text, q.Speaker, q.Cue)
	}
	// Output:
	// "We want stable ties" — Qin Gang (said)
	// "frank" — Foreign Ministry (according to)
}
