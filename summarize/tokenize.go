package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one word of a text.
type Token struct {
	Text  string // the word as written: "Blinken", "don't", "1,000.5", "U.S."
	Span  Span   // where Text lies in the tokenized text
	Lower string // lower case, with ’ written as '
	Stem  string // the Porter stem of Lower (see Stem); Lower itself for numbers and initialisms
	Stop  bool   // Lower is a stopword (see IsStopword)
}

// Tokenize splits text into words with their byte spans. Punctuation and
// space are not tokens. A word is a run of letters and digits, and:
//
//   - an apostrophe between letters stays inside it ("don't", "O'Brien"),
//     except a final possessive or contracted 's, which is a token of its
//     own ("Blinken" "'s", "it" "'s");
//   - a hyphen splits it ("state-owned" is "state" and "owned"), as in
//     ROUGE's and most search engines' tokenization;
//   - a comma or point between digits stays inside a number, and a percent
//     sign after one is part of it ("1,000.5", "3.5%");
//   - single letters joined by points are one initialism with its final
//     point ("U.S.", "a.m.", "U.S.A.").
//
// Spans are byte offsets into text; TokenizeIn gives offsets into an
// article for one of its sentences. Tokenize allocates the result and,
// when some word is not already lower case or stems to more than a prefix
// of itself ("ponies" is "poni"), one buffer for all such forms.
func Tokenize(text string) []Token {
	toks := make([]Token, 0, maxTokens(text))
	arena := formArena{size: len(text)/3 + 32}
	for i := 0; i < len(text); {
		r, n := decodeRune(text, i)
		var end, kind int
		switch {
		case isWordStart(r):
			end, kind = scanWord(text, i)
		case isApostrophe(r) && len(toks) > 0 && toks[len(toks)-1].Span.End == i && clitic(text, i):
			end, kind = i+n+1, wordClitic
		default:
			i += n
			continue
		}
		toks = append(toks, makeToken(text, i, end, kind, &arena))
		i = end
	}
	return toks
}

// maxTokens bounds how many tokens text holds, so that Tokenize allocates
// its result once and no bigger than needed: every token starts at an ASCII
// letter or digit after another byte, or at the first byte of a non-ASCII
// character. For news text it is about one token in six over.
func maxTokens(text string) int {
	n := 0
	prev := false // the previous byte was an ASCII letter or digit
	for i := 0; i < len(text); i++ {
		c := text[i]
		alnum := isASCIIAlnum(c)
		if alnum && !prev || c >= 0xC0 {
			n++
		}
		prev = alnum
	}
	return n
}

// TokenizeIn tokenizes the part of text that span covers (a sentence's
// Span) and gives spans into the whole text. It returns nil when span lies
// outside text.
func TokenizeIn(text string, span Span) []Token {
	if span.Start < 0 || span.End > len(text) || span.Start > span.End {
		return nil
	}
	toks := Tokenize(text[span.Start:span.End])
	for i := range toks {
		toks[i].Span.Start += span.Start
		toks[i].Span.End += span.Start
	}
	return toks
}

// The kinds of word scanWord finds; they decide how a token is stemmed.
const (
	wordPlain      = iota // letters and digits, perhaps with inner apostrophes
	wordNumber            // digits with inner , or . or a final %
	wordInitialism        // U.S.
	wordClitic            // 's split from the word before it
)

