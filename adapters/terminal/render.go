package terminal

import (
	"io"
	"strings"
	"unicode/utf8"

	"github.com/briefly-bot/briefly/bot"
)

// Render writes r as plain text wrapped at width columns: the title, the
// paragraphs, bullets as "• …", quotes as "> “…” — Speaker", the source
// and the footnote in parentheses.
func Render(w io.Writer, r bot.Reply, width int) error {
	if width < 20 {
		width = 20
	}
	var b strings.Builder
	if r.Title != "" {
		wrap(&b, r.Title, width, "", "")
	}
	for _, p := range r.Paragraphs {
		wrap(&b, p, width, "", "")
	}
	for _, s := range r.Bullets {
		wrap(&b, s, width, "• ", "  ")
	}
	for _, q := range r.Quotes {
		s := "“" + strings.Trim(q.Text, "“”\" ") + "”"
		if q.Speaker != "" {
			s += " — " + q.Speaker
		}
		wrap(&b, s, width, "> ", "> ")
	}
	if r.Source != "" {
		wrap(&b, "Source: "+r.Source, width, "", "")
	}
	if r.Footnote != "" {
		wrap(&b, "("+r.Footnote+")", width, "", "")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// wrap writes text's words in lines of at most width runes, the first line
// starting with first and the others with rest. A word longer than a line
// (a link) gets a line of its own.
func wrap(b *strings.Builder, text string, width int, first, rest string) {
	for _, para := range strings.Split(text, "\n") {
		prefix := first
		line := 0
		b.WriteString(prefix)
		line = utf8.RuneCountInString(prefix)
		start := true
		for _, word := range strings.Fields(para) {
			n := utf8.RuneCountInString(word)
			if !start && line+1+n > width {
				b.WriteString("\n")
				b.WriteString(rest)
				line = utf8.RuneCountInString(rest)
				start = true
			}
			if !start {
				b.WriteByte(' ')
				line++
			}
			b.WriteString(word)
			line += n
			start = false
		}
		b.WriteString("\n")
		first = rest
	}
}
