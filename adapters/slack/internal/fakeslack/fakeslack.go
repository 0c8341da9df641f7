// Package fakeslack is a fake Slack for tests, on 127.0.0.1: the Web API
// methods briefly calls (form-encoded, the token in the form, as slack-go
// sends them), response_url endpoints, and Socket Mode (apps.connections.open
// answers a ws:// URL; envelopes go out and acks come back; the fake pings
// more often than the client's ping interval).
package fakeslack

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// Tokens the fake accepts.
const (
	BotToken = "xoxb-test-bot"
	AppToken = "xapp-test-app"
	BotUser  = "UBRIEFLY"
)

// Call is one request the fake received.
type Call struct {
	Method string     // "chat.postMessage", …, or "response_url"
	Form   url.Values // the form of a Web API call
	JSON   map[string]any
	At     time.Time
}

// Blocks decodes the call's blocks (form field or JSON body).
func (c Call) Blocks() []map[string]any {
	var out []map[string]any
	if s := c.Form.Get("blocks"); s != "" {
		_ = json.Unmarshal([]byte(s), &out)
		return out
	}
	if b, ok := c.JSON["blocks"].([]any); ok {
		for _, x := range b {
			if m, ok := x.(map[string]any); ok {
				out = append(out, m)
			}
		}
	}
	return out
}

// Get returns a field of the call, from the form or the JSON body.
func (c Call) Get(name string) string {
	if v := c.Form.Get(name); v != "" {
		return v
	}
	if v, ok := c.JSON[name]; ok {
		switch v := v.(type) {
		case string:
			return v
		default:
			return fmt.Sprint(v)
		}
	}
	return ""
}

// Server is a fake Slack.
type Server struct {
	URL    string // http://127.0.0.1:PORT/
	APIURL string // URL + "api/", for slack.OptionAPIURL

	t   testing.TB
	srv *httptest.Server

	mu        sync.Mutex
	calls     []Call
	changed   chan struct{} // closed and replaced on every call or ack
	admins    map[string]bool
	limited   map[string][]int  // method -> Retry-After seconds of the next 429s
	refused   map[string]string // channel -> the error chat.postMessage answers
	acks      map[string]time.Time
	conns     []*websocket.Conn
	writers   []func(func() error) error
	opens     int
	ts        int
	envelope  int
	pingEvery time.Duration
}

// New starts a fake Slack that stops when the test ends.
func New(t testing.TB) *Server {
	s := &Server{t: t, pingEvery: 50 * time.Millisecond, changed: make(chan struct{}),
		admins: map[string]bool{}, limited: map[string][]int{}, refused: map[string]string{}, acks: map[string]time.Time{}}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /api/{method}", s.api)
	mux.HandleFunc("POST /respond/{id}", s.respond)
	mux.HandleFunc("GET /ws", s.websocket)
	s.srv = httptest.NewServer(mux) // listens on 127.0.0.1
	s.URL = s.srv.URL + "/"
	s.APIURL = s.URL + "api/"
	t.Cleanup(s.Close)
	return s
}

// Close stops the fake and its websockets.
func (s *Server) Close() {
	s.mu.Lock()
	for _, c := range s.conns {
		c.Close()
	}
	s.mu.Unlock()
	s.srv.CloseClientConnections()
	s.srv.Close()
}

// SetPingEvery sets how often the fake pings the websockets that connect
// from now on (50 ms at first).
func (s *Server) SetPingEvery(d time.Duration) {
	s.mu.Lock()
	s.pingEvery = d
	s.mu.Unlock()
}

// SetAdmin makes users.info call user an admin.
func (s *Server) SetAdmin(user string) {
	s.mu.Lock()
	s.admins[user] = true
	s.mu.Unlock()
}

// RateLimit makes the next call of method answer 429 with Retry-After
// seconds (once per value given).
func (s *Server) RateLimit(method string, retryAfter ...int) {
	s.mu.Lock()
	s.limited[method] = append(s.limited[method], retryAfter...)
	s.mu.Unlock()
}

// Refuse makes chat.postMessage to channel answer {"ok": false, "error":
// code}, as Slack does for a deleted or archived channel
// (channel_not_found, is_archived, not_in_channel).
func (s *Server) Refuse(channel, code string) {
	s.mu.Lock()
	s.refused[channel] = code
	s.mu.Unlock()
}

// ResponseURL is a response_url the fake records posts to.
func (s *Server) ResponseURL(id string) string { return s.URL + "respond/" + id }

// Opens is how many times apps.connections.open was called.
func (s *Server) Opens() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.opens
}

func (s *Server) record(c Call) {
	c.At = time.Now()
	s.mu.Lock()
	s.calls = append(s.calls, c)
	s.notify()
	s.mu.Unlock()
}

