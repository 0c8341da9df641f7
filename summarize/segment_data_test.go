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

// cnndmArticles returns the article texts of the shared CNN/DailyMail dev
// file, or skips when the data is absent.
func cnndmArticles(tb testing.TB) []string {
	tb.Helper()
	return jsonlField(tb, "summ/cnndm-dev.jsonl", "article")
}

// jsonlField returns the string field of every line of a shared JSONL file,
// or skips when the data is absent.
func jsonlField(tb testing.TB, rel, field string) []string {
	tb.Helper()
	f, err := os.Open(eval.Need(tb, rel))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	for sc.Scan() {
		var m map[string]json.RawMessage
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			tb.Fatalf("%s: %v", rel, err)
		}
		var s string
		if json.Unmarshal(m[field], &s) == nil {
			out = append(out, s)
		}
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

// TestSegmentSeedArticle segments the AP article briefly was first built
// for, repaired, both as its paragraphs and with them joined into one line:
// all 15 sentences must come out the same, with U.S.
// inside them ("U.S. Secretary of State", "the U.S. official") never ending
// one.
func TestSegmentSeedArticle(t *testing.T) {
	raw, err := os.ReadFile(eval.Need(t, "articles/ap-blinken-qin-call.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text, _ := summarize.Normalize(string(raw))
	lines := summarize.Segment(text)
	joined := summarize.Segment(strings.Join(strings.Fields(text), " "))
	if len(lines) != 15 || len(joined) != 15 {
		t.Fatalf("got %d sentences from the paragraphs and %d from one line, want 15 each", len(lines), len(joined))
	}
	for i := range lines {
		if got, want := strings.Join(strings.Fields(joined[i].Text), " "), strings.Join(strings.Fields(lines[i].Text), " "); got != want {
			t.Errorf("sentence %d: got %q, want %q", i, got, want)
		}
	}
	paragraphs := 0
	for _, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) != "" {
			paragraphs++
		}
	}
	if last := lines[len(lines)-1].Paragraph; last != paragraphs-1 {
		t.Errorf("last sentence in paragraph %d, want %d", last, paragraphs-1)
	}
	if !strings.HasPrefix(lines[0].Text, "TAIPEI, Taiwan (AP) — U.S. Secretary of State Antony Blinken") {
		t.Errorf("first sentence %q lost its dateline", lines[0].Text)
	}
}
