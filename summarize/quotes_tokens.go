package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tkind is the kind of a frame token: the text around quotes is read as
// words and punctuation, each quote as one opaque token.
type tkind uint8

const (
	qWord  tkind = iota
	qPunct       // , : ; ( ) and dashes
	qStop        // . ! ? ending a sentence outside quote marks
	qQuote       // a whole quote, marks included
	qPara        // a paragraph break
)

// qtok is one frame token: a byte range of the text, its kind, the quote it
// stands for (qQuote), whether a word starts with a capital letter, and
// where its lower-case form (with ’ read as ') lies: frame.lows[lo:hi] when
// hi > 0, else the token's own text; cls holds the word classes of a word
// (one map lookup at tokenizing instead of one per question later). It holds
// no pointers, so the token slice costs the garbage collector nothing to scan.
type qtok struct {
	s, e   int32 // byte range; texts past 2 GiB are not news articles
	lo, hi int32 // lower-case form; for a quote token lo is the quote's index
	cls    wclass
	k      tkind
	cap    bool
}

// S and E return a token's byte range as ints.
func (t qtok) S() int { return int(t.s) }
func (t qtok) E() int { return int(t.e) }

// abbrevs are the words whose trailing period belongs to the word and ends no
// sentence (titles, initials, months, company suffixes).
var quoteAbbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "sen": true, "rep": true, "gov": true, "gen": true,
	"lt": true, "col": true, "sgt": true, "capt": true, "adm": true, "maj": true, "prof": true, "rev": true,
	"st": true, "jr": true, "sr": true, "inc": true, "co": true, "corp": true, "ltd": true, "no": true,
	"jan": true, "feb": true, "aug": true, "sept": true, "sep": true, "oct": true, "nov": true, "dec": true,
	"vs": true, "mt": true, "ft": true, "atty": true, "supt": true, "pres": true, "messrs": true,
}

// tokenizeFrame splits text into frame tokens, each quote region one
// token, and returns them with the buffer that holds their lower-case forms.
func tokenizeFrame(text string, regions []qregion) ([]qtok, string) {
	toks := make([]qtok, 0, len(text)/4+16) // about five bytes a token in news text
	low := make([]byte, 0, len(text)/8+16)
	k := 0
	for i := 0; i < len(text); {
		if k < len(regions) && i >= regions[k].open {
			rg := regions[k]
			toks = append(toks, qtok{s: int32(rg.open), e: int32(rg.close), k: qQuote, lo: int32(k)})
			if rg.close > i {
				i = rg.close
			}
			k++
			continue
		}
		c := text[i]
		switch {
		case c == '\n':
			if n := len(toks); n == 0 || toks[n-1].k != qPara {
				toks = append(toks, qtok{s: int32(i), e: int32(i + 1), k: qPara})
			}
			i++
			continue
		case c == ' ' || c == '\t' || c == '\r':
			i++
			continue
		case c == '.' && i+1 < len(text) && (text[i+1] == ')' || text[i+1] == ','):
			i++ // "(I-Vt.)", "R-Wis., said": no sentence end
			continue
		case c == '.' || c == '!' || c == '?':
			toks = append(toks, qtok{s: int32(i), e: int32(i + 1), k: qStop})
			i++
			continue
		case c == ',' || c == ':' || c == ';' || c == '(' || c == ')' || c == '-':
			toks = append(toks, qtok{s: int32(i), e: int32(i + 1), k: qPunct})
			i++
			continue
		}
		r, size := rune(c), 1
		if c >= 0x80 {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			if r == '—' || r == '–' {
				// Every dash reads as "-".
				toks = append(toks, qtok{s: int32(i), e: int32(i + size), k: qPunct, lo: int32(len(low)), hi: int32(len(low) + 1)})
				low = append(low, '-')
			}
			i += size
			continue
		}
		j := wordEnd(text, i)
		t := qtok{s: int32(i), e: int32(j), k: qWord, cap: c >= 'A' && c <= 'Z' || c >= 0x80 && unicode.IsUpper(r)}
		w := text[i:j]
		abbr := j < len(text) && text[j] == '.' && isAbbrev(w)
		if abbr {
			t.e = int32(j + 1)
		}
		if w := text[i:t.E()]; needsLower(w) {
			t.lo = int32(len(low))
			low = appendLower(low, w)
			t.hi = int32(len(low))
			t.cls = wordClasses.getBytes(low[t.lo:])
		} else {
			t.cls = wordClasses.get(w)
		}
		toks = append(toks, t)
		i = t.E()
		if abbr && strings.IndexByte(w, '.') > 0 && startsSentence(text, i) {
			// "… entering the U.S. While Clinton …": the period ends the sentence too.
			toks = append(toks, qtok{s: int32(i - 1), e: int32(i), k: qStop})
		}
	}
	return toks, string(low)
}

// startsSentence reports whether a word that usually opens a sentence ("The",
// "But", "While", "He") follows i after one space.
func startsSentence(text string, i int) bool {
	if i+1 >= len(text) || text[i] != ' ' || text[i+1] < 'A' || text[i+1] > 'Z' {
		return false
	}
	j := i + 1
	for j < len(text) && (text[j] >= 'a' && text[j] <= 'z' || text[j] >= 'A' && text[j] <= 'Z') {
		j++
	}
	if j-i-1 > 9 {
		return false
	}
	var b [9]byte
	for k := i + 1; k < j; k++ {
		c := text[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[k-i-1] = c
	}
	w := string(b[:j-i-1])
	return leadingFunction[w] && w != "a"
}

// needsLower reports whether w has an upper-case letter or a ’ that the
// lower-case form of a word changes.
func needsLower(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			return true
		}
	}
	return false
}

// appendLower appends w in lower case, with ’ read as ', to buf.
func appendLower(buf []byte, w string) []byte {
	for _, r := range w {
		switch {
		case r == '’':
			buf = append(buf, '\'')
		case r < 0x80:
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			buf = append(buf, byte(r))
		default:
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		}
	}
	return buf
}

// wordEnd returns where the word starting at i ends: letters and digits,
// joined by an apostrophe, hyphen, period, ampersand or slash between them.
func wordEnd(text string, i int) int {
	seg := 0 // letters since the word start or the last period
	for i < len(text) {
		if c := text[i]; c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			i++
			seg++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			i += size
			seg++
			continue
		}
		// A period joins short parts only (U.S., a.m.), not "said.Trump".
		if (r == '\'' || r == '’' || r == '-' || r == '&' || r == '/' || r == '.' && seg <= 3) && isWordAfter(text, i+size) {
			seg = 0
			i += size
			continue
		}
		break
	}
	return i
}

// isAbbrev reports whether a period after w belongs to it: an initial (W.),
// a dotted abbreviation (U.S.) or a title (Sen.).
func isAbbrev(w string) bool {
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return true
	}
	if strings.IndexByte(w, '.') > 0 {
		return true
	}
	if len(w) > 5 {
		return false
	}
	var b [5]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return quoteAbbrevs[string(b[:len(w)])]
}
