package summarize

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// RankOptions tunes Rank. The zero value means the defaults.
type RankOptions struct {
	// Entities, when not nil, are the article's people, places, numbers and
	// so on (from the extractor); a sentence that mentions the entities the
	// article keeps returning to scores higher. When nil, Rank finds names
	// (words capitalized inside a sentence) and numbers itself.
	Entities []Entity
	// Window is how many sentences from the start of the article a
	// sentence's centrality is measured against; 0 means 60, which covers
	// most news articles whole. It keeps a long tail (comments, related
	// stories) from defining what is central.
	Window int
}

// Ranking is the result of Rank: a score for every sentence and the order in
// which a summary takes them.
type Ranking struct {
	// Scores holds each sentence's score; boilerplate scores 0.
	Scores []float64
	// Boilerplate marks the sentences that are page furniture (bylines,
	// captions, "Read more", "Sign up", copyright lines).
	Boilerplate []bool
	// Lede is the index of the best one-line summary, -1 when the text has
	// no sentence worth one.
	Lede int
	// picks are candidate sentences in the order a summary takes them.
	picks []int
}

// Summary returns the indices of the best n sentences in article order.
// It returns fewer when the article has fewer sentences that are not
// boilerplate.
func (r Ranking) Summary(n int) []int {
	if n <= 0 {
		return nil
	}
	out := slices.Clone(r.picks[:min(n, len(r.picks))])
	slices.Sort(out)
	return out
}

// rankParams are the weights of the ranking; defaultRankParams holds the
// values tuned on cnndm-dev and checked on bbc-dev.
type rankParams struct {
	posTau   float64 // position prior exp(-i/posTau)
	wPos     float64
	wCent    float64
	wEnt     float64
	lambda   float64 // MMR: weight of the score against redundancy
	shortMin int     // fewer words than this is penalized
	longMax  int     // more words than this is penalized
	window   int
	pQuest   float64 // factor for a question
	pLower   float64 // factor for a sentence starting in lower case
	pQuote   float64 // factor for a sentence opening with a quote mark
	pShort   float64 // factor floor for a very short sentence
	wFreq    float64 // weight of the mean article frequency of the words
}

func defaultRankParams() rankParams {
	return rankParams{
		posTau:   3,
		wPos:     1,
		wCent:    0.2,
		wEnt:     0.16,
		lambda:   0.65,
		shortMin: 8,
		longMax:  36,
		window:   60,
		pQuest:   0.4,
		pLower:   0.65,
		pQuote:   0.7,
		pShort:   0.4,
		wFreq:    0.2,
	}
}

// maxPicks caps the MMR selection, which costs picks × sentences; past it
// the remaining sentences follow in score order.
const maxPicks = 10

// Rank scores the sentences of text (as Segment returns them, spans into
// text) for an extractive summary, without a model. Each sentence that is
// not boilerplate gets the score (position + 0.2·centrality + 0.16·coverage
// + 0.2·frequency) · form, where
//
//   - Position: news puts the main facts first, so the k-th sentence that is
//     not boilerplate starts from exp(−k/3): the lead is hard to displace.
//   - Centrality: summed cosine similarity to the first Window sentences
//     over tf-idf vectors of Porter stems, stopwords left out: a sentence
//     that restates the article's main thread.
//   - Coverage: the entities and numbers the article keeps returning to
//     (RankOptions.Entities, or capitalized words and numbers found here), each
//     weighted by the log of the number of sentences naming it.
//   - Frequency: the mean number of other sentences sharing each word.
//   - Form: a sentence under 8 words or over 36 is scaled down with its
//     length, a question by 0.4, a piece of a split sentence (lower-case
//     start) by 0.65, one opening with a quote mark (context missing) by 0.7.
//
// Centrality, coverage and frequency are scaled to [0, 1] within the
// article. The
// summary then picks greedily by maximal marginal relevance, 0.65·score −
// 0.35·(cosine with the closest sentence already picked), so a restatement
// of the lead does not take a second slot. A strong lead stays; a weak one
// (short, a question, a fragment, a quote without its speaker) gives way to
// a central, entity-dense sentence a little further down, which is how it
// beats Lead-3 on CNN/Daily Mail. The weights were tuned on cnndm-dev and
// checked on bbc-dev and xsum-dev (../shared/eval/summ).
//
// Boilerplate (bylines, datelines alone, captions, sharing and subscription
// prompts, copyright lines) gets score 0 and never enters the summary. The
// cost is linear in the text: no pairwise similarity graph is built, and
// MMR runs over at most 30 candidates.
func Rank(text string, sents []Sentence, opt RankOptions) Ranking {
	p := defaultRankParams()
	if opt.Window > 0 {
		p.window = opt.Window
	}
	sc := rankPool.Get().(*rankScratch)
	defer rankPool.Put(sc)
	return rankWithScratch(text, "", sents, opt, p, nil, nil, sc)
}

