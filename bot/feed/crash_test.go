package feed_test

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/briefly-bot/briefly/bot/feed"
	"github.com/briefly-bot/briefly/bot/sqlite"
)

// TestCrashBetweenSendAndRecord stops delivery after the platform took a
// post but before the store recorded it, restarts on the same database file
// and checks what the channel saw: with Discord's nonce every item exactly
// once; with Slack, which has no idempotency key, the in-flight item at most
// twice and every other exactly once.
func TestCrashBetweenSendAndRecord(t *testing.T) {
	for _, tt := range []struct {
		name      string
		nonces    bool
		wantTwice int
	}{{"discord nonce", true, 0}, {"slack", false, 1}} {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "briefly.db")
			pub := newPublisher(t)
			r := newRig(t, path, feed.Options{})
			r.post = newPoster(tt.nonces)
			r.start(r.store)
			pub.set("/feed", &resource{body: rssFeed("Transit", 0, items(1, 1, t0)...)})
			r.subscribe("sub1", "c1", pub.url("/feed"), nil, "")
			r.subscribe("sub2", "c2", pub.url("/feed"), nil, "")
			r.clock.advance(time.Minute)
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			if _, err := r.svc.PollDue(ctx); err != nil {
				t.Fatal(err)
			}
			pub.set("/feed", &resource{body: rssFeed("Transit", 0, items(1, 4, t0.Add(10*time.Minute))...)})
			r.clock.advance(11 * time.Minute)
			if _, err := r.svc.PollDue(ctx); err != nil {
				t.Fatal(err)
			}

			// The crash: the third post reaches the platform, then the
			// process dies before recording it.
			dctx, crash := context.WithCancel(ctx)
			n := 0
			r.post.fail = func(p post) (error, bool) {
				n++
				if n == 3 {
					crash()
					return context.Canceled, true
				}
				return nil, false
			}
			if _, err := r.svc.Deliver(dctx); !errors.Is(err, context.Canceled) {
				t.Fatalf("delivery before the crash: %v, want it cut short", err)
			}
			if err := r.store.Close(); err != nil {
				t.Fatal(err)
			}

			// The restart, on the same file.
			st, err := sqlite.Open(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			r.post.fail = nil
			r.start(st)
			for range 20 {
				r.clock.advance(5 * time.Second)
				k, err := r.svc.Deliver(ctx)
				if err != nil {
					t.Fatal(err)
				}
				if k == 0 {
					break
				}
			}
			if got, _ := r.svc.PollDue(ctx); got != 0 {
				t.Errorf("polled %d sources before they were due", got)
			}

			count := map[string]int{}
			r.post.mu.Lock()
			for _, p := range r.post.posts {
				count[p.channel+" "+p.reply.Title]++
			}
			r.post.mu.Unlock()
			var want []string
			for _, ch := range []string{"c1", "c2"} {
				for _, i := range []string{"1", "2", "3", "4"} {
					want = append(want, ch+" Item "+i+": council debates transit plan")
				}
			}
			twice := 0
			for _, w := range want {
				switch count[w] {
				case 1:
				case 2:
					twice++
				default:
					t.Errorf("%q posted %d times", w, count[w])
				}
			}
			if twice != tt.wantTwice {
				t.Errorf("%d items posted twice, want %d", twice, tt.wantTwice)
			}
			if len(count) != len(want) {
				keys := make([]string, 0, len(count))
				for k := range count {
					keys = append(keys, k)
				}
				slices.Sort(keys)
				t.Errorf("posted %q, want %q", keys, want)
			}
		})
	}
}

// TestRestartResumesTheOutbox polls, stops before delivering, and delivers
// everything after a restart on the same file.
func TestRestartResumesTheOutbox(t *testing.T) {
	path := filepath.Join(t.TempDir(), "briefly.db")
	pub := newPublisher(t)
	r := newRig(t, path, feed.Options{})
	pub.set("/feed", &resource{body: rssFeed("Transit", 0, items(1, 3, t0)...)})
	r.subscribe("sub1", "c1", pub.url("/feed"), nil, "")
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if _, err := r.svc.PollDue(ctx); err != nil {
		t.Fatal(err)
	}
	r.store.Close()
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	r.start(st)
	if got := r.cycle(time.Second); !slices.Equal(got, []string{"Item 3: council debates transit plan"}) {
		t.Errorf("after the restart posted %q, want the queued item", got)
	}
}
