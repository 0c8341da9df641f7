package slackadapter

import (
	"context"
	"errors"
	"time"

	"github.com/slack-go/slack"
	"golang.org/x/time/rate"
)

// responseURLTS stands for a message posted through a response_url, which
// has no timestamp; update replaces it with replace_original.
const responseURLTS = "response_url"

// post sends m to t: through the response_url when there is one, else with
// chat.postMessage, or chat.postEphemeral when ephemeral. It returns the
// message's timestamp for update.
func (a *Adapter) post(ctx context.Context, t target, m Message, ephemeral bool) (string, error) {
	ephemeral = ephemeral && !t.direct
	opts := []slack.MsgOption{slack.MsgOptionBlocks(m.Blocks...), slack.MsgOptionText(m.Text, false), slack.MsgOptionDisableLinkUnfurl()}
	if t.thread != "" {
		opts = append(opts, slack.MsgOptionTS(t.thread))
	}
	if err := a.wait(ctx, t.channel); err != nil {
		return "", err
	}
	var ts string
	err := a.retry(ctx, func() error {
		var err error
		switch {
		case t.responseURL != "":
			kind := slack.ResponseTypeInChannel
			if ephemeral {
				kind = slack.ResponseTypeEphemeral
			}
			_, _, err = a.api.PostMessageContext(ctx, t.channel, append(opts, slack.MsgOptionResponseURL(t.responseURL, kind))...)
			ts = responseURLTS
		case ephemeral:
			ts, err = a.api.PostEphemeralContext(ctx, t.channel, t.user, opts...)
		default:
			_, ts, err = a.api.PostMessageContext(ctx, t.channel, opts...)
		}
		return err
	})
	return ts, err
}

// update replaces the message at ts (a placeholder) with m.
func (a *Adapter) update(ctx context.Context, t target, ts string, m Message) error {
	if err := a.wait(ctx, t.channel); err != nil {
		return err
	}
	opts := []slack.MsgOption{slack.MsgOptionBlocks(m.Blocks...), slack.MsgOptionText(m.Text, false)}
	return a.retry(ctx, func() error {
		if ts == responseURLTS {
			_, _, err := a.api.PostMessageContext(ctx, t.channel, append(opts,
				slack.MsgOptionResponseURL(t.responseURL, slack.ResponseTypeInChannel), slack.MsgOptionReplaceOriginal(t.responseURL))...)
			return err
		}
		_, _, _, err := a.api.UpdateMessageContext(ctx, t.channel, ts, opts...)
		return err
	})
}

// remove deletes the message at ts (a placeholder nobody needs).
func (a *Adapter) remove(ctx context.Context, t target, ts string) error {
	return a.retry(ctx, func() error {
		if ts == responseURLTS {
			_, _, err := a.api.PostMessageContext(ctx, t.channel, slack.MsgOptionDeleteOriginal(t.responseURL))
			return err
		}
		_, _, err := a.api.DeleteMessageContext(ctx, t.channel, ts)
		return err
	})
}

// retry runs call again after a 429 for as long as Retry-After says (at
// most MaxRetryAfter), up to MaxRetries times.
func (a *Adapter) retry(ctx context.Context, call func() error) error {
	for attempt := 0; ; attempt++ {
		err := call()
		var rl *slack.RateLimitedError
		if !errors.As(err, &rl) || attempt >= a.opt.MaxRetries {
			return err
		}
		wait := min(max(rl.RetryAfter, time.Second), a.opt.MaxRetryAfter)
		a.log.Warn("rate limited", "retry_after", rl.RetryAfter, "attempt", attempt+1)
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return err
		}
	}
}

// limiterEntry is one channel's message rate.
type limiterEntry struct {
	lim  *rate.Limiter
	used time.Time
}

// maxLimiters bounds the channels whose rate is remembered; idle ones go
// first.
const maxLimiters = 10000

// wait blocks until channel may get another message: at most PerChannel a
// second (Slack allows about one).
func (a *Adapter) wait(ctx context.Context, channel string) error {
	a.mu.Lock()
	e, ok := a.limiters[channel]
	now := time.Now()
	if !ok {
		if len(a.limiters) >= maxLimiters {
			for k, v := range a.limiters {
				if now.Sub(v.used) > time.Minute {
					delete(a.limiters, k)
				}
			}
		}
		e = &limiterEntry{lim: rate.NewLimiter(a.opt.PerChannel, 1)}
		a.limiters[channel] = e
	}
	e.used = now
	a.mu.Unlock()
	return e.lim.Wait(ctx)
}
