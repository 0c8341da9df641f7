package main

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/briefly-bot/briefly/eval"
)

// runEvalSummarize scores briefly's extractive summaries and Lead-N with
// ROUGE on a .jsonl file of {article, reference} and prints them side by side.
func runEvalSummarize(_ context.Context, env *environ, args []string) error {
	fs := newFlags("eval summarize", env.stderr)
	data := fs.String("data", "", "`FILE`.jsonl of {id, article, reference}, e.g. ../shared/eval/summ/cnndm-dev.jsonl")
	n := fs.Int("sentences", 3, "summary length `N`; 1 scores the one-line lede")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, pos[0])
	}
	if *data == "" {
		return fmt.Errorf("%w: briefly eval summarize --data FILE.jsonl [--sentences N]", errUsage)
	}
	if *n < 1 {
		return fmt.Errorf("%w: --sentences must be at least 1", errUsage)
	}
	cases, err := eval.LoadSummaryCases(*data)
	if err != nil {
		return err
	}
	if len(cases) == 0 {
		return fmt.Errorf("no articles in %s", *data)
	}
	s := eval.ScoreSummaries(cases, *n)
	fmt.Fprintf(env.stdout, "summarize: %d articles from %s, %d-sentence summaries (ROUGE F1, rouge-score convention)\n",
		s.Articles, filepath.Base(*data), s.Sentences)
	fmt.Fprintf(env.stdout, "%-10s %8s %8s %10s\n", "", "ROUGE-1", "ROUGE-2", "ROUGE-Lsum")
	name := "briefly"
	if s.Sentences == 1 {
		name = "lede"
	}
	row := func(name string, r eval.Rouge) {
		fmt.Fprintf(env.stdout, "%-10s %8.2f %8.2f %10.2f\n", name, 100*r.R1, 100*r.R2, 100*r.RLsum)
	}
	row(name, s.Briefly)
	row(fmt.Sprintf("lead-%d", s.Sentences), s.Lead)
	return nil
}
