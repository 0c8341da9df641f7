package feed_test

import (
	"html"
	"strings"
	"testing"
	"time"

	"github.com/briefly-bot/briefly/bot/example"
	"github.com/briefly-bot/briefly/bot/feed"
	"github.com/briefly-bot/briefly/bot/sqlite"
)

// storyPage wraps an article's lines in HTML, the first line as headline.
func storyPage(text string) string {
	lines := strings.Split(strings.TrimSpace(text), "\n")
	var b strings.Builder
	b.WriteString("<!doctype html><html><head><title>" + html.EscapeString(lines[0]) + "</title></head><body><article><h1>")
	b.WriteString(html.EscapeString(lines[0]) + "</h1>")
	for _, l := range lines[1:] {
		if strings.TrimSpace(l) != "" {
			b.WriteString("<p>" + html.EscapeString(l) + "</p>\n")
		}
	}
	b.WriteString("</article></body></html>")
	return b.String()
}

func TestStoryUpdates(t *testing.T) {
	base := example.Article + "\nThe full budget memo is at https://city.example/memo?utm_source=rss for readers.\n"
	pub := newPublisher(t)
	r := newRig(t, sqlite.Memory, feed.Options{})
	pub.set("/story", &resource{ctype: "text/html; charset=utf-8", body: storyPage(base)})
	r.subscribe("sub1", "c1", pub.url("/story"), nil, "")
	first := r.cycle(0)
	if len(first) != 1 || !strings.Contains(first[0], "Port Alder") {
		t.Fatalf("first poll posted %q, want the story's summary", first)
	}

	cosmetic := strings.ReplaceAll(base, "utm_source=rss", "utm_source=twitter&fbclid=abc")
	cosmetic = strings.Replace(cosmetic, "voted 6-3 on", "voted  6-3  on", 1)
	cosmetic = strings.Replace(cosmetic, "threatened", "threatend", 1) // a typo
	pub.set("/story", &resource{ctype: "text/html", body: storyPage(cosmetic)})
	if got := r.cycle(11 * time.Minute); len(got) != 0 {
		t.Fatalf("a cosmetic edit posted %q", got)
	}
	fixed := strings.Replace(cosmetic, "threatend", "threatened", 1)
	pub.set("/story", &resource{ctype: "text/html", body: storyPage(fixed)})
	if got := r.cycle(11 * time.Minute); len(got) != 0 {
		t.Fatalf("fixing a typo posted %q", got)
	}

	newSentence := "Transit director Amara Lindqvist said the first new routes would open in March."
	material := strings.Replace(fixed, "$9.5 million", "$12.5 million", 1)
	material += "\n" + newSentence + "\n"
	pub.set("/story", &resource{ctype: "text/html", body: storyPage(material)})
	got := r.cycle(11 * time.Minute)
	if len(got) != 1 || !strings.HasPrefix(got[0], "Update: ") {
		t.Fatalf("a material edit posted %q, want one update", got)
	}
	r.post.mu.Lock()
	upd := r.post.posts[0].reply
	r.post.mu.Unlock()
	all := strings.Join(upd.Bullets, "\n")
	if !strings.Contains(all, newSentence) {
		t.Errorf("update %q lacks the new sentence", all)
	}
	if !strings.Contains(all, "was 9.5, now 12.5") {
		t.Errorf("update %q lacks the changed number", all)
	}
	if strings.Contains(all, "voted 6-3") {
		t.Errorf("update %q repeats the story", all)
	}
	if got := r.cycle(11 * time.Minute); len(got) != 0 {
		t.Fatalf("the same page posted %q again", got)
	}
}
