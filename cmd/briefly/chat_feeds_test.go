package main

import (
	"bytes"
	"context"
	"fmt"
	"html"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/briefly-bot/briefly/bot/feed"
)

// publisher is a news site's RSS feed on 127.0.0.1 whose items a test adds.
type publisher struct {
	mu       sync.Mutex
	items    []string // <item> elements, newest first
	requests int
}

func (p *publisher) add(guid, title, desc string, date time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	it := fmt.Sprintf("<item><guid>%s</guid><title>%s</title><link>https://news.example/%s</link><description>%s</description><pubDate>%s</pubDate></item>",
		guid, html.EscapeString(title), guid, html.EscapeString(desc), date.Format(time.RFC1123Z))
	p.items = append([]string{it}, p.items...)
}

func (p *publisher) polls() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.requests
}

func (p *publisher) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p.mu.Lock()
	p.requests++
	body := `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Port Alder Wire</title><link>https://news.example/</link>` +
		strings.Join(p.items, "") + `</channel></rss>`
	p.mu.Unlock()
	w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
	io.WriteString(w, body)
}

// syncBuffer is the chat's output, read while the chat writes it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestChatSubscriptionDelivers subscribes the terminal chat to a feed on
// 127.0.0.1 and checks that the feed's newest item, then an item that
// appears later, are each printed once, and nothing more on later polls.
// The service's clock is moved past the poll interval instead of waiting.
func TestChatSubscriptionDelivers(t *testing.T) {
	pub := &publisher{}
	now := time.Now()
	pub.add("a1", "Council opens the river ferry", "The river ferry carried 1,204 riders on its first day, the transit agency said. The service runs every 20 minutes.", now.Add(-time.Hour))
	srv := httptest.NewServer(pub)
	defer srv.Close()

	var skew atomic.Int64 // how far the service's clock is ahead
	in, feedIn := io.Pipe()
	out, errOut := &syncBuffer{}, &syncBuffer{}
	e := &environ{stdin: in, stdout: out, stderr: errOut,
		getenv: func(k string) string { return map[string]string{"BRIEFLY_ALLOW_PRIVATE": "1"}[k] },
		tuneFeeds: func(o *feed.Options) {
			o.PollTick, o.DeliverTick = 10*time.Millisecond, 10*time.Millisecond
			o.Logger = slog.New(slog.NewTextHandler(errOut, &slog.HandlerOptions{Level: slog.LevelDebug}))
			o.Now = func() time.Time { return time.Now().Add(time.Duration(skew.Load())) }
		}}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	done := make(chan int, 1)
	go func() { done <- run(ctx, e, []string{"chat", "--echo"}) }()

	waitFor := func(what string, ok func() bool) {
		t.Helper()
		for !ok() {
			select {
			case <-ctx.Done():
				t.Fatalf("%s: timed out after %d polls; output:\n%s\nstderr:\n%s", what, pub.polls(), out.String(), errOut.String())
			case <-time.After(5 * time.Millisecond):
			}
		}
	}
	const first, second = "1,204 riders", "$7.9 million"
	fmt.Fprintf(feedIn, "subscribe %s/feed.rss\n", srv.URL)
	waitFor("the newest item", func() bool { return strings.Contains(out.String(), first) })

	pub.add("b2", "Council funds driver raises", "The council set aside $7.9 million for driver raises on Tuesday, the union said. About 620 workers will get them.",
		time.Now().Truncate(time.Second).Add(time.Second)) // RSS dates are in seconds: not before the subscription
	skew.Add(int64(15 * time.Minute))
	waitFor("the new item", func() bool { return strings.Contains(out.String(), second) })

	// Two more polls find nothing new: nothing more is printed.
	for range 2 {
		n := pub.polls()
		skew.Add(int64(15 * time.Minute))
		waitFor("another poll", func() bool { return pub.polls() > n })
	}
	time.Sleep(50 * time.Millisecond) // a few delivery ticks
	feedIn.Close()
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut.String())
		}
	case <-ctx.Done():
		t.Fatal("the chat did not end with its input")
	}
	got := out.String()
	for _, s := range []string{first, second} {
		if n := strings.Count(got, s); n != 1 {
			t.Errorf("%q printed %d times, want once; output:\n%s", s, n, got)
		}
	}
	if strings.Index(got, first) > strings.Index(got, second) {
		t.Errorf("the items came out of order:\n%s", got)
	}
}
