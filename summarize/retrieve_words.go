package summarize

import (
	"unicode"
	"unicode/utf8"
)

// qaWord is one word or punctuation mark of an article or a question as the
// answerer sees it: a Token with what span choice needs besides.
type qaWord struct {
	Text  string // as written
	Span  Span   // byte offsets into the text it came from
	Lower string // lower-cased
	Stem  string // the Porter stem, the matching key
	Stop  bool   // a function word that carries no topic
	Cap   bool   // starts with an upper-case letter
	Num   bool   // a numeral (digits) or a number word
	Punct bool   // punctuation, kept so spans do not cross clause marks
}

// qaWords tokenizes text (see Tokenize) and keeps the punctuation between
// the words as marks of its own; a "$" counts as a word. A hyphen or dash
// between two words with no space ("spread-out", "23–16") is dropped, so the
// two halves stay in one chunk.
func qaWords(text string) []qaWord {
	toks := Tokenize(text)
	out := make([]qaWord, 0, len(toks)+len(toks)/4)
	prev := 0
	for _, t := range toks {
		out = appendGap(out, text, prev, t.Span.Start)
		r, _ := utf8.DecodeRuneInString(t.Text)
		stop := qaStopwords[t.Lower] || t.Stop
		out = append(out, qaWord{
			Text: t.Text, Span: t.Span, Lower: t.Lower, Stem: t.Stem, Stop: stop,
			Cap: unicode.IsUpper(r), Num: unicode.IsDigit(r) || qaNumberWords[t.Lower],
		})
		prev = t.Span.End
	}
	return appendGap(out, text, prev, len(text))
}

// appendGap adds the punctuation in text[from:to], which holds no word.
func appendGap(out []qaWord, text string, from, to int) []qaWord {
	joiner := from > 0 && to < len(text) && to > from
	for i := from; i < to; {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			joiner = false
		case r == '-' || r == '–' || r == '‐':
			if joiner && i+n == to {
				break // a joiner inside a word: drop it
			}
			out = append(out, qaWord{Text: text[i : i+n], Span: Span{i, i + n}, Lower: text[i : i+n], Punct: true})
		case r == '$' || r == '£' || r == '€':
			out = append(out, qaWord{Text: text[i : i+n], Span: Span{i, i + n}, Lower: text[i : i+n], Stem: text[i : i+n]})
		default:
			out = append(out, qaWord{Text: text[i : i+n], Span: Span{i, i + n}, Lower: text[i : i+n], Punct: true})
		}
		i += n
	}
	return out
}

// qaStem is the matching key of a lower-case word.
func qaStem(w string) string { return Stem(w) }
