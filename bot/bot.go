// Package bot is briefly's chat core: it takes platform-neutral Messages,
// reads articles with the summarize pipeline, keeps each conversation's
// current article and answers with platform-neutral Replies that adapters
// render. Storage and fetching are interfaces the caller supplies.
package bot

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"runtime/debug"
	"sync"
	"time"

	"github.com/briefly-bot/briefly/summarize"
)

// Page is a fetched web page, as a Fetcher returns it.
type Page struct {
	URL          string // the address after redirects
	CanonicalURL string // the page's own canonical address, "" when none
	Title        string
	Author       string
	Published    time.Time
	Text         string // the article text, one paragraph a line
}

// Fetcher reads a page. An error that has a UserMessage() string method
// says what the chat user sees.
type Fetcher interface {
	Fetch(ctx context.Context, url string) (Page, error)
}

// Answer is the answer to a question about an article.
type Answer struct {
	Text       string  // the answer, "" when not found
	Evidence   string  // the sentence or quote it came from
	Speaker    string  // who said it, when the evidence is a quote
	Confidence float64 // 0 to 1
	Found      bool
}

// Handler handles messages; *Bot is one, and adapters take one.
type Handler interface {
	Handle(ctx context.Context, m Message) ([]Reply, error)
}

// Adapter connects a chat platform to a Handler until ctx ends. Optional
// abilities are separate interfaces an adapter may also implement.
type Adapter interface {
	Name() string
	Run(ctx context.Context, h Handler) error
}

// Options configures a Bot. Store is required; the zero value of every other
// field means its default.
type Options struct {
	Store   Store
	Fetcher Fetcher      // nil: links are answered with "reading links is not set up"
	Logger  *slog.Logger // nil: no logging
	// Answer answers a question about an article; nil means
	// summarize.Answer.
	Answer func(a *summarize.Analysis, question string) Answer
	// AnalysisVersion names the pipeline version; stored analyses of
	// another version are redone. "" means the binary's VCS revision, and
	// when the build has none, stored analyses are never reused.
	AnalysisVersion string
	CacheSize       int // analyses kept in memory; 0 means 256
	// Conversations is how many conversations are kept in memory; 0 means
	// 10,000. A Bot expects to be the only writer of its platforms'
	// conversations in the Store.
	Conversations int
	Sentences     int // summary length; 0 means 3
	// Preview answers the preview command; nil: previews are not set up.
	Preview Previewer
	Now     func() time.Time // nil means time.Now
}

// Bot answers messages. It is safe for concurrent use; messages of one
// conversation are handled one at a time.
type Bot struct {
	opt   Options
	log   *slog.Logger
	cmds  []Command
	cache *lru[string, *Article]
	convs *lru[ContextKey, *Context] // conversations as last saved
	// summaries of other lengths than Options.Sentences
	summaries *lru[summaryKey, []int]
	locks     [stripes]sync.Mutex // one conversation at a time
}

// New returns a Bot, or an error when Options lacks a Store.
func New(opt Options) (*Bot, error) {
	if opt.Store == nil {
		return nil, errors.New("bot: Options.Store is nil")
	}
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	if opt.AnalysisVersion == "" {
		opt.AnalysisVersion = buildRevision()
	}
	if opt.CacheSize <= 0 {
		opt.CacheSize = 256
	}
	if opt.Conversations <= 0 {
		opt.Conversations = 10000
	}
	if opt.Sentences <= 0 {
		opt.Sentences = 3
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.Answer == nil {
		opt.Answer = answer
	}
	return &Bot{opt: opt, log: opt.Logger, cmds: Commands(), cache: newLRU[string, *Article](opt.CacheSize),
		convs:     newLRU[ContextKey, *Context](opt.Conversations),
		summaries: newLRU[summaryKey, []int](opt.CacheSize)}, nil
}

// answer answers with summarize.Answer; the speaker is kept when the
// evidence is a quote.
func answer(a *summarize.Analysis, question string) Answer {
	r := summarize.Answer(a, question)
	ans := Answer{Text: r.Text, Evidence: r.Evidence.Text, Confidence: r.Confidence, Found: r.Found}
	if r.Evidence.Quote {
		ans.Speaker = r.Speaker
	}
	return ans
}

// buildRevision is the VCS revision the binary was built from, "-dirty"
// when it had changes, or "" when the build does not say.
func buildRevision() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	var rev, dirty string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "-dirty"
			}
		}
	}
	if rev == "" {
		return ""
	}
	return rev + dirty
}

