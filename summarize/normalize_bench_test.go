package summarize_test

import (
	"strings"
	"testing"

	"github.com/briefly-bot/briefly/summarize"
)

func benchNormalize(b *testing.B, texts []string) {
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, t := range texts {
			summarize.Normalize(t)
		}
	}
}

// BenchmarkNormalizeClean runs Normalize on the 250 clean articles of
// ../shared/eval/summ/cnndm-dev.jsonl (field article); target ≥ 200 MB/s.
func BenchmarkNormalizeClean(b *testing.B) {
	benchNormalize(b, jsonlField(b, "summ/cnndm-dev.jsonl", "article"))
}

// BenchmarkNormalizeDamaged runs Normalize on the damaged articles of
// ../shared/eval/mojibake/articles-dev.jsonl.
func BenchmarkNormalizeDamaged(b *testing.B) {
	benchNormalize(b, jsonlField(b, "mojibake/articles-dev.jsonl", "corrupted"))
}

func BenchmarkNormalizeASCII(b *testing.B) {
	benchNormalize(b, []string{strings.Repeat("The quick brown fox jumps over the lazy dog. ", 2000)})
}
