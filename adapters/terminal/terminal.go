// Package terminal is briefly's chat in a terminal: it reads messages from a
// reader, one a line, and writes the bot's replies as wrapped plain text. It
// also works when the input is a file or a pipe, which is how the tests and
// scripts drive it.
package terminal

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/briefly-bot/briefly/bot"
)

// Options configures an Adapter. The zero value means the defaults.
type Options struct {
	// Interactive shows a "> " prompt and a greeting; set it when the
	// input is a terminal.
	Interactive bool
	// Echo writes each input line after the prompt, so the output is a
	// transcript of the whole conversation.
	Echo bool
	// Width is the wrap width; 0 means 80.
	Width int
	// Opening are messages handled before any input, their text not shown
	// (the article the chat starts with).
	Opening []string
	// Greeting is shown before the opening replies when Interactive.
	Greeting string
	// Logger gets the errors the bot reports for the operator; nil: none.
	Logger *slog.Logger
}

// Adapter is a terminal chat; the user may manage subscriptions.
type Adapter struct {
	in  io.Reader
	opt Options
	log *slog.Logger

	mu        sync.Mutex // out: replies, posts and the prompt never interleave
	out       io.Writer
	prompting bool  // a prompt is shown and the user may be typing
	posts     int64 // posts written, for receipts
}

var _ bot.Adapter = (*Adapter)(nil)

// New returns a terminal chat reading in and writing out.
func New(in io.Reader, out io.Writer, opt Options) *Adapter {
	if opt.Width <= 0 {
		opt.Width = 80
	}
	log := opt.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Adapter{in: in, out: out, opt: opt, log: log.With("adapter", "terminal")}
}

// Name returns "terminal".
func (a *Adapter) Name() string { return "terminal" }

// pasteGap is how long an interactive paste may pause between lines.
const pasteGap = 40 * time.Millisecond

// Run chats until the input ends, the user types quit or exit, or ctx ends.
// A line that reads like prose (20 words or more, not a command or a
// question) starts a pasted article that goes on to an empty line, the end
// of the input or, when interactive, a pause in the paste.
func (a *Adapter) Run(ctx context.Context, h bot.Handler) error {
	if a.opt.Interactive && a.opt.Greeting != "" {
		a.mu.Lock()
		fmt.Fprintf(a.out, "%s\n\n", a.opt.Greeting)
		a.mu.Unlock()
	}
	for _, text := range a.opt.Opening {
		if err := a.handle(ctx, h, text); err != nil {
			return err
		}
	}
	lines := make(chan string)
	readErr := make(chan error, 1)
	go func() {
		sc := bufio.NewScanner(a.in)
		sc.Buffer(make([]byte, 64<<10), 16<<20)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			case <-ctx.Done():
				return
			}
		}
		readErr <- sc.Err()
		close(lines)
	}()
	cmds := bot.Commands()
	for {
		a.prompt()
		var line string
		var ok bool
		select {
		case <-ctx.Done():
			return nil
		case line, ok = <-lines:
		}
		if !ok {
			a.answered(a.opt.Interactive || a.opt.Echo, "")
			return <-readErr
		}
		a.answered(a.opt.Echo, line)
		text := strings.TrimSpace(line)
		switch strings.ToLower(text) {
		case "":
			continue
		case "quit", "exit", "/quit", "/exit":
			return nil
		}
		if prose(cmds, text) {
			more, open := a.paste(ctx, lines)
			if len(more) > 0 {
				text += "\n" + strings.Join(more, "\n")
			}
			if err := a.handle(ctx, h, text); err != nil {
				return err
			}
			if !open {
				return <-readErr
			}
			continue
		}
		if err := a.handle(ctx, h, text); err != nil {
			return err
		}
	}
}

// paste collects the rest of a pasted article; open is false when the input
// ended.
func (a *Adapter) paste(ctx context.Context, lines <-chan string) (more []string, open bool) {
	for {
		var timeout <-chan time.Time
		if a.opt.Interactive {
			timeout = time.After(pasteGap)
		}
		select {
		case <-ctx.Done():
			return more, true
		case <-timeout:
			return more, true
		case line, ok := <-lines:
			if !ok {
				return more, false
			}
			a.answered(a.opt.Echo, line)
			if strings.TrimSpace(line) == "" {
				return more, true
			}
			more = append(more, line)
		}
	}
}

// prose reports whether a line starts a pasted article.
func prose(cmds []bot.Command, text string) bool {
	if len(strings.Fields(text)) < 20 || strings.HasSuffix(text, "?") {
		return false
	}
	_, isCmd, _ := bot.ParseCommand(cmds, text)
	return !isCmd
}

func (a *Adapter) prompt() {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.opt.Interactive || a.opt.Echo {
		fmt.Fprint(a.out, "> ")
		a.prompting = true
	}
}

// answered marks the prompt as answered, the user's line being in, and
// when echo writes the line.
func (a *Adapter) answered(echo bool, line string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.prompting = false
	if echo {
		fmt.Fprintln(a.out, line)
	}
}

// handle sends one message and writes the replies; only a failed write
// stops the chat.
func (a *Adapter) handle(ctx context.Context, h bot.Handler, text string) error {
	m := bot.Message{
		Platform: "terminal", Channel: "terminal", User: "you", Text: text,
		Perms: bot.Permissions{ManageSubscriptions: true},
	}
	replies, err := h.Handle(ctx, m)
	if err != nil {
		a.log.Error("handle message", "err", err)
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.write(replies)
}

// write renders replies, each followed by an empty line; a.mu is held.
func (a *Adapter) write(replies []bot.Reply) error {
	for _, r := range replies {
		if err := Render(a.out, r, a.opt.Width); err != nil {
			return fmt.Errorf("terminal: write: %w", err)
		}
		if _, err := fmt.Fprintln(a.out); err != nil {
			return fmt.Errorf("terminal: write: %w", err)
		}
	}
	return nil
}
