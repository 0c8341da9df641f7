package discord

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/briefly-bot/briefly/bot"
)

// Limits of the HTTP interactions endpoint.
const (
	maxBody    = 1 << 20         // bytes of one interaction
	maxSkew    = 5 * time.Minute // age of a signed timestamp
	firstReply = 2900 * time.Millisecond
)

// serveHTTP serves the interactions endpoint on Options.HTTPAddr until ctx
// ends.
func (a *Adapter) serveHTTP(ctx context.Context, handler http.Handler) error {
	ln, err := net.Listen("tcp", a.opt.HTTPAddr)
	if err != nil {
		return fmt.Errorf("discord: interactions endpoint: %w", err)
	}
	srv := &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      10 * time.Second,
		BaseContext:       func(net.Listener) context.Context { return ctx },
	}
	a.log.Info("serving interactions", "addr", ln.Addr().String())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("discord: interactions endpoint: %w", err)
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shut); err != nil {
		return fmt.Errorf("discord: interactions endpoint: %w", err)
	}
	return nil
}

// InteractionsHandler is the HTTP interactions endpoint: it verifies each
// request's Ed25519 signature with Options.PublicKey, refuses timestamps
// more than 5 minutes away, answers PING and answers commands in the
// response body, then edits or follows up over REST. Work continues under
// ctx after the response.
func (a *Adapter) InteractionsHandler(ctx context.Context, h bot.Handler) (http.Handler, error) {
	key, err := hex.DecodeString(a.opt.PublicKey)
	if err != nil || len(key) != ed25519.PublicKeySize {
		return nil, errors.New("discord: the interactions endpoint needs the application's public key (DISCORD_PUBLIC_KEY, 64 hex digits)")
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		a.serveInteraction(ctx, h, ed25519.PublicKey(key), w, r)
	}), nil
}

func (a *Adapter) serveInteraction(ctx context.Context, h bot.Handler, key ed25519.PublicKey, w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "POST only", http.StatusMethodNotAllowed)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
	if err != nil {
		http.Error(w, "body too large", http.StatusRequestEntityTooLarge)
		return
	}
	if why := verify(key, r.Header, body, a.now()); why != "" {
		a.log.Info("refused interaction", "why", why, "remote", r.RemoteAddr)
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return
	}
	var i discordgo.Interaction
	if err := json.Unmarshal(body, &i); err != nil {
		http.Error(w, "bad interaction", http.StatusBadRequest)
		return
	}
	resp := make(chan *discordgo.InteractionResponse, 1)
	first := func(ir *discordgo.InteractionResponse) error {
		select {
		case resp <- ir:
			return nil
		default:
			return errors.New("discord: interaction already answered")
		}
	}
	if i.Type == discordgo.InteractionPing {
		_ = first(&discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong})
	} else {
		a.spawn(ctx, func(ctx context.Context) { a.interact(ctx, h, &i, first) })
	}
	t := time.NewTimer(firstReply)
	defer t.Stop()
	select {
	case ir := <-resp:
		w.Header().Set("Content-Type", "application/json")
		if err := json.NewEncoder(w).Encode(ir); err != nil {
			a.log.Warn("write interaction response", "err", err)
		}
	case <-t.C:
		// Taking the slot makes a late answer fail and be logged; an
		// answer that came just now is still sent.
		if first(nil) != nil {
			if ir := <-resp; ir != nil {
				w.Header().Set("Content-Type", "application/json")
				json.NewEncoder(w).Encode(ir)
				return
			}
		}
		a.log.Warn("interaction not answered in time", "id", i.ID)
		http.Error(w, "timeout", http.StatusServiceUnavailable)
	case <-r.Context().Done():
	}
}

// verify checks a request's signature and timestamp; it returns why the
// request is refused, or "".
func verify(key ed25519.PublicKey, hdr http.Header, body []byte, now time.Time) string {
	sig, err := hex.DecodeString(hdr.Get("X-Signature-Ed25519"))
	if err != nil || len(sig) != ed25519.SignatureSize {
		return "missing or malformed signature"
	}
	ts := hdr.Get("X-Signature-Timestamp")
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return "missing or malformed timestamp"
	}
	if d := now.Sub(time.Unix(sec, 0)); d > maxSkew || d < -maxSkew {
		return "timestamp outside 5 minutes"
	}
	msg := make([]byte, 0, len(ts)+len(body))
	msg = append(append(msg, ts...), body...)
	if !ed25519.Verify(key, msg, sig) {
		return "bad signature"
	}
	return ""
}
