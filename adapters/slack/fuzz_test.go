package slackadapter

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/briefly-bot/briefly/bot"
)

// FuzzHTTPHandler sends correctly signed bodies of any content to every
// endpoint: each must be answered with 200, 400 or 413, never a panic.
func FuzzHTTPHandler(f *testing.F) {
	f.Add(0, `{"type":"url_verification","challenge":"c"}`)
	f.Add(0, `{"type":"event_callback","event_id":"E1","event":{"type":"app_mention","user":"U1","text":"<@UB> help","ts":"1.2","channel":"C1"}}`)
	f.Add(0, `{"type":"event_callback","event":{"type":"message","channel_type":"im","text":"<","ts":"1"}}`)
	f.Add(1, "command=%2Fbriefly&text=summary&channel_id=C1&user_id=U1&response_url=http%3A%2F%2F127.0.0.1%3A1%2F")
	f.Add(2, "payload="+url.QueryEscape(`{"type":"message_action","callback_id":"briefly_summarize","message":{"text":"<https://x.example>"}}`))
	f.Add(2, "payload=%7B")
	h := &funcHandler{fn: func(bot.Message) []bot.Reply { return nil }}
	a, err := New(Options{BotToken: "xoxb-1", SigningSecret: secret, HTTPAddr: "127.0.0.1:0", APIURL: "http://127.0.0.1:1/api/",
		PlaceholderAfter: time.Hour})
	if err != nil {
		f.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	f.Cleanup(cancel)
	handler := a.httpHandler(ctx, h)
	paths := []string{EventsPath, CommandsPath, InteractivePath}
	f.Fuzz(func(t *testing.T, which int, body string) {
		path := paths[(which%3+3)%3]
		req := httptest.NewRequest("POST", path, strings.NewReader(body))
		stamp, sig := sign(secret, time.Now(), body)
		req.Header.Set("X-Slack-Request-Timestamp", stamp)
		req.Header.Set("X-Slack-Signature", sig)
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		rec := httptest.NewRecorder()
		handler.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK && rec.Code != http.StatusBadRequest && rec.Code != http.StatusRequestEntityTooLarge {
			t.Errorf("%s %q: status %d", path, body, rec.Code)
		}
	})
}
