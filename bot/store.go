package bot

import (
	"context"
	"errors"
	"time"

	"github.com/briefly-bot/briefly/summarize"
)

// ErrNotFound is what a Store returns for a key it does not hold.
var ErrNotFound = errors.New("not found")

// ErrExists is what a Store returns when a new record's key is taken.
var ErrExists = errors.New("already exists")

// Store keeps what must survive a restart. Implementations are safe for
// concurrent use; bot/sqlite is the first.
type Store interface {
	ArticleStore
	ContextStore
	SubscriptionStore
	Close() error
}

// Article is one article briefly read, stored once by the hash of its text.
type Article struct {
	Hash      string    // hex SHA-256 of Text, the key
	URL       string    // where it came from, "" for pasted text
	Title     string    // headline, from the page or the text
	Text      string    // the normalized text
	Published time.Time // zero when unknown
	Added     time.Time
	// Analysis is the pipeline's result for Text, nil when not stored, and
	// AnalysisVersion the pipeline version that produced it: a reader
	// ignores an analysis of another version.
	Analysis        *summarize.Analysis
	AnalysisVersion string
}

// ArticleStore keeps articles by hash.
type ArticleStore interface {
	// PutArticle stores a; an article with the same hash is replaced only
	// when a carries an analysis of another version.
	PutArticle(ctx context.Context, a *Article) error
	// Article returns the article with the hash, or ErrNotFound.
	Article(ctx context.Context, hash string) (*Article, error)
}

// ContextKey names a conversation: a channel, or a thread in it (Thread "").
type ContextKey struct {
	Platform, Channel, Thread string
}

// Context is what briefly remembers of one conversation.
type Context struct {
	Key      ContextKey
	Current  string       // hash of the current article, "" when none
	Articles []RecentItem // recent articles, newest first
	Turns    []Turn       // recent turns, newest first
	Updated  time.Time
}

// RecentItem is an article in a conversation's list.
type RecentItem struct {
	Hash, Title, URL string
	At               time.Time
}

// Turn is one exchange, kept without the message text: who asked which
// command, and about which article.
type Turn struct {
	At      time.Time
	User    string
	Command string // "summary", "ask", "read" for a new article
	Article string // hash of the article it was about, "" when none
}

// ContextStore keeps conversations.
type ContextStore interface {
	// LoadContext returns the conversation, or ErrNotFound.
	LoadContext(ctx context.Context, key ContextKey) (*Context, error)
	// SaveContext stores c, replacing what was under c.Key. It may keep c:
	// the caller must not change c or its slices afterwards.
	SaveContext(ctx context.Context, c *Context) error
}

// Subscription is a feed or page a channel follows.
type Subscription struct {
	ID       string // short and typable, unique in the store
	Platform string
	Channel  string
	URL      string
	Filters  []string // filter terms as ParseFilters reads them; "-term" excludes
	User     string   // who subscribed
	Created  time.Time
	Digest   string             // "", "hourly" or "daily": batch items into one message
	Paused   bool               // by a user, or after too many failed polls
	Status   SubscriptionStatus // filled in by Subscriptions
}

// SubscriptionStore keeps subscriptions.
type SubscriptionStore interface {
	// AddSubscription stores s, or returns ErrExists when its ID is taken.
	AddSubscription(ctx context.Context, s *Subscription) error
	// RemoveSubscription deletes the subscription with the ID if the
	// channel owns it, else returns ErrNotFound.
	RemoveSubscription(ctx context.Context, platform, channel, id string) error
	// Subscriptions lists a channel's subscriptions, oldest first.
	Subscriptions(ctx context.Context, platform, channel string) ([]Subscription, error)
	// SetSubscriptionPaused pauses or resumes the subscription with the ID
	// if the channel owns it, else returns ErrNotFound. Resuming clears the
	// failure count and plans a poll at once.
	SetSubscriptionPaused(ctx context.Context, platform, channel, id string, paused bool) error
}
