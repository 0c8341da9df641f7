package feed

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/briefly-bot/briefly/bot"
	"github.com/briefly-bot/briefly/fetch"
	"github.com/briefly-bot/briefly/summarize"
)

// feedAccept is the Accept header of a poll.
const feedAccept = "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, " +
	"application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5"

// pollFailure is a failed poll: what the listing and the channel see.
type pollFailure struct {
	msg    string
	header http.Header // for Retry-After
}

func (f *pollFailure) Error() string { return "feed: " + f.msg }

// poll checks one source and records the result in one transaction.
func (s *Service) poll(ctx context.Context, src Source) error {
	subs, err := s.opt.Store.SourceSubscriptions(ctx, src.URL)
	if err != nil {
		return err
	}
	now := s.opt.Now()
	res := &PollResult{Source: src, Checked: now}
	res.Source.LastCheck = now
	err = s.check(ctx, res, subs)
	var pf *pollFailure
	switch {
	case errors.As(err, &pf):
		s.fail(res, subs, pf)
	case err != nil:
		return err
	}
	if err := s.opt.Store.RecordPoll(ctx, res); err != nil {
		return err
	}
	s.log.Debug("polled", "url", src.URL, "items", len(res.Items), "queued", len(res.Outbox), "failures", res.Source.Failures)
	if len(res.Outbox) > 0 {
		select {
		case s.wake <- struct{}{}:
		default:
		}
	}
	return nil
}

// check fetches the source and fills res. A *pollFailure is a failed poll;
// another error is the store's.
func (s *Service) check(ctx context.Context, res *PollResult, subs []SubState) error {
	src := &res.Source
	target := src.URL
	if src.FeedURL != "" {
		target = src.FeedURL
	}
	hdr := http.Header{"Accept": {feedAccept}}
	if src.ETag != "" {
		hdr.Set("If-None-Match", src.ETag)
	}
	if src.LastModified != "" {
		hdr.Set("If-Modified-Since", src.LastModified)
	}
	resp, err := s.get(ctx, target, hdr)
	if err != nil {
		return err
	}
	if resp.Status == http.StatusNotModified && allPrimed(subs) {
		s.succeed(res, resp.Header, 0)
		return nil
	}
	if resp.Status == http.StatusNotModified {
		// A new subscription needs the items: ask again in full.
		if resp, err = s.get(ctx, target, http.Header{"Accept": {feedAccept}}); err != nil {
			return err
		}
	}
	if err := statusFailure(resp); err != nil {
		return err
	}
	bodyHash := shortHash(string(resp.Body))
	if bodyHash == src.BodyHash && src.Kind != "" && allPrimed(subs) {
		s.succeed(res, resp.Header, 0)
		return nil
	}
	p, err := parseFeed(resp.Body)
	if errors.Is(err, errNotFeed) && looksLikeHTML(resp.Header.Get("Content-Type"), resp.Body) {
		if link := discover(resp.Body, resp.URL); link != "" && src.FeedURL == "" {
			src.FeedURL = link
			s.log.Info("feed discovered", "url", src.URL, "feed", link)
			if resp, err = s.get(ctx, link, http.Header{"Accept": {feedAccept}}); err != nil {
				return err
			}
			if err := statusFailure(resp); err != nil {
				return err
			}
			bodyHash = shortHash(string(resp.Body))
			p, err = parseFeed(resp.Body)
		} else if src.Kind == "feed" {
			// A feed that answers with a page is most often an anti-bot
			// check; the subscription stays a feed.
			return &pollFailure{msg: "the feed answered with a web page (an anti-bot check?)"}
		} else {
			page, err := fetch.ExtractHTMLPage(resp)
			if err != nil {
				return &pollFailure{msg: userMessage(err)}
			}
			if err := s.story(ctx, res, subs, page); err != nil {
				return err
			}
			src.BodyHash = bodyHash
			src.ETag, src.LastModified = resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")
			s.succeed(res, resp.Header, 0)
			return nil
		}
	}
	if err != nil {
		return &pollFailure{msg: "the answer is not a feed or a web page I can read"}
	}
	if err := s.feed(ctx, res, subs, p); err != nil {
		return err
	}
	src.Kind = "feed"
	src.BodyHash = bodyHash
	src.ETag, src.LastModified = resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")
	s.succeed(res, resp.Header, p.TTL)
	return nil
}

// get is one request through the host's slots; a transport failure is a
// *pollFailure.
func (s *Service) get(ctx context.Context, target string, hdr http.Header) (*fetch.Response, error) {
	release, err := s.hostSlot(ctx, target)
	if err != nil {
		return nil, err
	}
	defer release()
	resp, err := s.opt.Client.Get(ctx, target, hdr)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, &pollFailure{msg: userMessage(err)}
	}
	return resp, nil
}

