package slackadapter

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"net/url"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"github.com/briefly-bot/briefly/bot"
)

// maxBody caps a request from Slack; its payloads are a few kilobytes.
const maxBody = 256 << 10

// runHTTP serves the Events API, slash commands and interactivity on
// HTTPAddr (or Listener) until ctx ends.
func (a *Adapter) runHTTP(ctx context.Context, h bot.Handler) error {
	ln := a.opt.Listener
	if ln == nil {
		var err error
		ln, err = net.Listen("tcp", a.opt.HTTPAddr)
		if err != nil {
			return err
		}
	}
	srv := &http.Server{
		Handler:           a.httpHandler(ctx, h),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      10 * time.Second,
		IdleTimeout:       2 * time.Minute,
	}
	a.log.Info("listening for Slack", "addr", ln.Addr().String(), "paths", []string{EventsPath, CommandsPath, InteractivePath})
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
		return nil
	}
}

// httpHandler is the HTTP mode endpoint for h: EventsPath, CommandsPath and
// InteractivePath. Every request must carry a valid v0 signature made with
// the signing secret within the last 5 minutes; bodies over 256 KiB are
// refused. Requests are acknowledged at once and answered in the background
// under ctx.
func (a *Adapter) httpHandler(ctx context.Context, h bot.Handler) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST "+EventsPath, func(w http.ResponseWriter, r *http.Request) {
		body, ok := a.verified(w, r)
		if !ok {
			return
		}
		ev, err := slackevents.ParseEvent(body, slackevents.OptionNoVerifyToken())
		if err != nil {
			http.Error(w, "bad event", http.StatusBadRequest)
			return
		}
		if ev.Type == slackevents.URLVerification {
			var v slackevents.EventsAPIURLVerificationEvent
			if err := json.Unmarshal(body, &v); err != nil {
				http.Error(w, "bad challenge", http.StatusBadRequest)
				return
			}
			w.Header().Set("Content-Type", "text/plain")
			_, _ = io.WriteString(w, v.Challenge)
			return
		}
		if n := r.Header.Get("X-Slack-Retry-Num"); n != "" {
			a.log.Debug("retried event", "attempt", n, "reason", r.Header.Get("X-Slack-Retry-Reason"))
		}
		w.WriteHeader(http.StatusOK)
		a.onEvent(ctx, h, ev)
	})
	mux.HandleFunc("POST "+CommandsPath, func(w http.ResponseWriter, r *http.Request) {
		body, ok := a.verified(w, r)
		if !ok {
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		cmd, err := slack.SlashCommandParse(r)
		if err != nil {
			http.Error(w, "bad command", http.StatusBadRequest)
			return
		}
		w.WriteHeader(http.StatusOK)
		a.onSlash(ctx, h, cmd)
	})
	mux.HandleFunc("POST "+InteractivePath, func(w http.ResponseWriter, r *http.Request) {
		body, ok := a.verified(w, r)
		if !ok {
			return
		}
		form, err := url.ParseQuery(string(body))
		if err != nil {
			http.Error(w, "bad form", http.StatusBadRequest)
			return
		}
		var cb slack.InteractionCallback
		if err := json.Unmarshal([]byte(form.Get("payload")), &cb); err != nil {
			http.Error(w, "bad payload", http.StatusBadRequest)
			return
		}
		w.WriteHeader(http.StatusOK)
		a.onInteraction(ctx, h, cb)
	})
	return mux
}

// verified reads the body and checks its signature, answering the request
// itself (413, 401) when it is refused.
func (a *Adapter) verified(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			http.Error(w, "body too large", http.StatusRequestEntityTooLarge)
		} else {
			http.Error(w, "cannot read body", http.StatusBadRequest)
		}
		return nil, false
	}
	sv, err := slack.NewSecretsVerifier(r.Header, a.opt.SigningSecret)
	if err == nil {
		_, _ = sv.Write(body)
		err = sv.Ensure()
	}
	if err != nil {
		a.log.Warn("refused request", "path", r.URL.Path, "remote", r.RemoteAddr, "err", err)
		http.Error(w, "invalid signature", http.StatusUnauthorized)
		return nil, false
	}
	return body, true
}
