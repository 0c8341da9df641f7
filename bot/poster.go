package bot

import (
	"context"
	"errors"
	"time"
)

// Poster posts to a channel without a message to answer: subscription items
// and notices. Adapters implement it.
//
// key is a stable idempotency key of 20 lower-case hex digits, the same on
// every retry of one outbox message: Discord sends it as the
// create-message nonce with enforce_nonce, so a retry returns the message
// already posted; Slack has no such field and only records the ts of the
// post in the receipt.
type Poster interface {
	Post(ctx context.Context, platform, channel string, r Reply, key string) (PostReceipt, error)
}

// PostReceipt says where a post landed.
type PostReceipt struct {
	ID string    // the platform's message ID (Discord's snowflake, Slack's ts)
	At time.Time // when the platform took it; zero when it does not say
}

// ErrChannelGone is what a Poster returns (wrapped) when the channel no
// longer exists or the bot was removed from it: the channel's subscriptions
// end.
var ErrChannelGone = errors.New("channel gone or bot removed")

// Previewer shows what a subscription to a URL would post, without
// subscribing. bot/feed implements it.
type Previewer interface {
	Preview(ctx context.Context, url string, filters []string) ([]Reply, error)
}

// SubscriptionStatus is what the poller knows of a subscription, filled in
// when subscriptions are listed.
type SubscriptionStatus struct {
	LastCheck   time.Time // the last poll, zero before the first
	NextCheck   time.Time // the next poll, zero when not planned
	LastItem    string    // title of the last item queued for the channel
	LastItemAt  time.Time // when it was queued
	Failures    int       // polls failed in a row
	LastError   string    // why the last poll failed, "" when it worked
	PauseReason string    // why it is paused, "" when by a user or not paused
}
