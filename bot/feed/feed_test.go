package feed_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefly-bot/briefly/bot/feed"
	"github.com/briefly-bot/briefly/bot/sqlite"
)

// items returns n items numbered from first, a minute apart, the newest
// dated at newest.
func items(first, n int, newest time.Time) []item {
	var out []item
	for i := first + n - 1; i >= first; i-- {
		out = append(out, item{
			guid:  fmt.Sprintf("urn:item:%d", i),
			title: fmt.Sprintf("Item %d: council debates transit plan", i),
			link:  fmt.Sprintf("https://news.example/story/%d?utm_source=rss", i),
			desc:  fmt.Sprintf("The council met on day %d to debate the bus plan. Members asked about the %d stops on the east side.", i, i*3),
			date:  newest.Add(-time.Duration(first+n-1-i) * time.Minute),
		})
	}
	return out
}

func TestFeedGainsItems(t *testing.T) {
	pub := newPublisher(t)
	r := newRig(t, sqlite.Memory, feed.Options{})
	pub.set("/feed", &resource{body: rssFeed("Transit", 0, items(1, 5, t0.Add(-time.Hour))...), etag: `"v1"`})
	r.subscribe("sub1", "c1", pub.url("/feed"), nil, "")

	if got, want := r.cycle(0), []string{"Item 5: council debates transit plan"}; !slices.Equal(got, want) {
		t.Fatalf("first poll posted %q, want only the newest %q", got, want)
	}
	if got := r.cycle(11 * time.Minute); len(got) != 0 {
		t.Fatalf("unchanged feed posted %q", got)
	}
	if _, n := pub.count("/feed"); n != 1 {
		t.Errorf("304 answers = %d, want 1 (conditional GET with the ETag)", n)
	}
	now := r.clock.Now()
	pub.set("/feed", &resource{body: rssFeed("Transit", 0, append(items(6, 2, now), items(1, 5, t0.Add(-time.Hour))...)...), etag: `"v2"`})
	got := r.cycle(11 * time.Minute)
	want := []string{"Item 6: council debates transit plan", "Item 7: council debates transit plan"}
	if !slices.Equal(got, want) {
		t.Fatalf("after two new items posted %q, want %q oldest first", got, want)
	}
	st := r.status("c1", "sub1")
	if st.Status.LastItem != want[1] || st.Status.LastCheck.IsZero() || st.Status.NextCheck.Before(r.clock.Now()) {
		t.Errorf("status = %+v, want last item %q and checks set", st.Status, want[1])
	}
}

func TestRotatedGUIDsAndEditedDatesPostNothing(t *testing.T) {
	pub := newPublisher(t)
	r := newRig(t, sqlite.Memory, feed.Options{})
	its := items(1, 4, t0.Add(-time.Hour))
	pub.set("/feed", &resource{body: rssFeed("Transit", 0, its...)})
	r.subscribe("sub1", "c1", pub.url("/feed"), nil, "")
	if got := r.cycle(0); len(got) != 1 {
		t.Fatalf("first poll posted %q, want one item", got)
	}
	tests := []struct {
		name string
		edit func(it *item, i int)
	}{
		{"rotated GUIDs", func(it *item, i int) { it.guid = fmt.Sprintf("urn:rotated:%d:%d", i, r.clock.Now().Unix()) }},
		{"edited dates", func(it *item, i int) { it.date = r.clock.Now().Add(-time.Duration(i) * time.Minute) }},
		{"no GUIDs, tracking links", func(it *item, i int) { it.guid = ""; it.link += "&fbclid=x" + fmt.Sprint(i) }},
		{"no GUIDs nor links, new dates", func(it *item, i int) { it.guid, it.link = "", ""; it.date = it.date.Add(time.Minute) }},
		{"whitespace in the text", func(it *item, i int) { it.desc = "  " + strings.ReplaceAll(it.desc, " ", "  ") + "\n" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			edited := slices.Clone(its)
			for i := range edited {
				tt.edit(&edited[i], i)
			}
			pub.set("/feed", &resource{body: rssFeed("Transit", 0, edited...)})
			if got := r.cycle(11 * time.Minute); len(got) != 0 {
				t.Errorf("posted %q, want nothing", got)
			}
		})
	}
}

