package summarize

// indirectQuote is reported speech found in a sentence without quote marks.
type indirectQuote struct {
	q  Quote
	at attrib
}

// indirect finds reported speech: sentences with no quote marks whose
// content is attributed by a cue at their start or end.
func (f *frame) indirect() []indirectQuote {
	return nil
}
