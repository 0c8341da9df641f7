package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefly-bot/briefly/bot"
	"github.com/briefly-bot/briefly/bot/sqlite"
)

// freeAddr is a loopback address nothing listens on.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// TestServePostsSubscriptions runs briefly serve with Discord and Slack
// (both in HTTP mode, against one stand-in for their Web APIs) over a
// database with a subscription on each platform: the feed's newest item
// is posted once to each, through its own adapter.
func TestServePostsSubscriptions(t *testing.T) {
	pub := &publisher{}
	pub.add("a1", "Council opens the river ferry", "The river ferry carried 1,204 riders on its first day, the transit agency said.", time.Now().Add(-time.Hour))
	feedSrv := httptest.NewServer(pub)
	defer feedSrv.Close()

	var mu sync.Mutex
	posts := map[string][]string{} // "discord 42" or "slack C42" → bodies
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		w.Header().Set("Content-Type", "application/json")
		switch {
		case r.URL.Path == "/slack/auth.test":
			io.WriteString(w, `{"ok":true,"user_id":"UB","user":"briefly","team":"T","team_id":"T1"}`)
		case r.URL.Path == "/slack/chat.postMessage":
			r.Body = io.NopCloser(bytes.NewReader(body))
			r.ParseForm()
			mu.Lock()
			posts["slack "+r.PostForm.Get("channel")] = append(posts["slack "+r.PostForm.Get("channel")], r.PostForm.Get("blocks"))
			mu.Unlock()
			io.WriteString(w, `{"ok":true,"channel":"C42","ts":"1700000000.000100"}`)
		case r.Method == "POST" && strings.HasPrefix(r.URL.Path, "/api/v9/channels/"):
			ch := strings.Split(r.URL.Path, "/")[4]
			mu.Lock()
			posts["discord "+ch] = append(posts["discord "+ch], string(body))
			mu.Unlock()
			io.WriteString(w, `{"id":"900000000000000001","channel_id":"`+ch+`"}`)
		case strings.HasPrefix(r.URL.Path, "/api/v9/"):
			io.WriteString(w, "[]")
		default:
			w.WriteHeader(http.StatusNotFound)
			io.WriteString(w, `{"ok":false,"error":"unknown_method"}`)
		}
	}))
	defer api.Close()

	db := filepath.Join(t.TempDir(), "b.db")
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	store, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []bot.Subscription{
		{ID: "disc01", Platform: "discord", Channel: "42", URL: feedSrv.URL + "/feed.rss", User: "ann", Created: time.Now()},
		{ID: "slck01", Platform: "slack", Channel: "C42", URL: feedSrv.URL + "/feed.rss", User: "ann", Created: time.Now()},
	} {
		if err := store.AddSubscription(ctx, &s); err != nil {
			t.Fatal(err)
		}
	}
	if err := store.Close(); err != nil {
		t.Fatal(err)
	}

	env := map[string]string{
		"HOME": t.TempDir(), "BRIEFLY_DB": db, "BRIEFLY_LOG_LEVEL": "warn", "BRIEFLY_ALLOW_PRIVATE": "1",
		"DISCORD_TOKEN": "abc.def.ghi", "DISCORD_APP_ID": "123456789012345678", "DISCORD_API_URL": api.URL,
		"DISCORD_PUBLIC_KEY": strings.Repeat("ab", 32),
		"SLACK_BOT_TOKEN":    "xoxb-test", "SLACK_SIGNING_SECRET": "secret", "SLACK_API_URL": api.URL + "/slack/",
	}
	var errOut syncBuffer
	done := make(chan int, 1)
	go func() {
		e := &environ{stdin: strings.NewReader(""), stdout: io.Discard, stderr: &errOut, getenv: func(k string) string { return env[k] }}
		done <- run(ctx, e, []string{"serve", "--discord-http", freeAddr(t), "--slack-http", freeAddr(t)})
	}()
	got := func() map[string][]string {
		mu.Lock()
		defer mu.Unlock()
		out := map[string][]string{}
		for k, v := range posts {
			out[k] = append([]string(nil), v...)
		}
		return out
	}
	for len(got()) < 2 {
		select {
		case code := <-done:
			t.Fatalf("serve stopped (exit %d): %s", code, errOut.String())
		case <-ctx.Done():
			t.Fatalf("posts %v; stderr: %s", got(), errOut.String())
		case <-time.After(10 * time.Millisecond):
		}
	}
	time.Sleep(100 * time.Millisecond) // a retry would show by now
	cancel()
	if code := <-done; code != 0 {
		t.Errorf("exit %d after the context ended: %s", code, errOut.String())
	}
	p := got()
	if d := p["discord 42"]; len(d) != 1 {
		t.Errorf("discord posts %q, want one", d)
	} else {
		var m struct {
			Content, Nonce string
			EnforceNonce   bool `json:"enforce_nonce"`
			Embeds         []struct{ Description string }
		}
		if err := json.Unmarshal([]byte(d[0]), &m); err != nil {
			t.Fatal(err)
		}
		if len(m.Nonce) == 0 || len(m.Nonce) > 25 || !m.EnforceNonce || !strings.Contains(d[0], "1,204 riders") {
			t.Errorf("discord post %s: want the item with a nonce of at most 25 characters, enforced", d[0])
		}
	}
	if s := p["slack C42"]; len(s) != 1 || !strings.Contains(s[0], "1,204 riders") {
		t.Errorf("slack posts %q, want the item once", s)
	}
	if len(p) != 2 {
		t.Errorf("posts to %d channels, want 2: %v", len(p), p)
	}
}
