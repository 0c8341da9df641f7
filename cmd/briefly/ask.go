package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/briefly-bot/briefly/summarize"
)

// askResult is the JSON form of an answer.
type askResult struct {
	ID           string          `json:"id,omitempty"`
	Question     string          `json:"question"`
	Answer       string          `json:"answer"`
	Evidence     string          `json:"evidence"`
	EvidenceSpan *summarize.Span `json:"evidence_span,omitempty"`
	Speaker      string          `json:"speaker"`
	Confidence   float64         `json:"confidence"`
	Found        bool            `json:"found"`
	Type         string          `json:"type"`
	Expect       string          `json:"expect"`
	Error        string          `json:"error,omitempty"`
}

func newAskResult(r summarize.Response) askResult {
	out := askResult{
		Question:   r.Question.Text,
		Answer:     r.Text,
		Evidence:   r.Evidence.Text,
		Speaker:    r.Speaker,
		Confidence: float64(int(r.Confidence*1000+0.5)) / 1000,
		Found:      r.Found,
		Type:       string(r.Question.Type),
		Expect:     string(r.Question.Expect),
	}
	if r.Evidence.Text != "" {
		sp := r.Evidence.Span
		out.EvidenceSpan = &sp
	}
	return out
}

// analyzeForQA repairs raw article text and analyses it for questions.
func analyzeForQA(raw string) *summarize.Analysis {
	text, _ := summarize.Normalize(raw)
	return summarize.Analyze(text, summarize.Options{})
}

func runAsk(ctx context.Context, env *environ, args []string) error {
	fs := newFlags("ask", env.stderr)
	asJSON := fs.Bool("json", false, "print the answer as one JSON object")
	jsonl := fs.Bool("jsonl", false, "read {id, text, question} lines on stdin, write one result line each")
	fs.Usage = func() {
		fmt.Fprintln(env.stderr, `usage: briefly ask [--json] FILE|- "QUESTION"
       briefly ask --jsonl < questions.jsonl`)
		fs.PrintDefaults()
	}
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if *jsonl {
		if len(pos) != 0 {
			return fmt.Errorf("%w: --jsonl reads stdin and takes no arguments", errUsage)
		}
		return askLines(ctx, env.stdin, env.stdout)
	}
	if len(pos) != 2 {
		return fmt.Errorf("%w: briefly ask [--json] FILE|- \"QUESTION\"", errUsage)
	}
	if strings.TrimSpace(pos[1]) == "" {
		return fmt.Errorf("%w: the question is empty", errUsage)
	}
	doc, err := loadDocument(ctx, env, pos[0])
	if err != nil {
		return err
	}
	a := summarize.Analyze(doc.Text, summarize.Options{Published: doc.Published})
	r := summarize.Answer(a, pos[1])
	if *asJSON {
		return json.NewEncoder(env.stdout).Encode(newAskResult(r))
	}
	return printAnswer(env.stdout, r)
}

// printAnswer writes an answer for a terminal.
func printAnswer(w io.Writer, r summarize.Response) error {
	if !r.Found {
		_, err := fmt.Fprintln(w, summarize.NotFoundText)
		return err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", r.Text)
	if r.Speaker != "" {
		fmt.Fprintf(&b, "speaker: %s\n", r.Speaker)
	}
	if r.Evidence.Text != "" && r.Evidence.Text != r.Text {
		fmt.Fprintf(&b, "evidence: %s\n", r.Evidence.Text)
	}
	fmt.Fprintf(&b, "confidence: %.2f\n", r.Confidence)
	_, err := io.WriteString(w, b.String())
	return err
}

// askLine is one input line of --jsonl.
type askLine struct {
	ID       string `json:"id"`
	Text     string `json:"text"`
	Question string `json:"question"`
}

// askLines answers one question per input line; a bad line gets an error
// line with its id and the run goes on.
func askLines(ctx context.Context, in io.Reader, out io.Writer) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64<<10), maxInput)
	enc := json.NewEncoder(out)
	n := 0
	for sc.Scan() {
		if err := ctx.Err(); err != nil {
			return err
		}
		n++
		raw := sc.Bytes()
		if len(strings.TrimSpace(string(raw))) == 0 {
			continue
		}
		var l askLine
		var res askResult
		if err := json.Unmarshal(raw, &l); err != nil {
			res = askResult{ID: lineID(raw, n), Error: fmt.Sprintf("line %d: bad JSON: %v", n, err)}
		} else if strings.TrimSpace(l.Question) == "" {
			res = askResult{ID: l.ID, Error: fmt.Sprintf("line %d: no question", n)}
		} else {
			res = newAskResult(summarize.Answer(analyzeForQA(l.Text), l.Question))
			res.ID = l.ID
		}
		if err := enc.Encode(res); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read stdin: %w", err)
	}
	return nil
}

// lineID digs the id out of a line that is not valid JSON as a whole, so
// that its error line can still name it; else it is "line N".
func lineID(raw []byte, n int) string {
	var l struct {
		ID json.RawMessage `json:"id"`
	}
	if json.Unmarshal(raw, &l) == nil && len(l.ID) > 0 {
		var s string
		if json.Unmarshal(l.ID, &s) == nil {
			return s
		}
		return string(l.ID)
	}
	s := string(raw)
	if i := strings.Index(s, `"id"`); i >= 0 {
		rest := strings.TrimLeft(s[i+4:], " \t:")
		if strings.HasPrefix(rest, `"`) {
			if j := strings.IndexByte(rest[1:], '"'); j >= 0 {
				return rest[1 : j+1]
			}
		}
	}
	return fmt.Sprintf("line %d", n)
}
