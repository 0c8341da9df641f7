package slackadapter

import (
	"context"
	"errors"
	"fmt"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"

	"github.com/briefly-bot/briefly/bot"
)

// runSocket serves Socket Mode: slack-go keeps the websocket open and
// reconnects (when Slack asks, when pings stop or the connection drops);
// every envelope is acknowledged at once and answered in the background.
func (a *Adapter) runSocket(ctx context.Context, h bot.Handler) error {
	var opts []socketmode.Option
	if a.opt.PingInterval > 0 {
		opts = append(opts, socketmode.OptionPingInterval(a.opt.PingInterval))
	}
	opts = append(opts, socketmode.OptionLog(logOutput{a.log}))
	client := socketmode.New(a.api, opts...)

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	runErr := make(chan error, 1)
	go func() { runErr <- client.RunContext(ctx) }()
	for {
		select {
		case err := <-runErr:
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("slack: socket mode (check SLACK_APP_TOKEN and its connections:write scope): %w", err)
		case evt := <-client.Events:
			if err := a.onSocketEvent(ctx, h, client, evt); err != nil {
				return err
			}
		}
	}
}

// onSocketEvent handles one event from slack-go's socket mode client.
func (a *Adapter) onSocketEvent(ctx context.Context, h bot.Handler, client *socketmode.Client, evt socketmode.Event) error {
	ack := func() {
		if evt.Request == nil {
			return
		}
		if err := client.AckCtx(ctx, evt.Request.EnvelopeID, nil); err != nil {
			a.log.Warn("ack", "envelope_id", evt.Request.EnvelopeID, "err", err)
		}
	}
	switch evt.Type {
	case socketmode.EventTypeConnecting:
		a.log.Debug("socket mode connecting")
	case socketmode.EventTypeConnected:
		if c, ok := evt.Data.(*socketmode.ConnectedEvent); ok {
			a.log.Info("socket mode connected", "connection", c.ConnectionCount)
		}
	case socketmode.EventTypeConnectionError:
		if e, ok := evt.Data.(*slack.ConnectionErrorEvent); ok {
			a.log.Warn("socket mode connection failed; retrying", "attempt", e.Attempt, "backoff", e.Backoff, "err", e.ErrorObj)
		}
	case socketmode.EventTypeInvalidAuth:
		return errors.New("slack: socket mode: the app token (SLACK_APP_TOKEN) was refused")
	case socketmode.EventTypeIncomingError, socketmode.EventTypeErrorBadMessage, socketmode.EventTypeErrorWriteFailed:
		a.log.Warn("socket mode", "event", evt.Type, "detail", fmt.Sprint(evt.Data))
	case socketmode.EventTypeEventsAPI:
		ack()
		ev, ok := evt.Data.(slackevents.EventsAPIEvent)
		if !ok {
			return nil
		}
		if evt.Request.RetryAttempt > 0 {
			a.log.Debug("retried event", "attempt", evt.Request.RetryAttempt, "reason", evt.Request.RetryReason)
		}
		a.onEvent(ctx, h, ev)
	case socketmode.EventTypeSlashCommand:
		ack()
		if c, ok := evt.Data.(slack.SlashCommand); ok {
			a.onSlash(ctx, h, c)
		}
	case socketmode.EventTypeInteractive:
		ack()
		if cb, ok := evt.Data.(slack.InteractionCallback); ok {
			a.onInteraction(ctx, h, cb)
		}
	}
	return nil
}
