// Package fakediscord is a fake Discord on 127.0.0.1 for tests: a REST API
// that records what the bot sends and a gateway that speaks enough of the
// protocol (HELLO, IDENTIFY, READY, heartbeats, RESUME, dispatches) for the
// real discordgo client to run against it.
package fakediscord

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// Request is one REST request the fake received.
type Request struct {
	Method, Path  string // Path as sent, e.g. /api/v9/channels/1/messages
	Authorization string
	Body          []byte
	Status        int // what the fake answered
}

// JSON decodes the request body into v.
func (r Request) JSON(v any) error { return json.Unmarshal(r.Body, v) }

// Server is a fake Discord. Its zero value is not usable; call New.
type Server struct {
	URL   string // http://127.0.0.1:PORT, for DISCORD_API_URL
	AppID string
	BotID string
	// Roles answers GET /guilds/{id}/roles.
	Roles []map[string]any
	// Disallowed are intent bits the application may not use: an IDENTIFY
	// asking for one is closed with 4014, as Discord does for a privileged
	// intent not enabled in the Developer Portal. Set before the client
	// connects.
	Disallowed int64

	srv *httptest.Server
	up  websocket.Upgrader

	mu         sync.Mutex
	changed    chan struct{} // closed and replaced on every change
	requests   []Request
	limits     []limit
	nonces     map[string]string // channel+nonce → message ID
	gone       map[string]gone   // channels that refuse messages
	next       int64             // snowflake counter
	conn       *gwConn           // the live gateway connection, nil when none
	sessionID  string
	seq        int64
	events     []event // dispatched, for replay on RESUME
	identifies []json.RawMessage
	resumes    int
	heartbeats int
}

type gone struct{ status, code int }

type limit struct {
	method, prefix string
	left           int
	retryAfter     float64
}

type event struct {
	seq  int64
	data []byte
}

type gwConn struct {
	ws *websocket.Conn
	mu sync.Mutex // writes
}

func (c *gwConn) send(v any) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.ws.SetWriteDeadline(time.Now().Add(5 * time.Second))
	return c.ws.WriteJSON(v)
}

// New starts a fake Discord on 127.0.0.1. Close stops it.
func New() *Server {
	s := &Server{
		AppID:     "100000000000000001",
		BotID:     "100000000000000002",
		changed:   make(chan struct{}),
		nonces:    map[string]string{},
		gone:      map[string]gone{},
		next:      200000000000000000,
		sessionID: "fake-session-1",
	}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	s.URL = s.srv.URL
	return s
}

// Close stops the server and its gateway connection.
func (s *Server) Close() {
	s.DropConnection()
	s.srv.CloseClientConnections()
	s.srv.Close()
}

// notify wakes waiters; s.mu must be held.
func (s *Server) notify() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// wait calls ok under the lock until it returns true or ctx ends.
func (s *Server) wait(ctx context.Context, ok func() bool) error {
	for {
		s.mu.Lock()
		if ok() {
			s.mu.Unlock()
			return nil
		}
		ch := s.changed
		s.mu.Unlock()
		select {
		case <-ch:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// Snowflake returns a new ID, as Discord's are: a decimal string.
func (s *Server) Snowflake() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.snowflake()
}

func (s *Server) snowflake() string {
	s.next++
	return strconv.FormatInt(s.next, 10)
}

// RateLimit makes the next n requests whose method is method and whose
// path starts with prefix (after /api/v9) answer 429 with retry_after
// seconds.
func (s *Server) RateLimit(method, prefix string, n int, retryAfter float64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.limits = append(s.limits, limit{method, prefix, n, retryAfter})
}

// Gone makes creating a message in channel answer status with Discord's
// JSON error code: 404 with 10003 for a deleted channel, 403 with 50001 or
// 50013 for one the bot was removed from.
func (s *Server) Gone(channel string, status, code int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.gone[channel] = gone{status, code}
}

// Requests returns the REST requests received so far.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// WaitRequests waits until match holds for n requests, and returns them.
func (s *Server) WaitRequests(ctx context.Context, n int, match func(Request) bool) ([]Request, error) {
	var got []Request
	err := s.wait(ctx, func() bool {
		got = got[:0]
		for _, r := range s.requests {
			if match(r) {
				got = append(got, r)
			}
		}
		return len(got) >= n
	})
	if err != nil {
		return got, fmt.Errorf("fakediscord: %d of %d requests: %w", len(got), n, err)
	}
	return got, nil
}

// Identifies returns the IDENTIFY payloads received.
func (s *Server) Identifies() []json.RawMessage {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]json.RawMessage(nil), s.identifies...)
}

// Counts returns how many RESUMEs and heartbeats the gateway received.
func (s *Server) Counts() (resumes, heartbeats int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.resumes, s.heartbeats
}

// WaitSession waits until the client has identified or resumed n times in
// all and its connection is live.
func (s *Server) WaitSession(ctx context.Context, n int) error {
	return s.wait(ctx, func() bool { return s.conn != nil && len(s.identifies)+s.resumes >= n })
}

// Dispatch sends a gateway event (op 0) of type typ with data d, waiting
// for a live connection. Events are kept, so a RESUME replays what the
// client missed.
func (s *Server) Dispatch(ctx context.Context, typ string, d any) error {
	raw, err := json.Marshal(d)
	if err != nil {
		return err
	}
	var c *gwConn
	if err := s.wait(ctx, func() bool { c = s.conn; return c != nil }); err != nil {
		return fmt.Errorf("fakediscord: no gateway connection: %w", err)
	}
	s.mu.Lock()
	s.seq++
	msg, _ := json.Marshal(map[string]any{"op": 0, "t": typ, "s": s.seq, "d": json.RawMessage(raw)})
	s.events = append(s.events, event{s.seq, msg})
	s.mu.Unlock()
	c.mu.Lock()
	defer c.mu.Unlock()
	c.ws.SetWriteDeadline(time.Now().Add(5 * time.Second))
	return c.ws.WriteMessage(websocket.TextMessage, msg)
}