// statusFailure turns a status other than 2xx into a *pollFailure.
func statusFailure(resp *fetch.Response) error {
	switch {
	case resp.Status >= 200 && resp.Status < 300:
		return nil
	case resp.Status == http.StatusTooManyRequests:
		return &pollFailure{msg: "the site asks me to slow down (429)", header: resp.Header}
	case resp.Status == http.StatusForbidden || resp.Header.Get("Cf-Mitigated") != "":
		return &pollFailure{msg: fmt.Sprintf("the site refuses automated readers (%d)", resp.Status), header: resp.Header}
	}
	return &pollFailure{msg: fmt.Sprintf("the site answered %d %s", resp.Status, http.StatusText(resp.Status)), header: resp.Header}
}

// userMessage is an error in words for the channel.
func userMessage(err error) string {
	var um interface{ UserMessage() string }
	if errors.As(err, &um) {
		m := strings.TrimSuffix(strings.TrimSpace(um.UserMessage()), ".")
		if r, n := utf8.DecodeRuneInString(m); n > 0 && unicode.IsUpper(r) && !strings.HasPrefix(m, "I ") {
			m = string(unicode.ToLower(r)) + m[n:]
		}
		return m
	}
	return "the site could not be read"
}

func allPrimed(subs []SubState) bool {
	for _, sub := range subs {
		if !sub.Paused && !sub.Primed {
			return false
		}
	}
	return true
}

// succeed plans the next poll after a good one.
func (s *Service) succeed(res *PollResult, h http.Header, ttl time.Duration) {
	src := &res.Source
	src.Failures, src.LastError = 0, ""
	src.NextCheck = res.Checked.Add(s.nextDelay(h, ttl, res.Checked))
}

// fail records a failed poll; the MaxFailures-th in a row pauses the
// source's subscriptions and tells each channel once.
func (s *Service) fail(res *PollResult, subs []SubState, pf *pollFailure) {
	src := &res.Source
	src.Failures++
	src.LastError = pf.msg
	src.NextCheck = res.Checked.Add(s.backoff(src.Failures, pf.header, res.Checked))
	res.Items, res.Seen, res.Subs, res.Outbox = nil, nil, nil, nil
	s.log.Warn("poll failed", "url", src.URL, "failures", src.Failures, "err", pf.msg)
	if src.Failures < s.opt.MaxFailures {
		return
	}
	reason := fmt.Sprintf("%d failed checks in a row; the last: %s", src.Failures, pf.msg)
	for _, sub := range subs {
		if sub.Paused {
			continue
		}
		res.Subs = append(res.Subs, SubUpdate{ID: sub.ID, Primed: sub.Primed, Cursor: sub.Cursor, Pause: reason})
		res.Outbox = append(res.Outbox, OutboxItem{
			Sub: sub.ID, Platform: sub.Platform, Channel: sub.Channel, Source: src.URL, Notice: true,
			Dedup: fmt.Sprintf("paused:%d", res.Checked.UnixNano()), Created: res.Checked, Due: res.Checked,
			Reply: pausedReply(sub.ID, src.URL, reason),
		})
	}
	s.log.Warn("subscriptions paused", "url", src.URL, "subscriptions", len(res.Subs))
}

// candidate is an entry a subscription may post.
type candidate struct {
	e   *entry
	key string
	a   *summarize.Analysis
}