func TestNeverBacklogNorOlderThanSubscription(t *testing.T) {
	pub := newPublisher(t)
	r := newRig(t, sqlite.Memory, feed.Options{})
	pub.set("/feed", &resource{body: rssFeed("Transit", 0, items(1, 30, t0.Add(-time.Hour))...)})
	r.subscribe("sub1", "c1", pub.url("/feed"), nil, "")
	if got := r.cycle(0); len(got) != 1 {
		t.Fatalf("a new subscription to 30 items posted %d, want 1", len(got))
	}
	// An item dated before the subscription shows up late: not posted;
	// one dated after is.
	late := items(100, 1, t0.Add(-30*time.Minute))
	fresh := items(200, 1, r.clock.Now().Add(5*time.Minute))
	pub.set("/feed", &resource{body: rssFeed("Transit", 0, append(append(fresh, late...), items(1, 30, t0.Add(-time.Hour))...)...)})
	got := r.cycle(11 * time.Minute)
	if want := []string{fresh[0].title}; !slices.Equal(got, want) {
		t.Errorf("posted %q, want only %q", got, want)
	}
}

// TestItemInTheSubscriptionsSecond checks that an item whose whole-second
// feed date equals the second the channel subscribed in counts as new.
func TestItemInTheSubscriptionsSecond(t *testing.T) {
	pub := newPublisher(t)
	r := newRig(t, sqlite.Memory, feed.Options{})
	backlog := items(1, 3, t0.Add(-time.Hour))
	pub.set("/feed", &resource{body: rssFeed("Transit", 0, backlog...)})
	r.clock.advance(700 * time.Millisecond)
	r.subscribe("sub1", "c1", pub.url("/feed"), nil, "")
	if got := r.cycle(0); len(got) != 1 {
		t.Fatalf("a new subscription posted %d, want 1", len(got))
	}
	same := items(50, 1, t0) // published at t0+0.9s, dated t0 in the feed
	pub.set("/feed", &resource{body: rssFeed("Transit", 0, append(same, backlog...)...)})
	if got, want := r.cycle(11*time.Minute), []string{same[0].title}; !slices.Equal(got, want) {
		t.Errorf("posted %q, want %q", got, want)
	}
}

func TestFloodIsCapped(t *testing.T) {
	pub := newPublisher(t)
	r := newRig(t, sqlite.Memory, feed.Options{MaxItems: 3})
	pub.set("/feed", &resource{body: rssFeed("Transit", 0, items(1, 1, t0.Add(-time.Hour))...)})
	r.subscribe("sub1", "c1", pub.url("/feed"), nil, "")
	r.cycle(0)
	pub.set("/feed", &resource{body: rssFeed("Transit", 0, items(2, 12, t0.Add(20*time.Minute))...)})
	got := r.cycle(11 * time.Minute)
	if len(got) != 4 || got[3] != "9 more new items" {
		t.Fatalf("12 new items posted %q, want 3 posts and one list of 9", got)
	}
	r.post.mu.Lock()
	list := r.post.posts[3].reply
	r.post.mu.Unlock()
	if len(list.Bullets) != 9 {
		t.Errorf("the list names %d items, want 9", len(list.Bullets))
	}
}

func TestDigestBatchesItems(t *testing.T) {
	pub := newPublisher(t)
	r := newRig(t, sqlite.Memory, feed.Options{})
	pub.set("/feed", &resource{body: rssFeed("Transit", 0, items(1, 1, t0.Add(-time.Hour))...)})
	r.subscribe("sub1", "c1", pub.url("/feed"), nil, "hourly")
	if got := r.cycle(0); len(got) != 0 {
		t.Fatalf("digest posted %q before its hour ended", got)
	}
	pub.set("/feed", &resource{body: rssFeed("Transit", 0, items(1, 4, t0.Add(20*time.Minute))...)})
	if got := r.cycle(21 * time.Minute); len(got) != 0 {
		t.Fatalf("digest posted %q before its hour ended", got)
	}
	got := r.cycle(40 * time.Minute) // past 13:00
	if len(got) != 1 || got[0] != "Digest: 4 new items" {
		t.Fatalf("digest posted %q, want one message: the newest item at subscribing and the 3 new", got)
	}
	if got := r.cycle(2 * time.Hour); len(got) != 0 {
		t.Errorf("an empty hour posted %q", got)
	}
}

