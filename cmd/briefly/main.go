// Command briefly reads news articles for a team: it repairs, summarizes and
// answers questions about them, in a terminal or in chat.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"

	"github.com/briefly-bot/briefly/bot/feed"
)

// command is one subcommand of briefly.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, env *environ, args []string) error
}

// environ is what a subcommand reads and writes; tests swap the streams.
type environ struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	// tuneFeeds, when set, edits the subscription service's options
	// before it starts: tests shorten its ticks and move its clock.
	tuneFeeds func(*feed.Options)
}

// errUsage marks an error caused by wrong arguments: the exit code is 2.
var errUsage = errors.New("usage")

func commands() []command {
	return []command{
		{"ask", "answer a question from an article, with the evidence", runAsk},
		{"chat", "chat about an article in the terminal (the default)", runChat},
		{"serve", "run the bot on Discord and Slack until interrupted", runServe},
		{"summarize", "summarize an article: summary, facts and quotes", runSummarize},
		{"eval", "measure quality on evaluation data", runEval},
		{"config", "check briefly.toml and the environment", runConfig},
		{"repair", "repair damaged text (mojibake, entities, odd spaces)", runRepair},
		{"sentences", "split a text into sentences, one a line (--json for offsets)", runSentences},
		{"slack-manifest", "print the Slack app manifest made from the command table", runSlackManifest},
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	env := &environ{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv}
	code := run(ctx, env, os.Args[1:])
	stop()
	os.Exit(code)
}

// run dispatches to a subcommand and returns the process exit code.
func run(ctx context.Context, env *environ, args []string) int {
	if len(args) > 0 && (args[0] == "help" || args[0] == "-h" || args[0] == "--help") {
		usage(env.stderr)
		return 0
	}
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		// briefly --db x.db is briefly chat --db x.db.
		args = append([]string{"chat"}, args...)
	}
	for _, c := range commands() {
		if c.name == args[0] {
			err := c.run(ctx, env, args[1:])
			switch {
			case err == nil:
				return 0
			case errors.Is(err, errUsage):
				fmt.Fprintf(env.stderr, "briefly %s: %v\n", c.name, err)
				return 2
			default:
				fmt.Fprintf(env.stderr, "briefly %s: %v\n", c.name, err)
				return 1
			}
		}
	}
	fmt.Fprintf(env.stderr, "briefly: unknown command %q\n", args[0])
	usage(env.stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: briefly [COMMAND [ARGS]]  (no command: chat about an example article)")
	cs := commands()
	sort.Slice(cs, func(i, j int) bool { return cs[i].name < cs[j].name })
	for _, c := range cs {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
}
