package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestServeNeedsAPlatform(t *testing.T) {
	tests := []struct {
		name string
		args []string
		env  map[string]string
		code int
		want string
	}{
		{"nothing configured", []string{"serve"}, nil, 1, "set DISCORD_TOKEN and DISCORD_APP_ID"},
		{"app ID without token", []string{"serve"}, map[string]string{"DISCORD_APP_ID": "123456789012345678"}, 1, "DISCORD_TOKEN"},
		{"stray argument", []string{"serve", "now"}, nil, 2, "unexpected argument"},
		{"bad config", []string{"serve"}, map[string]string{"DISCORD_API_URL": "discord.com"}, 1, "discord.api_url"},
		{"HTTP mode without key", []string{"serve", "--discord-http", "127.0.0.1:0"},
			map[string]string{"DISCORD_TOKEN": "x.y.z", "DISCORD_APP_ID": "123456789012345678", "DISCORD_API_URL": "http://127.0.0.1:1"}, 1, "DISCORD_PUBLIC_KEY"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := map[string]string{"HOME": t.TempDir()}
			for k, v := range tt.env {
				env[k] = v
			}
			_, errOut, code := chat(t, tt.args, "", env)
			if code != tt.code || !strings.Contains(errOut, tt.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, errOut, tt.code, tt.want)
			}
		})
	}
}

// TestServeDiscordHTTP runs briefly serve in HTTP interactions mode against
// a stand-in for Discord's REST API: it registers the commands there,
// answers a signed PING and stops cleanly when its context ends.
func TestServeDiscordHTTP(t *testing.T) {
	var mu sync.Mutex
	var seen []string
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		seen = append(seen, r.Method+" "+r.URL.Path+" "+r.Header.Get("Authorization"))
		mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, "[]")
	}))
	defer api.Close()
	pub, priv, _ := ed25519.GenerateKey(nil)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()

	env := map[string]string{
		"HOME": t.TempDir(), "BRIEFLY_DB": filepath.Join(t.TempDir(), "b.db"), "BRIEFLY_LOG_LEVEL": "warn",
		"DISCORD_TOKEN": "abc.def.ghi", "DISCORD_APP_ID": "123456789012345678",
		"DISCORD_API_URL": api.URL, "DISCORD_PUBLIC_KEY": hex.EncodeToString(pub),
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	var errOut bytes.Buffer
	done := make(chan int, 1)
	go func() {
		e := &environ{stdin: strings.NewReader(""), stdout: io.Discard, stderr: &errOut, getenv: func(k string) string { return env[k] }}
		done <- run(ctx, e, []string{"serve", "--discord-http", addr})
	}()

	body := []byte(`{"id":"1","application_id":"123456789012345678","type":1,"token":"t","version":1}`)
	var got string
	for i := 0; i < 100 && got == ""; i++ {
		stamp := strconv.FormatInt(time.Now().Unix(), 10)
		req, _ := http.NewRequest("POST", "http://"+addr+"/", bytes.NewReader(body))
		req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(priv, append([]byte(stamp), body...))))
		req.Header.Set("X-Signature-Timestamp", stamp)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			time.Sleep(50 * time.Millisecond)
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		got = strings.TrimSpace(string(b))
	}
	if got != `{"type":1}` {
		t.Errorf("PING answered %q, want PONG", got)
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("exit %d after the context ended: %s", code, errOut.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop")
	}
	mu.Lock()
	defer mu.Unlock()
	if want := "PUT /api/v9/applications/123456789012345678/commands Bot abc.def.ghi"; len(seen) == 0 || seen[0] != want {
		t.Errorf("REST requests %q, want first %q", seen, want)
	}
}