// DropConnection closes the gateway socket without a close frame, as a
// network failure would.
func (s *Server) DropConnection() {
	s.mu.Lock()
	c := s.conn
	s.conn = nil
	s.notify()
	s.mu.Unlock()
	if c != nil {
		c.ws.UnderlyingConn().Close()
	}
}

// serve routes REST requests and the gateway upgrade.
func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/gateway" || r.URL.Path == "/gateway/" {
		s.gateway(w, r)
		return
	}
	body, _ := io.ReadAll(io.LimitReader(r.Body, 1<<22))
	path := r.URL.EscapedPath()
	rec := Request{Method: r.Method, Path: path, Authorization: r.Header.Get("Authorization"), Body: body}
	status, out, hdr := s.rest(r.Method, strings.TrimPrefix(path, "/api/v9"), body)
	rec.Status = status
	s.mu.Lock()
	s.requests = append(s.requests, rec)
	s.notify()
	s.mu.Unlock()
	for k, v := range hdr {
		w.Header().Set(k, v)
	}
	if out == nil {
		w.WriteHeader(status)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(out)
}

// rest answers one REST request: status, JSON body (nil for none) and
// headers.
func (s *Server) rest(method, path string, body []byte) (int, any, map[string]string) {
	s.mu.Lock()
	for i := range s.limits {
		l := &s.limits[i]
		if l.left > 0 && l.method == method && strings.HasPrefix(path, l.prefix) {
			l.left--
			s.mu.Unlock()
			return http.StatusTooManyRequests,
				map[string]any{"message": "You are being rate limited.", "retry_after": l.retryAfter, "global": false},
				map[string]string{"Retry-After": strconv.FormatFloat(l.retryAfter, 'f', -1, 64), "X-RateLimit-Scope": "user"}
		}
	}
	s.mu.Unlock()
	seg := strings.Split(strings.Trim(path, "/"), "/")
	switch {
	case method == "GET" && path == "/gateway":
		return 200, map[string]any{"url": s.wsURL()}, nil
	case method == "GET" && path == "/gateway/bot":
		return 200, map[string]any{"url": s.wsURL(), "shards": 1,
			"session_start_limit": map[string]any{"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}}, nil
	case method == "PUT" && len(seg) >= 3 && seg[0] == "applications" && seg[len(seg)-1] == "commands":
		var cmds []map[string]any
		if err := json.Unmarshal(body, &cmds); err != nil {
			return 400, map[string]any{"message": "Invalid Form Body", "code": 50035}, nil
		}
		for _, c := range cmds {
			c["id"] = s.Snowflake()
			c["application_id"] = seg[1]
			c["version"] = s.Snowflake()
		}
		return 200, cmds, nil
	case method == "POST" && len(seg) == 4 && seg[0] == "interactions" && seg[3] == "callback":
		return 204, nil, nil
	case len(seg) == 5 && seg[0] == "webhooks" && seg[3] == "messages":
		if method == "DELETE" {
			return 204, nil, nil
		}
		return 200, s.message("", body), nil
	case method == "POST" && len(seg) == 3 && seg[0] == "webhooks":
		return 200, s.message("", body), nil
	case method == "POST" && len(seg) == 3 && seg[0] == "channels" && seg[2] == "typing":
		return 204, nil, nil
	case method == "POST" && len(seg) == 3 && seg[0] == "channels" && seg[2] == "messages":
		s.mu.Lock()
		g, isGone := s.gone[seg[1]]
		s.mu.Unlock()
		if isGone {
			return g.status, map[string]any{"message": http.StatusText(g.status), "code": g.code}, nil
		}
		return 200, s.channelMessage(seg[1], body), nil
	case method == "GET" && len(seg) == 3 && seg[0] == "guilds" && seg[2] == "roles":
		roles := s.Roles
		if roles == nil {
			roles = []map[string]any{}
		}
		return 200, roles, nil
	}
	return 404, map[string]any{"message": "404: Not Found", "code": 0}, nil
}

// channelMessage creates a message; a repeated nonce with enforce_nonce
// returns the first message instead, as Discord does.
func (s *Server) channelMessage(channel string, body []byte) any {
	var in struct {
		Nonce        string `json:"nonce"`
		EnforceNonce bool   `json:"enforce_nonce"`
	}
	json.Unmarshal(body, &in)
	s.mu.Lock()
	defer s.mu.Unlock()
	key := channel + "\x00" + in.Nonce
	id := s.snowflake()
	if in.Nonce != "" && in.EnforceNonce {
		if first, ok := s.nonces[key]; ok {
			id = first
		} else {
			s.nonces[key] = id
		}
	}
	return s.messageLocked(id, channel, body)
}

func (s *Server) message(channel string, body []byte) any {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.messageLocked(s.snowflake(), channel, body)
}

func (s *Server) messageLocked(id, channel string, body []byte) any {
	var m map[string]any
	if json.Unmarshal(body, &m) != nil || m == nil {
		m = map[string]any{}
	}
	delete(m, "allowed_mentions")
	delete(m, "nonce")
	delete(m, "enforce_nonce")
	delete(m, "message_reference")
	m["id"] = id
	m["channel_id"] = channel
	m["author"] = map[string]any{"id": s.BotID, "username": "briefly", "bot": true}
	return m
}

func (s *Server) wsURL() string {
	return "ws" + strings.TrimPrefix(s.URL, "http") + "/gateway"
}