func TestFilters(t *testing.T) {
	pub := newPublisher(t)
	r := newRig(t, sqlite.Memory, feed.Options{})
	its := []item{
		{guid: "a", title: "Xi Jinping visits Paris", desc: "Chinese President Xi Jinping arrived in Paris on Monday.", date: t0.Add(time.Hour)},
		{guid: "b", title: "Storm hits Taiwan", desc: "A storm reached Taiwan on Monday, officials said.", date: t0.Add(time.Hour)},
		{guid: "c", title: "Football results", desc: "The sports round-up for the weekend.", date: t0.Add(time.Hour)},
		{guid: "d", title: "Bus fares rise", desc: "Bus fares rise 5% in March, the transit agency said.", date: t0.Add(time.Hour)},
	}
	pub.set("/feed", &resource{body: rssFeed("World", 0)})
	r.subscribe("p", "c1", pub.url("/feed"), []string{"person:Xi Jinping"}, "")
	r.subscribe("q", "c2", pub.url("/feed"), []string{"place:Taiwan", "regex:(?i)fares? rise"}, "")
	r.subscribe("x", "c3", pub.url("/feed"), []string{"-sports", "-regex:Taiwan|Paris"}, "")
	r.cycle(0)
	pub.set("/feed", &resource{body: rssFeed("World", 0, its...)})
	r.cycle(2 * time.Hour)
	got := map[string][]string{}
	r.post.mu.Lock()
	for _, p := range r.post.posts {
		got[p.channel] = append(got[p.channel], p.reply.Title)
	}
	r.post.mu.Unlock()
	want := map[string][]string{
		"c1": {"Xi Jinping visits Paris"},
		"c2": {"Storm hits Taiwan", "Bus fares rise"},
		"c3": {"Bus fares rise"},
	}
	for ch, w := range want {
		g := slices.Clone(got[ch])
		slices.Sort(g)
		slices.Sort(w)
		if !slices.Equal(g, w) {
			t.Errorf("channel %s got %q, want %q", ch, g, w)
		}
	}
}

func TestFeedDiscoveredFromPage(t *testing.T) {
	pub := newPublisher(t)
	r := newRig(t, sqlite.Memory, feed.Options{})
	pub.set("/", &resource{ctype: "text/html", body: `<!doctype html><html><head><title>News</title>
		<link rel="alternate" type="application/atom+xml" href="/atom.xml"></head><body><p>Home</p></body></html>`})
	pub.set("/atom.xml", &resource{ctype: "application/atom+xml", body: `<?xml version="1.0"?>
		<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom news</title><id>urn:f</id><updated>2026-01-10T11:00:00Z</updated>
		<entry><id>urn:e1</id><title>Atom entry one</title><updated>2026-01-10T11:00:00Z</updated><summary>The first entry.</summary></entry>
		</feed>`})
	r.subscribe("sub1", "c1", pub.url("/"), nil, "")
	if got := r.cycle(0); !slices.Equal(got, []string{"Atom entry one"}) {
		t.Fatalf("posted %q, want the feed's entry", got)
	}
	if got := r.cycle(11 * time.Minute); len(got) != 0 {
		t.Fatalf("second poll posted %q", got)
	}
	if n, _ := pub.count("/"); n != 1 {
		t.Errorf("the page was read %d times, want once (then the feed)", n)
	}
}

func TestJSONFeed(t *testing.T) {
	pub := newPublisher(t)
	r := newRig(t, sqlite.Memory, feed.Options{})
	pub.set("/feed.json", &resource{ctype: "application/feed+json", body: `{"version":"https://jsonfeed.org/version/1.1",
		"title":"JSON news","items":[{"id":"1","title":"JSON item","content_text":"Text.","date_published":"2026-01-10T11:00:00Z"}]}`})
	r.subscribe("sub1", "c1", pub.url("/feed.json"), nil, "")
	if got := r.cycle(0); !slices.Equal(got, []string{"JSON item"}) {
		t.Fatalf("posted %q, want the JSON feed's item", got)
	}
}

