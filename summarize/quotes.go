package summarize

// Quote is an attribution in an article: a direct quote in quote marks, or
// reported speech (Direct false).
type Quote struct {
	Text     string // the quoted words, without the marks (reported content when indirect)
	Span     Span   // where Text lies in the article text
	Speaker  string // who said it, as a full name where the article gives one; "" when unknown
	Cue      string // the cue as written: "said", "added", "according to"
	Sentence int    // index of the sentence the quote starts in
	Direct   bool   // true for words in quote marks
}
