package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"strconv"

	"github.com/briefly-bot/briefly/adapters/terminal"
	"github.com/briefly-bot/briefly/bot"
	"github.com/briefly-bot/briefly/bot/example"
	"github.com/briefly-bot/briefly/bot/sqlite"
	"github.com/briefly-bot/briefly/fetch"
)

// runChat is "briefly chat [FILE|URL]", also what briefly with no arguments
// runs: a chat in the terminal about the example article, or the given one.
func runChat(ctx context.Context, env *environ, args []string) (err error) {
	fs := newFlags("chat", env.stderr)
	db := fs.String("db", "", "database `path` (default $BRIEFLY_DB, else in memory: nothing is written)")
	echo := fs.Bool("echo", false, "print each input line, so the output is a transcript")
	width := fs.Int("width", 0, "wrap replies at `n` columns (default $COLUMNS, else 80)")
	fs.Usage = func() {
		fmt.Fprintln(env.stderr, "usage: briefly chat [FILE|URL] [--db PATH] [--echo] [--width N]")
		fmt.Fprintln(env.stderr, "Chat about an article (the bundled example when none is given); type help inside.")
		fmt.Fprintln(env.stderr, "Storage is in memory unless --db or BRIEFLY_DB names a file.")
		fs.PrintDefaults()
	}
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 1 {
		return fmt.Errorf("%w: briefly chat [FILE|URL]: one article at a time", errUsage)
	}
	opening, err := chatOpening(env, pos)
	if err != nil {
		return err
	}

	cfg, err := chatConfig(env)
	if err != nil {
		return err
	}

	path := *db
	if path == "" {
		path = env.getenv("BRIEFLY_DB")
	}
	if path == "" {
		path = sqlite.Memory
	}
	store, err := sqlite.Open(ctx, path)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := store.Close(); err == nil {
			err = cerr
		}
	}()

	log := slog.New(slog.NewTextHandler(env.stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	interactive := isTerminal(env.stdin)
	w := *width
	if w == 0 && interactive {
		w, _ = strconv.Atoi(env.getenv("COLUMNS"))
	}
	t := terminal.New(env.stdin, env.stdout, terminal.Options{
		Interactive: interactive,
		Echo:        *echo,
		Width:       w,
		Opening:     []string{opening},
		Greeting:    "briefly: here is the article. Ask about it, paste another article or a link, type help for commands, quit to leave.",
		Logger:      log,
	})
	client := newFetcher(env, cfg)
	feeds, err := newFeeds(env, cfg, store, client, []bot.Adapter{t}, log)
	if err != nil {
		return err
	}
	b, err := bot.New(bot.Options{Store: store, Logger: log, Fetcher: pageFetcher{client}, Preview: feeds})
	if err != nil {
		return err
	}
	return runChatFeeds(ctx, t, b, feeds)
}

// chatOpening is the first message of the chat: the example article, the
// file's text or the link.
func chatOpening(env *environ, pos []string) (string, error) {
	if len(pos) == 0 {
		return example.Article, nil
	}
	arg := pos[0]
	if fetch.IsURL(arg) {
		return arg, nil
	}
	if arg == "-" {
		return "", fmt.Errorf("%w: briefly chat reads your messages from stdin; give the article as a file", errUsage)
	}
	return readInput(env, arg)
}

// isTerminal reports whether r is a character device, such as a terminal.
func isTerminal(r any) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
