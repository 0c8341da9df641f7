package feed_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefly-bot/briefly/bot"
	"github.com/briefly-bot/briefly/bot/feed"
	"github.com/briefly-bot/briefly/bot/sqlite"
	"github.com/briefly-bot/briefly/fetch"
)

func TestBadAnswersAreFailures(t *testing.T) {
	tests := []struct {
		name      string
		res       *resource
		wantErr   string
		wantAfter time.Duration // the next check at least this far away
	}{
		{"429 with Retry-After", &resource{status: 429, header: map[string]string{"Retry-After": "7200"}}, "slow down", 2 * time.Hour},
		{"500", &resource{status: 500}, "500", 9 * time.Minute},
		{"403", &resource{status: 403}, "refuses automated readers", 9 * time.Minute},
		{"garbage", &resource{ctype: "application/octet-stream", body: "\x00\x01garbage{]<<"}, "not a feed", 9 * time.Minute},
		{"broken XML", &resource{body: `<?xml version="1.0"?><rss version="2.0"><channel><item><title>x</ti`}, "not a feed", 9 * time.Minute},
		{"huge body", &resource{body: strings.Repeat("<!-- padding -->", 40000)}, "larger than 256 KiB", 9 * time.Minute},
		{"gzip bomb", &resource{gzipBomb: 16 << 20}, "larger than 256 KiB", 9 * time.Minute},
		{"no answer in time", &resource{delay: 5 * time.Second, body: rssFeed("slow", 0)}, "took longer than", 9 * time.Minute},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pub := newPublisher(t)
			r := newRig(t, sqlite.Memory, feed.Options{Client: fetch.New(fetch.Options{AllowPrivate: true,
				Timeout: 2 * time.Second, MaxBytes: 256 << 10})})
			pub.set("/feed", tt.res)
			r.subscribe("sub1", "c1", pub.url("/feed"), nil, "")
			if got := r.cycle(0); len(got) != 0 {
				t.Fatalf("posted %q", got)
			}
			st := r.status("c1", "sub1").Status
			if st.Failures != 1 || st.LastError == "" || !strings.Contains(st.LastError, tt.wantErr) {
				t.Errorf("failures %d, error %q; want 1 failure saying %q", st.Failures, st.LastError, tt.wantErr)
			}
			if got := st.NextCheck.Sub(st.LastCheck); got < tt.wantAfter {
				t.Errorf("next check after %v, want at least %v", got, tt.wantAfter)
			}
		})
	}
}

func TestFeedAnsweringWithAPageFails(t *testing.T) {
	pub := newPublisher(t)
	r := newRig(t, sqlite.Memory, feed.Options{})
	pub.set("/feed", &resource{body: rssFeed("Transit", 0, items(1, 1, t0)...)})
	r.subscribe("sub1", "c1", pub.url("/feed"), nil, "")
	r.cycle(0)
	pub.set("/feed", &resource{ctype: "text/html", body: `<!doctype html><html><head><title>Just a moment...</title></head>
		<body><p>Checking your browser before accessing the site. Enable JavaScript and cookies to continue.</p></body></html>`})
	if got := r.cycle(11 * time.Minute); len(got) != 0 {
		t.Fatalf("posted %q", got)
	}
	if st := r.status("c1", "sub1").Status; st.Failures != 1 || !strings.Contains(st.LastError, "anti-bot") {
		t.Errorf("status %+v, want one failure naming an anti-bot check", st)
	}
}

