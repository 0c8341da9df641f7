package slackadapter

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/slack-go/slack"

	"github.com/briefly-bot/briefly/bot"
)

var _ bot.Poster = (*Adapter)(nil)

// Post sends a reply to a channel with chat.postMessage, rendered as the
// adapter's replies are (Block Kit, escaped, split at Slack's limits) and
// paced by the same per-channel limit: a subscription's item or notice. The
// receipt is the first message's ts. Slack has no idempotency field, so key
// is not sent; platform is not looked at (feed.Posters routes by it).
//
// An error wraps bot.ErrChannelGone when Slack says the channel is gone or
// closed to the bot (channel_not_found, is_archived, not_in_channel,
// account_inactive); a 429 is retried as for replies, and any other error is
// worth a retry later.
func (a *Adapter) Post(ctx context.Context, platform, channel string, r bot.Reply, key string) (bot.PostReceipt, error) {
	var rc bot.PostReceipt
	for n, m := range Render(r) {
		ts, err := a.post(ctx, target{channel: channel}, m, false)
		if err != nil {
			if channelGone(err) {
				return rc, fmt.Errorf("slack: post to %s: %w: %w", channel, bot.ErrChannelGone, err)
			}
			return rc, fmt.Errorf("slack: post to %s: %w", channel, err)
		}
		if n == 0 {
			rc = bot.PostReceipt{ID: ts, At: tsTime(ts)}
		}
	}
	return rc, nil
}

// channelGone reports whether Slack's error means the bot cannot post in
// the channel again without someone's action.
func channelGone(err error) bool {
	var se slack.SlackErrorResponse
	if !errors.As(err, &se) {
		return false
	}
	switch se.Err {
	case "channel_not_found", "is_archived", "not_in_channel", "account_inactive":
		return true
	}
	return false
}

// tsTime is the time a message ts stands for ("1700000000.000100"), zero
// when it is not one.
func tsTime(ts string) time.Time {
	sec, frac, _ := strings.Cut(ts, ".")
	s, err := strconv.ParseInt(sec, 10, 64)
	if err != nil || s <= 0 {
		return time.Time{}
	}
	us, _ := strconv.ParseInt((frac + "000000")[:6], 10, 64)
	return time.Unix(s, us*1000).UTC()
}
