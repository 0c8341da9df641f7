package summarize

// NewQuoteExtractor returns extractQuotes bound to one scratch, as Analyze
// calls it: for the benchmark of the quote stage's share of Analyze.
func NewQuoteExtractor() func(text string, sents []Sentence, low string) []Quote {
	var s quoteScratch
	return func(text string, sents []Sentence, low string) []Quote {
		return extractQuotesWith(text, sents, low, &s)
	}
}

// LowerText is lowerText, for benchmarks that hand it to NewQuoteExtractor's
// function as Analyze does.
var LowerText = lowerText
