// Package feed polls the feeds and pages that channels subscribe to and
// delivers what is new through an outbox: RSS, Atom and JSON Feed through
// gofeed, a page's feed found from its HTML, and a page without one watched
// as a story whose material changes are posted as updates. Polls are
// conditional GETs through the fetch client's guards; new items are queued in
// the same transaction that marks them seen, and a worker posts the queue
// with per-channel rate limits, retries and idempotency keys, so a restart
// loses nothing and doubles nothing.
package feed

import (
	"context"
	"errors"
	"log/slog"
	"net/url"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"github.com/briefly-bot/briefly/bot"
	"github.com/briefly-bot/briefly/fetch"
	"github.com/briefly-bot/briefly/summarize"
)

// Defaults for the zero Options.
const (
	DefaultInterval    = 10 * time.Minute
	MinInterval        = 2 * time.Minute
	MaxInterval        = 24 * time.Hour
	DefaultMaxFailures = 10
	DefaultMaxItems    = 5
	DefaultMaxAge      = 24 * time.Hour
)

// Options configure a Service. Store and Client are required; Poster is
// required by Run and Deliver. The zero value of every other field means
// its default.
type Options struct {
	Store  Store
	Client *fetch.Client
	Poster bot.Poster
	Logger *slog.Logger

	// Interval is how often a source is polled; 10 minutes by default and
	// never under 2. A feed's ttl, Cache-Control max-age and Retry-After
	// lengthen it.
	Interval time.Duration
	// MaxFailures is how many polls may fail in a row before the source's
	// subscriptions pause and their channels are told, once; 10 by default.
	MaxFailures int
	// MaxItems is how many items a subscription posts one by one from a
	// poll; more come as one message listing them. 5 by default.
	MaxItems int
	// MaxAge: items published longer ago are not posted; 24 hours by default.
	MaxAge time.Duration
	// FirstItems is how many of the newest items a new subscription posts;
	// 0 means 1, negative means none.
	FirstItems int
	// Concurrency caps polls at a time; 16 by default. PerHost caps
	// requests at a time to one host; 2 by default.
	Concurrency, PerHost int
	// ChannelRate and ChannelBurst limit posts to one channel; one a
	// second with bursts of 3 by default (Slack's pace).
	ChannelRate  rate.Limit
	ChannelBurst int
	// PollTick and DeliverTick are how often Run looks for due sources
	// and due posts; 5 s and 1 s by default.
	PollTick, DeliverTick time.Duration
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Jitter returns a number in [0, 1) that spreads polls; nil means
	// math/rand/v2.
	Jitter func() float64
}

func (o Options) withDefaults() Options {
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Interval <= 0 {
		o.Interval = DefaultInterval
	}
	o.Interval = max(o.Interval, MinInterval)
	if o.MaxFailures <= 0 {
		o.MaxFailures = DefaultMaxFailures
	}
	if o.MaxItems <= 0 {
		o.MaxItems = DefaultMaxItems
	}
	if o.MaxAge <= 0 {
		o.MaxAge = DefaultMaxAge
	}
	switch {
	case o.FirstItems == 0:
		o.FirstItems = 1
	case o.FirstItems < 0:
		o.FirstItems = 0
	}
	if o.Concurrency <= 0 {
		o.Concurrency = 16
	}
	if o.PerHost <= 0 {
		o.PerHost = 2
	}
	if o.ChannelRate <= 0 {
		o.ChannelRate = 1
	}
	if o.ChannelBurst <= 0 {
		o.ChannelBurst = 3
	}
	if o.PollTick <= 0 {
		o.PollTick = 5 * time.Second
	}
	if o.DeliverTick <= 0 {
		o.DeliverTick = time.Second
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Jitter == nil {
		o.Jitter = randFloat
	}
	return o
}

// Service polls sources and delivers the outbox. It is safe for concurrent
// use; run one Service per database.
type Service struct {
	opt Options
	log *slog.Logger

	hostMu sync.Mutex
	hosts  map[string]chan struct{} // requests in flight per host

	limMu    sync.Mutex
	limiters map[string]*rate.Limiter // per platform and channel

	wake chan struct{} // a poll queued something
}

var _ bot.Previewer = (*Service)(nil)

// New returns a Service, or an error naming the missing option.
func New(opt Options) (*Service, error) {
	if opt.Store == nil {
		return nil, errors.New("feed: Options.Store is nil")
	}
	if opt.Client == nil {
		return nil, errors.New("feed: Options.Client is nil")
	}
	opt = opt.withDefaults()
	return &Service{opt: opt, log: opt.Logger, hosts: map[string]chan struct{}{},
		limiters: map[string]*rate.Limiter{}, wake: make(chan struct{}, 1)}, nil
}

// Run polls and delivers until ctx ends, and returns nil then. It needs
// Options.Poster.
func (s *Service) Run(ctx context.Context) error {
	if s.opt.Poster == nil {
		return errors.New("feed: Options.Poster is nil")
	}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		s.pollLoop(ctx)
	}()
	go func() {
		defer wg.Done()
		s.deliverLoop(ctx)
	}()
	wg.Wait()
	return nil
}

