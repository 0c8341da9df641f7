// Package summarize is briefly's text pipeline: it repairs damaged text
// (Normalize), splits it into sentences (Segment) and words (Tokenize),
// extracts facts and quotes, ranks sentences for a summary and answers
// questions from the article.
//
// The package is pure: no I/O, no logging, no mutable globals and no panics.
// Offsets are byte offsets into the normalized text.
package summarize

// Span is a half-open byte range [Start, End) into a text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// In returns the text the span covers, or "" when it lies outside text.
func (s Span) In(text string) string {
	if s.Start < 0 || s.End > len(text) || s.Start > s.End {
		return ""
	}
	return text[s.Start:s.End]
}
