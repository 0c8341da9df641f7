package feed

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	"github.com/briefly-bot/briefly/bot"
	"github.com/briefly-bot/briefly/fetch"
	"github.com/briefly-bot/briefly/summarize"
)

// PreviewError is a preview that failed; UserMessage says why, for the
// chat user.
type PreviewError struct{ msg string }

func (e *PreviewError) Error() string       { return "feed: preview: " + e.msg }
func (e *PreviewError) UserMessage() string { return "I couldn't preview that: " + e.msg + "." }

// Preview reads url as a poll would and returns what subscribing with the
// filters would post now, without subscribing or storing anything.
func (s *Service) Preview(ctx context.Context, url string, filters []string) ([]bot.Reply, error) {
	filter, err := bot.CompileFilters(filters)
	if err != nil {
		return nil, &PreviewError{msg: err.Error()}
	}
	resp, err := s.get(ctx, url, http.Header{"Accept": {feedAccept}})
	if err == nil {
		err = statusFailure(resp)
	}
	var pf *pollFailure
	if errors.As(err, &pf) {
		return nil, &PreviewError{msg: pf.msg}
	}
	if err != nil {
		return nil, err
	}
	p, err := parseFeed(resp.Body)
	feedURL := ""
	if errors.Is(err, errNotFeed) && looksLikeHTML(resp.Header.Get("Content-Type"), resp.Body) {
		link := discover(resp.Body, resp.URL)
		if link == "" {
			page, err := fetch.ExtractHTMLPage(resp)
			if err != nil {
				return nil, &PreviewError{msg: userMessage(err)}
			}
			e := &entry{Title: page.Title, Link: page.URL, Text: page.Text, Published: page.Published}
			head := bot.Reply{Title: "Preview", Paragraphs: []string{
				"This page has no feed: subscribing would watch it as a story, post this summary now, and then " +
					"post what is new each time it changes materially (new sentences, quotes or numbers)."}}
			return []bot.Reply{head, itemReply("", e, analyze(page.Title, page.Text, page.Published), "(preview)")}, nil
		}
		feedURL = link
		if resp, err = s.get(ctx, link, http.Header{"Accept": {feedAccept}}); err == nil {
			err = statusFailure(resp)
		}
		if errors.As(err, &pf) {
			return nil, &PreviewError{msg: pf.msg}
		}
		if err != nil {
			return nil, err
		}
		p, err = parseFeed(resp.Body)
	}
	if err != nil {
		return nil, &PreviewError{msg: "the answer is not a feed or a web page I can read"}
	}
	head := bot.Reply{Title: "Preview: " + p.Title}
	if head.Title == "Preview: " {
		head.Title = "Preview"
	}
	if feedURL != "" {
		head.Paragraphs = append(head.Paragraphs, "The page announces a feed at "+feedURL+"; subscribing follows it.")
	}
	var picks []*entry
	for i := range p.Entries {
		e := &p.Entries[i]
		var a *summarize.Analysis
		if filter.NeedsAnalysis() {
			a = analyze(e.Title, e.Text, e.Published)
		}
		if filter.Match(e.Title, e.Text, a) {
			picks = append(picks, e)
		}
	}
	head.Paragraphs = append(head.Paragraphs, fmt.Sprintf("The feed has %d items, %d of them pass the filters. "+
		"Subscribing posts the newest now, then each new item as it appears; older items are never posted.",
		len(p.Entries), len(picks)))
	out := []bot.Reply{head}
	if len(picks) > 0 {
		e := picks[0]
		out = append(out, itemReply(p.Title, e, analyze(e.Title, e.Text, e.Published), "(preview)"))
	}
	return out, nil
}
