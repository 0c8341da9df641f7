package feed_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"html"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefly-bot/briefly/bot"
	"github.com/briefly-bot/briefly/bot/feed"
	"github.com/briefly-bot/briefly/bot/sqlite"
	"github.com/briefly-bot/briefly/fetch"
)

// t0 is the fake clock's start.
var t0 = time.Date(2026, 1, 10, 12, 0, 0, 0, time.UTC)

// resource is one URL of the fake publisher and how it answers.
type resource struct {
	body     string
	ctype    string
	etag     string            // answer 304 to a matching If-None-Match
	status   int               // answer this status instead of the body
	header   map[string]string // extra headers
	delay    time.Duration     // wait before answering
	gzipBomb int64             // answer this many gzip-compressed zero bytes
}

// publisher is a fake news site on 127.0.0.1.
type publisher struct {
	srv *httptest.Server
	mu  sync.Mutex
	res map[string]*resource
	// counts of requests and 304 answers per path
	requests, notModified map[string]int
}

func newPublisher(t testing.TB) *publisher {
	p := &publisher{res: map[string]*resource{}, requests: map[string]int{}, notModified: map[string]int{}}
	p.srv = httptest.NewServer(http.HandlerFunc(p.serve))
	t.Cleanup(p.srv.Close)
	return p
}

// newPublisherOn is a publisher listening on addr ("127.0.0.2:0"), so a
// test can have several hosts.
func newPublisherOn(t testing.TB, addr string) *publisher {
	p := &publisher{res: map[string]*resource{}, requests: map[string]int{}, notModified: map[string]int{}}
	l, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatalf("listen %s: %v", addr, err)
	}
	p.srv = &httptest.Server{Listener: l, Config: &http.Server{Handler: http.HandlerFunc(p.serve)}}
	p.srv.Start()
	t.Cleanup(p.srv.Close)
	return p
}

func (p *publisher) url(path string) string { return p.srv.URL + path }

