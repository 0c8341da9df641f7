package summarize

import (
	"strings"
	"sync"
	"time"
	"unicode"
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

	qa *qaCache // the answerer's index, built by the first Answer
}

// Analyze expects text that Normalize has repaired. It takes a headline off
// the first line, segments the rest and extracts the facts, the quotes and
// the summary.
func Analyze(text string, opt Options) *Analysis {
	n := opt.Sentences
	if n <= 0 {
		n = 3
	}
	a := &Analysis{Text: text, Lede: -1, qa: new(qaCache)}
	in := prepare(text)
	a.Title, a.Sentences = in.title, in.sents
	body, low := in.body, in.low
	// The stages' working memory comes from the last call that finished:
	// an article's tokens, tables and buffers are allocated once for a
	// stream of articles, not once each.
	w := analyzePool.Get().(*analyzeWork)
	defer analyzePool.Put(w)
	tab := &w.facts.tab
	tab.reset(len(body))
	f, toks := extractFacts(body, low, a.Sentences, opt.Published, tab, &w.facts.scratch)
	a.Entities, a.Mentions = f.Entities, f.Sentences
	a.Quotes = extractQuotesWith(text, a.Sentences, low, &w.quotes)
	fullSpeakers(a.Quotes, &f)
	r := rankWithScratch(text, low, a.Sentences, RankOptions{}, defaultRankParams(), toks, tab, &w.rank)
	a.Summary = r.Summary(n)
	a.Lede = r.Lede
	return a
}

// input is an article as the stages read it.
type input struct {
	title string     // the headline, "" when none
	sents []Sentence // the sentences after the headline
	body  string     // the text with the headline blanked
	low   string     // lowerText(body)
}

// prepare segments text and takes a headline off its first line. The facts
// come from the body: a headline's capitalized words ("Port Alder council
// approves …") are no names. Blanking it keeps every offset valid. The
// stages share one lowercased copy of the body, one tokenization and one
// table of its words; ranking reads only the sentences, which the body and
// the text have alike.
func prepare(text string) input {
	in := input{sents: Segment(text), body: text}
	if head, ok := headline(text); ok && len(in.sents) > 1 && in.sents[0].Span.End <= head.End {
		in.title = head.In(text)
		// A headline may hold more than one sentence ("Done! Now what").
		k := 1
		for k < len(in.sents)-1 && in.sents[k].Span.End <= head.End {
			k++
		}
		in.sents = in.sents[k:]
		in.body, in.low = blankAndLower(text, strings.IndexByte(text, '\n'))
	} else {
		in.low = lowerText(text)
	}
	return in
}

// analyzeWork is the working memory of one Analyze call, kept in
// analyzePool for the next. Nothing an Analysis holds points into it: the
// stages copy out what they return.
type analyzeWork struct {
	facts  factsWork
	quotes quoteScratch
	rank   rankScratch
}

var analyzePool = sync.Pool{New: func() any { return new(analyzeWork) }}

// blankAndLower returns text with its first n bytes turned to spaces, and
// lowerText of that, both in one allocation.
func blankAndLower(text string, n int) (body, low string) {
	var b strings.Builder
	b.Grow(2 * len(text))
	blank := func() {
		for range n {
			b.WriteByte(' ')
		}
	}
	blank()
	b.WriteString(text[n:])
	blank()
	writeLower(&b, text[n:])
	s := b.String()
	return s[:len(text)], s[len(text):]
}

// headline returns the span of the text's first line when it reads as a
// headline: at most 20 words, no sentence-final or clause punctuation at its
// end, and a body after it at least twice as long in words.
func headline(text string) (Span, bool) {
	end := strings.IndexByte(text, '\n')
	if end < 0 {
		return Span{}, false
	}
	start, stop := trimSpace(text, 0, end)
	line := text[start:stop]
	words := countFields(line, 21)
	if line == "" || words > 20 || countFields(text[end:], 2*words+8) < 2*words+8 {
		return Span{}, false
	}
	for _, suffix := range []string{".", "!", "?", ":", ";", ",", "-", "\"", "'", "”", "’", "—", "–", ")"} {
		if strings.HasSuffix(line, suffix) {
			return Span{}, false
		}
	}
	return Span{start, stop}, true
}

// countFields returns len(strings.Fields(s)), or any number from limit up
// once it has counted limit fields: it stops there, and builds no slice.
func countFields(s string, limit int) int {
	n := 0
	inField := false
	for _, r := range s {
		space := unicode.IsSpace(r)
		if !space && !inField {
			if n++; n >= limit {
				return n
			}
		}
		inField = !space
	}
	return n
}

// SummaryOf returns the indices of the best n sentences in article order,
// ranked as Analyze ranks them; Summary holds the default length's.
func (a *Analysis) SummaryOf(n int) []int {
	if n <= 0 {
		n = 3
	}
	return Rank(a.Text, a.Sentences, RankOptions{}).Summary(n)
}

// fullSpeakers replaces a speaker the quote stage knew only by part of a
// name ("Reyes") with the full name the facts stage merged it into ("Daniel
// Reyes"), choosing among namesakes the one mentioned last before the quote.
func fullSpeakers(quotes []Quote, f *Facts) {
	for i := range quotes {
		q := &quotes[i]
		if q.Speaker == "" || strings.IndexByte(q.Speaker, ' ') >= 0 {
			continue
		}
		if p := f.FindPerson(q.Speaker, q.Span.Start); p >= 0 && len(f.Entities[p].Name) > len(q.Speaker) {
			q.Speaker = f.Entities[p].Name
		}
	}
}
