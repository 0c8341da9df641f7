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
