package feed

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

const (
	rss091 = `<?xml version="1.0"?><rss version="0.91"><channel><title>Old news</title><link>https://old.example/</link>
		<item><title>First &amp; only</title><link>/a?utm_source=x</link><description>Text of &lt;b&gt;one&lt;/b&gt;.</description></item>
		</channel></rss>`
	rss10 = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
		<channel rdf:about="https://rdf.example/"><title>RDF news</title><link>https://rdf.example/</link></channel>
		<item rdf:about="https://rdf.example/1"><title>RDF item</title><link>https://rdf.example/1</link><description>One.</description></item>
		</rdf:RDF>`
	rss20 = `<?xml version="1.0"?><rss version="2.0"><channel><title>New news</title><ttl>45</ttl>
		<item><guid>g-old</guid><title>Older</title><pubDate>Fri, 09 Jan 2026 10:00:00 GMT</pubDate></item>
		<item><guid>g-new</guid><title>Newer</title><pubDate>Sat, 10 Jan 2026 10:00:00 GMT</pubDate><description><![CDATA[<p>Para one.</p><p>Para two.</p>]]></description></item>
		</channel></rss>`
	atomDoc = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom news</title><id>urn:f</id>
		<updated>2026-01-10T10:00:00Z</updated><entry><id>urn:e</id><title type="html">A &lt;i&gt;title&lt;/i&gt;</title>
		<link href="https://atom.example/e"/><updated>2026-01-10T10:00:00Z</updated><content type="html">&lt;p&gt;Body.&lt;/p&gt;</content></entry></feed>`
	jsonDoc = `{"version":"https://jsonfeed.org/version/1.1","title":"JSON news","items":[
		{"id":"j1","url":"https://json.example/1","title":"JSON one","content_html":"<p>Hi.</p>","date_published":"2026-01-10T10:00:00Z"}]}`
)

func TestParseFeed(t *testing.T) {
	tests := []struct {
		name, doc   string
		wantTitle   string
		wantKeys    []string
		wantTexts   []string
		wantTTL     time.Duration
		wantItemTtl string
	}{
		{"RSS 0.91", rss091, "Old news", []string{"link:https://old.example/a"}, []string{"Text of one."}, 0, "First & only"},
		{"RSS 1.0", rss10, "RDF news", []string{"link:https://rdf.example/1"}, []string{"One."}, 0, "RDF item"},
		{"RSS 2.0 newest first", rss20, "New news", []string{"guid:g-new", "guid:g-old"}, []string{"Para one.\nPara two.", ""}, 45 * time.Minute, "Newer"},
		{"Atom", atomDoc, "Atom news", []string{"guid:urn:e"}, []string{"Body."}, 0, "A title"},
		{"JSON Feed", jsonDoc, "JSON news", []string{"guid:j1"}, []string{"Hi."}, 0, "JSON one"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := parseFeed([]byte(tt.doc))
			if err != nil {
				t.Fatal(err)
			}
			if p.Title != tt.wantTitle || p.TTL != tt.wantTTL {
				t.Errorf("title %q ttl %v, want %q %v", p.Title, p.TTL, tt.wantTitle, tt.wantTTL)
			}
			if len(p.Entries) != len(tt.wantKeys) {
				t.Fatalf("%d entries, want %d", len(p.Entries), len(tt.wantKeys))
			}
			for i, e := range p.Entries {
				if e.Key != tt.wantKeys[i] {
					t.Errorf("entry %d key %q, want %q", i, e.Key, tt.wantKeys[i])
				}
				if strings.ReplaceAll(e.Text, " ", "") != strings.ReplaceAll(strings.ReplaceAll(tt.wantTexts[i], "\n", ""), " ", "") {
					t.Errorf("entry %d text %q, want %q", i, e.Text, tt.wantTexts[i])
				}
			}
			if p.Entries[0].Title != tt.wantItemTtl {
				t.Errorf("first title %q, want %q", p.Entries[0].Title, tt.wantItemTtl)
			}
		})
	}
}

func TestParseFeedRefusesOtherThings(t *testing.T) {
	for _, doc := range []string{"", "hello", "<html><body>page</body></html>", `{"a":1}`, "\x00\x01\x02"} {
		if _, err := parseFeed([]byte(doc)); err == nil {
			t.Errorf("parseFeed(%q) = nil error, want one", doc)
		}
	}
}

func TestDiscover(t *testing.T) {
	tests := []struct{ name, page, want string }{
		{"rss", `<html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head></html>`, "https://site.example/feed.xml"},
		{"atom absolute", `<link rel="Alternate  home" type="application/atom+xml" href="https://feeds.example/a">`, "https://feeds.example/a"},
		{"json feed", `<link type="application/feed+json" rel="alternate" href="feed.json">`, "https://site.example/news/feed.json"},
		{"stylesheet is not a feed", `<link rel="stylesheet" type="text/css" href="/s.css">`, ""},
		{"alternate language is not a feed", `<link rel="alternate" hreflang="fr" href="/fr/">`, ""},
		{"links in the body are ignored", `<html><body><link rel="alternate" type="application/rss+xml" href="/x"></body></html>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := discover([]byte(tt.page), "https://site.example/news/"); got != tt.want {
				t.Errorf("discover = %q, want %q", got, tt.want)
			}
		})
	}
}

// FuzzParseFeed feeds arbitrary bytes to the feed parser and the feed
// finder: no panic, and every entry has a key and valid UTF-8.
func FuzzParseFeed(f *testing.F) {
	for _, s := range []string{rss091, rss10, rss20, atomDoc, jsonDoc, "<html><link rel=alternate type=application/rss+xml href=x>"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		discover(body, "https://site.example/")
		p, err := parseFeed(body)
		if err != nil {
			return
		}
		if len(p.Entries) > maxEntries {
			t.Fatalf("%d entries, over the cap", len(p.Entries))
		}
		for _, e := range p.Entries {
			if e.Key == "" || e.Content == "" {
				t.Fatalf("entry without key or content hash: %+v", e)
			}
			if !utf8.ValidString(e.Title) && utf8.ValidString(string(body)) {
				t.Fatalf("invalid UTF-8 title from valid input: %q", e.Title)
			}
		}
	})
}