func TestTTLAndCacheControlLengthenTheInterval(t *testing.T) {
	pub := newPublisher(t)
	r := newRig(t, sqlite.Memory, feed.Options{})
	pub.set("/ttl", &resource{body: rssFeed("T", 60, items(1, 1, t0)...)})
	pub.set("/cc", &resource{body: rssFeed("C", 0, items(1, 1, t0)...), header: map[string]string{"Cache-Control": "public, max-age=1800"}})
	r.subscribe("a", "c1", pub.url("/ttl"), nil, "")
	r.subscribe("b", "c1", pub.url("/cc"), nil, "")
	r.cycle(0)
	for _, tt := range []struct {
		id   string
		want time.Duration
	}{{"a", time.Hour}, {"b", 30 * time.Minute}} {
		st := r.status("c1", tt.id)
		if got := st.Status.NextCheck.Sub(st.Status.LastCheck); got != tt.want {
			t.Errorf("%s: next check after %v, want %v", tt.id, got, tt.want)
		}
	}
}

func TestOneItemTwiceInAFeedPostsOnce(t *testing.T) {
	pub := newPublisher(t)
	r := newRig(t, sqlite.Memory, feed.Options{})
	pub.set("/feed", &resource{body: rssFeed("Transit", 0, items(1, 1, t0)...)})
	r.subscribe("sub1", "c1", pub.url("/feed"), nil, "")
	r.cycle(0)
	twin := items(2, 1, t0.Add(5*time.Minute))
	copy2 := twin[0]
	copy2.guid = "urn:other-guid"
	pub.set("/feed", &resource{body: rssFeed("Transit", 0, append(twin, copy2, items(1, 1, t0)[0])...)})
	if got := r.cycle(11 * time.Minute); len(got) != 1 {
		t.Fatalf("an item listed twice under two GUIDs posted %q, want once", got)
	}
	if got := r.cycle(11 * time.Minute); len(got) != 0 {
		t.Fatalf("the next poll posted %q", got)
	}
}

// TestPruneKeepsItemsStillInTheFeed: a feed that answers 304 for 40 days
// keeps its items known, so its next change posts only what is new; items
// gone from the feed for 30 days are forgotten.
func TestPruneKeepsItemsStillInTheFeed(t *testing.T) {
	pub := newPublisher(t)
	r := newRig(t, sqlite.Memory, feed.Options{})
	ctx := context.Background()
	pub.set("/feed", &resource{body: rssFeed("Transit", 0, items(1, 5, t0)...), etag: `"v1"`})
	r.subscribe("sub1", "c1", pub.url("/feed"), nil, "")
	r.cycle(0)
	pub.set("/feed", &resource{body: rssFeed("Transit", 0, items(2, 4, t0)...), etag: `"v2"`}) // item 1 leaves
	r.cycle(11 * time.Minute)
	r.cycle(40 * 24 * time.Hour) // 304
	if _, n := pub.count("/feed"); n != 1 {
		t.Fatalf("%d answers 304, want 1", n)
	}
	if err := r.store.Prune(ctx, r.clock.Now().Add(-30*24*time.Hour)); err != nil {
		t.Fatal(err)
	}
	known, err := r.store.SourceItems(ctx, pub.url("/feed"))
	if err != nil {
		t.Fatal(err)
	}
	if len(known) != 4 {
		t.Errorf("%d items known after pruning, want the 4 still in the feed", len(known))
	}
	pub.set("/feed", &resource{body: rssFeed("Transit", 0, append(items(9, 1, r.clock.Now()), items(2, 4, t0)...)...), etag: `"v3"`})
	if got := r.cycle(11 * time.Minute); !slices.Equal(got, []string{"Item 9: council debates transit plan"}) {
		t.Errorf("after pruning posted %q, want only the new item", got)
	}
}
