package bot

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/briefly-bot/briefly/summarize"
)

// readLink fetches a page and reads it as the conversation's new article.
func (t *turn) readLink(ctx context.Context, link string) ([]Reply, error) {
	if t.bot.opt.Fetcher == nil {
		return []Reply{failure("I can't read links here: fetching pages is not set up. Paste the article's text instead.")}, nil
	}
	p, err := t.bot.opt.Fetcher.Fetch(ctx, link)
	if err != nil {
		t.bot.log.Warn("fetch", "url", link, "err", err)
		var um interface{ UserMessage() string }
		if errors.As(err, &um) {
			return []Reply{failure(um.UserMessage())}, nil
		}
		return []Reply{failure("I couldn't read that page.")}, nil
	}
	src := p.CanonicalURL
	if src == "" {
		src = p.URL
	}
	if src == "" {
		src = link
	}
	return t.readText(ctx, p.Text, src, p.Title, p.Published)
}

// readText reads text as the conversation's new article and answers with its
// summary; thin or boilerplate text is refused.
func (t *turn) readText(ctx context.Context, text, source, title string, published time.Time) ([]Reply, error) {
	text = t.bot.normalize(text)
	if why := thin(text); why != "" {
		t.bot.log.Info("refused article", "url", source, "bytes", len(text), "reason", why)
		return []Reply{failure(why)}, nil
	}
	a, err := t.bot.article(ctx, text, source, title, published)
	if err != nil {
		return nil, err
	}
	t.bot.log.Info("read article", "hash", a.Hash[:12], "url", source, "bytes", len(text), "sentences", len(a.Analysis.Sentences))
	t.setCurrent(a)
	r := t.bot.summaryReply(a, t.bot.opt.Sentences)
	r.Footnote = "Try: summary 5 · facts · ask QUESTION · help"
	if sp := a.Analysis.Speakers(); len(sp) > 0 {
		f := strings.Fields(sp[0])
		r.Footnote = "Try: quotes · facts · a question like “what did " + f[len(f)-1] + " say?” · help"
	}
	return []Reply{r}, nil
}

// setCurrent makes a the conversation's current article, first in its list.
func (t *turn) setCurrent(a *Article) {
	t.conv.Current = a.Hash
	item := RecentItem{Hash: a.Hash, Title: a.Title, URL: a.URL, At: t.bot.opt.Now()}
	rest := t.conv.Articles[:0:0]
	for _, it := range t.conv.Articles {
		if it.Hash != a.Hash {
			rest = append(rest, it)
		}
	}
	t.conv.Articles = prepend(rest, item, maxArticles)
}

// current returns the conversation's current article with its analysis.
func (t *turn) current(ctx context.Context) (*Article, error) {
	return t.bot.load(ctx, t.conv.Current)
}

// normalize repairs text (mojibake, entities, odd spaces) for analysis.
func (b *Bot) normalize(text string) string {
	text, rep := summarize.Normalize(text)
	if len(rep.Codecs) > 0 {
		b.log.Info("repaired text", "codecs", rep.Codecs, "changed", rep.Changed)
	}
	return strings.TrimSpace(text)
}

// Hash returns the key an article's normalized text is stored under.
func Hash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// article returns the stored article for normalized text, analysing and
// storing it the first time.
func (b *Bot) article(ctx context.Context, text, source, title string, published time.Time) (*Article, error) {
	h := Hash(text)
	a, err := b.load(ctx, h)
	switch {
	case err == nil:
		if (source != "" && a.URL != source) || (title != "" && a.Title != title) {
			// The same text under a new address or title: keep the
			// stored record and answer with this one's.
			c := *a
			c.URL, c.Title = source, title
			if c.Title == "" {
				c.Title = a.Title
			}
			return &c, nil
		}
		return a, nil
	case !errors.Is(err, ErrNotFound):
		return nil, err
	}
	an := summarize.Analyze(text, summarize.Options{Sentences: b.opt.Sentences, Published: published})
	if title == "" {
		title = titleOf(an)
	}
	a = &Article{Hash: h, URL: source, Title: title, Text: text, Published: published, Added: b.opt.Now(), Analysis: an, AnalysisVersion: b.opt.AnalysisVersion}
	if err := b.opt.Store.PutArticle(ctx, a); err != nil {
		return nil, fmt.Errorf("bot: store article: %w", err)
	}
	b.cache.put(h, a)
	return a, nil
}

// load returns the article with the hash and its analysis from the cache or
// the store, redoing an analysis of another pipeline version.
func (b *Bot) load(ctx context.Context, h string) (*Article, error) {
	if a, ok := b.cache.get(h); ok {
		return a, nil
	}
	a, err := b.opt.Store.Article(ctx, h)
	if err != nil {
		if errors.Is(err, ErrNotFound) {
			return nil, err
		}
		return nil, fmt.Errorf("bot: load article: %w", err)
	}
	if a.Analysis == nil || a.AnalysisVersion == "" || a.AnalysisVersion != b.opt.AnalysisVersion {
		a.Analysis = summarize.Analyze(a.Text, summarize.Options{Sentences: b.opt.Sentences, Published: a.Published})
		a.AnalysisVersion = b.opt.AnalysisVersion
		if err := b.opt.Store.PutArticle(ctx, a); err != nil {
			return nil, fmt.Errorf("bot: store analysis: %w", err)
		}
	}
	a.Analysis.Warm()
	b.cache.put(h, a)
	return a, nil
}

// titleOf is the analysis's headline, else its first sentence shortened.
func titleOf(a *summarize.Analysis) string {
	if a.Title != "" {
		return a.Title
	}
	if len(a.Sentences) == 0 {
		return "Untitled"
	}
	s := a.Sentences[0].Text
	// Drop a dateline: "PORT ALDER, Ore. (AP) — ".
	for _, dash := range []string{" — ", " – ", " -- "} {
		if i := strings.Index(s, dash); i > 0 && i < 60 {
			s = s[i+len(dash):]
			break
		}
	}
	return shorten(s, 80)
}

// shorten cuts s at a word boundary to at most n runes, adding "…".
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n-1]
	cut := string(r)
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}

// Thin text: fewer words than this is not an article.
const minArticleWords = 50

// boilerplate are phrases of pages that are not articles: paywalls, cookie
// walls, robot checks and errors (the cases kagisearch/kite-public #97 and
// jiggy-ai/hn_summary #9 report summarizers turning into nonsense).
var boilerplate = []string{
	"enable javascript", "javascript is disabled", "javascript is required",
	"accept cookies", "cookie settings", "we use cookies",
	"subscribe to continue", "subscribe to read", "already a subscriber", "subscribers only",
	"sign in to continue", "log in to continue", "create a free account",
	"verify you are human", "are you a robot", "checking your browser", "access denied",
	"page not found", "403 forbidden", "404 not found",
}

// thin returns why text cannot be summarized, or "" when it can.
func thin(text string) string {
	n := countWords(text)
	if n < minArticleWords {
		return fmt.Sprintf("That is too short to summarize (%d words). Paste the whole article, or a link to it.", n)
	}
	low := strings.ToLower(text)
	if n < 300 {
		for _, p := range boilerplate {
			if strings.Contains(low, p) {
				return "That looks like a paywall, cookie notice or robot check rather than an article, so I won't summarize it."
			}
		}
	}
	if sentenceEnds(text) < 2 {
		return "That doesn't read like an article: I found no full sentences in it."
	}
	return ""
}