func (s *Service) pollLoop(ctx context.Context) {
	t := time.NewTicker(s.opt.PollTick)
	defer t.Stop()
	lastPrune := time.Time{}
	for {
		if _, err := s.PollDue(ctx); err != nil && ctx.Err() == nil {
			s.log.Error("poll", "err", err)
		}
		if now := s.opt.Now(); now.Sub(lastPrune) > time.Hour {
			lastPrune = now
			if err := s.opt.Store.Prune(ctx, now.Add(-30*24*time.Hour)); err != nil && ctx.Err() == nil {
				s.log.Error("prune", "err", err)
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (s *Service) deliverLoop(ctx context.Context) {
	t := time.NewTicker(s.opt.DeliverTick)
	defer t.Stop()
	for {
		if _, err := s.Deliver(ctx); err != nil && ctx.Err() == nil {
			s.log.Error("deliver", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-s.wake:
		}
	}
}

// PollDue polls every source due now, at most Concurrency at a time and
// PerHost to one host, and returns how many it polled once all are done.
func (s *Service) PollDue(ctx context.Context) (int, error) {
	srcs, err := s.opt.Store.DueSources(ctx, s.opt.Now(), 100000)
	if err != nil {
		return 0, err
	}
	sem := make(chan struct{}, s.opt.Concurrency)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var errs []error
	for _, src := range srcs {
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			wg.Wait()
			return 0, ctx.Err()
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			if err := s.poll(ctx, src); err != nil {
				mu.Lock()
				errs = append(errs, err)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return len(srcs), errors.Join(errs...)
}

// hostSlot takes one of the host's request slots; the returned func gives
// it back.
func (s *Service) hostSlot(ctx context.Context, rawURL string) (func(), error) {
	host := rawURL
	if u, err := url.Parse(rawURL); err == nil {
		host = u.Hostname()
	}
	s.hostMu.Lock()
	ch, ok := s.hosts[host]
	if !ok {
		ch = make(chan struct{}, s.opt.PerHost)
		s.hosts[host] = ch
	}
	s.hostMu.Unlock()
	select {
	case ch <- struct{}{}:
		return func() { <-ch }, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// limiter is the rate limiter of a channel.
func (s *Service) limiter(platform, channel string) *rate.Limiter {
	k := platform + "\x00" + channel
	s.limMu.Lock()
	defer s.limMu.Unlock()
	l, ok := s.limiters[k]
	if !ok {
		l = rate.NewLimiter(s.opt.ChannelRate, s.opt.ChannelBurst)
		s.limiters[k] = l
	}
	return l
}

// analyze runs the summarize pipeline on an item or page.
func analyze(title, text string, published time.Time) *summarize.Analysis {
	if title != "" {
		text = title + "\n\n" + text
	}
	norm, _ := summarize.Normalize(text)
	return summarize.Analyze(norm, summarize.Options{Sentences: 2, Published: published})
}
