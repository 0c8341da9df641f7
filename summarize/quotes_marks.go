package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// qregion is one stretch of text in quote marks: open is where the opening
// mark starts, close where the closing mark ends (the paragraph end when the
// quote runs on into the next paragraph), inner the quoted words without the
// marks, surrounding space or a trailing comma.
type qregion struct {
	open, close int
	inner       Span
}

// closerFor returns the closing marks that end a quote opened by r, or "" when
// r opens no quote. Straight quotes close themselves.
func closerFor(r rune) string {
	switch r {
	case '“':
		return "”\""
	case '"':
		return `"”`
	case '„':
		return "“”" // „…“ (German) and „…” (Polish, Romanian)
	case '«':
		return "»"
	case '「':
		return "」"
	case '『':
		return "』"
	case '‘':
		return "’"
	}
	return ""
}

// findQuoteRegions returns every quote in text in order. Double marks (“ " „ «
// 「 『) are quotes; single marks inside them are part of the quote. Single
// marks ‘…’ count as quotes only in a text that has no double marks at all
// (British style). A quote that reaches the end of its paragraph unclosed
// ends there: when the next paragraph opens with a quote mark that is the
// multi-paragraph convention, otherwise a lost closing mark.
func findQuoteRegions(text string) []qregion {
	return appendQuoteRegions(nil, text)
}

