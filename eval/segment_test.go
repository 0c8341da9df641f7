package eval

import (
	"os"
	"strings"
	"testing"

	"github.com/briefly-bot/briefly/summarize"
)

func segmentTexts(text string) []string {
	var out []string
	for _, s := range summarize.Segment(text) {
		out = append(out, s.Text)
	}
	return out
}

// TestGoldenRules holds the segmenter to all 48 English Golden Rules.
func TestGoldenRules(t *testing.T) {
	f, err := os.Open(Need(t, "segment/golden-rules-en.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rules, err := ReadGoldenRules(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(rules) != 48 {
		t.Fatalf("read %d rules, want 48", len(rules))
	}
	passed, results := ScoreSegment(rules, segmentTexts)
	for _, r := range results {
		if !r.Pass {
			t.Errorf("rule %d: %q\n got %q\nwant %q", r.Rule.ID, r.Rule.Text, r.Got, r.Rule.Sentences)
		}
	}
	t.Logf("%d of %d Golden Rules pass", passed, len(rules))
}

func TestScoreSegment(t *testing.T) {
	in := `{"id": 1, "text": "A b. C d.", "sentences": ["A b.", "C d."]}
{"id": 2, "text": "x", "sentences": ["x", "y"]}
`
	rules, err := ReadGoldenRules(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	split := func(s string) []string { return strings.SplitAfter(s, ". ") }
	passed, results := ScoreSegment(rules, split)
	if passed != 1 || !results[0].Pass || results[1].Pass {
		t.Errorf("got %d passed, results %+v; want rule 1 to pass and rule 2 to fail", passed, results)
	}
	if _, err := ReadGoldenRules(strings.NewReader("{bad\n")); err == nil {
		t.Error("ReadGoldenRules accepted a broken line")
	}
}