func (p *publisher) set(path string, r *resource) {
	if r.gzipBomb > 0 {
		gzipBomb(r.gzipBomb) // made before a request waits for it
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.res[path] = r
}

func (p *publisher) count(path string) (requests, notModified int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.requests[path], p.notModified[path]
}

func (p *publisher) serve(w http.ResponseWriter, r *http.Request) {
	p.mu.Lock()
	res, ok := p.res[r.URL.Path]
	var cp resource
	if ok {
		cp = *res
	}
	p.requests[r.URL.Path]++
	p.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	if cp.delay > 0 {
		select {
		case <-time.After(cp.delay):
		case <-r.Context().Done():
			return
		}
	}
	for k, v := range cp.header {
		w.Header().Set(k, v)
	}
	if cp.status != 0 {
		w.WriteHeader(cp.status)
		return
	}
	if cp.gzipBomb > 0 {
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write(gzipBomb(cp.gzipBomb))
		return
	}
	if cp.etag != "" {
		w.Header().Set("ETag", cp.etag)
		if r.Header.Get("If-None-Match") == cp.etag {
			p.mu.Lock()
			p.notModified[r.URL.Path]++
			p.mu.Unlock()
			w.WriteHeader(http.StatusNotModified)
			return
		}
	}
	ct := cp.ctype
	if ct == "" {
		ct = "application/rss+xml; charset=utf-8"
	}
	w.Header().Set("Content-Type", ct)
	io := strings.NewReader(cp.body)
	io.WriteTo(w)
}

var bombs sync.Map // size to compressed bytes

// gzipBomb is n zero bytes gzip-compressed (about a thousandth of n),
// made once per size.
func gzipBomb(n int64) []byte {
	if b, ok := bombs.Load(n); ok {
		return b.([]byte)
	}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zeros := make([]byte, 1<<20)
	for left := n; left > 0; left -= int64(len(zeros)) {
		zw.Write(zeros[:min(int64(len(zeros)), left)])
	}
	zw.Close()
	bombs.Store(n, buf.Bytes())
	return buf.Bytes()
}

// item is one RSS item the fake feed serves.
type item struct {
	guid, title, link, desc string
	date                    time.Time
}

// rssFeed writes an RSS 2.0 document.
func rssFeed(title string, ttl int, items ...item) string {
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>`)
	fmt.Fprintf(&b, "<title>%s</title><link>https://news.example/</link>", html.EscapeString(title))
	if ttl > 0 {
		fmt.Fprintf(&b, "<ttl>%d</ttl>", ttl)
	}
	for _, it := range items {
		b.WriteString("<item>")
		if it.guid != "" {
			fmt.Fprintf(&b, "<guid>%s</guid>", html.EscapeString(it.guid))
		}
		fmt.Fprintf(&b, "<title>%s</title>", html.EscapeString(it.title))
		if it.link != "" {
			fmt.Fprintf(&b, "<link>%s</link>", html.EscapeString(it.link))
		}
		fmt.Fprintf(&b, "<description>%s</description>", html.EscapeString(it.desc))
		if !it.date.IsZero() {
			fmt.Fprintf(&b, "<pubDate>%s</pubDate>", it.date.Format(time.RFC1123Z))
		}
		b.WriteString("</item>")
	}
	b.WriteString("</channel></rss>")
	return b.String()
}

// post is one message the fake poster received.
type post struct {
	platform, channel, key string
	reply                  bot.Reply
}

// poster is a fake chat platform. With nonces it behaves like Discord's
// enforce_nonce: a post with a key it has seen returns the first message.
type poster struct {
	mu     sync.Mutex
	nonces bool
	posts  []post
	byKey  map[string]bot.PostReceipt
	// fail, when set, decides per post: an error to return, and whether
	// to post first anyway (a crash after sending).
	fail func(p post) (err error, postFirst bool)
}

func newPoster(nonces bool) *poster {
	return &poster{nonces: nonces, byKey: map[string]bot.PostReceipt{}}
}

func (f *poster) Post(ctx context.Context, platform, channel string, r bot.Reply, key string) (bot.PostReceipt, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	p := post{platform, channel, key, r}
	if f.fail != nil {
		if err, postFirst := f.fail(p); err != nil {
			if postFirst {
				f.record(p)
			}
			return bot.PostReceipt{}, err
		}
	}
	return f.record(p), nil
}

func (f *poster) record(p post) bot.PostReceipt {
	if rec, ok := f.byKey[p.key]; ok && f.nonces {
		return rec
	}
	f.posts = append(f.posts, p)
	rec := bot.PostReceipt{ID: fmt.Sprintf("m%d", len(f.posts))}
	f.byKey[p.key] = rec
	return rec
}

func (f *poster) titles() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []string
	for _, p := range f.posts {
		out = append(out, p.reply.Title)
	}
	return out
}

func (f *poster) reset() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.posts = nil
}

// clock is a fake clock.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *clock) advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// rig is a Service on a store, with a fake clock and poster.
type rig struct {
	t     testing.TB
	store *sqlite.Store
	svc   *feed.Service
	clock *clock
	post  *poster
	opt   feed.Options
}

func newRig(t testing.TB, path string, opt feed.Options) *rig {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	r := &rig{t: t, store: st, clock: &clock{now: t0}, post: newPoster(true)}
	t.Cleanup(func() { r.store.Close() })
	r.opt = opt
	r.start(st)
	return r
}

// start makes the rig's Service on st.
func (r *rig) start(st *sqlite.Store) {
	r.t.Helper()
	opt := r.opt
	opt.Store = st
	if opt.Client == nil {
		opt.Client = fetch.New(fetch.Options{AllowPrivate: true, Timeout: 2 * time.Second, MaxBytes: 256 << 10})
	}
	opt.Poster = r.post
	opt.Now = r.clock.Now
	opt.Jitter = func() float64 { return 0.5 }
	svc, err := feed.New(opt)
	if err != nil {
		r.t.Fatal(err)
	}
	r.store, r.svc = st, svc
}

// subscribe adds a subscription as the bot would, at the clock's time.
func (r *rig) subscribe(id, channel, url string, filters []string, digest string) {
	r.t.Helper()
	err := r.store.AddSubscription(context.Background(), &bot.Subscription{ID: id, Platform: "test", Channel: channel,
		URL: url, Filters: filters, User: "u", Created: r.clock.Now(), Digest: digest})
	if err != nil {
		r.t.Fatal(err)
	}
}

// cycle advances the clock past every planned check, polls what is due
// and delivers, and returns the titles posted.
func (r *rig) cycle(d time.Duration) []string {
	r.t.Helper()
	r.clock.advance(d)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if _, err := r.svc.PollDue(ctx); err != nil {
		r.t.Fatalf("poll: %v", err)
	}
	r.post.reset()
	for i := 0; i < 20; i++ {
		n, err := r.svc.Deliver(ctx)
		if err != nil {
			r.t.Fatalf("deliver: %v", err)
		}
		if n == 0 {
			break
		}
		r.clock.advance(5 * time.Second) // let the channel's rate limit refill
	}
	return r.post.titles()
}

// status returns the subscription's listing status.
func (r *rig) status(channel, id string) bot.Subscription {
	r.t.Helper()
	subs, err := r.store.Subscriptions(context.Background(), "test", channel)
	if err != nil {
		r.t.Fatal(err)
	}
	for _, s := range subs {
		if s.ID == id {
			return s
		}
	}
	r.t.Fatalf("no subscription %s in %s", id, channel)
	return bot.Subscription{}
}
