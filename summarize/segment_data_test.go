package summarize_test

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/briefly-bot/briefly/eval"
)

// cnndmArticles returns the article texts of the shared CNN/DailyMail dev
// file, or skips when the data is absent.
func cnndmArticles(tb testing.TB) []string {
	tb.Helper()
	f, err := os.Open(eval.Need(tb, "summ/cnndm-dev.jsonl"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	for sc.Scan() {
		var rec struct {
			Article string `json:"article"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			tb.Fatalf("cnndm-dev.jsonl: %v", err)
		}
		out = append(out, rec.Article)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

func totalLen(texts []string) int64 {
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	return int64(n)
}
