package summarize

import (
	"fmt"
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Report says what Normalize did to a text.
type Report struct {
	// Codecs names the codecs whose mojibake was undone, in the order first
	// met: "windows-1252", "latin-1", "gbk", "shift_jis", ...
	Codecs []string
	// Changed counts the characters written by mojibake repair, Guessed
	// those of them restored from context because a byte had been lost.
	Changed, Guessed int
	// Entities counts the HTML entities decoded.
	Entities int
	// Removed counts the control and zero-width characters removed.
	Removed int
	// Spaces counts the odd spaces (no-break, thin, ideographic, ...) turned
	// into plain spaces; Newlines the CRLF and lone CR turned into LF.
	Spaces, Newlines int
	// Invalid counts the invalid UTF-8 sequences replaced by U+FFFD.
	Invalid int
}

// Empty reports whether Normalize changed nothing.
func (r Report) Empty() bool {
	return len(r.Codecs) == 0 && r.Changed == 0 && r.Entities == 0 && r.Removed == 0 &&
		r.Spaces == 0 && r.Newlines == 0 && r.Invalid == 0
}

// String is a one-line human summary: "undid gbk: 41 characters changed (9
// guessed); 2 odd spaces".
func (r Report) String() string {
	if r.Empty() {
		return "nothing to repair"
	}
	var parts []string
	if len(r.Codecs) > 0 || r.Changed > 0 {
		s := plural(r.Changed, "character") + " changed"
		if r.Guessed > 0 {
			s += fmt.Sprintf(" (%d guessed)", r.Guessed)
		}
		if len(r.Codecs) > 0 {
			s = "undid " + strings.Join(r.Codecs, ", ") + ": " + s
		}
		parts = append(parts, s)
	}
	add := func(n int, what, done string) {
		if n > 0 {
			parts = append(parts, plural(n, what)+done)
		}
	}
	add(r.Entities, "HTML entity", " decoded")
	add(r.Removed, "control or zero-width character", " removed")
	add(r.Spaces, "odd space", " made plain")
	add(r.Newlines, "CR line end", " made LF")
	add(r.Invalid, "invalid UTF-8 sequence", " replaced")
	return strings.Join(parts, "; ")
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	if strings.HasSuffix(what, "y") {
		return fmt.Sprintf("%d %sies", n, what[:len(what)-1])
	}
	return fmt.Sprintf("%d %ss", n, what)
}

func (r *Report) addCodec(name string) {
	for _, c := range r.Codecs {
		if c == name {
			return
		}
	}
	r.Codecs = append(r.Codecs, name)
}

// maxRounds bounds the rounds of mojibake repair: text damaged twice needs
// two, three times three.
const maxRounds = 4

// Normalize repairs a text as it reaches briefly and reports what it did:
//
//   - mojibake, UTF-8 decoded with another codec (Windows-1252 and Latin-1,
//     MacRoman, CP437, Windows-1250/1251/1257, ISO-8859-2, GBK/GB18030, Big5,
//     Shift-JIS, EUC-KR), also when damaged twice, decided run by run;
//   - bytes lost to the CJK codecs' "ignore" mode, restored from context;
//   - HTML entities, decoded once (&amp;amp; becomes &amp;);
//   - control and zero-width characters removed (newlines and tabs kept),
//     odd spaces turned into spaces, CRLF and CR into LF;
//   - Unicode NFC.
//
// Text that is not mojibake is left as it is; curly quotes and dashes are
// kept. So is a garble no codec explains: a repair that would leave
// mojibake behind, or bring letters of a new script (stray CJK above all)
// that do not read as coherent text, is refused run by run. Normalize is deterministic and never fails; its output is valid
// UTF-8.
func Normalize(text string) (string, Report) {
	var rep Report
	need := scan(text)
	if need.none() {
		return text, rep
	}
	if !utf8.ValidString(text) {
		text = replaceInvalid(text, &rep)
	}
	if need.entities {
		text = decodeEntities(text, &rep)
		need = scan(text)
	}
	// Repair until nothing changes, so that Normalize(Normalize(x)) equals
	// Normalize(x): removing a control character or composing to NFC can
	// reveal mojibake a later pass repairs.
	for range maxPasses {
		if need.none() {
			break
		}
		out := repairPass(text, need, &rep)
		if out == text || !need.mojibake {
			// Cleanup alone leaves nothing for another pass: the text
			// had no marks to compose and no mojibake to reveal.
			text = out
			break
		}
		text = out
		need = scan(text)
		need.entities = false // entities are decoded once
	}
	return text, rep
}

// maxPasses bounds the passes of repair over the whole text.
const maxPasses = 3

// repairPass is one pass of repair: NFC, rounds of mojibake repair, C1
// controls, cleanup, NFC.
func repairPass(text string, need needs, rep *Report) string {
	if need.nfc || need.mojibake {
		text = norm.NFC.String(text)
	}
	if !need.mojibake {
		if need.clean {
			text = clean(text, rep)
		}
		return text
	}
	m := &mojibake{report: rep}
	for range maxRounds {
		var changed bool
		m.dashes = m.dashes[:0]
		text, changed = m.fixRound(text)
		if !changed {
			break
		}
		text = settleDashes(text, m.dashes)
		text = norm.NFC.String(text)
	}
	text = fixC1(text, rep)
	text = clean(text, rep)
	return norm.NFC.String(text)
}

// needs says which steps of Normalize a text needs.
type needs struct {
	mojibake, entities, clean, nfc bool
}

func (n needs) none() bool { return !n.mojibake && !n.entities && !n.clean && !n.nfc }

// scan is the fast path: it reads text once and says what to repair. Plain
// ASCII needs nothing; non-ASCII characters common on their own (curly
// quotes, dashes, accented letters) need nothing either unless two stand in
// a row, as mojibake does (safe punctuation pairs such as ’” aside).
func scan(text string) needs {
	var n needs
	prev := rune(-1) // the previous non-ASCII rune, -1 after ASCII
	for i := 0; i < len(text); {
		b := text[i]
		if b < utf8.RuneSelf {
			j := i
			for j < len(text) {
				if c := text[j]; c-0x20 < 0x5F && c != '&' || c == '\n' {
					j++
					continue
				}
				break
			}
			if j > i {
				prev = -1
				i = j
				continue
			}
			switch {
			case b >= 0x20 && b < 0x7F && b != '&':
			case b == '\n' || b == '\t':
			case b == '&':
				if mayBeEntity(text[i:]) {
					n.entities = true
				}
			default:
				n.clean = true
			}
			prev = -1
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		switch {
		case oddSpace(r) || zeroWidth(r) || r == '\u2028' || r == '\u2029' || r == '\u200c' || r == '\u200d':
			n.clean = true
			if r == '\u00a0' && prev >= 0 && !safePunct(prev) {
				n.mojibake = true // "Â\u00a0", "Ã\u00a0": mojibake of a no-break space or à
			}
		case r == utf8.RuneError && size == 1:
			n.mojibake, n.clean = true, true
		case !plainAlone(r):
			n.mojibake = true
			if r >= 0x300 {
				n.nfc = true
			}
		case prev >= 0 && !(safePunct(prev) && safePunct(r)):
			n.mojibake = true
		}
		prev = r
	}
	return n
}

// safePunct lists characters that, side by side, are never mojibake.
func safePunct(r rune) bool {
	return 0x2010 <= r && r <= 0x2027 && r != '‚' || r == '£' || r == '€' || r == '°' || r == '\u00a0'
}

// isPlain reports whether text needs no repair at all.
func isPlain(text string) bool { return scan(text).none() }

// plainAlone reports whether r alone, between ASCII characters, needs no
// repair: it is NFC, no odd space, no control and no mojibake.
func plainAlone(r rune) bool {
	switch {
	case r == utf8.RuneError:
		return false
	case 0x2010 <= r && r <= 0x2027: // dashes, quotes, bullets, ellipsis
		return true
	case r == '€' || r == '™' || r == '№':
		return true
	case 0xA1 <= r && r <= 0xFF:
		return r != 'Â' && r != 'Ã' && r != '\u00ad'
	case 0x100 <= r && r <= 0x24F, 0x1E00 <= r && r <= 0x1EFF: // Latin extended letters
		return true
	}
	return false
}

// mayBeEntity reports whether s, starting with '&', starts an HTML entity.
func mayBeEntity(s string) bool {
	if len(s) < 3 {
		return false
	}
	end := strings.IndexByte(s, ';')
	return end > 1 && end <= 33 && (s[1] == '#' || isASCIILetter(s[1]))
}

func replaceInvalid(text string, rep *Report) string {
	var sb strings.Builder
	sb.Grow(len(text))
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && n == 1 {
			rep.Invalid++
			for i < len(text) {
				if r2, n2 := utf8.DecodeRuneInString(text[i:]); r2 != utf8.RuneError || n2 > 1 {
					break
				}
				i++
			}
			sb.WriteRune(utf8.RuneError)
			continue
		}
		sb.WriteString(text[i : i+n])
		i += n
	}
	return sb.String()
}

// decodeEntities decodes the HTML entities of text once: named ones with
// their semicolon and numeric ones. Unknown names stay as they are.
func decodeEntities(text string, rep *Report) string {
	var sb strings.Builder
	last := 0
	for i := 0; i < len(text); i++ {
		if text[i] != '&' || !mayBeEntity(text[i:]) {
			continue
		}
		end := i + strings.IndexByte(text[i:], ';') + 1
		ent := text[i:end]
		if !wellFormedEntity(ent) {
			continue
		}
		dec := html.UnescapeString(ent)
		if dec == ent {
			continue
		}
		sb.WriteString(text[last:i])
		sb.WriteString(dec)
		rep.Entities++
		last = end
		i = end - 1
	}
	if last == 0 {
		return text
	}
	sb.WriteString(text[last:])
	return sb.String()
}

func wellFormedEntity(ent string) bool {
	body := ent[1 : len(ent)-1]
	if body[0] == '#' {
		digits := body[1:]
		hex := false
		if digits != "" && (digits[0] == 'x' || digits[0] == 'X') {
			digits, hex = digits[1:], true
		}
		if digits == "" || len(digits) > 7 {
			return false
		}
		for i := 0; i < len(digits); i++ {
			c := digits[i]
			if !('0' <= c && c <= '9' || hex && 'a' <= c|0x20 && c|0x20 <= 'f') {
				return false
			}
		}
		return true
	}
	for i := 0; i < len(body); i++ {
		c := body[i]
		if !isASCIILetter(c) && !('0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

// fixC1 turns the C1 controls left after repair into the Windows-1252
// characters they stand for (Latin-1 text that was really Windows-1252:
// "\x93quoted\x94").
func fixC1(text string, rep *Report) string {
	if !strings.ContainsFunc(text, func(r rune) bool { return 0x80 <= r && r <= 0x9F }) {
		return text
	}
	enc := codecTable()[0].enc
	dec := make(map[byte]rune, 32)
	for r, b := range enc {
		if b < 0xA0 && r >= 0x100 {
			dec[b] = r
		}
	}
	return strings.Map(func(r rune) rune {
		if 0x80 <= r && r <= 0x9F {
			if d, ok := dec[byte(r)]; ok {
				rep.Changed++
				rep.addCodec("windows-1252")
				return d
			}
		}
		return r
	}, text)
}

// clean removes control and zero-width characters (newlines and tabs kept),
// turns odd spaces into spaces and CRLF and CR into LF. Text it keeps is
// copied in spans, not rune by rune.
func clean(text string, rep *Report) string {
	var sb strings.Builder
	sb.Grow(len(text))
	keep := 0 // start of the span not yet written
	prev := rune(0)
	for i := 0; i < len(text); {
		b := text[i]
		if b >= 0x20 && b < 0x7F || b == '\n' || b == '\t' {
			prev = rune(b)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		var repl string
		drop := false
		switch {
		case r == '\r':
			rep.Newlines++
			if i+1 < len(text) && text[i+1] == '\n' {
				n++
			}
			repl = "\n"
		case r == '\u2028' || r == '\u2029':
			repl = "\n"
		case oddSpace(r):
			rep.Spaces++
			repl = " "
		case (r == '\u200c' || r == '\u200d') && prev < 0x900:
			drop = true // joiners stay only inside non-Latin scripts and emoji
		case unicode.IsControl(r) || zeroWidth(r):
			drop = true
		default:
			prev = r
			i += n
			continue
		}
		sb.WriteString(text[keep:i])
		if drop {
			rep.Removed++
		} else {
			sb.WriteString(repl)
			prev = rune(repl[0])
		}
		i += n
		keep = i
	}
	if keep == 0 {
		return text
	}
	sb.WriteString(text[keep:])
	return sb.String()
}

func oddSpace(r rune) bool {
	switch r {
	case '\u00a0', '\u1680', '\u202f', '\u205f', '\u3000':
		return true
	}
	return 0x2000 <= r && r <= 0x200A
}

// zeroWidth lists the invisible format characters Normalize drops.
func zeroWidth(r rune) bool {
	switch r {
	case '\u200b', '\u2060', '\ufeff', '\u00ad', '\u200e', '\u200f', '\u061c', '\u180e':
		return true
	}
	return 0x202A <= r && r <= 0x202E || 0x2061 <= r && r <= 0x206F
}
