package discord

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/briefly-bot/briefly/bot"
)

// Discord's limits on a message, in characters (developer documentation,
// "Message Resource" and "Embed Limits").
const (
	maxContent     = 2000
	maxTitle       = 256
	maxDescription = 4096
	maxFooter      = 2048
	maxEmbedTotal  = 6000 // all embeds of one message together
	maxEmbeds      = 10
	maxURL         = 2048
)

// colour is the embeds' side bar.
const colour = 0x3b82f6

// part is one message to send: content, embeds or both.
type part struct {
	Content   string
	Embeds    []*discordgo.MessageEmbed
	Ephemeral bool
}

// render turns replies into messages within Discord's limits: an error or a
// plain short reply becomes content, anything with a title, list, quotes
// or source becomes embeds. Long replies are split, never refused.
func render(replies []bot.Reply) []part {
	var out []part
	for _, r := range replies {
		eph := r.Ephemeral || r.Error
		if plain(r) {
			for _, c := range splitText(plainText(r), maxContent) {
				out = append(out, part{Content: c, Ephemeral: eph})
			}
			continue
		}
		for _, embeds := range packEmbeds(embedsOf(r)) {
			out = append(out, part{Embeds: embeds, Ephemeral: eph})
		}
	}
	return out
}

// plain reports whether a reply reads best as message content.
func plain(r bot.Reply) bool {
	if r.Error {
		return true
	}
	return r.Title == "" && len(r.Bullets) == 0 && len(r.Quotes) == 0 && r.Source == ""
}

func plainText(r bot.Reply) string {
	var b strings.Builder
	for _, p := range r.Paragraphs {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(escape(p))
	}
	if r.Footnote != "" {
		b.WriteString("\n\n-# " + escape(r.Footnote))
	}
	return b.String()
}

// embedsOf lays a reply out as embeds: the title links to the source, the
// paragraphs, bullets and quotes fill descriptions, the footnote is the
// last embed's footer.
func embedsOf(r bot.Reply) []*discordgo.MessageEmbed {
	var blocks []string
	for _, p := range r.Paragraphs {
		blocks = append(blocks, escape(p))
	}
	for _, b := range r.Bullets {
		blocks = append(blocks, "• "+escape(b))
	}
	for _, q := range r.Quotes {
		blocks = append(blocks, blockQuote(q))
	}
	link := ""
	if isLink(r.Source) && len(r.Source) <= maxURL {
		link = r.Source
	}
	title := r.Title
	if title == "" && r.Source != "" {
		title = "Source"
	}
	if r.Source != "" && link == "" {
		blocks = append(blocks, "Source: "+truncate(r.Source, 500))
	}
	descs := packBlocks(blocks, maxDescription)
	if len(descs) == 0 {
		descs = []string{""}
	}
	embeds := make([]*discordgo.MessageEmbed, len(descs))
	for i, d := range descs {
		embeds[i] = &discordgo.MessageEmbed{Description: d, Color: colour}
	}
	embeds[0].Title = truncate(escape(title), maxTitle)
	embeds[0].URL = link
	if r.Footnote != "" {
		embeds[len(embeds)-1].Footer = &discordgo.MessageEmbedFooter{Text: truncate(r.Footnote, maxFooter)}
	}
	return embeds
}

// blockQuote is a quote as Discord's block quote, the speaker under it.
func blockQuote(q bot.QuoteLine) string {
	var b strings.Builder
	for i, line := range strings.Split(strings.TrimSpace(q.Text), "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString("> " + escape(line))
	}
	if q.Speaker != "" {
		b.WriteString("\n— **" + escape(q.Speaker) + "**")
	}
	return b.String()
}

// packBlocks joins blocks with blank lines into strings of at most max
// characters, splitting a block that alone is too long.
func packBlocks(blocks []string, max int) []string {
	var out []string
	cur, n := "", 0 // n is cur's length in characters
	for _, blk := range blocks {
		for _, piece := range splitText(blk, max) {
			pn := runes(piece)
			switch {
			case cur == "":
				cur, n = piece, pn
			case n+2+pn <= max:
				cur += "\n\n" + piece
				n += 2 + pn
			default:
				out = append(out, cur)
				cur, n = piece, pn
			}
		}
	}
	if cur != "" {
		out = append(out, cur)
	}
	return out
}

// packEmbeds groups embeds into messages of at most maxEmbeds embeds and
// maxEmbedTotal characters.
func packEmbeds(embeds []*discordgo.MessageEmbed) [][]*discordgo.MessageEmbed {
	var out [][]*discordgo.MessageEmbed
	var cur []*discordgo.MessageEmbed
	total := 0
	for _, e := range embeds {
		n := embedSize(e)
		if len(cur) > 0 && (len(cur) == maxEmbeds || total+n > maxEmbedTotal) {
			out = append(out, cur)
			cur, total = nil, 0
		}
		cur = append(cur, e)
		total += n
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// embedSize counts the characters Discord counts against an embed's 6,000.
func embedSize(e *discordgo.MessageEmbed) int {
	n := runes(e.Title) + runes(e.Description)
	if e.Footer != nil {
		n += runes(e.Footer.Text)
	}
	if e.Author != nil {
		n += runes(e.Author.Name)
	}
	for _, f := range e.Fields {
		n += runes(f.Name) + runes(f.Value)
	}
	return n
}

// splitText cuts s into pieces of at most max characters, at a line break,
// else a space, else anywhere; pieces are trimmed and never empty.
func splitText(s string, max int) []string {
	var out []string
	s = strings.TrimSpace(s)
	for s != "" {
		cut := byteIndex(s, max)
		if cut == len(s) {
			out = append(out, s)
			break
		}
		at := strings.LastIndex(s[:cut], "\n")
		if at < cut/2 {
			at = strings.LastIndexFunc(s[:cut], unicode.IsSpace)
		}
		if at <= 0 {
			at = cut
		}
		if p := strings.TrimSpace(s[:at]); p != "" {
			out = append(out, p)
		}
		s = strings.TrimSpace(s[at:])
	}
	return out
}

// truncate shortens s to at most max characters, ending in "…" when cut.
func truncate(s string, max int) string {
	if runes(s) <= max {
		return s
	}
	return strings.TrimSpace(s[:byteIndex(s, max-1)]) + "…"
}

// byteIndex is the byte offset of the n-th character of s (len(s) when
// shorter).
func byteIndex(s string, n int) int {
	i := 0
	for k := range s {
		if i == n {
			return k
		}
		i++
	}
	return len(s)
}

func runes(s string) int { return utf8.RuneCountInString(s) }

// escape keeps article text from being read as Markdown: it backslashes
// Discord's emphasis, code, spoiler and link marks, but leaves links alone
// so they stay clickable. Mentions are not escaped here: every message is
// sent with allowed mentions empty.
func escape(s string) string {
	if !strings.ContainsAny(s, "\\*_~`|[]>#") {
		return s
	}
	var b strings.Builder
	for i, w := range strings.SplitAfter(s, " ") {
		if strings.HasPrefix(w, "http://") || strings.HasPrefix(w, "https://") {
			b.WriteString(w)
			continue
		}
		for j, r := range w {
			switch r {
			case '\\', '*', '_', '~', '`', '|', '[', ']':
				b.WriteByte('\\')
			case '>', '#':
				if i == 0 && j == 0 {
					b.WriteByte('\\')
				}
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isLink reports whether s is an http or https URL, as an embed's URL must be.
func isLink(s string) bool {
	return strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "http://")
}

// allowNone is the allowed mentions of every message briefly sends: none, so
// text from an article can never ping @everyone, @here, a role or a user.
func allowNone() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}
