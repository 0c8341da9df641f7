package fetch

import (
	"bytes"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"github.com/briefly-bot/briefly/summarize"
	"golang.org/x/net/html"
)

// maxElements stops readability on pathological documents; a long news page
// has a few thousand elements.
const maxElements = 100_000

// ExtractHTML decodes an HTML body (charset from contentType, else from the
// page) and returns its main text, repaired by summarize.Normalize, and its
// metadata. pageURL resolves relative
// links such as the canonical URL; it may be nil. It refuses, with an *Error,
// pages whose text is missing, boilerplate or behind a wall.
func ExtractHTML(body []byte, contentType string, pageURL *url.URL) (*Page, error) {
	src, cs := decodeHTML(body, contentType)
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return nil, &Error{Kind: KindThin, Detail: "cannot parse HTML", Err: err}
	}
	sig := scanSignals(doc)
	if sig.elements > maxElements {
		return nil, &Error{Kind: KindTooLarge, Detail: fmt.Sprintf("%d HTML elements", sig.elements),
			limit: fmt.Sprintf("%d HTML elements", maxElements)}
	}
	meta := readMeta(doc, pageURL)

	if pageURL == nil {
		pageURL = &url.URL{Scheme: "https", Host: "example.invalid", Path: "/"}
	}
	parser := readability.NewParser()
	parser.KeepClasses = true
	art, err := parser.ParseAndMutate(doc, pageURL)
	if err != nil {
		return nil, &Error{Kind: KindThin, Detail: "no readable content", Err: err}
	}

	page := &Page{
		CanonicalURL: meta.canonical,
		Title:        oneLine(art.Title()),
		Author:       cleanByline(art.Byline()),
		Charset:      cs,
		ContentType:  "text/html",
	}
	if page.Title == "" {
		page.Title = meta.title
	}
	if page.Author == "" {
		page.Author = meta.author
	}
	if t, err := art.PublishedTime(); err == nil {
		page.Published = t
	} else {
		page.Published = meta.published
	}
	if art.Node != nil {
		dropClutter(art.Node)
		page.Text = paragraphs(render.InnerText(art.Node))
	}
	page.Text, _ = summarize.Normalize(page.Text)
	page.Title, _ = summarize.Normalize(page.Title)
	page.Author, _ = summarize.Normalize(page.Author)
	if err := judge(page.Text, sig); err != nil {
		return nil, err
	}
	return page, nil
}

// paragraphs turns rendered text into one paragraph per line: spaces
// collapsed, empty lines dropped.
func paragraphs(s string) string {
	var b strings.Builder
	for line := range strings.Lines(s) {
		line = oneLine(line)
		if line == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(line)
	}
	return b.String()
}

// oneLine collapses runs of white space, including no-break spaces, to one
// space.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// clutterTags hold captions, asides, navigation, forms and embedded media
// rather than article text once readability has picked the content.
var clutterTags = map[string]bool{
	"figcaption": true, "figure": true, "aside": true, "nav": true, "footer": true,
	"form": true, "button": true, "select": true, "input": true,
}

// textlessTags never hold text a reader sees.
var textlessTags = map[string]bool{
	"script": true, "style": true, "noscript": true, "iframe": true, "svg": true, "template": true,
}

// clutterClass matches class or id tokens of blocks that readability may
// keep but that are not article text. Words from common news templates.
var clutterClass = regexp.MustCompile(`(?i)(^|[\s_-])(caption|credit|promo|newsletter|related|share|sharing|social|advert|advertisement|ad|ads|sponsor|sponsored|subscribe|signup|paywall|cookie|consent|read-more|readmore|more-stories|recirc|outbrain|taboola)([\s_-]|$)`)

// maxClutterShare is the largest part of the article text a block may hold
// and still be removed as clutter: a template that puts "share" or "social"
// in the class of the article body must not lose the article.
const maxClutterShare = 0.3

// dropClutter removes captions, ads and similar blocks from the article.
func dropClutter(root *html.Node) {
	total := textLen(root)
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			switch {
			case c.Type != html.ElementNode:
			case textlessTags[c.Data]:
				n.RemoveChild(c)
			case (clutterTags[c.Data] || clutterClass.MatchString(attr(c, "class")+" "+attr(c, "id"))) &&
				float64(textLen(c)) <= maxClutterShare*float64(total):
				n.RemoveChild(c)
			default:
				walk(c)
			}
			c = next
		}
	}
	walk(root)
}

// textLen is the number of non-space bytes of text under n.
func textLen(n *html.Node) int {
	if n.Type == html.TextNode {
		return len(n.Data) - strings.Count(n.Data, " ") - strings.Count(n.Data, "\n")
	}
	sum := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		sum += textLen(c)
	}
	return sum
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// pageMeta is what readability does not give: the canonical URL, and
// fallbacks for title, author and publish time.
type pageMeta struct {
	title, author, canonical string
	published                time.Time
}

func readMeta(doc *html.Node, base *url.URL) pageMeta {
	var m pageMeta
	var ogURL string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "title":
				if m.title == "" && n.FirstChild != nil {
					m.title = oneLine(n.FirstChild.Data)
				}
			case "link":
				if m.canonical == "" && hasToken(attr(n, "rel"), "canonical") {
					m.canonical = resolve(base, attr(n, "href"))
				}
			case "meta":
				key := strings.ToLower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"))
				val := strings.TrimSpace(attr(n, "content"))
				switch key {
				case "og:url":
					ogURL = resolve(base, val)
				case "author", "byl", "sailthru.author":
					if m.author == "" {
						m.author = cleanByline(val)
					}
				case "article:published_time", "datepublished", "date", "pubdate", "publishdate",
					"publish-date", "sailthru.date", "dc.date.issued", "dcterms.created":
					if m.published.IsZero() {
						m.published = parseTime(val)
					}
				}
			case "time":
				if m.published.IsZero() && hasToken(attr(n, "itemprop"), "datePublished") {
					m.published = parseTime(attr(n, "datetime"))
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if m.canonical == "" {
		m.canonical = ogURL
	}
	return m
}

func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// resolve makes href absolute against base, keeping only http and https.
func resolve(base *url.URL, href string) string {
	href = strings.TrimSpace(href)
	if href == "" {
		return ""
	}
	u, err := url.Parse(href)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return ""
	}
	return u.String()
}

var timeLayouts = []string{
	time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02T15:04Z07:00",
	"2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05", "2006-01-02", time.RFC1123Z, time.RFC1123,
}

func parseTime(s string) time.Time {
	s = strings.TrimSpace(s)
	for _, l := range timeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

var byPrefix = regexp.MustCompile(`(?i)^by\s+`)

// cleanByline turns "By Jane Doe, Reporter" style bylines into a name list
// and drops bylines that are only a URL.
func cleanByline(s string) string {
	s = oneLine(s)
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") {
		return ""
	}
	return byPrefix.ReplaceAllString(s, "")
}

// plainText returns a text/plain body as a Page.
func plainText(body []byte, contentType string) (*Page, error) {
	text, cs := decodeText(body, contentType)
	text, _ = summarize.Normalize(text)
	text = strings.TrimSpace(text)
	if len(bytes.Fields([]byte(text))) == 0 {
		return nil, &Error{Kind: KindThin, Detail: "empty text"}
	}
	return &Page{Text: text, Charset: cs, ContentType: "text/plain"}, nil
}
