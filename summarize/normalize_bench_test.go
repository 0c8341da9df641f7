package summarize_test

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/briefly-bot/briefly/eval"
	"github.com/briefly-bot/briefly/summarize"
)

func loadArticles(b *testing.B, rel, field string) []string {
	f, err := os.Open(eval.Need(b, rel))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			b.Fatal(err)
		}
		if s, ok := m[field].(string); ok {
			out = append(out, s)
		}
	}
	return out
}

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
	benchNormalize(b, loadArticles(b, "summ/cnndm-dev.jsonl", "article"))
}

// BenchmarkNormalizeDamaged runs Normalize on the damaged articles of
// ../shared/eval/mojibake/articles-dev.jsonl.
func BenchmarkNormalizeDamaged(b *testing.B) {
	benchNormalize(b, loadArticles(b, "mojibake/articles-dev.jsonl", "corrupted"))
}

func BenchmarkNormalizeASCII(b *testing.B) {
	benchNormalize(b, []string{strings.Repeat("The quick brown fox jumps over the lazy dog. ", 2000)})
}
