package main

import (
	"context"
	"fmt"

	"github.com/briefly-bot/briefly/eval"
)

// runEvalQuotes scores quote extraction on a PolNeAR-style JSONL file.
func runEvalQuotes(ctx context.Context, env *environ, args []string) error {
	fs := newFlags("eval quotes", env.stderr)
	data := fs.String("data", "", "PolNeAR-style JSONL file `PATH` (../shared/eval/quotes/polnear-dev.jsonl)")
	misses := fs.Int("misses", 0, "also print up to `N` errors of each kind (missed, spurious, speaker)")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if *data == "" || len(rest) > 0 {
		return fmt.Errorf("%w: briefly eval quotes --data FILE.jsonl [--misses N]", errUsage)
	}
	exs, err := eval.LoadQuotes(*data)
	if err != nil {
		return err
	}
	sc, ms := eval.ScoreQuotes(exs)
	w := env.stdout
	fmt.Fprintf(w, "quotes on %s (%d articles)\n", *data, len(exs))
	for _, row := range []struct {
		name string
		s    eval.QuoteScore
	}{{"direct", sc.Direct}, {"all", sc.All}} {
		fmt.Fprintf(w, "%-7s P %5.1f  R %5.1f  F1 %5.1f  (gold %d, predicted %d)  speaker accuracy %5.1f (%d/%d; full name alone %.1f)\n",
			row.name, row.s.P(), row.s.R(), row.s.F1(), row.s.Gold, row.s.Pred, row.s.SpeakerAcc(), row.s.SpeakerRight, row.s.SpeakerTotal, row.s.SpeakerNameAcc())
	}
	if *misses > 0 {
		count := map[string]int{}
		for _, m := range ms {
			key := m.Kind
			if m.Direct {
				key += " direct"
			}
			if count[key] >= *misses {
				continue
			}
			count[key]++
			fmt.Fprintf(w, "%s\t%s\t%q\tgold=%q cue=%q\tgot=%q cue=%q\n", key, m.ID, clip(m.Text, 160), m.Gold, m.Cue, m.Got, m.GotCue)
		}
	}
	return ctx.Err()
}

// clip shortens s to at most n bytes on a rune boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n] + "…"
}
