package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// QAItem is one question of a SQuAD-style file: a context paragraph, a
// question and the gold answers.
type QAItem struct {
	ID       string   `json:"id"`
	Context  string   `json:"context"`
	Question string   `json:"question"`
	Answers  []string `json:"answers"`
	Meta     struct {
		Title string `json:"title"` // the Wikipedia article the paragraph is from
	} `json:"meta"`
}

// ReadQA reads QA items, one JSON object a line.
func ReadQA(r io.Reader) ([]QAItem, error) {
	var out []QAItem
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var it QAItem
		if err := json.Unmarshal(sc.Bytes(), &it); err != nil {
			return nil, fmt.Errorf("eval: qa line %d: %w", line, err)
		}
		out = append(out, it)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("eval: qa: %w", err)
	}
	return out, nil
}

// NormalizeAnswer is SQuAD v1.1's answer normalization: lower case, no ASCII
// punctuation (Python's string.punctuation), no articles (a, an, the), single
// spaces.
func NormalizeAnswer(s string) string {
	s = strings.ToLower(s)
	var b strings.Builder
	for _, r := range s {
		if r < 128 && (unicode.IsPunct(r) || unicode.IsSymbol(r)) {
			continue
		}
		b.WriteRune(r)
	}
	var words []string
	for _, w := range strings.Fields(b.String()) {
		if w != "a" && w != "an" && w != "the" {
			words = append(words, w)
		}
	}
	return strings.Join(words, " ")
}

// ExactMatch is 1 when the normalized prediction equals a normalized gold
// answer, else 0.
func ExactMatch(pred string, golds []string) float64 {
	p := NormalizeAnswer(pred)
	for _, g := range golds {
		if p == NormalizeAnswer(g) {
			return 1
		}
	}
	return 0
}

// TokenF1 is SQuAD's token-overlap F1 of the prediction against the best
// gold answer.
func TokenF1(pred string, golds []string) float64 {
	best := 0.0
	pt := strings.Fields(NormalizeAnswer(pred))
	for _, g := range golds {
		gt := strings.Fields(NormalizeAnswer(g))
		best = max(best, tokenOverlapF1(pt, gt))
	}
	return best
}

func tokenOverlapF1(pred, gold []string) float64 {
	if len(pred) == 0 || len(gold) == 0 {
		if len(pred) == len(gold) {
			return 1
		}
		return 0
	}
	count := make(map[string]int, len(gold))
	for _, g := range gold {
		count[g]++
	}
	same := 0
	for _, p := range pred {
		if count[p] > 0 {
			count[p]--
			same++
		}
	}
	if same == 0 {
		return 0
	}
	prec := float64(same) / float64(len(pred))
	rec := float64(same) / float64(len(gold))
	return 2 * prec * rec / (prec + rec)
}

// QAPrediction is a system's output for one question.
type QAPrediction struct {
	Answer   string
	Evidence string
	Found    bool
}

// QAScores are the SQuAD scores of a run, in percent.
type QAScores struct {
	N           int
	EM, F1      float64
	EvidenceHit float64 // share of questions whose evidence contains a gold answer
	Found       float64 // share answered at all
}

// ScoreQA answers every item with answer and scores the predictions.
func ScoreQA(items []QAItem, answer func(QAItem) QAPrediction) QAScores {
	var s QAScores
	for _, it := range items {
		p := answer(it)
		s.N++
		s.EM += ExactMatch(p.Answer, it.Answers)
		s.F1 += TokenF1(p.Answer, it.Answers)
		if EvidenceContains(p.Evidence, it.Answers) {
			s.EvidenceHit++
		}
		if p.Found {
			s.Found++
		}
	}
	if s.N > 0 {
		n := float64(s.N) / 100
		s.EM, s.F1, s.EvidenceHit, s.Found = s.EM/n, s.F1/n, s.EvidenceHit/n, s.Found/n
	}
	return s
}

// EvidenceContains reports whether the evidence holds a gold answer, after
// SQuAD normalization of both.
func EvidenceContains(evidence string, golds []string) bool {
	e := " " + NormalizeAnswer(evidence) + " "
	for _, g := range golds {
		if n := NormalizeAnswer(g); n != "" && strings.Contains(e, " "+n+" ") {
			return true
		}
	}
	return false
}

// SplitQAByParity splits items into two halves by the parity of the last hex
// digit of their id (SQuAD ids are hex), so a change can be checked on one
// half and confirmed on the other. An id that does not end in a hex digit
// goes by its last byte.
func SplitQAByParity(items []QAItem) (even, odd []QAItem) {
	for _, it := range items {
		if qaIDParity(it.ID) == 0 {
			even = append(even, it)
		} else {
			odd = append(odd, it)
		}
	}
	return even, odd
}

func qaIDParity(id string) int {
	if id == "" {
		return 0
	}
	c := id[len(id)-1]
	switch {
	case c >= '0' && c <= '9':
		return int(c-'0') & 1
	case c >= 'a' && c <= 'f':
		return int(c-'a'+10) & 1
	case c >= 'A' && c <= 'F':
		return int(c-'A'+10) & 1
	}
	return int(c) & 1
}
