package slackadapter

import (
	"strings"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/briefly-bot/briefly/bot"
)

// Slack's Block Kit limits (FIELD-NOTES.md, Slack section), in characters.
const (
	maxBlocks      = 50    // blocks a message
	maxSection     = 3000  // text of a section block
	maxHeader      = 150   // text of a header block
	maxContext     = 2000  // text of a context element
	maxMessageText = 12000 // block text a message; msg_blocks_too_long has been seen near 13k
	maxFallback    = 3000  // the plain text fallback of a message
)

// Message is one Slack message: Block Kit blocks and the plain text that
// notifications and old clients show instead.
type Message struct {
	Blocks []slack.Block
	Text   string
}

// Escape replaces &, < and > with the entities Slack expects, so that text
// briefly did not write can never become a mention (<!channel>, <@U…>) or a
// link with a label.
func Escape(s string) string {
	if !strings.ContainsAny(s, "&<>") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// escapedLen is the length in characters of Escape(s).
func escapedLen(s string) int {
	n := 0
	for _, r := range s {
		n += runeCost(r)
	}
	return n
}

func runeCost(r rune) int {
	switch r {
	case '&':
		return 5
	case '<', '>':
		return 4
	}
	return 1
}

// unit is one block with its fallback text.
type unit struct {
	block slack.Block
	text  string // plain fallback, escaped
	size  int    // characters of block text
}

// Render turns a reply into one or more Slack messages within Block Kit's
// limits: the title as a header, paragraphs, bullets and quotes as sections
// (long ones split across several), the source and footnote as context. All
// reply text is escaped. A reply too long for one message continues in the
// next.
func Render(r bot.Reply) []Message {
	var units []unit
	if t := strings.TrimSpace(r.Title); t != "" {
		h := Escape(truncate(t, maxHeader))
		units = append(units, unit{slack.NewHeaderBlock(slack.NewTextBlockObject(slack.PlainTextType, h, false, false)), "*" + h + "*", len(h)})
	}
	for i, p := range r.Paragraphs {
		if r.Error && i == 0 {
			p = "⚠️ " + p
		}
		units = appendSections(units, p)
	}
	units = appendGrouped(units, r.Bullets, func(s string) string { return "• " + s })
	var quotes []string
	for _, q := range r.Quotes {
		s := "“" + strings.Trim(q.Text, "“”\" ") + "”"
		if q.Speaker != "" {
			s += " — " + q.Speaker
		}
		quotes = append(quotes, s)
	}
	units = appendGrouped(units, quotes, func(s string) string { return "> " + s })
	var ctx []string
	if r.Source != "" {
		ctx = append(ctx, "Source: "+r.Source)
	}
	if r.Footnote != "" {
		ctx = append(ctx, r.Footnote)
	}
	if len(ctx) > 0 {
		if len(units) > 0 {
			units = append(units, unit{block: slack.NewDividerBlock()})
		}
		for _, c := range ctx {
			e := Escape(truncate(c, maxContext))
			units = append(units, unit{slack.NewContextBlock("", slack.NewTextBlockObject(slack.MarkdownType, e, false, true)), e, len(e)})
		}
	}
	return pack(units)
}

// appendSections adds text as one or more sections of at most maxSection
// characters once escaped.
func appendSections(units []unit, text string) []unit {
	for _, part := range split(strings.TrimSpace(text), maxSection) {
		e := Escape(part)
		units = append(units, unit{slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, e, false, true), nil, nil), e, utf8.RuneCountInString(e)})
	}
	return units
}

// appendGrouped adds items as lines of sections, as many lines a section as
// fit; one item too long for a section is split.
func appendGrouped(units []unit, items []string, line func(string) string) []unit {
	var cur []string
	n := 0
	flush := func() {
		if len(cur) > 0 {
			units = appendSections(units, strings.Join(cur, "\n"))
			cur, n = nil, 0
		}
	}
	for _, it := range items {
		l := line(strings.TrimSpace(it))
		ln := escapedLen(l) + 1
		if n+ln > maxSection {
			flush()
		}
		cur = append(cur, l)
		n += ln
	}
	flush()
	return units
}

// pack puts units into messages of at most maxBlocks blocks and
// maxMessageText characters.
func pack(units []unit) []Message {
	var out []Message
	var cur Message
	var texts []string
	size := 0
	flush := func() {
		if len(cur.Blocks) == 0 {
			return
		}
		cur.Text = truncateEscaped(strings.Join(texts, "\n"), maxFallback)
		out = append(out, cur)
		cur, texts, size = Message{}, nil, 0
	}
	for _, u := range units {
		if len(cur.Blocks) == maxBlocks || size+u.size > maxMessageText {
			flush()
		}
		if _, ok := u.block.(*slack.DividerBlock); ok && len(cur.Blocks) == 0 {
			continue
		}
		cur.Blocks = append(cur.Blocks, u.block)
		if u.text != "" {
			texts = append(texts, u.text)
		}
		size += u.size
	}
	flush()
	return out
}

// split cuts s into parts whose escaped length is at most limit, at a line
// break or a space when one is in the second half of a part.
func split(s string, limit int) []string {
	var out []string
	for s != "" {
		if escapedLen(s) <= limit {
			return append(out, s)
		}
		cut, n, lastBreak := 0, 0, -1
		for i, r := range s {
			c := runeCost(r)
			if n+c > limit {
				break
			}
			n += c
			cut = i + utf8.RuneLen(r)
			if (r == ' ' || r == '\n') && n > limit/2 {
				lastBreak = i
			}
		}
		if lastBreak > 0 {
			out = append(out, strings.TrimRight(s[:lastBreak], " \n"))
			s = strings.TrimLeft(s[lastBreak:], " \n")
			continue
		}
		out = append(out, s[:cut])
		s = s[cut:]
	}
	return out
}

// truncate shortens s to at most n characters, ending in "…" when cut,
// counting characters as escaped.
func truncate(s string, n int) string {
	if escapedLen(s) <= n {
		return s
	}
	used := 0
	for i, r := range s {
		c := runeCost(r)
		if used+c > n-1 {
			return strings.TrimRight(s[:i], " ") + "…"
		}
		used += c
	}
	return s
}

// truncateEscaped shortens already escaped text to n characters without
// cutting an entity.
func truncateEscaped(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	used := 0
	for i := range s {
		if used == n-1 {
			t := s[:i]
			if j := strings.LastIndexByte(t, '&'); j >= 0 && !strings.Contains(t[j:], ";") {
				t = t[:j]
			}
			return t + "…"
		}
		used++
	}
	return s
}

// plainMessage renders a short notice of briefly's own words.
func plainMessage(text string) Message {
	e := Escape(text)
	return Message{
		Blocks: []slack.Block{slack.NewContextBlock("", slack.NewTextBlockObject(slack.MarkdownType, e, false, true))},
		Text:   e,
	}
}
