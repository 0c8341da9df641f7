package main

import (
	"context"
	"fmt"
)

// evaluations are the subcommands of "briefly eval"; each prints its scores.
func evaluations() map[string]func(ctx context.Context, env *environ, args []string) error {
	return map[string]func(ctx context.Context, env *environ, args []string) error{
		"qa":        runEvalQA,
		"quotes":    runEvalQuotes,
		"repair":    runEvalRepair,
		"segment":   runEvalSegment,
		"summarize": runEvalSummarize,
	}
}

func runEval(ctx context.Context, env *environ, args []string) error {
	evals := evaluations()
	if len(args) == 0 {
		return fmt.Errorf("%w: briefly eval KIND --data PATH (kinds: %s)", errUsage, kinds(evals))
	}
	f, ok := evals[args[0]]
	if !ok {
		return fmt.Errorf("%w: unknown kind %q (kinds: %s)", errUsage, args[0], kinds(evals))
	}
	return f(ctx, env, args[1:])
}

func kinds(m map[string]func(ctx context.Context, env *environ, args []string) error) string {
	s := ""
	for _, k := range sortedKeys(m) {
		if s != "" {
			s += ", "
		}
		s += k
	}
	return s
}
