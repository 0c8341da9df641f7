package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/briefly-bot/briefly/eval"
	"github.com/briefly-bot/briefly/summarize"
)

// runEvalSegment scores the sentence splitter on the Golden Rules and
// prints how many pass and which fail.
func runEvalSegment(ctx context.Context, env *environ, args []string) error {
	fs := newFlags("eval segment", env.stderr)
	data := fs.String("data", "", "Golden Rules JSONL {id, text, sentences} (default: segment/golden-rules-en.jsonl of the shared evaluation data)")
	lines := fs.String("lines", "", "also score boundaries on JSONL articles {article} that hold a sentence a line (summ/bbc-dev.jsonl)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 0 {
		return fmt.Errorf("%w: briefly eval segment [--data FILE.jsonl] [--lines ARTICLES.jsonl]", errUsage)
	}
	path := *data
	if path == "" {
		dir, ok := eval.SharedDir()
		if !ok {
			return fmt.Errorf("%w: no evaluation data at %s: pass --data FILE.jsonl or set BRIEFLY_EVAL", errUsage, dir)
		}
		path = filepath.Join(dir, "segment", "golden-rules-en.jsonl")
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	rules, err := eval.ReadGoldenRules(f)
	f.Close()
	if err != nil {
		return err
	}
	passed, results := eval.ScoreSegment(rules, func(text string) []string {
		var out []string
		for _, s := range summarize.Segment(text) {
			out = append(out, s.Text)
		}
		return out
	})
	w := env.stdout
	fmt.Fprintf(w, "golden rules: %d of %d pass (%s)\n", passed, len(rules), filepath.Base(path))
	for _, r := range results {
		if r.Pass {
			continue
		}
		fmt.Fprintf(w, "FAIL rule %d: %q\n  got  %q\n  want %q\n", r.Rule.ID, r.Rule.Text, r.Got, r.Rule.Sentences)
	}
	if *lines != "" {
		if err := printLineBoundaries(env, *lines); err != nil {
			return err
		}
	}
	return ctx.Err()
}

func printLineBoundaries(env *environ, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	score, err := eval.ScoreLineBoundaries(f, func(text string) []int {
		var ends []int
		for _, s := range summarize.Segment(text) {
			ends = append(ends, s.Span.End)
		}
		return ends
	})
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(env.stdout, "line boundaries: %d, precision %.3f recall %.3f F1 %.3f (%s)\n",
		score.Gold, score.Precision(), score.Recall(), score.F1(), filepath.Base(path))
	return err
}