// rankPool keeps Rank's working memory for the next call (SummaryOf ranks
// again for every summary length asked).
var rankPool = sync.Pool{New: func() any { return new(rankScratch) }}

// rankWithScratch ranks with the parameters p, working in the memory of
// sc, which it allocates when sc is nil. low is lowerText(text) when the
// caller has it, "" otherwise; toks and tab are the extractor's tokens of
// text and their word table when the caller has them, nil otherwise. The
// Ranking returned shares no memory with sc.
func rankWithScratch(text, low string, sents []Sentence, opt RankOptions, p rankParams, toks []token, tab *wordTable, sc *rankScratch) Ranking {
	n := len(sents)
	r := Ranking{Scores: make([]float64, n), Boilerplate: make([]bool, n), Lede: -1}
	if n == 0 {
		return r
	}
	if len(low) != len(text) {
		low = lowerText(text)
	}
	if sc == nil {
		sc = new(rankScratch)
	}
	defer sc.release()
	d := buildRankDoc(text, low, sents, toks, tab, sc)
	if opt.Entities != nil {
		d.useEntities(sents, opt.Entities)
	}
	// A phrase whose key word no sentence holds is no candidate for any:
	// the key words ranking met are enough.
	sc.phrases = possiblePhrases(sc.phrases[:0], d.vocab.keyWord)
	cand := sc.cand
	for i, s := range sents {
		cand = cand[:0]
		for _, pk := range sc.phrases {
			if pk.term < 0 || d.sentenceHas(i, pk.term) {
				cand = append(cand, pk.phrase)
			}
		}
		r.Boilerplate[i] = isBoilerplate(s.Text, d.lows[i], d.words[i], cand)
	}
	sc.cand = cand

	// Centrality: summed similarity to the sentences of the window. The
	// vectors have unit length, so the sum of cosines with every window
	// sentence is one dot product with the window's sum vector: linear in
	// the article, with no pairwise graph.
	w := min(p.window, n)
	sum := zeroed(sc.sum, len(d.df))
	sc.sum = sum
	for j := 0; j < w; j++ {
		if !r.Boilerplate[j] {
			for _, tw := range d.vecs[j] {
				sum[tw.term] += tw.w
			}
		}
	}
	//
	// Frequency, in the same pass: how often the article repeats the
	// sentence's words.
	cent := zeroed(sc.cent, n)
	freq := zeroed(sc.freq, n)
	sc.cent, sc.freq = cent, freq
	for i := 0; i < n; i++ {
		if r.Boilerplate[i] {
			continue
		}
		var c, self float32
		reps := 0 // summed as integers: exact, as the float sum of these small whole numbers would be
		for _, tw := range d.vecs[i] {
			c += tw.w * sum[tw.term]
			self += tw.w * tw.w
			reps += int(d.df[tw.term] - 1)
		}
		if i < w {
			c -= self // not similar to itself
		}
		cent[i] = max(0, float64(c))
		if len(d.vecs[i]) > 0 {
			freq[i] = float64(reps) / float64(len(d.vecs[i]))
		}
	}
	normalizeMax(cent)
	normalizeMax(freq)

	// Coverage: entity weight summed over the sentence, numbers included.
	ent := zeroed(sc.ent, n)
	sc.ent = ent
	for i := range sents {
		if r.Boilerplate[i] {
			continue
		}
		for _, e := range d.ents[i] {
			if d.entW[e] > 1 {
				ent[i] += math.Log(d.entW[e])
			}
		}
		ent[i] = math.Sqrt(ent[i])
	}
	normalizeMax(ent)

	// Position counts the sentences that are not boilerplate, so a
	// dateline or caption does not push the lead down.
	k := -1
	for i, s := range sents {
		if r.Boilerplate[i] {
			continue
		}
		k++
		pos := math.Exp(-float64(k) / p.posTau)
		base := p.wPos*pos + p.wCent*cent[i] + p.wEnt*ent[i] + p.wFreq*freq[i]
		r.Scores[i] = base * formFactor(s.Text, d.words[i], p)
	}

	r.picks = mmr(r.Scores, d.vecs, r.Boilerplate, p.lambda, sc)
	if len(r.picks) > 0 {
		r.Lede = r.picks[0]
	}
	return r
}

