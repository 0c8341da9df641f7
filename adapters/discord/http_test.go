package discord

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/briefly-bot/briefly/adapters/discord/internal/fakediscord"
	"github.com/briefly-bot/briefly/bot"
	"github.com/briefly-bot/briefly/bot/sqlite"
)

// endpoint serves the HTTP interactions endpoint of an adapter whose REST
// calls go to a fake Discord.
func endpoint(t *testing.T) (*httptest.Server, ed25519.PrivateKey, *fakediscord.Server) {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	fake := fakediscord.New()
	t.Cleanup(fake.Close)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	store, err := sqlite.Open(ctx, sqlite.Memory)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	b, err := bot.New(bot.Options{Store: store, AnalysisVersion: "test",
		Fetcher: pages{delay: 10 * time.Millisecond, text: map[string]string{articleLink: strings.Repeat("The council met on Tuesday and voted. ", 30)}}})
	if err != nil {
		t.Fatal(err)
	}
	a, err := New(Options{Token: testToken, AppID: fake.AppID, APIURL: fake.URL, PublicKey: hex.EncodeToString(pub)})
	if err != nil {
		t.Fatal(err)
	}
	h, err := a.InteractionsHandler(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	t.Cleanup(a.wg.Wait)
	return srv, priv, fake
}

// post sends body signed with key at time ts.
func post(t *testing.T, url string, key ed25519.PrivateKey, ts time.Time, body []byte) (int, []byte) {
	t.Helper()
	stamp := strconv.FormatInt(ts.Unix(), 10)
	sig := ed25519.Sign(key, append([]byte(stamp), body...))
	req, _ := http.NewRequest("POST", url, bytes.NewReader(body))
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(sig))
	req.Header.Set("X-Signature-Timestamp", stamp)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, out
}

func TestInteractionsEndpoint(t *testing.T) {
	t.Parallel()
	srv, key, fake := endpoint(t)
	_, stranger, _ := ed25519.GenerateKey(nil)
	now := time.Now()
	ping := []byte(`{"id":"1","application_id":"2","type":1,"token":"t","version":1}`)
	slash := func(id, name, opt, val string) []byte {
		b, _ := json.Marshal(map[string]any{"id": id, "application_id": fake.AppID, "type": 2, "token": "tok" + id, "version": 1,
			"channel_id": "500", "guild_id": testGuild,
			"member": map[string]any{"user": map[string]any{"id": testUser, "username": "ann"}, "roles": []string{}, "permissions": "0"},
			"data":   map[string]any{"id": "9", "name": name, "type": 1, "options": []map[string]any{{"name": opt, "type": 3, "value": val}}}})
		return b
	}
	tests := []struct {
		name   string
		key    ed25519.PrivateKey
		at     time.Time
		body   []byte
		status int
		want   string
	}{
		{"ping", key, now, ping, 200, `{"type":1}`},
		{"wrong key", stranger, now, ping, 401, ""},
		{"six minutes old", key, now.Add(-6 * time.Minute), ping, 401, ""},
		{"from the future", key, now.Add(6 * time.Minute), ping, 401, ""},
		{"four minutes old", key, now.Add(-4 * time.Minute), ping, 200, `{"type":1}`},
		{"too large", key, now, append(ping, bytes.Repeat([]byte(" "), maxBody)...), 413, ""},
		{"not JSON", key, now, []byte("hello"), 400, ""},
		{"command", key, now, slash("11", "help", "command", "ask"), 200, `"allowed_mentions":{"parse":[]`},
		{"refused subscribe", key, now, slash("12", "subscribe", "url", "https://news.example/feed"), 200, `"flags":64`},
		{"link is deferred", key, now, slash("13", "summary", "url", articleLink), 200, `{"type":5,`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, body := post(t, srv.URL, tt.key, tt.at, tt.body)
			if status != tt.status {
				t.Fatalf("status %d, want %d (%s)", status, tt.status, body)
			}
			if !strings.Contains(string(body), tt.want) {
				t.Errorf("body %s, want %s in it", body, tt.want)
			}
		})
	}
	// The deferred answer is edited in over REST.
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	got, err := fake.WaitRequests(ctx, 1, func(r fakediscord.Request) bool { return r.Method == "PATCH" })
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(got[0].Path, "/tok13/messages/@original") || !strings.Contains(string(got[0].Body), "council met") {
		t.Errorf("edit %s %.200s, want the summary", got[0].Path, got[0].Body)
	}
}

func TestVerify(t *testing.T) {
	pub, priv, _ := ed25519.GenerateKey(nil)
	now := time.Unix(1_800_000_000, 0)
	body := []byte(`{"type":1}`)
	sign := func(ts string, b []byte) string {
		return hex.EncodeToString(ed25519.Sign(priv, append([]byte(ts), b...)))
	}
	stamp := strconv.FormatInt(now.Unix(), 10)
	tests := []struct {
		name, sig, ts string
		body          []byte
		want          string
	}{
		{"good", sign(stamp, body), stamp, body, ""},
		{"body changed", sign(stamp, body), stamp, []byte(`{"type":2}`), "bad signature"},
		{"timestamp changed", sign(stamp, body), strconv.FormatInt(now.Unix()-1, 10), body, "bad signature"},
		{"no signature", "", stamp, body, "missing or malformed signature"},
		{"short signature", "abcd", stamp, body, "missing or malformed signature"},
		{"no timestamp", sign("", body), "", body, "missing or malformed timestamp"},
		{"old", sign("1700000000", body), "1700000000", body, "timestamp outside 5 minutes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := http.Header{}
			h.Set("X-Signature-Ed25519", tt.sig)
			h.Set("X-Signature-Timestamp", tt.ts)
			if got := verify(pub, h, tt.body, now); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestInteractionsHandlerNeedsKey(t *testing.T) {
	a, err := New(Options{Token: testToken, AppID: "1"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.InteractionsHandler(context.Background(), nil); err == nil || !strings.Contains(err.Error(), "DISCORD_PUBLIC_KEY") {
		t.Errorf("got %v, want an error naming DISCORD_PUBLIC_KEY", err)
	}
}

func FuzzVerify(f *testing.F) {
	pub, _, _ := ed25519.GenerateKey(nil)
	f.Add("00", "1800000000", []byte(`{"type":1}`))
	f.Add(strings.Repeat("ab", 64), "-1", []byte{})
	f.Fuzz(func(t *testing.T, sig, ts string, body []byte) {
		h := http.Header{}
		h.Set("X-Signature-Ed25519", sig)
		h.Set("X-Signature-Timestamp", ts)
		if verify(pub, h, body, time.Unix(1_800_000_000, 0)) == "" {
			t.Errorf("a random signature verified: %q", sig)
		}
	})
}
