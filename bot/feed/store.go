package feed

import (
	"context"
	"time"

	"github.com/briefly-bot/briefly/bot"
)

// Source is one polled URL, shared by every subscription to it.
type Source struct {
	URL          string // as subscribed: the key
	FeedURL      string // where the feed is read from, when discovered from a page; "" reads URL
	Kind         string // "feed" or "story", "" before the first successful poll
	ETag         string
	LastModified string
	BodyHash     string // hash of the last body parsed, to skip an unchanged one
	LastCheck    time.Time
	NextCheck    time.Time
	Failures     int       // polls failed in a row
	LastError    string    // why the last poll failed, for the subscriptions listing
	Seq          int64     // the highest item sequence number given out
	Parsed       time.Time // when the feed's items were last read: items not seen then are gone from it
	Story        *Fingerprint
	StoryTitle   string
}

// SubState is a subscription as the poller sees it.
type SubState struct {
	bot.Subscription
	Primed bool  // had its first poll: the newest item was queued
	Cursor int64 // items with Seq at most Cursor were considered; -1 after a resume
}

// Item is one feed entry the poller has seen.
type Item struct {
	Key       string // identity: "guid:…", "link:…" or "hash:…"
	Content   string // content fingerprint: hash of the normalized title and text
	Seq       int64  // order of first sight within the source; aliases share it
	Title     string
	Link      string
	Published time.Time // zero when the feed does not say
	FP        *Fingerprint
}

// OutboxItem is one message waiting to be posted, or a part of a digest.
type OutboxItem struct {
	ID       int64
	Sub      string // subscription ID
	Platform string
	Channel  string
	Source   string // the source URL it came from
	Dedup    string // unique per subscription: what the message is about
	Group    string // digest group: items with one Group go out as one message; "" for alone
	Notice   bool   // a notice about the subscription, posted even when it is paused
	Reply    bot.Reply
	Created  time.Time
	Due      time.Time // not before
	Attempts int
	Batch    string // the idempotency key, set when claimed for a post
}

// SubUpdate is what one poll changes in a subscription.
type SubUpdate struct {
	ID         string
	Primed     bool
	Cursor     int64
	LastItem   string    // "" keeps the old
	LastItemAt time.Time // with LastItem
	Pause      string    // when not "", pause the subscription with this reason
}

// PollResult is everything one poll of a source writes, in one transaction:
// new items are marked seen in the same transaction that queues them.
type PollResult struct {
	Source  Source
	Items   []Item // new or changed items, and new keys of known content
	Seen    []string
	Subs    []SubUpdate
	Outbox  []OutboxItem
	Checked time.Time
}

// Store keeps the poller's and the outbox's state. bot/sqlite implements it.
type Store interface {
	// DueSources lists, oldest check first, the sources with a subscription
	// that is not paused whose next check is at or before now.
	DueSources(ctx context.Context, now time.Time, limit int) ([]Source, error)
	// SourceSubscriptions lists the subscriptions to a source URL.
	SourceSubscriptions(ctx context.Context, url string) ([]SubState, error)
	// SourceItems lists the items seen of a source.
	SourceItems(ctx context.Context, url string) ([]Item, error)
	// PostedItem lists the subscriptions of a source that were sent the
	// item with the key.
	PostedItem(ctx context.Context, url, key string) ([]string, error)
	// RecordPoll writes a poll's result in one transaction.
	RecordPoll(ctx context.Context, r *PollResult) error
	// DueOutbox lists up to limit unsent outbox items due at now, oldest
	// first, skipping those of paused or removed subscriptions (notices
	// excepted).
	DueOutbox(ctx context.Context, now time.Time, limit int) ([]OutboxItem, error)
	// ClaimOutbox gives the items the idempotency key batch before they
	// are posted, so that a restart retries the same message with the same
	// key.
	ClaimOutbox(ctx context.Context, ids []int64, batch string) error
	// MarkSent records the items of batch as posted.
	MarkSent(ctx context.Context, batch string, r bot.PostReceipt, at time.Time) error
	// RetryOutbox records a failed post of batch and when to try again.
	RetryOutbox(ctx context.Context, batch string, next time.Time, errText string) error
	// EndChannel removes a channel's subscriptions and its unsent outbox
	// items, and returns how many subscriptions it removed.
	EndChannel(ctx context.Context, platform, channel string) (int, error)
	// Prune forgets items gone from their feed since before, and sent
	// outbox items older than before.
	Prune(ctx context.Context, before time.Time) error
}