// feed records the entries of a parsed feed: new ones get sequence
// numbers and are queued for each subscription that takes them; changed
// ones already posted are queued as updates. Only entries that are posted
// are analysed and fingerprinted: the others can have no update.
func (s *Service) feed(ctx context.Context, res *PollResult, subs []SubState, p *parsed) error {
	src := &res.Source
	src.Parsed = res.Checked
	known, err := s.opt.Store.SourceItems(ctx, src.URL)
	if err != nil {
		return err
	}
	byKey := make(map[string]*Item, len(known))
	byContent := make(map[string]*Item, len(known))
	for i := range known {
		byKey[known[i].Key] = &known[i]
		byContent[known[i].Content] = &known[i]
	}
	analyses := map[*entry]*summarize.Analysis{}
	analysis := func(e *entry) *summarize.Analysis {
		if a, ok := analyses[e]; ok {
			return a
		}
		a := analyze(e.Title, e.Text, e.Published)
		analyses[e] = a
		return a
	}
	var fresh []*entry           // new entries, newest first
	dupOf := map[*entry]*entry{} // a new entry with the content of an earlier new one
	freshContent := map[string]*entry{}
	inPoll := map[string]bool{}
	stored := map[*entry]*Item{} // the known item of an entry
	for i := range p.Entries {
		e := &p.Entries[i]
		if inPoll[e.Key] {
			continue
		}
		inPoll[e.Key] = true
		if it, ok := byKey[e.Key]; ok {
			res.Seen = append(res.Seen, e.Key)
			stored[e] = it
			if it.Content != e.Content {
				if err := s.changed(ctx, res, subs, it, e, analysis); err != nil {
					return err
				}
			}
			continue
		}
		if it, ok := byContent[e.Content]; ok {
			// The same item under a new GUID, link or date: remember
			// the new key, post nothing.
			alias := *it
			alias.Key = e.Key
			res.Items = append(res.Items, alias)
			byKey[e.Key] = &alias
			stored[e] = &alias
			continue
		}
		if first, ok := freshContent[e.Content]; ok {
			dupOf[e] = first
			continue
		}
		freshContent[e.Content] = e
		fresh = append(fresh, e)
	}
	seq := map[*entry]int64{}
	for i := len(fresh) - 1; i >= 0; i-- {
		e := fresh[i]
		src.Seq++
		seq[e] = src.Seq
	}
	posted := map[*entry]bool{}
	for _, sub := range subs {
		upd := SubUpdate{ID: sub.ID, Primed: sub.Primed, Cursor: src.Seq}
		if sub.Paused {
			if !sub.Primed {
				upd.Cursor = sub.Cursor
			}
			res.Subs = append(res.Subs, upd)
			continue
		}
		filter, err := bot.CompileFilters(sub.Filters)
		if err != nil {
			s.log.Warn("bad stored filters", "subscription", sub.ID, "err", err)
			filter = nil
		}
		match := func(e *entry) bool {
			var a *summarize.Analysis
			if filter.NeedsAnalysis() {
				a = analysis(e)
			}
			return filter.Match(e.Title, e.Text, a)
		}
		var picks []candidate
		if !sub.Primed {
			upd.Primed = true
			for i := range p.Entries {
				e := &p.Entries[i]
				if len(picks) == s.opt.FirstItems {
					break
				}
				if match(e) {
					picks = append(picks, candidate{e: e, key: e.Key})
				}
			}
			// Oldest first.
			for i, j := 0, len(picks)-1; i < j; i, j = i+1, j-1 {
				picks[i], picks[j] = picks[j], picks[i]
			}
		} else {
			cursor := sub.Cursor
			if cursor < 0 {
				cursor = src.Seq // resumed: what appeared while paused is skipped
			}
			for i := len(fresh) - 1; i >= 0; i-- {
				e := fresh[i]
				if seq[e] <= cursor || !s.recent(e, sub, res.Checked) {
					continue
				}
				if match(e) {
					picks = append(picks, candidate{e: e, key: e.Key})
				}
			}
		}
		for i := range picks {
			picks[i].a = analysis(picks[i].e)
			posted[picks[i].e] = true
		}
		s.queue(res, sub, &upd, p.Title, picks)
		res.Subs = append(res.Subs, upd)
	}
	for i := len(fresh) - 1; i >= 0; i-- {
		e := fresh[i]
		it := Item{Key: e.Key, Content: e.Content, Seq: seq[e], Title: e.Title, Link: e.Link, Published: e.Published}
		if posted[e] {
			it.FP = FingerprintOf(analysis(e))
		}
		res.Items = append(res.Items, it)
	}
	for e, first := range dupOf {
		// One item twice in the feed under two keys: both keys are
		// known from now on, it is posted once.
		res.Items = append(res.Items, Item{Key: e.Key, Content: e.Content, Seq: seq[first], Title: e.Title, Link: e.Link,
			Published: e.Published})
	}
	for e := range posted {
		if it, ok := stored[e]; ok && it.FP == nil {
			// A known item posted for the first time (to a new
			// subscription): keep its fingerprint for updates.
			cp := *it
			cp.FP = FingerprintOf(analysis(e))
			res.Items = append(res.Items, cp)
		}
	}
	return nil
}

// recent reports whether an entry is young enough to post to sub: not
// published before the subscription nor more than MaxAge ago. An entry
// without a date is taken as new. Feed dates have whole seconds, so the
// subscription's time is compared at that precision: an item published in
// the second the channel subscribed is new, not backlog.
func (s *Service) recent(e *entry, sub SubState, now time.Time) bool {
	if e.Published.IsZero() {
		return true
	}
	return !e.Published.Before(sub.Created.Truncate(time.Second)) && now.Sub(e.Published) <= s.opt.MaxAge
}

