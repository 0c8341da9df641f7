package fakeslack

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/gorilla/websocket"
)

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

// websocket is the Socket Mode connection: hello, pings every PingEvery,
// and acks read back.
func (s *Server) websocket(w http.ResponseWriter, r *http.Request) {
	conn, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	s.mu.Lock()
	s.conns = append(s.conns, conn)
	s.notify()
	s.mu.Unlock()
	var wmu = make(chan struct{}, 1) // one writer at a time
	write := func(f func() error) error {
		wmu <- struct{}{}
		defer func() { <-wmu }()
		return f()
	}
	_ = write(func() error {
		return conn.WriteJSON(map[string]any{"type": "hello", "num_connections": 1,
			"connection_info": map[string]any{"app_id": "A1"}, "debug_info": map[string]any{"host": "fake"}})
	})
	s.mu.Lock()
	idx := len(s.conns) - 1
	every := s.pingEvery
	s.mu.Unlock()
	s.setWriter(idx, write)
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				if write(func() error {
					return conn.WriteControl(websocket.PingMessage, []byte("ping"), time.Now().Add(time.Second))
				}) != nil {
					return
				}
			}
		}
	}()
	defer close(done)
	for {
		var ack struct {
			EnvelopeID string `json:"envelope_id"`
		}
		if err := conn.ReadJSON(&ack); err != nil {
			return
		}
		s.mu.Lock()
		s.acks[ack.EnvelopeID] = time.Now()
		s.notify()
		s.mu.Unlock()
	}
}

func (s *Server) setWriter(idx int, write func(func() error) error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for len(s.writers) <= idx {
		s.writers = append(s.writers, nil)
	}
	s.writers[idx] = write
}

// Connections is how many websockets have connected so far.
func (s *Server) Connections() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.conns)
}

// WaitConnected waits for the n-th websocket connection.
func (s *Server) WaitConnected(n int, timeout time.Duration) {
	s.t.Helper()
	s.Wait(timeout, fmt.Sprintf("websocket connection %d", n), func() bool {
		s.mu.Lock()
		defer s.mu.Unlock()
		return len(s.writers) >= n && s.writers[n-1] != nil
	})
}

// Send sends an envelope {envelope_id, type, payload} on the newest
// connection, with retry_attempt when retry > 0, and returns its ID.
func (s *Server) Send(typ string, payload any, retry int) string {
	s.t.Helper()
	s.mu.Lock()
	s.envelope++
	id := fmt.Sprintf("env-%d", s.envelope)
	var write func(func() error) error
	var conn *websocket.Conn
	if n := len(s.writers); n > 0 {
		write, conn = s.writers[n-1], s.conns[n-1]
	}
	s.mu.Unlock()
	if write == nil {
		s.t.Fatalf("fakeslack: Send %s before a client connected", typ)
	}
	raw, err := json.Marshal(payload)
	if err != nil {
		s.t.Fatal(err)
	}
	env := map[string]any{"envelope_id": id, "type": typ, "payload": json.RawMessage(raw),
		"accepts_response_payload": typ != "events_api", "retry_attempt": retry}
	if retry > 0 {
		env["retry_reason"] = "timeout"
	}
	if err := write(func() error { return conn.WriteJSON(env) }); err != nil {
		s.t.Fatalf("fakeslack: send envelope: %v", err)
	}
	return id
}

// WaitAck waits for the client to acknowledge envelope id and returns
// when the ack came.
func (s *Server) WaitAck(id string, timeout time.Duration) time.Time {
	s.t.Helper()
	var at time.Time
	s.Wait(timeout, "ack of "+id, func() bool {
		s.mu.Lock()
		defer s.mu.Unlock()
		at = s.acks[id]
		return !at.IsZero()
	})
	return at
}

// Drop closes the newest websocket without a goodbye, as a network failure
// would.
func (s *Server) Drop() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if n := len(s.conns); n > 0 {
		s.conns[n-1].Close()
	}
}
