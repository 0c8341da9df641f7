package main

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/briefly-bot/briefly/eval"
	"github.com/briefly-bot/briefly/summarize"
)

// runEvalQA scores briefly's answers on a SQuAD-style file.
func runEvalQA(ctx context.Context, env *environ, args []string) error {
	fs := newFlags("eval qa", env.stderr)
	data := fs.String("data", "", "SQuAD-style JSONL file {id, context, question, answers}")
	misses := fs.Int("misses", 0, "print up to N wrong answers per question type")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if *data == "" || len(pos) != 0 {
		return fmt.Errorf("%w: briefly eval qa --data FILE.jsonl", errUsage)
	}
	f, err := os.Open(*data)
	if err != nil {
		return err
	}
	items, err := eval.ReadQA(f)
	f.Close()
	if err != nil {
		return err
	}
	cache := make(map[string]*summarize.Analysis)
	type typeStat struct {
		n      int
		f1     float64
		missed []string
	}
	byType := make(map[string]*typeStat)
	var ctxErr error
	scores := eval.ScoreQA(items, func(it eval.QAItem) eval.QAPrediction {
		if ctxErr = ctx.Err(); ctxErr != nil {
			return eval.QAPrediction{}
		}
		a := cache[it.Context]
		if a == nil {
			a = analyzeForQA(it.Context)
			cache[it.Context] = a
		}
		r := summarize.Answer(a, it.Question)
		key := string(r.Question.Type) + "/" + string(r.Question.Expect)
		st := byType[key]
		if st == nil {
			st = &typeStat{}
			byType[key] = st
		}
		f1 := eval.TokenF1(r.Text, it.Answers)
		st.n++
		st.f1 += f1
		if f1 < 0.5 && len(st.missed) < *misses {
			st.missed = append(st.missed, fmt.Sprintf("    Q: %s\n    got: %q  gold: %q\n    evidence: %.160s", it.Question, r.Text, it.Answers, r.Evidence.Text))
		}
		return eval.QAPrediction{Answer: r.Text, Evidence: r.Evidence.Text, Found: r.Found}
	})
	if ctxErr != nil {
		return ctxErr
	}
	fmt.Fprintf(env.stdout, "qa %s: %d questions\n", *data, scores.N)
	fmt.Fprintf(env.stdout, "EM %.1f  F1 %.1f  evidence holds gold %.1f%%  found %.1f%%\n",
		scores.EM, scores.F1, scores.EvidenceHit, scores.Found)
	keys := make([]string, 0, len(byType))
	for k := range byType {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return byType[keys[i]].n > byType[keys[j]].n })
	for _, k := range keys {
		st := byType[k]
		fmt.Fprintf(env.stdout, "  %-22s n=%4d  F1 %.1f\n", k, st.n, 100*st.f1/float64(st.n))
		if len(st.missed) > 0 {
			fmt.Fprintln(env.stdout, strings.Join(st.missed, "\n"))
		}
	}
	return nil
}
