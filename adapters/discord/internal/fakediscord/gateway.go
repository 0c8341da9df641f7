package fakediscord

import (
	"encoding/json"
	"net/http"
	"time"

	"github.com/gorilla/websocket"
)

// HeartbeatInterval is what HELLO asks of the client, in milliseconds.
const HeartbeatInterval = 41250

type frame struct {
	Op int             `json:"op"`
	D  json.RawMessage `json:"d"`
}

// gateway runs one gateway connection: HELLO, then IDENTIFY (answered with
// READY) or RESUME (answered with the missed events and RESUMED), then
// heartbeat acks until the socket closes.
func (s *Server) gateway(w http.ResponseWriter, r *http.Request) {
	ws, err := s.up.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	c := &gwConn{ws: ws}
	defer ws.Close()
	if c.send(map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": HeartbeatInterval}}) != nil {
		return
	}
	ws.SetReadDeadline(time.Now().Add(10 * time.Second))
	var f frame
	if ws.ReadJSON(&f) != nil {
		return
	}
	ws.SetReadDeadline(time.Time{})
	switch f.Op {
	case 2:
		var id struct {
			Intents int64 `json:"intents"`
		}
		json.Unmarshal(f.D, &id)
		if id.Intents&s.Disallowed != 0 {
			ws.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(4014, "Disallowed intent(s)."))
			return
		}
		if !s.identify(c, f.D) {
			return
		}
	case 6:
		if !s.resume(c, f.D) {
			return
		}
	default:
		ws.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(4003, "not authenticated"))
		return
	}
	for {
		var f frame
		if err := ws.ReadJSON(&f); err != nil {
			s.mu.Lock()
			if s.conn == c {
				s.conn = nil
				s.notify()
			}
			s.mu.Unlock()
			return
		}
		if f.Op == 1 {
			s.mu.Lock()
			s.heartbeats++
			s.notify()
			s.mu.Unlock()
			if c.send(map[string]any{"op": 11}) != nil {
				return
			}
		}
	}
}

// identify answers IDENTIFY with READY and makes c the live connection.
func (s *Server) identify(c *gwConn, d json.RawMessage) bool {
	s.mu.Lock()
	s.identifies = append(s.identifies, d)
	s.seq++
	seq := s.seq
	s.mu.Unlock()
	ready := map[string]any{
		"op": 0, "t": "READY", "s": seq,
		"d": map[string]any{
			"v":                  9,
			"session_id":         s.sessionID,
			"resume_gateway_url": s.wsURL(),
			"user":               map[string]any{"id": s.BotID, "username": "briefly", "discriminator": "0", "bot": true},
			"application":        map[string]any{"id": s.AppID, "flags": 0},
			"guilds":             []any{},
		},
	}
	if c.send(ready) != nil {
		return false
	}
	s.mu.Lock()
	s.conn = c
	s.notify()
	s.mu.Unlock()
	return true
}

// resume replays the events after the client's sequence, sends RESUMED
// and makes c the live connection. An unknown session is told to identify
// again (op 9).
func (s *Server) resume(c *gwConn, d json.RawMessage) bool {
	var in struct {
		SessionID string `json:"session_id"`
		Seq       int64  `json:"seq"`
	}
	json.Unmarshal(d, &in)
	if in.SessionID != s.sessionID {
		c.send(map[string]any{"op": 9, "d": false})
		return false
	}
	s.mu.Lock()
	s.resumes++
	var missed [][]byte
	for _, e := range s.events {
		if e.seq > in.Seq {
			missed = append(missed, e.data)
		}
	}
	s.mu.Unlock()
	// RESUMED first: discordgo's Open reads one event and expects READY or
	// RESUMED; the replay follows on the live connection.
	if c.send(map[string]any{"op": 0, "t": "RESUMED", "s": in.Seq, "d": map[string]any{}}) != nil {
		return false
	}
	c.mu.Lock()
	for _, m := range missed {
		c.ws.WriteMessage(websocket.TextMessage, m)
	}
	c.mu.Unlock()
	s.mu.Lock()
	s.conn = c
	s.notify()
	s.mu.Unlock()
	return true
}
