package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
)

// GoldenRule is one case of segment/golden-rules-en.jsonl: the English
// Golden Rules of sentence boundary detection (pragmatic_segmenter, as
// pySBD ships them).
type GoldenRule struct {
	ID        int      `json:"id"`
	Text      string   `json:"text"`
	Sentences []string `json:"sentences"`
}

// ReadGoldenRules reads Golden Rules, one JSON object a line.
func ReadGoldenRules(r io.Reader) ([]GoldenRule, error) {
	var rules []GoldenRule
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 4<<20)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var g GoldenRule
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			return nil, fmt.Errorf("golden rules: line %d: %w", line, err)
		}
		rules = append(rules, g)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("golden rules: %w", err)
	}
	return rules, nil
}

// RuleResult is how a segmenter did on one rule.
type RuleResult struct {
	Rule GoldenRule
	Got  []string // the sentences it gave, trimmed
	Pass bool
}

// ScoreSegment runs segment on every rule and compares its sentences with
// the expected ones, each trimmed of surrounding space, as pySBD's own
// tests do. It returns how many rules pass and the result of each.
func ScoreSegment(rules []GoldenRule, segment func(text string) []string) (passed int, results []RuleResult) {
	for _, g := range rules {
		var got []string
		for _, s := range segment(g.Text) {
			if s = strings.TrimSpace(s); s != "" {
				got = append(got, s)
			}
		}
		want := make([]string, 0, len(g.Sentences))
		for _, s := range g.Sentences {
			want = append(want, strings.TrimSpace(s))
		}
		ok := slices.Equal(got, want)
		if ok {
			passed++
		}
		results = append(results, RuleResult{Rule: g, Got: got, Pass: ok})
	}
	return passed, results
}

// BoundaryScore compares the sentence ends a segmenter finds with known
// ones.
type BoundaryScore struct {
	Gold, Found, Correct int // known ends, ends found, ends found that are known
}

// Precision is the share of ends found that are known.
func (b BoundaryScore) Precision() float64 { return ratio(b.Correct, b.Found) }

// Recall is the share of known ends found.
func (b BoundaryScore) Recall() float64 { return ratio(b.Correct, b.Gold) }

// F1 is the harmonic mean of Precision and Recall.
func (b BoundaryScore) F1() float64 {
	p, r := b.Precision(), b.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// ScoreLineBoundaries reads JSONL articles {article} whose lines are
// sentences (summ/bbc-dev.jsonl), joins each article's lines with spaces and
// compares the ends segment finds inside the joined text (byte offsets)
// with the line breaks.
func ScoreLineBoundaries(r io.Reader, segment func(text string) (ends []int)) (BoundaryScore, error) {
	var score BoundaryScore
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	for line := 1; sc.Scan(); line++ {
		var rec struct {
			Article string `json:"article"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return score, fmt.Errorf("line boundaries: line %d: %w", line, err)
		}
		var b strings.Builder
		gold := make(map[int]bool)
		for _, l := range strings.Split(rec.Article, "\n") {
			if l = strings.TrimSpace(l); l == "" {
				continue
			}
			if b.Len() > 0 {
				gold[b.Len()] = true
				b.WriteByte(' ')
			}
			b.WriteString(l)
		}
		text := b.String()
		score.Gold += len(gold)
		for _, end := range segment(text) {
			if end >= len(text) {
				continue // the end of the text is no boundary
			}
			score.Found++
			if gold[end] {
				score.Correct++
			}
		}
	}
	if err := sc.Err(); err != nil {
		return score, fmt.Errorf("line boundaries: %w", err)
	}
	return score, nil
}
