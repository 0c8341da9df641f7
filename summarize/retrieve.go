package summarize

import (
	"math"
	"sort"
	"sync"
)

// qaIndex is what the answerer precomputes once per article: the words of
// every sentence, their stems and the BM25 statistics. Answer builds it on
// first use and keeps it on the Analysis.
type qaIndex struct {
	words []qaWord // every word of the article text, in order
	sents []qaSent // one per Analysis.Sentences entry
	df    map[string]int
	avgdl float64
	// names holds the lower-cased words written with a capital inside a
	// sentence, not only at its start: "Tesla" but not "Soon".
	names map[string]bool
}

// qaSent is one sentence in the index.
type qaSent struct {
	first, last int            // its words are words[first:last]
	tf          map[string]int // stem -> count, content words only
	dl          int            // content words
}

// BM25 parameters: the usual values (Robertson and Zaragoza 2009).
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// qaCache holds an Analysis's index once the first question builds it.
// Analyze allocates it, so that copies of the Analysis share it.
type qaCache struct {
	once sync.Once
	text string // the text ix was built from
	ix   *qaIndex
}

// index returns the answerer's index of a, building it on first use. It is
// safe for concurrent use; a must not change once questions are asked. An
// Analysis not made by Analyze has no cache and gets a fresh index each time.
func (a *Analysis) index() *qaIndex {
	if a.qa == nil {
		return newQAIndex(a)
	}
	a.qa.once.Do(func() { a.qa.text, a.qa.ix = a.Text, newQAIndex(a) })
	if a.qa.text != a.Text || len(a.qa.ix.sents) != len(a.Sentences) {
		// a copy of the Analysis whose text was changed
		return newQAIndex(a)
	}
	return a.qa.ix
}

// Warm builds the answerer's index now, so the first question costs no more
// than the next. Call it on an Analysis that was decoded from storage (it has
// no index cache) before it is shared; Analyze's results build theirs on
// the first question by themselves.
func (a *Analysis) Warm() {
	if a.qa == nil {
		a.qa = &qaCache{}
	}
	a.index()
}

func newQAIndex(a *Analysis) *qaIndex {
	ix := &qaIndex{words: qaWords(a.Text), df: make(map[string]int), names: make(map[string]bool)}
	ix.sents = make([]qaSent, len(a.Sentences))
	w := 0
	total := 0
	for i, s := range a.Sentences {
		for w < len(ix.words) && ix.words[w].Span.Start < s.Span.Start {
			w++
		}
		first := w
		for w < len(ix.words) && ix.words[w].Span.End <= s.Span.End {
			w++
		}
		qs := qaSent{first: first, last: w, tf: make(map[string]int)}
		for k, word := range ix.words[first:w] {
			if k > 0 && word.Cap && !ix.words[first+k-1].Punct {
				ix.names[word.Lower] = true
			}
			if word.Punct || word.Stop {
				continue
			}
			if qs.tf[word.Stem] == 0 {
				ix.df[word.Stem]++
			}
			qs.tf[word.Stem]++
			qs.dl++
			if key := qaPrefixKey(word.Lower); key != "" {
				if qs.tf[key] == 0 {
					ix.df[key]++
				}
				qs.tf[key]++
			}
		}
		total += qs.dl
		ix.sents[i] = qs
	}
	if len(ix.sents) > 0 {
		ix.avgdl = float64(total) / float64(len(ix.sents))
	}
	if ix.avgdl == 0 {
		ix.avgdl = 1
	}
	return ix
}

// qterm is one term of a query: a stem, its weight (1 for the question's own
// words, less for synonyms) and the group it stands for, so that a synonym
// and its word count once.
type qterm struct {
	stem   string
	weight float64
	group  int
	loose  bool // a paraphrase: it ranks sentences but does not count as coverage
}

// idf is the BM25 inverse document frequency of stem in the article; a stem
// the article lacks gets the highest value.
func (ix *qaIndex) idf(stem string) float64 {
	n := float64(len(ix.sents))
	df := float64(ix.df[stem])
	return math.Log(1 + (n-df+0.5)/(df+0.5))
}

// bm25 scores sentence i against the query; per group only the best-matching
// term counts.
func (ix *qaIndex) bm25(i int, terms []qterm, groups int, best []float64) float64 {
	s := &ix.sents[i]
	for g := range best[:groups] {
		best[g] = 0
	}
	norm := bm25K1 * (1 - bm25B + bm25B*float64(s.dl)/ix.avgdl)
	for _, t := range terms {
		tf := float64(s.tf[t.stem])
		if tf == 0 {
			continue
		}
		v := t.weight * ix.idf(t.stem) * tf * (bm25K1 + 1) / (tf + norm)
		if v > best[t.group] {
			best[t.group] = v
		}
	}
	sum := 0.0
	for _, v := range best[:groups] {
		sum += v
	}
	return sum
}

// ranked is a sentence with its retrieval score.
type ranked struct {
	sent  int
	score float64
}

// rank scores every sentence and returns them best first.
func (ix *qaIndex) rank(terms []qterm, groups int) []ranked {
	best := make([]float64, groups)
	out := make([]ranked, 0, len(ix.sents))
	for i := range ix.sents {
		if v := ix.bm25(i, terms, groups, best); v > 0 {
			out = append(out, ranked{i, v})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].score > out[j].score })
	return out
}

// qaPrefixLen is how many leading letters of a long word make its prefix
// key.
const qaPrefixLen = 5

// qaPrefixKey returns the key under which the index also files a word of
// more than qaPrefixLen letters: its first qaPrefixLen letters, marked so it
// cannot clash with a stem. Porter stemming keeps derivations apart
// ("formation" and "formed", "announcement" and "announce", "destruction"
// and "destroyed"); a shared prefix joins them, as truncation stemmers do.
// A word with a non-ASCII letter in its prefix gets no key.
func qaPrefixKey(lower string) string {
	if len(lower) <= qaPrefixLen {
		return ""
	}
	for i := 0; i < qaPrefixLen; i++ {
		if c := lower[i]; c < 'a' || c > 'z' {
			return ""
		}
	}
	if qaPrefixStop[lower[:qaPrefixLen]] {
		return ""
	}
	return "~" + lower[:qaPrefixLen]
}

// qaPrefixStop are prefixes that Latin and English word-forming prefixes
// make shared by unrelated words ("interceptions" and "interest",
// "transport" and "transfer"): they join nothing.
var qaPrefixStop = qaSet(`inter intra trans under super count const contr conce conte
compe compl compo compr conse conti conve prote prese prepa repre resea respo`)
