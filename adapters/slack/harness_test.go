package slackadapter

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefly-bot/briefly/adapters/slack/internal/fakeslack"
	"github.com/briefly-bot/briefly/bot"
	"github.com/briefly-bot/briefly/bot/sqlite"
)

// wait bounds every wait of these tests.
const wait = 5 * time.Second

// article is a short news text of our own, long enough to be read as an
// article.
const article = `The city council voted 7-2 on Tuesday to build a new light rail line along the river, ending a debate that lasted three years. "This is the biggest investment in transit this city has made in a generation," said Mayor Helen Okafor. The line will cost $1.2 billion and open in 2029, according to the transit agency. Council member Dan Reyes voted against the plan. "We are borrowing money we do not have," Reyes said.`

// slowFetcher returns a page after a delay and records the links asked.
type slowFetcher struct {
	delay time.Duration
	text  string // "" means article
	mu    sync.Mutex
	urls  []string
}

func (f *slowFetcher) Fetch(ctx context.Context, url string) (bot.Page, error) {
	f.mu.Lock()
	f.urls = append(f.urls, url)
	f.mu.Unlock()
	select {
	case <-time.After(f.delay):
	case <-ctx.Done():
		return bot.Page{}, ctx.Err()
	}
	text := f.text
	if text == "" {
		text = article
	}
	return bot.Page{URL: url, Title: "Council approves the river rail line", Text: text}, nil
}

func (f *slowFetcher) asked() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.urls...)
}

// newBot is a real bot on an in-memory store.
func newBot(t *testing.T, f bot.Fetcher) *bot.Bot {
	t.Helper()
	store, err := sqlite.Open(context.Background(), sqlite.Memory)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	b, err := bot.New(bot.Options{Store: store, Fetcher: f})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// funcHandler is a Handler from a function, recording messages.
type funcHandler struct {
	mu   sync.Mutex
	msgs []bot.Message
	fn   func(bot.Message) []bot.Reply
}

func (h *funcHandler) Handle(_ context.Context, m bot.Message) ([]bot.Reply, error) {
	h.mu.Lock()
	h.msgs = append(h.msgs, m)
	h.mu.Unlock()
	return h.fn(m), nil
}

func (h *funcHandler) messages() []bot.Message {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]bot.Message(nil), h.msgs...)
}

// start runs an adapter in Socket Mode against a fake Slack until the test
// ends, and waits for its websocket.
func start(t *testing.T, h bot.Handler, edit func(*Options)) (*fakeslack.Server, *Adapter) {
	t.Helper()
	fake := fakeslack.New(t)
	opt := Options{
		BotToken: fakeslack.BotToken, AppToken: fakeslack.AppToken,
		PingInterval: time.Second, PerChannel: 50, PlaceholderAfter: 2 * time.Second,
		Logger: slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug})),
	}
	opt.APIURL = fake.APIURL
	if edit != nil {
		edit(&opt)
	}
	a, err := New(opt)
	if err != nil {
		t.Fatal(err)
	}
	runAdapter(t, a, h)
	if a.Mode() == "socket" {
		fake.WaitConnected(1, wait)
	}
	return fake, a
}

// runAdapter runs a until the test ends and checks it stops cleanly.
func runAdapter(t *testing.T, a *Adapter, h bot.Handler) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- a.Run(ctx, h) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-errc:
			if err != nil && !errors.Is(err, context.Canceled) {
				t.Errorf("Run: %v", err)
			}
		case <-time.After(wait):
			t.Errorf("Run did not stop within %v", wait)
		}
	})
}

// testWriter sends log lines to t.Log.
type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}

// texts returns every text a call holds: the fallback and each block's.
func texts(c fakeslack.Call) []string {
	out := []string{c.Get("text")}
	for _, b := range c.Blocks() {
		out = append(out, blockTexts(b)...)
	}
	return out
}

func blockTexts(b map[string]any) []string {
	var out []string
	if t, ok := b["text"].(map[string]any); ok {
		if s, ok := t["text"].(string); ok {
			out = append(out, s)
		}
	}
	if els, ok := b["elements"].([]any); ok {
		for _, e := range els {
			if m, ok := e.(map[string]any); ok {
				if s, ok := m["text"].(string); ok {
					out = append(out, s)
				}
			}
		}
	}
	return out
}

// joined is all of a call's text in one string.
func joined(c fakeslack.Call) string { return strings.Join(texts(c), "\n") }

// mention is an app_mention event envelope payload.
func mention(eventID, channel, user, ts, threadTS, text string) map[string]any {
	ev := map[string]any{"type": "app_mention", "user": user, "text": text, "ts": ts, "channel": channel, "event_ts": ts}
	if threadTS != "" {
		ev["thread_ts"] = threadTS
	}
	return callback(eventID, ev)
}

// dm is a message.im event envelope payload.
func dm(eventID, channel, user, ts, text string) map[string]any {
	return callback(eventID, map[string]any{"type": "message", "channel_type": "im", "user": user, "text": text,
		"ts": ts, "channel": channel, "event_ts": ts})
}

func callback(eventID string, ev map[string]any) map[string]any {
	return map[string]any{"type": "event_callback", "team_id": "T1", "api_app_id": "A1", "event_id": eventID,
		"event_time": time.Now().Unix(), "event": ev}
}
