package slackadapter

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/briefly-bot/briefly/bot"
)

func TestPostRendersEscapedAndReturnsTheTS(t *testing.T) {
	fake, a := start(t, &funcHandler{fn: func(bot.Message) []bot.Reply { return nil }}, nil)
	ctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	r := bot.Reply{Title: "Council <b>approves</b> & more", Paragraphs: []string{"Ping <!channel> please."}, Source: "https://news.example/1"}
	rc, err := a.Post(ctx, "slack", "C1", r, "0123456789abcdef0123")
	if err != nil {
		t.Fatal(err)
	}
	calls := fake.WaitCalls("chat.postMessage", 1, wait)
	c := calls[0]
	if got := c.Get("channel"); got != "C1" {
		t.Errorf("channel %q, want %q", got, "C1")
	}
	if got := c.Get("ts"); rc.ID == "" || !strings.HasPrefix(rc.ID, "1700000000.") {
		t.Errorf("receipt ID %q (call ts %q), want the ts Slack answered", rc.ID, got)
	}
	if want := time.Unix(1700000000, 0).UTC(); rc.At.Truncate(time.Second) != want {
		t.Errorf("receipt At %v, want %v", rc.At, want)
	}
	blocks := strings.ReplaceAll(c.Form.Get("blocks"), `\u0026`, "&") // as JSON encodes it
	if blocks == "" || len(c.Blocks()) == 0 {
		t.Fatalf("no blocks: %v", c.Form)
	}
	for _, bad := range []string{"<b>", "<!channel>"} {
		if strings.Contains(blocks, bad) || strings.Contains(c.Get("text"), bad) {
			t.Errorf("%q reached Slack unescaped: %s", bad, blocks)
		}
	}
	if !strings.Contains(blocks, "&lt;b&gt;") || !strings.Contains(blocks, "&lt;!channel&gt;") {
		t.Errorf("the title is not escaped: %s", blocks)
	}
}

func TestPostRetriesAfterARateLimit(t *testing.T) {
	fake, a := start(t, &funcHandler{fn: func(bot.Message) []bot.Reply { return nil }}, func(o *Options) { o.MaxRetryAfter = 50 * time.Millisecond })
	fake.RateLimit("chat.postMessage", 1)
	ctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	rc, err := a.Post(ctx, "slack", "C2", bot.Reply{Paragraphs: []string{"hello"}}, "")
	if err != nil || rc.ID == "" {
		t.Fatalf("Post after a 429: %+v, %v", rc, err)
	}
	if n := len(fake.Calls("chat.postMessage (429)")); n != 1 {
		t.Errorf("%d limited calls, want 1", n)
	}
}

func TestPostToAGoneChannel(t *testing.T) {
	fake, a := start(t, &funcHandler{fn: func(bot.Message) []bot.Reply { return nil }}, nil)
	ctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	tests := []struct {
		code string
		gone bool
	}{
		{"channel_not_found", true},
		{"is_archived", true},
		{"not_in_channel", true},
		{"account_inactive", true},
		{"msg_too_long", false},
		{"fatal_error", false},
	}
	for i, tc := range tests {
		ch := "CGONE" + string(rune('A'+i))
		fake.Refuse(ch, tc.code)
		_, err := a.Post(ctx, "slack", ch, bot.Reply{Paragraphs: []string{"hello"}}, "")
		if err == nil {
			t.Errorf("%s: no error", tc.code)
			continue
		}
		if got := errors.Is(err, bot.ErrChannelGone); got != tc.gone {
			t.Errorf("%s: errors.Is(%v, ErrChannelGone) = %v, want %v", tc.code, err, got, tc.gone)
		}
	}
}

func TestTSTime(t *testing.T) {
	tests := []struct {
		ts   string
		want time.Time
	}{
		{"1700000000.000100", time.Unix(1700000000, 100_000).UTC()},
		{"1700000000", time.Unix(1700000000, 0).UTC()},
		{"", time.Time{}},
		{"response_url", time.Time{}},
	}
	for _, tc := range tests {
		if got := tsTime(tc.ts); !got.Equal(tc.want) {
			t.Errorf("tsTime(%q) = %v, want %v", tc.ts, got, tc.want)
		}
	}
}