// Handle answers one message. The error is for the operator (the store
// failed); the user-facing side of every failure is an Error Reply.
func (b *Bot) Handle(ctx context.Context, m Message) ([]Reply, error) {
	start := time.Now()
	key := ContextKey{Platform: m.Platform, Channel: m.Channel, Thread: m.Thread}
	mu := &b.locks[stripe(key)]
	mu.Lock()
	defer mu.Unlock()

	c, err := b.loadContext(ctx, key)
	if err != nil {
		return []Reply{failure("Something went wrong on my side; please try again.")}, err
	}
	t := &turn{bot: b, msg: m, conv: c}
	replies, err := t.route(ctx)
	if err != nil {
		b.log.Error("handle message", "platform", m.Platform, "channel", m.Channel, "command", t.command, "err", err)
		return []Reply{failure("Something went wrong on my side; please try again.")}, err
	}
	c.Turns = prepend(c.Turns, Turn{At: b.opt.Now(), User: m.User, Command: t.command, Article: c.Current}, maxTurns)
	c.Updated = b.opt.Now()
	if err := b.opt.Store.SaveContext(ctx, c); err != nil {
		b.convs.remove(key)
		return replies, fmt.Errorf("bot: save context: %w", err)
	}
	b.convs.put(key, c)
	b.log.Debug("turn", "platform", m.Platform, "channel", m.Channel, "thread", m.Thread, "command", t.command, "took", time.Since(start))
	return replies, nil
}

const (
	maxTurns    = 10 // turns a conversation remembers
	maxArticles = 10 // articles a conversation lists
)

// loadContext returns a copy of the conversation under key that the caller
// may change; a new thread starts with its channel's current article and
// list.
func (b *Bot) loadContext(ctx context.Context, key ContextKey) (*Context, error) {
	c, err := b.stored(ctx, key)
	if err == nil {
		cp := *c
		return &cp, nil
	}
	if !errors.Is(err, ErrNotFound) {
		return nil, fmt.Errorf("bot: load context: %w", err)
	}
	c = &Context{Key: key}
	if key.Thread == "" {
		return c, nil
	}
	parent, err := b.stored(ctx, ContextKey{Platform: key.Platform, Channel: key.Channel})
	switch {
	case err == nil:
		c.Current = parent.Current
		c.Articles = parent.Articles
	case !errors.Is(err, ErrNotFound):
		return nil, fmt.Errorf("bot: load channel context: %w", err)
	}
	return c, nil
}

// stored returns the conversation as last saved, from memory or the Store.
// The result is shared: it must not be changed. (Changes build new slices:
// see prepend and setCurrent.)
func (b *Bot) stored(ctx context.Context, key ContextKey) (*Context, error) {
	if c, ok := b.convs.get(key); ok {
		return c, nil
	}
	c, err := b.opt.Store.LoadContext(ctx, key)
	if err != nil {
		return nil, err
	}
	b.convs.put(key, c)
	return c, nil
}

// stripes is how many locks conversations share.
const stripes = 1024

// stripe picks the lock of a conversation.
func stripe(k ContextKey) int {
	h := fnv.New32a()
	h.Write([]byte(k.Platform))
	h.Write([]byte{0})
	h.Write([]byte(k.Channel))
	h.Write([]byte{0})
	h.Write([]byte(k.Thread))
	return int(h.Sum32() % stripes)
}

// prepend puts v first and keeps at most n items.
func prepend[T any](s []T, v T, n int) []T {
	out := make([]T, 0, min(len(s)+1, n))
	out = append(out, v)
	for _, x := range s {
		if len(out) == n {
			break
		}
		out = append(out, x)
	}
	return out
}

func failure(msg string) Reply {
	return Reply{Paragraphs: []string{msg}, Error: true}
}