// notify wakes waiters; s.mu is held.
func (s *Server) notify() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// Calls returns the calls of method so far ("" for all).
func (s *Server) Calls(method string) []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Call
	for _, c := range s.calls {
		if method == "" || c.Method == method {
			out = append(out, c)
		}
	}
	return out
}

// Wait waits until cond holds, failing the test after timeout.
func (s *Server) Wait(timeout time.Duration, what string, cond func() bool) {
	s.t.Helper()
	deadline := time.After(timeout)
	for {
		s.mu.Lock()
		ch := s.changed
		s.mu.Unlock()
		if cond() {
			return
		}
		select {
		case <-ch:
		case <-time.After(20 * time.Millisecond):
		case <-deadline:
			s.t.Fatalf("fakeslack: timed out after %v waiting for %s; calls: %v", timeout, what, s.summary())
		}
	}
}

// WaitCalls waits for at least n calls of method and returns them.
func (s *Server) WaitCalls(method string, n int, timeout time.Duration) []Call {
	s.t.Helper()
	s.Wait(timeout, fmt.Sprintf("%d %s calls", n, method), func() bool { return len(s.Calls(method)) >= n })
	return s.Calls(method)
}

func (s *Server) summary() string {
	var b strings.Builder
	for _, c := range s.Calls("") {
		fmt.Fprintf(&b, "\n  %s %q", c.Method, c.Get("text"))
	}
	return b.String()
}

// api answers a Web API method.
func (s *Server) api(w http.ResponseWriter, r *http.Request) {
	method := r.PathValue("method")
	s.mu.Lock()
	if ra := s.limited[method]; len(ra) > 0 {
		s.limited[method] = ra[1:]
		s.mu.Unlock()
		s.record(Call{Method: method + " (429)"})
		w.Header().Set("Retry-After", fmt.Sprint(ra[0]))
		http.Error(w, `{"ok":false,"error":"ratelimited"}`, http.StatusTooManyRequests)
		return
	}
	s.mu.Unlock()
	if method == "apps.connections.open" {
		// An app-level token, in the Authorization header as Slack wants it.
		if r.Header.Get("Authorization") != "Bearer "+AppToken {
			reply(w, map[string]any{"ok": false, "error": "invalid_auth"})
			return
		}
		s.mu.Lock()
		s.opens++
		s.mu.Unlock()
		reply(w, map[string]any{"ok": true, "url": "ws" + strings.TrimPrefix(s.srv.URL, "http") + "/ws"})
		return
	}
	if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/x-www-form-urlencoded") {
		reply(w, map[string]any{"ok": false, "error": "invalid_form_data", "detail": "content type " + ct})
		return
	}
	if err := r.ParseForm(); err != nil {
		reply(w, map[string]any{"ok": false, "error": "invalid_form_data"})
		return
	}
	if r.PostForm.Get("token") != BotToken {
		reply(w, map[string]any{"ok": false, "error": "not_authed"})
		return
	}
	s.record(Call{Method: method, Form: r.PostForm})
	switch method {
	case "auth.test":
		reply(w, map[string]any{"ok": true, "user_id": BotUser, "user": "briefly", "team": "Test", "team_id": "T1", "bot_id": "B1"})
	case "chat.postMessage", "chat.update", "chat.delete":
		ts := r.PostForm.Get("ts")
		s.mu.Lock()
		refused := s.refused[r.PostForm.Get("channel")]
		s.mu.Unlock()
		if method == "chat.postMessage" && refused != "" {
			reply(w, map[string]any{"ok": false, "error": refused})
			return
		}
		if method == "chat.postMessage" {
			s.mu.Lock()
			s.ts++
			ts = fmt.Sprintf("1700000000.%06d", s.ts)
			s.mu.Unlock()
		}
		reply(w, map[string]any{"ok": true, "channel": r.PostForm.Get("channel"), "ts": ts})
	case "chat.postEphemeral":
		reply(w, map[string]any{"ok": true, "message_ts": "1700000000.999999"})
	case "users.info":
		user := r.PostForm.Get("user")
		s.mu.Lock()
		admin := s.admins[user]
		s.mu.Unlock()
		reply(w, map[string]any{"ok": true, "user": map[string]any{"id": user, "is_admin": admin}})
	default:
		reply(w, map[string]any{"ok": false, "error": "unknown_method"})
	}
}

// respond records a post to a response_url (JSON, as Slack takes it).
func (s *Server) respond(w http.ResponseWriter, r *http.Request) {
	var body map[string]any
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	body["response_url_id"] = r.PathValue("id")
	s.record(Call{Method: "response_url", JSON: body})
	reply(w, map[string]any{"ok": true})
}

func reply(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}
