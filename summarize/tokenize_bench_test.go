package summarize_test

import (
	"testing"

	"github.com/briefly-bot/briefly/summarize"
)

// BenchmarkTokenize tokenizes the 250 CNN/DailyMail dev articles; MB/s is
// over their bytes.
func BenchmarkTokenize(b *testing.B) {
	arts := cnndmArticles(b)
	b.SetBytes(totalLen(arts))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			summarize.Tokenize(a)
		}
	}
}

// BenchmarkTokenizeSentences tokenizes the same articles one sentence at a
// time, as the later stages do.
func BenchmarkTokenizeSentences(b *testing.B) {
	arts := cnndmArticles(b)
	var sents []string
	for _, a := range arts {
		for _, s := range summarize.Segment(a) {
			sents = append(sents, s.Text)
		}
	}
	b.SetBytes(totalLen(arts))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sents {
			summarize.Tokenize(s)
		}
	}
}

func BenchmarkStem(b *testing.B) {
	words := []string{"generalizations", "running", "relational", "happy", "the", "minister", "discussed"}
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			summarize.Stem(w)
		}
	}
}
