package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// qaWord is one word of an article or a question as the answerer sees it.
type qaWord struct {
	Text  string // as written
	Span  Span   // byte offsets into the text it came from
	Lower string // lower-cased
	Stem  string // the matching key
	Stop  bool   // a function word that carries no topic
	Cap   bool   // starts with an upper-case letter
	Num   bool   // a numeral (digits) or a number word
	Punct bool   // punctuation, kept so spans do not cross clause marks
}

// qaWords splits text into words and punctuation marks. A word is a run of
// letters and digits; "U.S.", "3.5", "1,000" and "e-mail" stay whole, and a
// possessive "’s" is split off.
func qaWords(text string) []qaWord {
	var out []qaWord
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case isWordRune(r):
			end := wordEnd(text, i)
			// split a possessive or contraction: China’s -> China ’s
			w := text[i:end]
			if k := apostropheSuffix(w); k > 0 {
				out = append(out, newQAWord(text, i, i+k))
				out = append(out, newQAWord(text, i+k, end))
			} else {
				out = append(out, newQAWord(text, i, end))
			}
			i = end
		default:
			if r == '$' || r == '%' {
				out = append(out, newQAWord(text, i, i+size))
			} else {
				out = append(out, qaWord{Text: text[i : i+size], Span: Span{i, i + size}, Lower: text[i : i+size], Punct: true})
			}
			i += size
		}
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// wordEnd returns the end of the word starting at i: letters and digits, with
// inner '.', ',', '-', '\” and '’' kept when a letter or digit follows.
func wordEnd(text string, i int) int {
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if isWordRune(r) {
			j += size
			continue
		}
		if r == '.' || r == ',' || r == '-' || r == '\'' || r == '’' || r == '–' {
			n, nsize := utf8.DecodeRuneInString(text[j+size:])
			if j+size < len(text) && isWordRune(n) {
				prev, _ := utf8.DecodeLastRuneInString(text[i:j])
				ok := true
				switch r {
				case ',':
					ok = unicode.IsDigit(prev) && unicode.IsDigit(n)
				case '.':
					// 3.5, U.S.A but not "end.Next"
					ok = unicode.IsDigit(prev) && unicode.IsDigit(n) || j-i <= 2 && unicode.IsUpper(prev)
				}
				if ok {
					j += size + nsize
					continue
				}
			}
			// U.S. keeps its final dot
			if r == '.' && j-i >= 1 && strings.Count(text[i:j], ".") >= 1 && j-i <= 4 && unicode.IsUpper(rune(text[i])) {
				prev, _ := utf8.DecodeLastRuneInString(text[i:j])
				if unicode.IsUpper(prev) {
					j += size
				}
			}
		}
		break
	}
	return j
}

// apostropheSuffix returns the offset of a trailing "’s" or "'s" in w, or 0.
func apostropheSuffix(w string) int {
	for _, s := range []string{"’s", "'s", "’S", "'S"} {
		if len(w) > len(s) && strings.HasSuffix(w, s) {
			return len(w) - len(s)
		}
	}
	return 0
}

func newQAWord(text string, start, end int) qaWord {
	t := text[start:end]
	lower := strings.ToLower(t)
	r, _ := utf8.DecodeRuneInString(t)
	w := qaWord{Text: t, Span: Span{start, end}, Lower: lower, Cap: unicode.IsUpper(r)}
	w.Num = unicode.IsDigit(r) || numberWords[lower]
	w.Stop = qaStopwords[lower] || strings.HasPrefix(lower, "’") || strings.HasPrefix(lower, "'")
	w.Stem = qaStem(lower)
	return w
}

// qaStem folds inflections for matching: plural -s, -es, -ies, -ed and -ing
// endings. It is a light stand-in until the package's Porter stemmer lands.
func qaStem(w string) string {
	if len(w) <= 3 {
		return w
	}
	switch {
	case len(w) > 5 && hasSuffix(w, "ing"):
		w = w[:len(w)-3]
	case len(w) > 4 && hasSuffix(w, "ied"), len(w) > 4 && hasSuffix(w, "ies"):
		w = w[:len(w)-3] + "y"
	case len(w) > 4 && hasSuffix(w, "ed"):
		w = w[:len(w)-2]
	case hasSuffix(w, "sses"), hasSuffix(w, "shes"), hasSuffix(w, "ches"), hasSuffix(w, "xes"):
		w = w[:len(w)-2]
	case hasSuffix(w, "s") && !hasSuffix(w, "ss") && !hasSuffix(w, "us") && !hasSuffix(w, "is"):
		w = w[:len(w)-1]
	}
	if n := len(w); n > 3 && w[n-1] == w[n-2] && w[n-1] != 'l' && w[n-1] != 's' && w[n-1] != 'z' {
		w = w[:n-1]
	}
	if hasSuffix(w, "e") && len(w) > 3 {
		w = w[:len(w)-1]
	}
	if len(w) > 7 {
		w = w[:7]
	}
	return w
}

func hasSuffix(w, s string) bool { return strings.HasSuffix(w, s) }
