package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/briefly-bot/briefly/summarize"
)

// Result is the stable JSON schema of briefly summarize --json (documented in
// the README). Fields are only ever added.
type Result struct {
	ID            string        `json:"id,omitempty"`
	Title         string        `json:"title"`
	Lede          string        `json:"lede"`
	Summary       []string      `json:"summary"`
	Quotes        []QuoteJSON   `json:"quotes"`
	People        []PersonJSON  `json:"people"`
	Organizations []EntityJSON  `json:"organizations"`
	Places        []EntityJSON  `json:"places"`
	Dates         []EntityJSON  `json:"dates"`
	Numbers       []EntityJSON  `json:"numbers"`
	Sentences     int           `json:"sentences"`
	Repair        *RepairReport `json:"repair,omitempty"`
	Error         string        `json:"error,omitempty"`
}

// QuoteJSON is one quote in a Result.
type QuoteJSON struct {
	Text     string `json:"text"`
	Speaker  string `json:"speaker"`
	Cue      string `json:"cue"`
	Direct   bool   `json:"direct"`
	Sentence int    `json:"sentence"`
}

// PersonJSON is one person in a Result.
type PersonJSON struct {
	Name     string `json:"name"`
	Role     string `json:"role"`
	Mentions int    `json:"mentions"`
}

// EntityJSON is one organization, place, date or number in a Result.
type EntityJSON struct {
	Name     string `json:"name"`
	Kind     string `json:"kind,omitempty"`
	Value    string `json:"value,omitempty"`
	Mentions int    `json:"mentions"`
}

// RepairReport says what Normalize changed before the analysis.
type RepairReport struct {
	Changed bool `json:"changed"`
}

func runSummarize(ctx context.Context, env *environ, args []string) error {
	fs := newFlags("summarize", env.stderr)
	asJSON := fs.Bool("json", false, "print the analysis as JSON")
	asMarkdown := fs.Bool("markdown", false, "print the analysis as Markdown")
	jsonl := fs.Bool("jsonl", false, "read {id, text} lines on stdin, write one JSON result a line")
	n := fs.Int("sentences", 3, "number of summary sentences")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if *n < 1 || *n > 50 {
		return fmt.Errorf("%w: --sentences must be between 1 and 50", errUsage)
	}
	opt := summarize.Options{Sentences: *n}
	if *jsonl {
		if len(pos) > 0 {
			return fmt.Errorf("%w: --jsonl reads stdin and takes no FILE", errUsage)
		}
		return summarizeLines(ctx, env, opt)
	}
	name, err := optionalArg(pos, "briefly summarize [--json|--markdown] [--sentences N] FILE|URL|-")
	if err != nil {
		return err
	}
	doc, err := loadDocument(ctx, env, name)
	if err != nil {
		return err
	}
	opt.Published = doc.Published
	a := summarize.Analyze(doc.Text, opt)
	if a.Title == "" {
		a.Title = doc.Title
	}
	res := toResult(a)
	switch {
	case *asJSON:
		enc := json.NewEncoder(env.stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(res)
	case *asMarkdown:
		return writeMarkdown(env.stdout, res, doc.URL)
	default:
		return writeText(env.stdout, res, doc.URL)
	}
}

// summarizeLines is the batch mode: one {id, text} object a line in, one
// result a line out. A bad line gets an error line with its id; the run goes on.
func summarizeLines(ctx context.Context, env *environ, opt summarize.Options) error {
	sc := bufio.NewScanner(env.stdin)
	sc.Buffer(make([]byte, 0, 1<<20), maxInput)
	enc := json.NewEncoder(env.stdout)
	enc.SetEscapeHTML(false)
	progress := isTerminal(env.stderr)
	line := 0
	for sc.Scan() {
		if err := ctx.Err(); err != nil {
			return err
		}
		line++
		raw := strings.TrimSpace(sc.Text())
		if raw == "" {
			continue
		}
		var in struct {
			ID   json.RawMessage `json:"id"`
			Text *string         `json:"text"`
		}
		var res Result
		if err := json.Unmarshal([]byte(raw), &in); err != nil {
			res = Result{ID: fmt.Sprintf("line %d", line), Error: "not a JSON object: " + err.Error()}
		} else {
			id := idString(in.ID, line)
			switch {
			case in.Text == nil:
				res = Result{ID: id, Error: `missing "text"`}
			default:
				text, _ := summarize.Normalize(*in.Text)
				res = toResult(summarize.Analyze(text, opt))
				res.ID = id
			}
		}
		if err := enc.Encode(res); err != nil {
			return fmt.Errorf("write: %w", err)
		}
		if progress && line%100 == 0 {
			fmt.Fprintf(env.stderr, "\rsummarized %d lines", line)
		}
	}
	if progress && line >= 100 {
		fmt.Fprintf(env.stderr, "\rsummarized %d lines\n", line)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read stdin at line %d: %w", line+1, err)
	}
	return nil
}

// idString renders a JSON id (string or number) as a string; a missing id
// becomes "line N".
func idString(raw json.RawMessage, line int) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	if len(raw) > 0 && string(raw) != "null" {
		return string(raw)
	}
	return fmt.Sprintf("line %d", line)
}

func toResult(a *summarize.Analysis) Result {
	r := Result{
		Title:         a.Title,
		Summary:       []string{},
		Quotes:        []QuoteJSON{},
		People:        []PersonJSON{},
		Organizations: []EntityJSON{},
		Places:        []EntityJSON{},
		Dates:         []EntityJSON{},
		Numbers:       []EntityJSON{},
		Sentences:     len(a.Sentences),
	}
	if a.Lede >= 0 && a.Lede < len(a.Sentences) {
		r.Lede = a.Sentences[a.Lede].Text
	}
	for _, i := range a.Summary {
		r.Summary = append(r.Summary, a.Sentences[i].Text)
	}
	for _, q := range a.Quotes {
		r.Quotes = append(r.Quotes, QuoteJSON{Text: q.Text, Speaker: q.Speaker, Cue: q.Cue, Direct: q.Direct, Sentence: q.Sentence})
	}
	for _, e := range a.Entities {
		ej := EntityJSON{Name: e.Name, Value: e.Value, Mentions: len(e.Mentions)}
		switch e.Kind {
		case summarize.Person:
			r.People = append(r.People, PersonJSON{Name: e.Name, Role: e.Role, Mentions: len(e.Mentions)})
		case summarize.Organization:
			r.Organizations = append(r.Organizations, ej)
		case summarize.Place:
			r.Places = append(r.Places, ej)
		case summarize.Date:
			r.Dates = append(r.Dates, ej)
		default:
			ej.Kind = string(e.Kind)
			r.Numbers = append(r.Numbers, ej)
		}
	}
	return r
}
