package main

import (
	"context"
	"fmt"

	"github.com/briefly-bot/briefly/config"
)

// runConfig is "briefly config check [--config FILE]": it loads briefly.toml
// and the environment, and prints "config OK" with a redacted summary, or
// each faulty field and exits 1.
func runConfig(ctx context.Context, env *environ, args []string) error {
	if len(args) == 0 || args[0] != "check" {
		return fmt.Errorf("%w: briefly config check [--config FILE]", errUsage)
	}
	fs := newFlags("config check", env.stderr)
	path := fs.String("config", "", "the `file` to read (default $BRIEFLY_CONFIG, else none)")
	pos, err := parseFlags(fs, args[1:])
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, pos[0])
	}
	source := *path
	if source == "" {
		source = env.getenv("BRIEFLY_CONFIG")
	}
	cfg, err := config.Load(*path, env.getenv)
	if err != nil {
		return err
	}
	if err := cfg.Validate(); err != nil {
		var n int
		for _, e := range unjoin(err) {
			fmt.Fprintln(env.stderr, e)
			n++
		}
		return fmt.Errorf("%d problem%s in %s", n, plural(n), describeSource(source))
	}
	fmt.Fprintf(env.stdout, "config OK (%s)\n%s", describeSource(source), cfg)
	return nil
}

// unjoin lists the errors in an errors.Join result.
func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

func describeSource(path string) string {
	if path == "" {
		return "defaults and environment"
	}
	return path + " and environment"
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
