package summarize

import (
	"strings"
	"time"
)

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
	Sentences []Sentence // every sentence after the headline, in order
	Summary   []int      // indices into Sentences of the summary, in article order
	Lede      int        // index of the one-line summary sentence, -1 when there is none
	Quotes    []Quote    // direct quotes and indirect attributions, in article order
	Entities  []Entity   // people, organizations, places, dates and quantities
	// Mentions lists, for each sentence, the indices into Entities of the
	// entities, times, places and numbers it mentions.
	Mentions [][]int
}

// Analyze expects text that Normalize has repaired. It takes a headline off
// the first line, segments the rest and extracts the facts, the quotes and
// the summary.
func Analyze(text string, opt Options) *Analysis {
	n := opt.Sentences
	if n <= 0 {
		n = 3
	}
	a := &Analysis{Text: text, Lede: -1}
	a.Sentences = Segment(text)
	if head, ok := headline(text); ok && len(a.Sentences) > 1 && a.Sentences[0].Span.End <= head.End {
		a.Title = head.In(text)
		a.Sentences = a.Sentences[1:]
	}
	// the stages share one lowercased copy of the text, one tokenization
	// and one table of its words
	low := lowerText(text)
	tab := newWordTable(len(text))
	f, toks := extractFacts(text, low, a.Sentences, opt.Published, tab)
	a.Entities, a.Mentions = f.Entities, f.Sentences
	r := rankWith(text, low, a.Sentences, RankOptions{}, defaultRankParams(), toks, tab)
	a.Summary = r.Summary(n)
	a.Lede = r.Lede
	return a
}

// headline returns the span of the text's first line when it reads as a
// headline: at most 20 words, no sentence-final or clause punctuation at its
// end, and a body of at least two more lines after it.
func headline(text string) (Span, bool) {
	end := strings.IndexByte(text, '\n')
	if end < 0 || strings.Count(text[end:], "\n") < 2 {
		return Span{}, false
	}
	start, stop := trimSpace(text, 0, end)
	line := text[start:stop]
	if line == "" || len(strings.Fields(line)) > 20 {
		return Span{}, false
	}
	for _, suffix := range []string{".", "!", "?", ":", ";", ",", "-", "\"", "'", "”", "’", "—", "–", ")"} {
		if strings.HasSuffix(line, suffix) {
			return Span{}, false
		}
	}
	return Span{start, stop}, true
}
