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

func segmentEnds(text string) []int {
	var ends []int
	for _, s := range summarize.Segment(text) {
		ends = append(ends, s.Span.End)
	}
	return ends
}

// TestSegmentBBCFloor holds the segmenter to its agreement with the
// sentence-a-line BBC articles: measured precision 0.997, recall 0.999.
func TestSegmentBBCFloor(t *testing.T) {
	f, err := os.Open(Need(t, "summ/bbc-dev.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	score, err := ScoreLineBoundaries(f, segmentEnds)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("bbc-dev: %d line breaks, precision %.3f recall %.3f F1 %.3f", score.Gold, score.Precision(), score.Recall(), score.F1())
	if score.Precision() < 0.99 || score.Recall() < 0.99 {
		t.Errorf("precision %.3f, recall %.3f: want both at least 0.99", score.Precision(), score.Recall())
	}
}

func TestScoreLineBoundaries(t *testing.T) {
	in := `{"article": "One.\nTwo.\n\nThree."}` + "\n"
	// "One. Two. Three.": the breaks are at 4 and 9.
	score, err := ScoreLineBoundaries(strings.NewReader(in), func(string) []int { return []int{4, 6, 16} })
	if err != nil {
		t.Fatal(err)
	}
	if score != (BoundaryScore{Gold: 2, Found: 2, Correct: 1}) {
		t.Errorf("got %+v, want 2 gold, 2 found, 1 correct", score)
	}
	if p, r := score.Precision(), score.Recall(); p != 0.5 || r != 0.5 || score.F1() != 0.5 {
		t.Errorf("got P %v R %v F1 %v, want 0.5 each", p, r, score.F1())
	}
	if _, err := ScoreLineBoundaries(strings.NewReader("{bad\n"), segmentEnds); err == nil {
		t.Error("ScoreLineBoundaries accepted a broken line")
	}
}