// formFactor weakens sentences that read badly out of context.
func formFactor(s string, words int, p rankParams) float64 {
	f := 1.0
	switch {
	case words < p.shortMin:
		f *= p.pShort + (1-p.pShort)*float64(words)/float64(p.shortMin)
	case words > p.longMax:
		f *= float64(p.longMax) / float64(words)
	}
	s = strings.TrimSpace(s)
	if n := len(s); n > 0 && s[0] < utf8.RuneSelf && s[n-1] < utf8.RuneSelf {
		// Most sentences start and end with ASCII: the tests below on
		// bytes, without decoding.
		if s[n-1] == '?' {
			f *= p.pQuest
		}
		if c := s[0]; c >= 'a' && c <= 'z' {
			f *= p.pLower
		}
		if c := s[0]; c == '"' || c == '\'' {
			f *= p.pQuote
		}
		return f
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	firstR, _ := utf8.DecodeRuneInString(s)
	if last == '?' {
		f *= p.pQuest
	}
	if unicode.IsLower(firstR) {
		f *= p.pLower // a piece of a sentence split apart
	}
	if strings.ContainsRune("\"“‘'", firstR) {
		f *= p.pQuote // a quote without its context
	}
	return f
}

// mmr orders the candidates by maximal marginal relevance: at each step the
// sentence with the best lambda·score − (1−lambda)·(similarity to the
// closest sentence already picked). Only the 3·maxPicks best-scored
// sentences compete, and after maxPicks picks the rest follow in score
// order, so the cost stays linear in the article.
//
// A candidate's similarity to the picks is brought up to date only when it
// could win: its value with the similarities known so far, which can only
// fall as more are taken, is a bound, and a candidate whose bound does not
// beat the best value found in the step cannot be picked. The maximum of the
// same similarities, taken in any order, is the same number, so the picks
// are those of computing every similarity at every step.
//
// Each pick is also kept as a dense vector over the terms up to its last,
// so a similarity to it costs a lookup per term of the candidate.
//
// Its buffers come from sc; the order returned is new memory.
func mmr(scores []float64, vecs [][]termWeight, skip []bool, lambda float64, sc *rankScratch) []int {
	n := 0
	for i, s := range scores {
		if !skip[i] && s > 0 {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]int, 0, n)
	for i, s := range scores {
		if !skip[i] && s > 0 {
			out = append(out, i)
		}
	}
	sortByScore(out, scores)
	top := scores[out[0]]
	pool := out[:min(len(out), 3*maxPicks)]
	maxSim := zeroed(sc.maxSim, len(pool))
	known := zeroed(sc.known, len(pool)) // per candidate, how many picks maxSim covers
	sc.maxSim, sc.known = maxSim, known
	// Per candidate, the relevance part of its value, worked out once
	// rather than at every step; it moves with the candidate in pool.
	rel := emptied(sc.rel, len(pool))
	for _, i := range pool {
		rel = append(rel, lambda*scores[i]/top)
	}
	sc.rel = rel
	picks := min(len(pool), maxPicks)
	// Pick j's dense vector is dense[rowTo[j-1]:rowTo[j]] (from 0 for the
	// first); the last pick is compared with nothing.
	width := 0 // the most any pick's vector may need
	for _, i := range pool {
		if vec := vecs[i]; len(vec) > 0 {
			width = max(width, int(vec[len(vec)-1].term)+1)
		}
	}
	dense := emptied(sc.dense, (picks-1)*width)
	rowTo := zeroed(sc.rowTo, picks)
	sc.rowTo = rowTo
	for k := 0; k < picks; k++ {
		// pool[:k] holds the picks so far; choose among pool[k:].
		best, bestV := -1, math.Inf(-1)
		for m := k; m < len(pool); m++ {
			if rel[m]-(1-lambda)*maxSim[m] <= bestV {
				continue // cannot win, however similar it is to the picks
			}
			for ; known[m] < k; known[m]++ {
				from := 0
				if j := known[m]; j > 0 {
					from = rowTo[j-1]
				}
				pick := dense[from:rowTo[known[m]]]
				maxSim[m] = max(maxSim[m], dotDense(vecs[pool[m]], pick))
			}
			v := rel[m] - (1-lambda)*maxSim[m]
			if v > bestV {
				best, bestV = m, v
			}
		}
		pool[k], pool[best] = pool[best], pool[k]
		maxSim[k], maxSim[best] = maxSim[best], maxSim[k]
		rel[k], rel[best] = rel[best], rel[k]
		known[k], known[best] = known[best], known[k]
		if k < picks-1 {
			from, vec := len(dense), vecs[pool[k]]
			n := 0
			if len(vec) > 0 {
				n = int(vec[len(vec)-1].term) + 1 // the last term is the largest
			}
			dense = slices.Grow(dense, n)[:from+n]
			pick := dense[from:]
			clear(pick)
			for _, tw := range vec {
				pick[tw.term] = tw.w
			}
			rowTo[k] = len(dense)
		}
	}
	sc.dense = dense
	// The unpicked rest of the pool back in score order.
	rest := pool[min(len(pool), maxPicks):]
	sortByScore(rest, scores)
	return out
}

// sortByScore sorts the sentence indices idx by falling score, keeping the
// order of equal scores. Most articles have a few dozen sentences, which an
// insertion sort orders faster than the general stable sort.
func sortByScore(idx []int, scores []float64) {
	if len(idx) > 48 {
		slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(scores[b], scores[a]) })
		return
	}
	for i := 1; i < len(idx); i++ {
		x := idx[i]
		j := i
		for ; j > 0 && scores[idx[j-1]] < scores[x]; j-- {
			idx[j] = idx[j-1]
		}
		idx[j] = x
	}
}