func TestBackoffThenPauseAndTellOnce(t *testing.T) {
	pub := newPublisher(t)
	r := newRig(t, sqlite.Memory, feed.Options{MaxFailures: 4})
	pub.set("/feed", &resource{body: rssFeed("Transit", 0, items(1, 1, t0)...)})
	r.subscribe("sub1", "c1", pub.url("/feed"), nil, "")
	r.subscribe("sub2", "c2", pub.url("/feed"), nil, "")
	r.cycle(0)
	pub.set("/feed", &resource{status: 500})
	var gaps []time.Duration
	var notices []string
	for i := 0; i < 8; i++ {
		st := r.status("c1", "sub1").Status
		notices = append(notices, r.cycle(st.NextCheck.Sub(r.clock.Now())+time.Second)...)
		st = r.status("c1", "sub1").Status
		gaps = append(gaps, st.NextCheck.Sub(st.LastCheck))
	}
	if gaps[1] <= gaps[0] || gaps[2] <= gaps[1] {
		t.Errorf("waits after failures %v, want them to grow", gaps[:3])
	}
	if len(notices) != 2 || notices[0] != "Subscription paused" || notices[1] != "Subscription paused" {
		t.Fatalf("notices %q, want one per channel, once", notices)
	}
	sub := r.status("c1", "sub1")
	if !sub.Paused || !strings.Contains(sub.Status.PauseReason, "4 failed checks") {
		t.Errorf("subscription paused %v with %q, want paused after 4 failures", sub.Paused, sub.Status.PauseReason)
	}
	requests, _ := pub.count("/feed")
	if requests != 5 {
		t.Errorf("%d requests, want 5: one good and four failed, none while paused", requests)
	}
	// Resume: polled again at once; the feed works again.
	pub.set("/feed", &resource{body: rssFeed("Transit", 0, items(1, 1, t0)...)})
	if err := r.store.SetSubscriptionPaused(context.Background(), "test", "c1", "sub1", false); err != nil {
		t.Fatal(err)
	}
	if got := r.cycle(time.Second); len(got) != 0 {
		t.Errorf("resuming posted %q, want nothing old", got)
	}
	if st := r.status("c1", "sub1").Status; st.Failures != 0 || st.LastError != "" {
		t.Errorf("after a good poll: %+v", st)
	}
}

func TestPostsRetryAndChannelGoneEnds(t *testing.T) {
	pub := newPublisher(t)
	r := newRig(t, sqlite.Memory, feed.Options{})
	pub.set("/feed", &resource{body: rssFeed("Transit", 0, items(1, 1, t0)...)})
	r.subscribe("sub1", "c1", pub.url("/feed"), nil, "")
	r.subscribe("sub2", "gone", pub.url("/feed"), nil, "")
	fails := 2
	r.post.fail = func(p post) (error, bool) {
		if p.channel == "gone" {
			return fmt.Errorf("discord: post: 404 Unknown Channel: %w", bot.ErrChannelGone), false
		}
		if fails > 0 {
			fails--
			return errors.New("discord: 503"), false
		}
		return nil, false
	}
	if got := r.cycle(0); len(got) != 0 {
		t.Fatalf("posted %q while failing", got)
	}
	subs, _ := r.store.Subscriptions(context.Background(), "test", "gone")
	if len(subs) != 0 {
		t.Errorf("the gone channel keeps %d subscriptions", len(subs))
	}
	if got := r.cycle(31 * time.Second); len(got) != 0 {
		t.Fatalf("posted %q on the second failure", got)
	}
	if got := r.cycle(2 * time.Minute); len(got) != 1 {
		t.Fatalf("after the failures posted %q, want the item once", got)
	}
	if got := r.cycle(time.Hour); len(got) != 0 {
		t.Fatalf("posted %q again", got)
	}
}

// TestAtMostTwoRequestsPerHost polls six slow feeds of one host and checks
// that no more than two requests were in flight at once.
func TestAtMostTwoRequestsPerHost(t *testing.T) {
	pub := newPublisher(t)
	var mu sync.Mutex
	inFlight, peak := 0, 0
	inner := pub.srv.Config.Handler
	pub.srv.Config.Handler = http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		mu.Lock()
		inFlight++
		peak = max(peak, inFlight)
		mu.Unlock()
		inner.ServeHTTP(w, req)
		mu.Lock()
		inFlight--
		mu.Unlock()
	})
	r := newRig(t, sqlite.Memory, feed.Options{})
	for i := range 6 {
		path := fmt.Sprintf("/f%d", i)
		pub.set(path, &resource{body: rssFeed("F", 0, items(1, 1, t0)...), delay: 50 * time.Millisecond})
		r.subscribe(fmt.Sprintf("s%d", i), "c1", pub.url(path), nil, "")
	}
	r.cycle(0)
	if peak != 2 {
		t.Errorf("peak requests in flight to one host = %d, want 2", peak)
	}
}
