package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/briefly-bot/briefly/summarize"
)

// runSentences prints the sentences of a text, one a line, or as JSON with
// their byte offsets.
func runSentences(ctx context.Context, env *environ, args []string) error {
	fs := newFlags("sentences", env.stderr)
	asJSON := fs.Bool("json", false, `print [{"text", "start", "end"}] with byte offsets into the input`)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	name, err := optionalArg(pos, "briefly sentences [FILE] [--json]")
	if err != nil {
		return err
	}
	text, err := readInput(env, name)
	if err != nil {
		return err
	}
	sents := summarize.Segment(text)
	if *asJSON {
		type sentence struct {
			Text  string `json:"text"`
			Start int    `json:"start"`
			End   int    `json:"end"`
		}
		out := make([]sentence, 0, len(sents))
		for _, s := range sents {
			out = append(out, sentence{s.Text, s.Span.Start, s.Span.End})
		}
		enc := json.NewEncoder(env.stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	var b strings.Builder
	for _, s := range sents {
		// A sentence that joined a lone quote-mark line holds a newline;
		// print it on one line all the same.
		b.WriteString(strings.ReplaceAll(s.Text, "\n", " "))
		b.WriteByte('\n')
	}
	_, err = fmt.Fprint(env.stdout, b.String())
	return err
}
