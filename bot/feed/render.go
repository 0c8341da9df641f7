package feed

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/briefly-bot/briefly/bot"
	"github.com/briefly-bot/briefly/summarize"
)

// Lengths of what a post shows.
const (
	maxSummary = 400 // characters of an item's summary
	maxBullets = 25  // items a list or digest names one by one
)

// itemReply is how a new item is posted: its title, a short summary, its
// key quote and its link. a may be nil: the item's own text is shortened.
func itemReply(feedTitle string, e *entry, a *summarize.Analysis, subID string) bot.Reply {
	r := bot.Reply{Title: e.Title, Source: e.Link}
	if r.Title == "" {
		r.Title = "New item"
	}
	var sum string
	if a != nil {
		var parts []string
		for _, i := range a.Summary {
			if i >= 0 && i < len(a.Sentences) {
				parts = append(parts, strings.TrimSpace(a.Sentences[i].Span.In(a.Text)))
			}
		}
		sum = strings.Join(parts, " ")
		for _, q := range a.Quotes {
			if q.Direct && q.Speaker != "" {
				r.Quotes = []bot.QuoteLine{{Text: shorten(q.Text, 300), Speaker: q.Speaker}}
				break
			}
		}
	}
	if sum == "" {
		sum = e.Text
	}
	if sum = shorten(sum, maxSummary); sum != "" {
		r.Paragraphs = []string{sum}
	}
	r.Footnote = "subscription " + subID
	if feedTitle != "" {
		r.Footnote = feedTitle + " · " + r.Footnote
	}
	return r
}

// updateReply is how a material change is posted: what is new, not the
// story again.
func updateReply(title, link string, u *Update, subID string) bot.Reply {
	r := bot.Reply{Title: "Update: " + title, Source: link, Quotes: u.Quotes,
		Footnote: "what changed since the last check · subscription " + subID}
	if title == "" {
		r.Title = "Update"
	}
	for _, n := range u.Numbers {
		r.Bullets = append(r.Bullets, fmt.Sprintf("%s (was %s, now %s)", shorten(n.Sentence, 300),
			strings.Join(n.Was, ", "), strings.Join(n.Now, ", ")))
	}
	for _, s := range u.Sentences {
		r.Bullets = append(r.Bullets, shorten(s, 300))
	}
	if len(r.Bullets) > maxBullets {
		more := len(r.Bullets) - maxBullets
		r.Bullets = append(r.Bullets[:maxBullets], fmt.Sprintf("and %d more new sentences", more))
	}
	return r
}

// pausedReply tells a channel that its subscription paused itself.
func pausedReply(subID, url, reason string) bot.Reply {
	return bot.Reply{
		Title:      "Subscription paused",
		Paragraphs: []string{fmt.Sprintf("I stopped checking %s for subscription %s: %s.", url, subID, reason)},
		Footnote:   "resume " + subID + " tries again; unsubscribe " + subID + " stops it.",
	}
}

// groupReply is one message for several queued items: a digest or the
// rest of a flood.
func groupReply(digest bool, items []OutboxItem) bot.Reply {
	r := bot.Reply{}
	switch {
	case digest:
		r.Title = fmt.Sprintf("Digest: %d new items", len(items))
	default:
		r.Title = fmt.Sprintf("%d more new items", len(items))
	}
	for i, o := range items {
		if i == maxBullets {
			r.Bullets = append(r.Bullets, fmt.Sprintf("and %d more", len(items)-maxBullets))
			break
		}
		line := o.Reply.Title
		if o.Reply.Source != "" {
			line += " — " + o.Reply.Source
		}
		r.Bullets = append(r.Bullets, line)
	}
	if len(items) > 0 {
		r.Footnote = "subscription " + items[0].Sub
	}
	return r
}

// shorten cuts s to at most n runes at a word boundary, with an ellipsis.
func shorten(s string, n int) string {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	rs := []rune(s)[:n-1]
	cut := string(rs)
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}
