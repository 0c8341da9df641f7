package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"

	"github.com/briefly-bot/briefly/eval"
	"github.com/briefly-bot/briefly/summarize"
)

// runRepair writes the repaired text of FILE (stdin without one) to stdout;
// --report says on stderr what changed.
func runRepair(ctx context.Context, env *environ, args []string) error {
	fs := newFlags("repair", env.stderr)
	report := fs.Bool("report", false, "print what changed to stderr")
	fs.Usage = func() {
		fmt.Fprintln(env.stderr, "usage: briefly repair [--report] [FILE]")
		fs.PrintDefaults()
	}
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	name, err := optionalArg(pos, "briefly repair [--report] [FILE]")
	if err != nil {
		return err
	}
	text, err := readInput(env, name)
	if err != nil {
		return err
	}
	out, rep := summarize.Normalize(text)
	if _, err := io.WriteString(env.stdout, out); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	if *report {
		fmt.Fprintf(env.stderr, "%s: %s\n", displayName(name), rep)
	}
	return nil
}

// runEvalRepair prints the repair pass rates on the mojibake data: ftfy's
// cases per file and the damaged articles per codec.
func runEvalRepair(ctx context.Context, env *environ, args []string) error {
	fs := newFlags("eval repair", env.stderr)
	data := fs.String("data", "", "the shared evaluation data (default: ../shared/eval or $BRIEFLY_EVAL)")
	verbose := fs.Bool("v", false, "list the failures")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return fmt.Errorf("%w: briefly eval repair [--data DIR] [-v]", errUsage)
	}
	dir := *data
	if dir == "" {
		d, ok := eval.SharedDir()
		if !ok {
			return fmt.Errorf("%w: no evaluation data at %s: pass --data DIR", errUsage, d)
		}
		dir = d
	}
	if filepath.Base(dir) != "mojibake" {
		dir = filepath.Join(dir, "mojibake")
	}
	fix := func(s string) string {
		out, _ := summarize.Normalize(s)
		return out
	}
	s, err := eval.ScoreRepair(dir, fix)
	if err != nil {
		return err
	}
	w := env.stdout
	line := func(r eval.Rate) {
		fmt.Fprintf(w, "  %-28s %4d/%-4d %6.1f%%", r.Name, r.Pass, r.Total, r.Percent())
		if r.LinesTotal > 0 {
			fmt.Fprintf(w, "  lines %5.1f%%", r.LinePercent())
		}
		if r.StrayCJK > 0 {
			fmt.Fprintf(w, "  (%d with stray CJK)", r.StrayCJK)
		}
		fmt.Fprintln(w)
		if *verbose {
			for _, f := range r.Failed {
				fmt.Fprintf(w, "      fail: %s\n", f)
			}
		}
	}
	fmt.Fprintf(w, "repair on %s\nftfy test cases (expect pass):\n", dir)
	for _, r := range s.FTFY {
		line(r)
	}
	line(s.FTFYPass)
	fmt.Fprintln(w, "ftfy known failures (a stretch), fixed:")
	line(s.Known)
	fmt.Fprintln(w, "articles-dev.jsonl, restored exactly, per codec:")
	for _, r := range s.Articles {
		line(r)
	}
	return nil
}
