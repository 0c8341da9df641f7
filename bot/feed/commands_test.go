package feed_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/briefly-bot/briefly/bot"
	"github.com/briefly-bot/briefly/bot/feed"
	"github.com/briefly-bot/briefly/bot/sqlite"
)

// flat joins replies into one string for matching.
func flat(rs []bot.Reply) string {
	var b strings.Builder
	for _, r := range rs {
		b.WriteString(r.Title + "\n" + strings.Join(r.Paragraphs, "\n") + "\n" + strings.Join(r.Bullets, "\n") + "\n" + r.Footnote + "\n")
		for _, q := range r.Quotes {
			b.WriteString(q.Text + " — " + q.Speaker + "\n")
		}
	}
	return b.String()
}

// TestCommands drives subscribe, preview, subscriptions, pause and resume
// through the bot core, as every adapter does.
func TestCommands(t *testing.T) {
	pub := newPublisher(t)
	r := newRig(t, sqlite.Memory, feed.Options{})
	pub.set("/feed", &resource{body: rssFeed("Transit", 0, items(1, 3, t0)...)})
	pub.set("/story", &resource{ctype: "text/html", body: storyPage(strings.Repeat("Headline of the day\n", 1) +
		"The council met on Tuesday and approved the plan after a long debate about buses.\n" +
		"Members said the plan would keep weekend service running across the east side of the city.\n" +
		"The mayor signed it on Wednesday, and the first new routes open in March next year.\n")})
	b, err := bot.New(bot.Options{Store: r.store, Preview: r.svc, Now: r.clock.Now})
	if err != nil {
		t.Fatal(err)
	}
	say := func(text string) string {
		t.Helper()
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		rs, err := b.Handle(ctx, bot.Message{Platform: "test", Channel: "c1", User: "u", Text: text,
			Perms: bot.Permissions{ManageSubscriptions: true}})
		if err != nil {
			t.Fatalf("%s: %v", text, err)
		}
		return flat(rs)
	}
	tests := []struct {
		name, text string
		want       []string
	}{
		{"preview a feed", "preview " + pub.url("/feed"), []string{"Preview: Transit", "3 items, 3 of them pass", "Item 3: council debates"}},
		{"preview with a filter", "preview " + pub.url("/feed") + " -council", []string{"0 of them pass"}},
		{"preview a story", "preview " + pub.url("/story"), []string{"has no feed", "Headline of the day"}},
		{"preview a missing page", "preview " + pub.url("/nothing"), []string{"couldn't preview", "404"}},
		{"subscribe", "subscribe " + pub.url("/feed") + ` transit --digest daily`, []string{"Subscribed", "Filters: transit", "daily digest"}},
		{"bad filter", "subscribe " + pub.url("/story") + " regex:(", []string{"not a valid pattern"}},
		{"list before a check", "subscriptions", []string{"not checked yet", "transit", "daily digest"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := say(tt.text)
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("%q answered %q, want %q in it", tt.text, got, w)
				}
			}
		})
	}
	subs, _ := r.store.Subscriptions(context.Background(), "test", "c1")
	if len(subs) != 1 {
		t.Fatalf("%d subscriptions, want 1", len(subs))
	}
	id := subs[0].ID
	r.cycle(time.Minute)
	for _, step := range []struct{ text, want string }{
		{"subscriptions", "checked just now; last item “Item 3: council debates transit plan”"},
		{"subscriptions", "next check in 10 min"},
		{"pause " + id, "Paused " + id},
		{"subscriptions", "(paused; checked"},
		{"resume " + id, "Resumed " + id},
		{"resume zzzzzz", "no subscription zzzzzz"},
	} {
		if got := say(step.text); !strings.Contains(got, step.want) {
			t.Errorf("%q answered %q, want %q in it", step.text, got, step.want)
		}
	}
}

// TestFeedItemUpdates: an item already posted whose text changes
// materially is posted again as an update to the channels that had it; a
// channel that never had it gets nothing.
func TestFeedItemUpdates(t *testing.T) {
	pub := newPublisher(t)
	r := newRig(t, sqlite.Memory, feed.Options{})
	its := items(1, 2, t0)
	pub.set("/feed", &resource{body: rssFeed("Transit", 0, its...)})
	r.subscribe("a", "c1", pub.url("/feed"), nil, "")
	r.subscribe("b", "c2", pub.url("/feed"), []string{"nothing-matches-this"}, "")
	if got := r.cycle(0); len(got) != 1 {
		t.Fatalf("first poll posted %q", got)
	}
	its[0].desc += " Officials said 40 drivers will be hired by June."
	pub.set("/feed", &resource{body: rssFeed("Transit", 0, its...)})
	got := r.cycle(11 * time.Minute)
	if len(got) != 1 || got[0] != "Update: "+its[0].title {
		t.Fatalf("a material edit posted %q, want one update", got)
	}
	r.post.mu.Lock()
	p := r.post.posts[0]
	r.post.mu.Unlock()
	if p.channel != "c1" || !strings.Contains(strings.Join(p.reply.Bullets, " "), "40 drivers") {
		t.Errorf("update %+v, want the new sentence in c1", p)
	}
}