// scanWord returns the end of the word starting at i and its kind.
func scanWord(text string, i int) (end, kind int) {
	if e, ok := initialism(text, i); ok {
		return e, wordInitialism
	}
	kind = wordPlain
	j := i
	for j < len(text) {
		if isASCIIAlnum(text[j]) {
			j++
			continue
		}
		r, n := decodeRune(text, j)
		if r >= utf8.RuneSelf && isWordRune(r) {
			j += n
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(text[:j])
		next, _ := decodeRune(text, j+n)
		switch {
		case (r == ',' || r == '.') && isDigit(prev) && isDigit(next):
			kind = wordNumber
			j += n
			continue
		case isApostrophe(r) && unicode.IsLetter(prev) && unicode.IsLetter(next):
			if clitic(text, j) {
				return j, kind
			}
			j += n
			continue
		case r == '%' && isDigit(prev):
			return j + n, wordNumber
		}
		break
	}
	if kind == wordPlain && isDigit(rune(text[i])) && onlyDigits(text[i:j]) {
		kind = wordNumber
	}
	return j, kind
}

// clitic reports whether the apostrophe at j begins a final 's: an s (or S)
// after it and no letter or digit after the s.
func clitic(text string, j int) bool {
	k := j + apostropheLen(text, j)
	if k >= len(text) || text[k] != 's' && text[k] != 'S' {
		return false
	}
	r, _ := decodeRune(text, k+1)
	return !isWordRune(r)
}

// initialism matches single ASCII letters each followed by a point, at
// least two of them ("U.S.", "a.m."), and returns the end after the last
// point.
func initialism(text string, i int) (int, bool) {
	j, count := i, 0
	for j+1 < len(text) && isASCIILetter(text[j]) && text[j+1] == '.' {
		j += 2
		count++
	}
	if count < 2 {
		return 0, false
	}
	return j, true
}

// formArena holds the lower-case and stemmed forms of one Tokenize call
// that are not substrings of its text, so that they cost one allocation.
// Strings cut from it stay valid when it grows: a strings.Builder never
// changes bytes it has written.
type formArena struct {
	b    strings.Builder
	size int // the capacity to allocate on first use
}

// start returns where the next form begins, allocating the arena on first
// use.
func (a *formArena) start() int {
	if a.b.Cap() == 0 {
		a.b.Grow(a.size)
	}
	return a.b.Len()
}

// since returns the form written from from on.
func (a *formArena) since(from int) string { return a.b.String()[from:] }

func makeToken(text string, start, end, kind int, arena *formArena) Token {
	w := text[start:end]
	t := Token{Text: w, Span: Span{start, end}}
	t.Lower = lowerToken(w, arena)
	switch kind {
	case wordPlain:
		t.Stem = stemToken(t.Lower, arena)
	default:
		t.Stem = t.Lower
	}
	t.Stop = isStopword(t.Lower) // Lower has no ’
	return t
}

// lowerToken returns w in lower case with ’ written as ', as w itself
// when it already is, else from the arena.
func lowerToken(w string, arena *formArena) string {
	if isLowerForm(w) {
		return w
	}
	from := arena.start()
	for _, r := range w {
		switch {
		case r < utf8.RuneSelf:
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			arena.b.WriteByte(byte(r))
		case r == '’':
			arena.b.WriteByte('\'')
		default:
			arena.b.WriteRune(unicode.ToLower(r))
		}
	}
	return arena.since(from)
}

// isLowerForm reports whether w is already lower case with no ’.
func isLowerForm(w string) bool {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if r == '’' || unicode.ToLower(r) != r {
			return false
		}
		i += size
	}
	return true
}

// stemToken stems lower, returning a prefix of it when the stem is one
// (most words), else a string from the arena.
func stemToken(lower string, arena *formArena) string {
	if irr, ok := irregularStem(lower); ok {
		return irr
	}
	if len(lower) <= 2 {
		return lower
	}
	var buf [64]byte
	w := porter(append(buf[:0], lower...))
	if len(w) <= len(lower) && lower[:len(w)] == string(w) {
		return lower[:len(w)]
	}
	from := arena.start()
	arena.b.Write(w)
	return arena.since(from)
}

func decodeRune(s string, i int) (rune, int) {
	if i >= len(s) {
		return utf8.RuneError, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// isWordStart reports whether r can begin a word: a letter or digit.
func isWordStart(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIAlnum(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isWordRune reports whether r continues a word: a letter, digit or
// combining mark.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIAlnum(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

func isDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= '0' && r <= '9'
	}
	return unicode.IsDigit(r)
}

func onlyDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

func apostropheLen(s string, i int) int {
	if s[i] == '\'' {
		return 1
	}
	return len("’")
}
