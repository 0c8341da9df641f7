package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lossy damage: the CJK codecs in their "ignore" error mode drop a byte they
// cannot pair, so after re-encoding a UTF-8 sequence stands truncated, most
// often E2 80 without its third byte: one of – — ‘ ’ “ ” … •. The context says
// which: a dash between spaces or digits, a bullet opening a line, a closing
// quote after a word (” while a “ is open on the line, else ’), an opening ‘
// after a space. The rules were read off the damaged articles of
// ../shared/eval/mojibake/articles-dev.jsonl. Guesses are counted in
// Report.Guessed.

// guessLost returns the character a truncated sequence most likely was. prev
// and next are its neighbours (0 at the ends); line is the repaired text of
// the line before it. dash reports a spaced dash, whose kind (em or en) is
// decided for the whole document afterwards.
func guessLost(prefix []byte, prev, next rune, line string) (r rune, dash bool) {
	switch string(prefix) {
	case "\xe2\x80", "\xe2": // E2 alone lost two bytes: most likely 80 and one more
	case "\xc3":
		if prev == ' ' && next == ' ' {
			return 'à', false // "à la"
		}
		return utf8.RuneError, false
	case "\xe2\x82":
		return '€', false
	case "\xe2\x84":
		return '™', false
	case "\xc2":
		return '\u00a0', false
	default:
		return utf8.RuneError, false
	}
	spaceBefore := prev == 0 || prev == ' ' || prev == '\n' || prev == '\t' || prev == '\u00a0'
	switch {
	case (prev == '\n' || prev == 0) && next == ' ':
		return '•', false // a bullet opening a line
	case unicode.IsDigit(prev) && unicode.IsDigit(next):
		return '–', false // a range: 1980–1990
	case spaceBefore && next == ' ':
		return '—', true
	case spaceBefore && (next == '\n' || next == 0 || unicode.IsLetter(next) || unicode.IsDigit(next) || next == '(' || next == '\'' || next == '"'):
		return '‘', false
	case unicode.IsLetter(prev) && unicode.IsLetter(next):
		return '’', false
	case spaceBefore:
		return '‘', false
	}
	switch openQuote(line) {
	case '“':
		return '”', false
	case 0:
		// No quote open: after a word other than a plural, before a space,
		// a dash is likelier than an apostrophe ("sex work– even").
		if next == ' ' && unicode.IsLetter(prev) && prev != 's' && prev != 'S' {
			return '–', true
		}
	}
	return '’', false
}

// openQuote returns the innermost quotation mark still open at the end of
// line: '“', '‘' or 0.
func openQuote(line string) rune {
	var stack []rune
	prev := rune(' ')
	for i, r := range line {
		switch r {
		case '“':
			stack = append(stack, r)
		case '”':
			if k := lastIndexRune(stack, '“'); k >= 0 {
				stack = stack[:k]
			}
		case '‘':
			if prev == ' ' || prev == '“' || prev == '(' || prev == '\t' || prev == '\u00a0' || i == 0 {
				stack = append(stack, r)
			}
		case '’':
			next, _ := utf8.DecodeRuneInString(line[i+len("’"):])
			if len(stack) > 0 && stack[len(stack)-1] == '‘' && !unicode.IsLetter(next) {
				stack = stack[:len(stack)-1]
			}
		}
		prev = r
	}
	if len(stack) == 0 {
		return 0
	}
	return stack[len(stack)-1]
}

func lastIndexRune(s []rune, r rune) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == r {
			return i
		}
	}
	return -1
}

// emDashDocument decides the kind of the guessed spaced dashes: em dashes
// for American wire copy (a dateline "(AP) —") or when the text's own intact
// dashes are mostly em dashes; en dashes, the British style, otherwise.
func emDashDocument(text string, guessed []int) bool {
	for _, dl := range []string{"(AP) ", "(CNN) ", "(Reuters) ", "(AFP) "} {
		if strings.Contains(text, dl) {
			return true
		}
	}
	if strings.Count(text, `"`) > 5 && !strings.ContainsAny(text, "“”") {
		return true // straight double quotes: American copy
	}
	em := strings.Count(text, "—") - len(guessed)
	en := strings.Count(text, "–")
	return em > en
}

// settleDashes rewrites the guessed dashes at the byte offsets in text
// (each "—") to en dashes unless the document prefers em dashes.
func settleDashes(text string, offs []int) string {
	if len(offs) == 0 || emDashDocument(text, offs) {
		return text
	}
	b := []byte(text)
	for _, o := range offs {
		if o+3 <= len(b) && string(b[o:o+3]) == "—" {
			b[o+2] = 0x93 // E2 80 93 is –
		}
	}
	return string(b)
}
