package summarize

// The scanning helpers of Segment: runs of terminal punctuation, the word
// before a point and the one after it, attributions, and byte classes.

import (
	"unicode"
	"unicode/utf8"
)

// termRun is a run of sentence-ending punctuation.
type termRun struct {
	end    int  // where the run ends
	dots   int  // how many points; … counts as three
	spaced bool // points separated by single spaces: ". . ."
	bang   bool // the run has '!' or '?' and is no ellipsis
}

func scanRun(t string, i int) termRun {
	var r termRun
	j := i
	for j < len(t) {
		switch {
		case t[j] == '.':
			r.dots++
			j++
		case t[j] == '!' || t[j] == '?':
			r.bang = true
			j++
		case t[j] == 0xE2 && t[j+1:min(j+3, len(t))] == "\x80\xa6":
			r.dots += 3
			j += 3
		case t[j] == ' ' && j > i && t[j-1] == '.' && j+1 < len(t) && t[j+1] == '.' &&
			(j+2 >= len(t) || !isInnerFollower(t[j+2])):
			r.spaced = true
			j++
		default:
			if r.dots >= 2 {
				r.bang = false
			}
			r.end = j
			return r
		}
	}
	if r.dots >= 2 {
		r.bang = false
	}
	r.end = j
	return r
}

// nextInfo describes the word after a possible sentence end.
type nextInfo struct {
	lower     bool // it starts with a lower-case letter
	digit     bool // it starts with a digit
	capital   bool // it starts with a capital, perhaps after an opening quote or bracket
	starter   bool // a capitalized function word, or a quotation opening with a capital
	honorific bool // "Mr.", "Dr." and the like
}

func nextWord(t string, m int) nextInfo {
	var n nextInfo
	k := m
	quoted := false
	for k < len(t) {
		r, size := decodeRune(t, k)
		if !isOpener(r) {
			break
		}
		quoted = quoted || r != '(' && r != '['
		k += size
	}
	r, _ := decodeRune(t, k)
	switch {
	case unicode.IsLower(r) && !innerCapital(t, k):
		n.lower = true
		return n
	case unicode.IsLower(r):
		n.capital = true // "iPhone", "eBay": a name, which may start a sentence
		return n
	case isDigit(r):
		n.digit = true
		return n
	case !unicode.IsUpper(r) && !unicode.IsLetter(r):
		return n
	}
	n.capital = true
	if quoted {
		n.starter = true
		return n
	}
	e := k
	for e < len(t) && isASCIILetter(t[e]) {
		e++
	}
	w := t[k:e]
	if isHonorific(w) && e+1 < len(t) && (t[e] == '.' || t[e] == ' ' && t[e+1] >= 'A' && t[e+1] <= 'Z') {
		// "Mr. Smith", or British "Mr Smith"
		n.honorific = true
		return n
	}
	if len(w) > 0 && len(w) <= maxStopwordLen+1 {
		var buf [maxStopwordLen + 1]byte
		for i := 0; i < len(w); i++ {
			buf[i] = w[i] | 0x20
		}
		n.starter = isSentenceStarter(string(buf[:len(w)]))
	}
	return n
}

// innerCapital reports whether the word at k, which starts lower-case, has
// a capital among its next few letters, as brand names like "iPhone" do.
func innerCapital(t string, k int) bool {
	for j := k + 1; j < len(t) && j < k+4 && isASCIILetter(t[j]); j++ {
		if t[j] >= 'A' && t[j] <= 'Z' {
			return true
		}
	}
	return false
}

// attribution reports whether the words at m are a short attribution
// after a quotation: at most five words up to a comma, point or the end of
// the line, one of them a verb of saying ("Smith asked.", "said Sen. Ted
// Cruz,"). Words that open a clause ("When asked about it, he said") or
// introduce a new quotation ("He added: ‘…") are not one.
func attribution(t string, m int) bool {
	words, verb := 0, false
	for k := m; k < len(t); {
		c := t[k]
		switch {
		case c == ',' || c == '!' || c == '?' || c == '\n':
			return verb
		case c == ':' || c == ';' || c == '"' || c == 0xE2 && isQuoteAt(t, k):
			return false
		case c == '.':
			// A point after a title does not end the attribution.
			if classifyWord(wordBefore(t, m, k)) != abbrevTitle {
				return verb
			}
			k++
		case isASCIILetter(c):
			e := k
			for e < len(t) && isASCIILetter(t[e]) {
				e++
			}
			words++
			if words > 5 || e-k > maxStopwordLen {
				return false
			}
			var buf [maxStopwordLen]byte
			for i := k; i < e; i++ {
				buf[i-k] = t[i] | 0x20
			}
			w := string(buf[:e-k])
			if words == 1 && isSentenceStarter(w) && !isSpeakerStart(w) {
				return false
			}
			verb = verb || isSpeechVerb(w)
			k = e
		default:
			k++
		}
	}
	return verb
}

// isQuoteAt reports whether a curly quote mark starts at k.
func isQuoteAt(t string, k int) bool {
	switch t[k:min(k+3, len(t))] {
	case "“", "”", "‘", "’":
		return true
	}
	return false
}

// wordBefore returns the word that ends at i (a point), without opening
// punctuation: "U.S" of "(the U.S.", "Mr" of "Mr.".
func wordBefore(t string, start, i int) string {
	j := i
	for j > start && !isBlank(t[j-1]) {
		j--
	}
	for j < i {
		r, size := decodeRune(t, j)
		if !isOpener(r) {
			break
		}
		j += size
	}
	return t[j:i]
}

// isInnerFollower reports whether c after a point makes the point part of
// a word or number: "3.14", "example.com", "U.S", "Jane.Doe", "1.,".
func isInnerFollower(c byte) bool {
	return isASCIIAlnum(c) || c == ',' || c == ';' || c == ':' || c == '@' || c == '/' || c == '_'
}

// skipClosers returns the end of the closing quote marks and brackets at j.
func skipClosers(t string, j int) int {
	for j < len(t) {
		switch t[j] {
		case '"', '\'', ')', ']', '}':
			j++
			continue
		case 0xE2:
			if r, size := decodeRune(t, j); r == '”' || r == '’' || r == '›' {
				j += size
				continue
			}
		case 0xC2:
			if r, size := decodeRune(t, j); r == '»' {
				j += size
				continue
			}
		}
		return j
	}
	return j
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '{', '“', '‘', '«', '‹', '¿', '¡':
		return true
	}
	return false
}

func hasQuoteMark(s string) bool {
	for _, r := range s {
		switch r {
		case '"', '\'', '“', '”', '‘', '’', '«', '»', '‹', '›':
			return true
		}
	}
	return false
}

func hasWordChar(s string) bool {
	for _, r := range s {
		if isWordStart(r) {
			return true
		}
	}
	return false
}

// isBlank reports whether c is a space or tab (a newline is not blank: it
// ends sentences).
func isBlank(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' }

// isBlankAt is isBlank, also true for a no-break space.
func isBlankAt(t string, i int) bool {
	return isBlank(t[i]) || t[i] == 0xC2 && i+1 < len(t) && t[i+1] == 0xA0
}

func blankLen(t string, i int) int {
	if t[i] == 0xC2 {
		return 2
	}
	return 1
}

// trimSpace narrows [a, b) of t to exclude white space at both ends.
func trimSpace(t string, a, b int) (int, int) {
	for a < b {
		r, size := decodeRune(t, a)
		if !unicode.IsSpace(r) {
			break
		}
		a += size
	}
	for b > a {
		r, size := utf8.DecodeLastRuneInString(t[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		b -= size
	}
	return a, b
}
