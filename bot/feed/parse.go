package feed

import (
	"bytes"
	"errors"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"github.com/mmcdole/gofeed/rss"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// errNotFeed says a body is neither a feed nor a web page.
var errNotFeed = errors.New("feed: not a feed or a web page")

// entry is one feed item as parsed.
type entry struct {
	Key, Content string
	Title, Link  string
	Text         string // the item's text, HTML removed
	Published    time.Time
}

// parsed is a feed as parsed: its items newest first.
type parsed struct {
	Title   string
	TTL     time.Duration // RSS ttl, 0 when absent
	Entries []entry
}

// maxEntries caps the items read from one feed.
const maxEntries = 200

// parseFeed reads an RSS 0.9x/1.0/2.0, Atom or JSON Feed document. Items
// come newest first: by date when every item has one, else in the feed's
// order.
func parseFeed(body []byte) (*parsed, error) {
	switch gofeed.DetectFeedType(bytes.NewReader(body)) {
	case gofeed.FeedTypeUnknown:
		return nil, errNotFeed
	case gofeed.FeedTypeJSON:
		// Any JSON object is detected as JSON Feed; a real one names
		// its version.
		if !bytes.Contains(body, []byte("jsonfeed.org/version")) {
			return nil, errNotFeed
		}
	}
	p := gofeed.NewParser()
	p.KeepOriginalFeed = true
	f, err := p.Parse(bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	out := &parsed{Title: clean(f.Title)}
	if r, ok := f.OriginalFeed().(*rss.Feed); ok && r != nil {
		if m, err := strconv.Atoi(strings.TrimSpace(r.TTL)); err == nil && m > 0 {
			out.TTL = time.Duration(min(m, 7*24*60)) * time.Minute
		}
	}
	for i, it := range f.Items {
		if i == maxEntries {
			break
		}
		if it == nil {
			continue
		}
		e := entry{Title: clean(htmlText(it.Title)), Link: strings.TrimSpace(it.Link)}
		if e.Link == "" && len(it.Links) > 0 {
			e.Link = strings.TrimSpace(it.Links[0])
		}
		if e.Link != "" && f.Link != "" {
			e.Link = resolve(f.Link, e.Link)
		}
		text := it.Description
		if len(strings.TrimSpace(it.Content)) > len(strings.TrimSpace(text)) {
			text = it.Content
		}
		e.Text = clean(htmlText(text))
		switch {
		case it.PublishedParsed != nil:
			e.Published = it.PublishedParsed.UTC()
		case it.UpdatedParsed != nil:
			e.Published = it.UpdatedParsed.UTC()
		}
		if e.Title == "" && e.Text == "" && e.Link == "" {
			continue
		}
		guid := it.GUID
		if len(guid) > 300 {
			guid = shortHash(guid)
		}
		e.Key = ItemKey(guid, e.Link, e.Title, e.Published)
		e.Content = ContentHash(e.Title, e.Text)
		out.Entries = append(out.Entries, e)
	}
	dated := true
	for _, e := range out.Entries {
		dated = dated && !e.Published.IsZero()
	}
	if dated {
		sort.SliceStable(out.Entries, func(i, j int) bool { return out.Entries[i].Published.After(out.Entries[j].Published) })
	}
	return out, nil
}

// clean collapses white space.
func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

// resolve makes ref absolute against base; a ref that does not parse comes
// back as it was.
func resolve(base, ref string) string {
	b, err := url.Parse(base)
	if err != nil {
		return ref
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ref
	}
	return b.ResolveReference(r).String()
}

// htmlText returns the text of an HTML fragment, a block element a line.
// Text without a '<' comes back with its entities decoded.
func htmlText(s string) string {
	if !strings.Contains(s, "<") {
		return html.UnescapeString(s)
	}
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			switch atom.Lookup(name) {
			case atom.Script, atom.Style:
				skip++
			case atom.P, atom.Br, atom.Div, atom.Li, atom.H1, atom.H2, atom.H3, atom.Blockquote:
				b.WriteByte('\n')
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			switch atom.Lookup(name) {
			case atom.Script, atom.Style:
				if skip > 0 {
					skip--
				}
			case atom.P, atom.Div, atom.Li:
				b.WriteByte('\n')
			}
		}
	}
}

// feedTypes are the link types of feeds a page may announce.
var feedTypes = map[string]bool{
	"application/rss+xml":   true,
	"application/atom+xml":  true,
	"application/feed+json": true,
	"application/rdf+xml":   true,
}

// discover returns the first feed a page announces with <link
// rel="alternate" type="application/rss+xml|atom+xml|feed+json">, made
// absolute against pageURL, or "".
func discover(body []byte, pageURL string) string {
	z := html.NewTokenizer(bytes.NewReader(body))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			if a == atom.Body {
				return ""
			}
			if a != atom.Link || !hasAttr {
				continue
			}
			var rel, typ, href string
			for {
				k, v, more := z.TagAttr()
				switch string(k) {
				case "rel":
					rel = strings.ToLower(string(v))
				case "type":
					typ = strings.ToLower(strings.TrimSpace(string(v)))
				case "href":
					href = strings.TrimSpace(string(v))
				}
				if !more {
					break
				}
			}
			if href != "" && feedTypes[typ] && containsWord(rel, "alternate") {
				return resolve(pageURL, href)
			}
		}
	}
}

func containsWord(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if f == w {
			return true
		}
	}
	return false
}

// looksLikeHTML reports whether a body is a web page.
func looksLikeHTML(contentType string, body []byte) bool {
	ct := strings.ToLower(contentType)
	if strings.Contains(ct, "html") {
		return true
	}
	head := bytes.ToLower(bytes.TrimSpace(body[:min(len(body), 512)]))
	return bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html"))
}
