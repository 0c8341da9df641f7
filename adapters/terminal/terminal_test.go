package terminal

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/briefly-bot/briefly/bot"
)

func TestRender(t *testing.T) {
	tests := []struct {
		name  string
		r     bot.Reply
		width int
		want  string
	}{
		{"paragraph wraps", bot.Reply{Paragraphs: []string{"one two three four five"}}, 20, "one two three four\nfive\n"},
		{"title and source", bot.Reply{Title: "T", Paragraphs: []string{"p"}, Source: "https://x.example/a", Footnote: "note"}, 80,
			"T\np\nSource: https://x.example/a\n(note)\n"},
		{"bullets hang", bot.Reply{Bullets: []string{"alpha beta gamma delta epsilon"}}, 20, "• alpha beta gamma\n  delta epsilon\n"},
		{"quote with speaker", bot.Reply{Quotes: []bot.QuoteLine{{Text: "We bought time", Speaker: "Helen Okafor"}}}, 80,
			"> “We bought time” — Helen Okafor\n"},
		{"quote wraps and has no speaker", bot.Reply{Quotes: []bot.QuoteLine{{Text: "aaa bbb ccc ddd eee fff"}}}, 20,
			"> “aaa bbb ccc ddd\n> eee fff”\n"},
		{"long word alone", bot.Reply{Paragraphs: []string{"see https://example.com/a/very/long/link ok"}}, 20,
			"see\nhttps://example.com/a/very/long/link\nok\n"},
		{"newline in text", bot.Reply{Paragraphs: []string{"a\nb"}}, 80, "a\nb\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			if err := Render(&b, tt.r, tt.width); err != nil {
				t.Fatal(err)
			}
			if got := b.String(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// recorder is a Handler that remembers messages and answers with their
// text's first line.
type recorder struct{ got []bot.Message }

func (r *recorder) Handle(_ context.Context, m bot.Message) ([]bot.Reply, error) {
	r.got = append(r.got, m)
	first, _, _ := strings.Cut(m.Text, "\n")
	return []bot.Reply{{Paragraphs: []string{"re: " + first}}}, nil
}

func TestRun(t *testing.T) {
	long := strings.Repeat("word ", 25)
	tests := []struct {
		name  string
		opt   Options
		in    string
		texts []string // messages the bot got
		out   string
	}{
		{"lines", Options{}, "summary\n\n  quotes  \n", []string{"summary", "quotes"}, "re: summary\n\nre: quotes\n\n"},
		{"opening first", Options{Opening: []string{"article"}}, "facts\n", []string{"article", "facts"}, "re: article\n\nre: facts\n\n"},
		{"quit stops", Options{}, "a\nquit\nb\n", []string{"a"}, "re: a\n\n"},
		{"paste to empty line", Options{}, long + "\nsecond para\n\nsummary\n", []string{long[:len(long)-1] + "\nsecond para", "summary"}, ""},
		{"paste to end", Options{}, long + "\nsecond para", []string{long[:len(long)-1] + "\nsecond para"}, ""},
		{"long command is not a paste", Options{}, "ask " + long + "\nsummary\n", []string{"ask " + long[:len(long)-1], "summary"}, ""},
		{"echo and prompt", Options{Echo: true}, "hi\n", []string{"hi"}, "> hi\nre: hi\n\n> \n"},
		{"greeting only when interactive", Options{Greeting: "hello"}, "", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			h := &recorder{}
			if err := New(strings.NewReader(tt.in), &out, tt.opt).Run(context.Background(), h); err != nil {
				t.Fatal(err)
			}
			var texts []string
			for _, m := range h.got {
				texts = append(texts, m.Text)
				if m.Platform != "terminal" || !m.Perms.ManageSubscriptions {
					t.Errorf("message %+v: want platform terminal with ManageSubscriptions", m)
				}
			}
			if strings.Join(texts, "|") != strings.Join(tt.texts, "|") {
				t.Errorf("messages = %q, want %q", texts, tt.texts)
			}
			if tt.out != "" && out.String() != tt.out {
				t.Errorf("output = %q, want %q", out.String(), tt.out)
			}
			if tt.out == "" && tt.texts == nil && out.Len() != 0 {
				t.Errorf("output = %q, want none", out.String())
			}
		})
	}
}

func TestRunInteractivePastePause(t *testing.T) {
	pr, pw := io.Pipe()
	var out bytes.Buffer
	h := &recorder{}
	done := make(chan error, 1)
	go func() {
		done <- New(pr, &out, Options{Interactive: true, Greeting: "hi"}).Run(context.Background(), h)
	}()
	long := strings.Repeat("word ", 25)
	io.WriteString(pw, long+"\nmore\n")
	time.Sleep(5 * pasteGap)
	io.WriteString(pw, "summary\n")
	pw.Close()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if len(h.got) != 2 || h.got[1].Text != "summary" || !strings.HasSuffix(h.got[0].Text, "\nmore") {
		t.Errorf("messages = %+v, want the paste then summary", h.got)
	}
	if !strings.HasPrefix(out.String(), "hi\n\n> ") {
		t.Errorf("output = %q, want the greeting and a prompt", out.String())
	}
}

func TestRunStopsWithContext(t *testing.T) {
	pr, pw := io.Pipe()
	defer pw.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- New(pr, io.Discard, Options{}).Run(ctx, &recorder{}) }()
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run = %v, want nil", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not stop when ctx ended")
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("closed") }

func TestRunWriteError(t *testing.T) {
	err := New(strings.NewReader("a\n"), failWriter{}, Options{}).Run(context.Background(), &recorder{})
	if err == nil || !strings.Contains(err.Error(), "terminal: write") {
		t.Errorf("Run = %v, want a write error", err)
	}
}