// appendQuoteRegions appends the quotes of text (findQuoteRegions) to out.
func appendQuoteRegions(out []qregion, text string) []qregion {
	// Whether single marks quote is asked only at a mark that could open
	// one, and answered once: most texts never ask. Before single marks
	// are known to quote, a double mark opens a quote wherever it is not
	// inside one, and inside one it follows the double mark that opened
	// it: when no quote has opened yet, the text before i holds no double
	// mark, and only the rest of it is searched.
	singleKnown, singleOK, opened := false, false, false
	single := func(i int) bool {
		if !singleKnown {
			singleKnown, singleOK = true, !opened && !hasDoubleMark(text[i:])
		}
		return singleOK
	}
	open := -1 // byte offset of the open mark, -1 when none
	var closers string
	var innerStart int
	emit := func(end, closeEnd int) {
		if r, ok := trimInner(text, innerStart, end); ok {
			out = append(out, qregion{open: open, close: closeEnd, inner: r})
		}
		open = -1
	}
	marks := newMarkScanner(text)
	for i := 0; i < len(text); {
		if i = marks.from(i); i == len(text) {
			break
		}
		c := text[i]
		if c == '\n' {
			if open >= 0 {
				emit(i, i)
			}
			i++
			continue
		}
		if c < 0x80 && c != '"' && c != '\'' {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if open >= 0 {
			if strings.ContainsRune(closers, r) && !(r == '’' && isWordAfter(text, i+size)) {
				emit(i, i+size)
			} else if r == '“' && closers == closerFor('“') && !isWordAfter(text, i+size) && !isSpaceBefore(text, i) {
				emit(i, i+size) // “…,“ said X: a wrong closing mark
			} else if r == '“' && closers == closerFor('“') && isWordAfter(text, i+size) && isSpaceBefore(text, i) {
				// An English quote left unclosed: a new one begins here.
				emit(i, i)
				open, closers, innerStart = i, closerFor(r), i+size
			}
			i += size
			continue
		}
		switch {
		case r == '‘' && single(i), r == '\'' && isSpaceBefore(text, i) && isWordAfter(text, i+size) && single(i):
			open, closers, innerStart = i, "’'", i+size
		case r != '‘' && r != '\'' && closerFor(r) != "":
			open, closers, innerStart = i, closerFor(r), i+size
			opened = true
		}
		i += size
	}
	if open >= 0 {
		emit(len(text), len(text))
	}
	return out
}

// markScanner finds, for appendQuoteRegions, the bytes that may matter
// to it: a line break, a straight quote mark or apostrophe, or the first
// byte of a non-ASCII mark (every one of them starts with C2, E2 or E3;
// other characters need no stop). In news text such bytes are a few in a
// hundred, so each is found by a search of its own (strings.IndexByte,
// which runs with SIMD) and its next place kept until the scan passes it.
type markScanner struct {
	text string
	next [len(markStops)]int // where each stop byte occurs next; -1 not yet searched
}

// markStops are the bytes a markScanner stops at.
var markStops = [...]byte{'\n', '"', '\'', 0xC2, 0xE2, 0xE3}

func newMarkScanner(text string) markScanner {
	m := markScanner{text: text}
	for k := range m.next {
		m.next[k] = -1
	}
	return m
}

// from returns the index of the first stop byte from i on, len(text) when
// there is none. Calls must not go back: i never below an earlier one.
func (m *markScanner) from(i int) int {
	best := len(m.text)
	for k, b := range markStops {
		p := m.next[k]
		if p < i {
			if p = strings.IndexByte(m.text[i:], b); p < 0 {
				p = len(m.text)
			} else {
				p += i
			}
			m.next[k] = p
		}
		best = min(best, p)
	}
	return best
}

// zeroBytes returns 0x80 in the lowest byte of v that is zero and maybe in
// bytes above it, 0 when no byte is: the lowest set bit marks the first
// zero byte exactly.
func zeroBytes(v uint64) uint64 { return (v - swarOnes) &^ v & swarHigh }

// hasDoubleMark reports whether text holds a double quote mark: “ " „ « 「
// or 『. It is strings.ContainsAny(text, "“\"„«「『") written as three
// searches, which run over the bytes with SIMD, where ContainsAny with a
// non-ASCII set decodes and looks up every rune: “, „, 「 and 『 (E2 80 9C,
// E2 80 9E, E3 80 8C, E3 80 8E) share one search for their middle byte.
func hasDoubleMark(text string) bool {
	if strings.IndexByte(text, '"') >= 0 || strings.Contains(text, "«") {
		return true
	}
	for i := 0; ; i++ {
		j := strings.IndexByte(text[i:], 0x80)
		if j < 0 {
			return false
		}
		if i += j; i > 0 && i+1 < len(text) {
			switch c := text[i+1]; text[i-1] {
			case 0xE2:
				if c == 0x9C || c == 0x9E {
					return true
				}
			case 0xE3:
				if c == 0x8C || c == 0x8E {
					return true
				}
			}
		}
	}
}

// trimInner trims space and a trailing comma from text[start:end] and reports
// whether anything with a letter or digit is left.
func trimInner(text string, start, end int) (Span, bool) {
	for start < end && isASCIISpace(text[start]) {
		start++
	}
	for end > start {
		c := text[end-1]
		if isASCIISpace(c) || c == ',' {
			end--
			continue
		}
		if r, size := utf8.DecodeLastRuneInString(text[start:end]); r == '\u00a0' {
			end -= size
			continue
		}
		break
	}
	for i := start; i < end; {
		r, size := utf8.DecodeRuneInString(text[i:end])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return Span{start, end}, true
		}
		i += size
	}
	return Span{}, false
}

// isWordAfter reports whether a letter or digit starts text at i.
func isWordAfter(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	if c := text[i]; c < 0x80 {
		return asciiWordByte[c] != 0
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isSpaceBefore reports whether i is the start of text or follows a space or
// an opening bracket, dash or quote.
func isSpaceBefore(text string, i int) bool {
	if i == 0 {
		return true
	}
	if c := text[i-1]; c < 0x80 {
		// The ASCII runes of the test below, without decoding.
		return c == ' ' || c >= '\t' && c <= '\r' || c == '(' || c == '[' || c == '{' || c == '-' || c == '"'
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(r) || strings.ContainsRune("([{—–-“\"", r)
}

// isASCIISpace reports whether c is a space, tab or line break.
func isASCIISpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
