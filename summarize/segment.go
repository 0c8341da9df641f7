package summarize

import "strings"

// Sentence is one sentence of a text.
type Sentence struct {
	Text string // the sentence, without surrounding space
	Span Span   // where Text lies in the segmented text
}

// Segment splits normalized text into sentences. A newline always ends a
// sentence. This first version ends a sentence at '.', '!' or '?' (and any
// closing quote marks after it) followed by a space and an upper-case letter
// or an opening quote.
func Segment(text string) []Sentence {
	var out []Sentence
	add := func(start, end int) {
		for start < end && isSpaceByte(text[start]) {
			start++
		}
		for end > start && isSpaceByte(text[end-1]) {
			end--
		}
		if start < end {
			out = append(out, Sentence{Text: text[start:end], Span: Span{start, end}})
		}
	}
	start := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == '\n' {
			add(start, i)
			start = i + 1
			continue
		}
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(text) {
			if strings.HasPrefix(text[j:], "”") || strings.HasPrefix(text[j:], "’") {
				j += len("”")
				continue
			}
			if text[j] == '"' || text[j] == '\'' || text[j] == ')' {
				j++
				continue
			}
			break
		}
		if j < len(text) && text[j] == ' ' {
			k := j + 1
			if k < len(text) && (text[k] >= 'A' && text[k] <= 'Z' || text[k] == '"' || strings.HasPrefix(text[k:], "“")) {
				add(start, j)
				start = j
			}
		}
	}
	add(start, len(text))
	return out
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
