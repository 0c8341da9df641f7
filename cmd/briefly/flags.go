package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// newFlags returns a flag set for a subcommand that reports errors instead of
// exiting, and prints its usage to w.
func newFlags(name string, w io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("briefly "+name, flag.ContinueOnError)
	fs.SetOutput(w)
	return fs
}

// parseFlags parses args allowing flags before, between and after the
// positional arguments (briefly ask FILE "QUESTION" --json), and returns the
// positional ones. "--" ends the flags. A bad flag is a usage error.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, fmt.Errorf("%w: see the flags above", errUsage)
			}
			return nil, fmt.Errorf("%w: %v", errUsage, err)
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if len(args) > 0 && len(rest) < len(args) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
		if len(rest[0]) > 1 && strings.HasPrefix(rest[0], "-") && rest[0] != "-" {
			return nil, fmt.Errorf("%w: unknown flag %s", errUsage, rest[0])
		}
	}
}

// optionalArg returns the one optional positional argument ("" when absent),
// or a usage error naming usage when there are more.
func optionalArg(pos []string, usage string) (string, error) {
	switch len(pos) {
	case 0:
		return "", nil
	case 1:
		return pos[0], nil
	}
	return "", fmt.Errorf("%w: %s", errUsage, usage)
}