// queue puts picks in the outbox for sub: MaxItems one by one and the rest
// as one list, or everything into the sub's digest.
func (s *Service) queue(res *PollResult, sub SubState, upd *SubUpdate, feedTitle string, picks []candidate) {
	if len(picks) == 0 {
		return
	}
	now := res.Checked
	last := picks[len(picks)-1].e
	upd.LastItem, upd.LastItemAt = last.Title, now
	base := OutboxItem{Sub: sub.ID, Platform: sub.Platform, Channel: sub.Channel, Source: sub.URL, Created: now, Due: now}
	if sub.Digest != "" {
		end := windowEnd(sub.Digest, now)
		for _, c := range picks {
			o := base
			o.Dedup, o.Group, o.Due = "item:"+c.key, fmt.Sprintf("%s@%d", sub.ID, end.Unix()), end
			o.Reply = itemReply(feedTitle, c.e, c.a, sub.ID)
			res.Outbox = append(res.Outbox, o)
		}
		return
	}
	for i, c := range picks {
		o := base
		o.Dedup = "item:" + c.key
		if i < s.opt.MaxItems {
			o.Reply = itemReply(feedTitle, c.e, c.a, sub.ID)
		} else {
			// A flood: the rest go out as one list.
			o.Group = fmt.Sprintf("%s+%d", sub.ID, now.UnixNano())
			o.Reply = itemReply(feedTitle, c.e, nil, sub.ID)
		}
		res.Outbox = append(res.Outbox, o)
	}
}

// changed handles a known item whose content changed: a material change
// is queued as an update to the subscriptions it was posted to; a cosmetic
// one is only recorded. An item never posted has no fingerprint and needs
// no analysis.
func (s *Service) changed(ctx context.Context, res *PollResult, subs []SubState, it *Item, e *entry,
	analysis func(*entry) *summarize.Analysis) error {
	upd := *it
	upd.Content, upd.Title, upd.Link = e.Content, e.Title, e.Link
	if !e.Published.IsZero() {
		upd.Published = e.Published
	}
	if it.FP == nil {
		res.Items = append(res.Items, upd)
		return nil
	}
	a := analysis(e)
	upd.FP = FingerprintOf(a)
	res.Items = append(res.Items, upd)
	u := Diff(it.FP, a)
	if !u.Material() {
		return nil
	}
	posted, err := s.opt.Store.PostedItem(ctx, res.Source.URL, it.Key)
	if err != nil {
		return err
	}
	to := map[string]bool{}
	for _, id := range posted {
		to[id] = true
	}
	for _, sub := range subs {
		if !to[sub.ID] || sub.Paused {
			continue
		}
		res.Outbox = append(res.Outbox, OutboxItem{Sub: sub.ID, Platform: sub.Platform, Channel: sub.Channel,
			Source: sub.URL, Dedup: "update:" + it.Key + ":" + e.Content, Created: res.Checked, Due: res.Checked,
			Reply: updateReply(e.Title, e.Link, u, sub.ID)})
	}
	return nil
}

// story records a page watched as a story: a new subscription is sent its
// summary; a material change since the last poll is sent as an update.
func (s *Service) story(ctx context.Context, res *PollResult, subs []SubState, page *fetch.Page) error {
	src := &res.Source
	a := analyze(page.Title, page.Text, page.Published)
	fp := FingerprintOf(a)
	var u *Update
	if src.Kind == "story" && src.Story != nil {
		u = Diff(src.Story, a)
	}
	src.Kind, src.Story, src.StoryTitle = "story", fp, page.Title
	src.FeedURL = ""
	e := &entry{Title: page.Title, Link: page.URL, Text: page.Text, Published: page.Published}
	for _, sub := range subs {
		upd := SubUpdate{ID: sub.ID, Primed: sub.Primed, Cursor: sub.Cursor}
		switch {
		case sub.Paused:
		case !sub.Primed:
			upd.Primed = true
			if s.opt.FirstItems > 0 {
				s.queue(res, sub, &upd, "", []candidate{{e: e, key: "story", a: a}})
			}
		case u != nil && u.Material() && sub.Cursor >= 0:
			res.Outbox = append(res.Outbox, OutboxItem{Sub: sub.ID, Platform: sub.Platform, Channel: sub.Channel,
				Source: sub.URL, Dedup: "update:" + shortHash(fmt.Sprint(fp.Sentences, fp.Quotes)),
				Created: res.Checked, Due: res.Checked, Reply: updateReply(page.Title, page.URL, u, sub.ID)})
			upd.LastItem, upd.LastItemAt = "update: "+page.Title, res.Checked
		}
		if !sub.Paused && upd.Cursor < 0 {
			upd.Cursor = 0
		}
		res.Subs = append(res.Subs, upd)
	}
	return nil
}
