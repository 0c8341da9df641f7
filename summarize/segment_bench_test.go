package summarize_test

import (
	"strings"
	"testing"

	"github.com/briefly-bot/briefly/summarize"
)

// BenchmarkSegment segments the 250 CNN/DailyMail dev articles; MB/s is
// over their bytes.
func BenchmarkSegment(b *testing.B) {
	arts := cnndmArticles(b)
	b.SetBytes(totalLen(arts))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			summarize.Segment(a)
		}
	}
}

// BenchmarkSegmentOneLine segments the same articles with their lines
// joined, so every boundary is decided by the punctuation rules.
func BenchmarkSegmentOneLine(b *testing.B) {
	arts := cnndmArticles(b)
	joined := make([]string, len(arts))
	for i, a := range arts {
		joined[i] = strings.ReplaceAll(a, "\n", " ")
	}
	b.SetBytes(totalLen(joined))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range joined {
			summarize.Segment(a)
		}
	}
}