// dotDense returns the dot product of a, sorted by term, with the dense
// vector b, which has no term past its end, summed in a's order. Weights
// are positive, so the terms of a that b lacks add exact zeros: the sum is
// that over the terms they share.
func dotDense(a []termWeight, b []float32) float64 {
	var s float32
	for _, tw := range a {
		if int(tw.term) >= len(b) {
			break // and so are the rest
		}
		s += tw.w * b[tw.term]
	}
	return float64(s)
}

func normalizeMax(xs []float64) {
	top := 0.0
	for _, x := range xs {
		top = max(top, x)
	}
	if top == 0 {
		return
	}
	for i := range xs {
		xs[i] /= top
	}
}

// useEntities replaces the entities Rank found itself with the extractor's:
// each mention counts for the sentence whose span holds its start.
func (d *rankDoc) useEntities(sents []Sentence, ents []Entity) {
	for i := range d.ents {
		d.ents[i] = d.ents[i][:0]
	}
	d.entW = make([]float64, len(ents))
	for e, en := range ents {
		for _, m := range en.Mentions {
			i, ok := slices.BinarySearchFunc(sents, m.Start, func(s Sentence, x int) int {
				switch {
				case s.Span.End <= x:
					return -1
				case s.Span.Start > x:
					return 1
				}
				return 0
			})
			if !ok || slices.Contains(d.ents[i], int32(e)) {
				continue
			}
			d.ents[i] = append(d.ents[i], int32(e))
			d.entW[e]++
		}
	}
}
