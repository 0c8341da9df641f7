package slackadapter

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/briefly-bot/briefly/adapters/slack/internal/fakeslack"
	"github.com/briefly-bot/briefly/bot"
)

func TestNewChecksOptions(t *testing.T) {
	for _, tc := range []struct {
		name    string
		opt     Options
		wantErr string
		mode    string
	}{
		{"no bot token", Options{AppToken: "xapp-1"}, "bot token", ""},
		{"no app token or secret", Options{BotToken: "xoxb-1"}, "SLACK_APP_TOKEN", ""},
		{"http without secret", Options{BotToken: "xoxb-1", HTTPAddr: ":8080"}, "signing secret", ""},
		{"api url without slash", Options{BotToken: "xoxb-1", AppToken: "xapp-1", APIURL: "http://127.0.0.1:1/api"}, "must end in /", ""},
		{"socket", Options{BotToken: "xoxb-1", AppToken: "xapp-1", APIURL: "http://127.0.0.1:1/api/"}, "", "socket"},
		{"http", Options{BotToken: "xoxb-1", SigningSecret: "s", HTTPAddr: ":8080"}, "", "http"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := New(tc.opt)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("got %v, want an error about %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if a.Mode() != tc.mode {
				t.Errorf("mode: got %q, want %q", a.Mode(), tc.mode)
			}
		})
	}
}

func TestSeenSetBounded(t *testing.T) {
	s := newSeenSet(3, time.Hour)
	for _, k := range []string{"a", "b", "c"} {
		if !s.first(k) {
			t.Errorf("%s: first time reported as seen", k)
		}
	}
	if s.first("a") {
		t.Error("a: second time reported as new")
	}
	s.first("d") // evicts the oldest, a
	if !s.first("a") {
		t.Error("a: still remembered past the bound")
	}
	now := time.Now()
	s.c.now = func() time.Time { return now.Add(2 * time.Hour) }
	if !s.first("d") {
		t.Error("d: remembered past its time to live")
	}
}

func TestRunRefusedTokens(t *testing.T) {
	for _, tc := range []struct {
		name      string
		bot, app  string
		wantInErr string
	}{
		{"bot token", "xoxb-wrong", fakeslack.AppToken, "auth.test"},
		{"app token", fakeslack.BotToken, "xapp-wrong", "invalid_auth"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fake := fakeslack.New(t)
			a, err := New(Options{BotToken: tc.bot, AppToken: tc.app, APIURL: fake.APIURL})
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), wait)
			defer cancel()
			err = a.Run(ctx, &funcHandler{fn: func(bot.Message) []bot.Reply { return nil }})
			if err == nil || !strings.Contains(err.Error(), tc.wantInErr) {
				t.Errorf("Run: got %v, want an error naming %s", err, tc.wantInErr)
			}
		})
	}
}
