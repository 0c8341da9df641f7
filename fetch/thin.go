package fetch

import (
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// minWords is the least main text worth summarizing; below it a page is a
// shell, a wall or a stub (kagisearch/kite-public #97 and jiggy-ai/hn_summary
// #9 show what summarizing such pages produces).
const minWords = 40

// wallWords is how long the main text may be and still be only the teaser
// above a paywall.
const wallWords = 150

// Phrases that pages show instead of their text, lower case. Collected from
// the notices of common news sites, SPA templates and consent managers.
var (
	jsPhrases = []string{
		"enable javascript", "javascript is required", "javascript is disabled", "requires javascript",
		"turn on javascript", "javascript must be enabled", "please enable js", "need to enable javascript",
		"javascript to run this app", "browser does not support javascript",
	}
	paywallPhrases = []string{
		"subscribe to continue", "subscribe to read", "subscribers only", "subscriber-only",
		"subscriber only", "for subscribers", "already a subscriber", "to continue reading",
		"sign in to continue", "log in to continue", "create a free account to continue",
		"this content is for members", "become a member to read", "unlock this article",
		"start your subscription", "you have reached your limit of free articles",
		"you've reached your free article limit",
	}
	cookiePhrases = []string{
		"accept cookies", "accept all cookies", "we use cookies", "cookie consent", "cookie settings",
		"manage consent", "consent to the use of cookies",
	}
	challengePhrases = []string{
		"checking your browser before accessing", "cf-chl", "just a moment...", "attention required! | cloudflare",
		"verify you are human",
	}
)

// signals are what the raw page says about itself before extraction.
type signals struct {
	elements    int    // all elements
	scripts     int    // <script> elements
	visible     int    // words of visible body text outside scripts, styles and noscript
	appRoot     bool   // an empty <div id="root|app|__next|__nuxt"> mount point
	text        string // lower-cased visible and noscript text, for phrase tests
	title       string // lower-cased <title>
	wallMarkers bool   // a class or id that names a paywall
}

func scanSignals(doc *html.Node) signals {
	var s signals
	var b strings.Builder
	var walk func(n *html.Node, hidden bool)
	walk = func(n *html.Node, hidden bool) {
		switch n.Type {
		case html.TextNode:
			if !hidden {
				s.visible += len(strings.Fields(n.Data))
			}
			if b.Len() < 1<<16 {
				b.WriteString(strings.ToLower(n.Data))
				b.WriteByte(' ')
			}
			return
		case html.ElementNode:
			s.elements++
			switch n.Data {
			case "script":
				s.scripts++
				return
			case "style", "template", "svg":
				return
			case "noscript", "head":
				hidden = true
			case "title":
				if n.FirstChild != nil {
					s.title = strings.ToLower(oneLine(n.FirstChild.Data))
				}
			case "div", "main", "section":
				id := strings.ToLower(attr(n, "id"))
				if (id == "root" || id == "app" || id == "__next" || id == "__nuxt") && emptyish(n) {
					s.appRoot = true
				}
			}
			if clsID := strings.ToLower(attr(n, "class") + " " + attr(n, "id")); strings.Contains(clsID, "paywall") ||
				strings.Contains(clsID, "piano-") || strings.Contains(clsID, "meteredcontent") {
				s.wallMarkers = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, hidden)
		}
	}
	walk(doc, false)
	s.text = b.String()
	return s
}

// emptyish reports an element with no text below it.
func emptyish(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return false
		}
		if c.Type == html.ElementNode && !emptyish(c) {
			return false
		}
	}
	return true
}

func containsAny(s string, phrases []string) bool {
	for _, p := range phrases {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// judge refuses main text that is missing, boilerplate or a wall's teaser.
func judge(text string, sig signals) error {
	words := countWords(text)
	lower := strings.ToLower(text)
	switch {
	case containsAny(sig.title, challengePhrases) || words < minWords && containsAny(sig.text, challengePhrases):
		return &Error{Kind: KindForbidden, Status: 200, Detail: "anti-bot challenge page"}
	case words < minWords && (containsAny(sig.text, jsPhrases) || sig.appRoot || sig.scripts > 0 && sig.visible < minWords):
		return &Error{Kind: KindJavaScript, Detail: fmt.Sprintf("%d words of text, %d scripts", words, sig.scripts)}
	case words < wallWords && (sig.wallMarkers || containsAny(sig.text, paywallPhrases)):
		return &Error{Kind: KindPaywall, Detail: fmt.Sprintf("%d words before a paywall", words)}
	case words < minWords && containsAny(sig.text, cookiePhrases):
		return &Error{Kind: KindPaywall, Detail: fmt.Sprintf("%d words behind a cookie wall", words)}
	case words < minWords:
		return &Error{Kind: KindThin, Detail: fmt.Sprintf("%d words of main text", words)}
	case words < wallWords && containsAny(lower, jsPhrases):
		return &Error{Kind: KindJavaScript, Detail: "the main text asks for JavaScript"}
	}
	return nil
}

// countWords counts space-separated words; in scripts written without spaces
// (Chinese, Japanese) every two characters count as a word, about the
// average length of a word in those languages.
func countWords(s string) int {
	n := 0
	for _, f := range strings.Fields(s) {
		cjk := 0
		for _, r := range f {
			if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
				cjk++
			}
		}
		n += max(1, (cjk+1)/2)
	}
	return n
}
