package summarize

import (
	"strings"
	"unicode"
)

// spanCand is a candidate answer: words[start:end] of the article.
type spanCand struct {
	start, end int
	kind       AnswerType
	typeFit    float64 // how well kind fits the expected type, in [0, 1]
	score      float64
}

// pickSpan chooses the answer span in sentence si: candidates of the
// expected type, made of words the question does not already contain, close
// to the words it does.
func pickSpan(a *Analysis, ix *qaIndex, si int, q Question, qstems map[string]bool) (spanCand, bool) {
	s := ix.sents[si]
	ws := ix.words[s.first:s.last]
	inQ := make([]bool, len(ws))
	qlower := make(map[string]bool, len(q.words))
	for _, w := range q.words {
		qlower[w.Lower] = true
	}
	unitStem := ""
	if q.Unit != "" {
		unitStem = qaStem(q.Unit)
	}
	var matched []int
	var mweight []float64
	for i, w := range ws {
		if w.Punct || w.Stop {
			continue
		}
		if qstems[w.Stem] || qlower[w.Lower] {
			matched = append(matched, i)
			mweight = append(mweight, ix.idf(w.Stem))
			inQ[i] = w.Lower != q.Unit && w.Stem != unitStem
		}
	}
	cands := candidates(ws, q, inQ, ix.names)
	cands = append(cands, entityCands(a, ix, s)...)
	for _, sp := range quotedSpans(a.Text, a.Sentences[si].Span) {
		if c, ok := wordRange(ws, sp); ok {
			cands = append(cands, spanCand{start: c[0], end: c[1], kind: "quoted"})
		}
	}
	asksName := false
	for _, w := range q.words {
		if w.Lower == "name" || w.Lower == "called" || w.Lower == "known" || w.Lower == "term" || w.Lower == "named" {
			asksName = true
		}
	}
	best := spanCand{score: -1e9}
	anchorL, anchorR := q.anchors()
	examples := false
	for _, w := range q.words {
		switch w.Lower {
		case "example", "examples", "such", "include", "includes", "including":
			examples = true
		}
	}
	for _, c := range cands {
		for c.end-c.start > 1 && (isClitic(ws[c.start]) || inQ[c.start] && c.kind == AThing) {
			c.start++
		}
		for c.end-c.start > 1 && inQ[c.end-1] && c.kind == AThing {
			c.end--
		}
		for c.end-c.start > 1 && c.kind == AThing && (ws[c.start].Stop || ws[c.start].Punct) {
			c.start++
		}
		content, fromQ, unit := 0, 0, 0
		for i := c.start; i < c.end; i++ {
			if ws[i].Punct || ws[i].Stop && !ws[i].Cap {
				continue
			}
			content++
			if inQ[i] {
				fromQ++
			}
			if q.Unit != "" && (ws[i].Lower == q.Unit || ws[i].Stem == unitStem) {
				unit++
			}
		}
		if content == 0 && c.kind != ANumber || content > 0 && fromQ+unit >= content {
			continue
		}
		c.typeFit = typeFit(c.kind, q.Expect)
		if q.Unit != "" && q.Expect == AThing && ws[c.end-1].Lower == q.Unit {
			c.typeFit = 1
		}
		prox := proximity(c.start, c.end, matched, mweight)
		n := c.end - c.start
		tw := 1.2
		if q.Expect != AThing && q.Expect != AManner {
			tw = specificTypeWeight
		}
		c.score = tw*c.typeFit + prox - 0.8*float64(fromQ)/float64(max(content, 1)) + lengthBonus*float64(min(n, 4))
		c.score += clauseWeight * clauseShare(ws, c.start, c.end, matched, mweight)
		if unitStem != "" && q.Expect == AThing && modifiesUnit(ws, c.start, c.end, q.Unit, unitStem) {
			c.score += unitWeight
		}
		if unitStem != "" && q.Expect == ANumber && c.kind == ANumber && countsUnit(ws, c.start, c.end, unitStem) {
			c.score += unitWeight
		}
		if examples && c.start >= 2 && (ws[c.start-1].Lower == "as" && ws[c.start-2].Lower == "such" || ws[c.start-1].Lower == "including") {
			c.score += 0.5
		}
		if anchorL != "" && neighbour(ws, c.start-1, -1) == anchorL {
			c.score += anchorWeight
		}
		if anchorR != "" && neighbour(ws, c.end, 1) == anchorR {
			c.score += anchorWeight
		}
		if cutsName(ws, c.start, c.end) {
			c.score -= 0.3
		}
		if n == 1 && isAdjectiveLike(ws[c.start]) {
			c.score -= 0.3
		}
		if asksName && c.start > 0 && namingCue(ws, c.start) {
			c.score += 0.4
		}
		if side := q.side(); side > 0 {
			c.score += sideWeight * sideShare(c.start, c.end, matched, mweight, side)
		}
		if c.score > best.score {
			best = c
		}
	}
	if best.score == -1e9 {
		return best, false
	}
	best.start += s.first
	best.end += s.first
	return best, true
}

// wordRange returns the words of ws that sp covers.
func wordRange(ws []qaWord, sp Span) ([2]int, bool) {
	start, end := -1, -1
	for k, w := range ws {
		if start < 0 && w.Span.Start >= sp.Start {
			start = k
		}
		if w.Span.End <= sp.End {
			end = k + 1
		}
	}
	return [2]int{start, end}, start >= 0 && end > start
}

// proximity is how close [start, end) lies to the matched question words,
// each weighted by its IDF: 1 when every one is adjacent.
func proximity(start, end int, matched []int, weight []float64) float64 {
	if len(matched) == 0 {
		return 0.2
	}
	var sum, all float64
	near := 0.0
	for k, m := range matched {
		d := 0
		switch {
		case m < start:
			d = start - m - 1
		case m >= end:
			d = m - end
		}
		p := 1 / (1 + proxDecay*float64(d))
		sum += weight[k] * p
		all += weight[k]
		near = max(near, p)
	}
	if all == 0 {
		return near
	}
	return 0.5*near + 0.5*sum/all
}

// specificTypeWeight is the weight of the type fit when the question wants a
// person, place, time, number or reason.
const specificTypeWeight = 2.0

// unitWeight rewards a candidate that stands right before the question's
// head noun ("the digital terrestrial platform" for "what platform"), names
// it right after ("chemist James Dewar"), or follows it in apposition ("the
// satellite, Astra 2A") or as an example ("conditions such as HIV/AIDS").
const unitWeight = 0.5

func modifiesUnit(ws []qaWord, start, end int, unit, unitStem string) bool {
	isUnit := func(i int) bool { return i >= 0 && i < len(ws) && (ws[i].Lower == unit || ws[i].Stem == unitStem) }
	if isUnit(end) {
		return true
	}
	if isUnit(start-1) && ws[start].Cap {
		return true // "chemist James Dewar"
	}
	if start >= 3 && ws[start-1].Lower == "as" && ws[start-2].Lower == "such" && isUnit(start-3) {
		return true // "acquired conditions such as HIV/AIDS"
	}
	return start >= 2 && ws[start-1].Lower == "," && isUnit(start-2)
}

// anchorWeight rewards a candidate next to the question's anchor words.
const anchorWeight = 0.3

// neighbour returns the stem of the first content word from ws[i] in
// direction dir, looking at most three words away, or "".
func neighbour(ws []qaWord, i, dir int) string {
	for k := 0; k < 3 && i >= 0 && i < len(ws); k, i = k+1, i+dir {
		if ws[i].Punct && ws[i].Lower != "-" {
			return ""
		}
		if !ws[i].Stop {
			return ws[i].Stem
		}
	}
	return ""
}

// countsUnit reports whether a number counts the question's unit: "four
// interceptions", "four forced fumbles", "interceptions with 24", "tackles
// (118)".
func countsUnit(ws []qaWord, start, end int, unitStem string) bool {
	for k := end; k < len(ws) && k <= end+1; k++ {
		if ws[k].Stem == unitStem {
			return true
		}
	}
	for k := start - 1; k >= 0 && k >= start-3; k-- {
		if ws[k].Stem == unitStem {
			return true
		}
		if ws[k].Punct && ws[k].Lower != "(" {
			return false
		}
	}
	return false
}

// clauseWeight is the weight of the share of matched words in the
// candidate's own clause.
const clauseWeight = 0.6

// clauseShare is the IDF-weighted share of the matched words that lie in the
// same clause as [start, end): between the same commas, semicolons and
// brackets.
func clauseShare(ws []qaWord, start, end int, matched []int, weight []float64) float64 {
	lo, hi := start, end
	for lo > 0 && !isClauseMark(ws[lo-1]) {
		lo--
	}
	for hi < len(ws) && !isClauseMark(ws[hi]) {
		hi++
	}
	var in, all float64
	for k, m := range matched {
		all += weight[k]
		if m >= lo && m < hi {
			in += weight[k]
		}
	}
	if all == 0 {
		return 0
	}
	return in / all
}

func isClauseMark(w qaWord) bool {
	return w.Punct && strings.ContainsAny(w.Lower, ",;:()")
}

// sideWeight is how much the side of the answer counts: after the matched
// words for "what did X do", before them for "what caused X".
const sideWeight = 0.3

// sideShare is the IDF-weighted share of the matched words that lie on the
// given side of [start, end): side > 0 wants them before it (the answer
// follows them), side < 0 after it.
func sideShare(start, end int, matched []int, weight []float64, side int) float64 {
	var on, all float64
	for k, m := range matched {
		all += weight[k]
		if side > 0 && m < start || side < 0 && m >= end {
			on += weight[k]
		}
	}
	if all == 0 {
		return 0
	}
	return on / all
}

// proxDecay is how fast proximity falls with distance, in words.
const proxDecay = 0.25

// typeFit scores a candidate's kind against the expected answer type.
func typeFit(kind, want AnswerType) float64 {
	if kind == want {
		return 1
	}
	switch want {
	case APerson, AOrganization, APlace:
		switch kind {
		case "name":
			return 0.8
		case APerson, AOrganization, APlace:
			return 0.5
		case AThing:
			return 0.25
		}
	case AThing, AManner, ABool, "":
		switch kind {
		case "action":
			return 1
		case "name", "quoted":
			return 0.75
		case AThing:
			return 0.6
		case APerson, AOrganization, APlace:
			return 0.7
		case ATime, ANumber:
			return 0.3
		case AReason:
			return 0.3
		}
	case ANumber:
		if kind == ATime {
			return 0.4
		}
	case ATime:
		if kind == ANumber {
			return 0.3
		}
	case AReason:
		if kind == AThing {
			return 0.2
		}
	}
	return 0
}

// mannerCues open a phrase that says how: "by erosion", "through bans".
var mannerCues = set(`by through via using with`)

// nameConnectors may sit inside a capitalized name: University of Chicago.
var nameConnectors = set(`of de du da del der van von la le the and for`)

// candidates lists the possible answer spans in a sentence's words, by kind.
func candidates(ws []qaWord, q Question, inQ []bool, names map[string]bool) []spanCand {
	var out []spanCand
	// capitalized names
	for i := 0; i < len(ws); {
		if !ws[i].Cap || ws[i].Punct || ws[i].Stop && i == 0 {
			i++
			continue
		}
		j := i + 1
		for j < len(ws) {
			if ws[j].Cap && !ws[j].Punct || ws[j].Num && !isYear(ws[j].Lower) {
				j++
				continue
			}
			if nameConnectors[ws[j].Lower] && j+1 < len(ws) && ws[j+1].Cap {
				j += 2
				continue
			}
			break
		}
		if j == i+1 && (i == 0 || ws[i-1].Punct) && !names[ws[i].Lower] {
			// capitalized only because it starts the sentence
			i = j
			continue
		}
		out = append(out, spanCand{start: i, end: j, kind: nameKind(ws, i, j)})
		i = j
	}
	out = append(out, numberCands(ws, q)...)
	out = append(out, timeCands(ws, q.Unit == "year")...)
	if q.Expect == AReason {
		out = append(out, reasonCands(ws)...)
	}
	if q.Expect == AManner {
		out = append(out, clauseAfter(ws, mannerCues, AManner)...)
		for i, w := range ws {
			if !w.Cap && len(w.Lower) > 5 && strings.HasSuffix(w.Lower, "ly") {
				out = append(out, spanCand{start: i, end: i + 1, kind: AManner}) // "routed individually"
			}
		}
	}
	if q.asksAction() {
		// "what did Tesla's company do?": a verb phrase
		for i, w := range ws {
			if !inQ[i] && (isVerbLike(w) || isPresentVerb(ws, i)) && !strings.HasSuffix(w.Lower, "ly") {
				if end := clauseEnd(ws, i); end > i+1 {
					out = append(out, spanCand{start: i, end: min(end, i+phraseMax), kind: "action"})
				}
			}
		}
	}
	out = append(out, chunkCands(ws, inQ)...)
	return out
}

// nameKind guesses whether the capitalized run ws[i:j] names a person, an
// organization or a place.
func nameKind(ws []qaWord, i, j int) AnswerType {
	for k := i; k < j; k++ {
		if orgWords[ws[k].Lower] {
			return AOrganization
		}
		if placeWords[ws[k].Lower] {
			return APlace
		}
	}
	if i > 0 && personTitles[ws[i-1].Lower] {
		return APerson
	}
	if personTitles[ws[i].Lower] && j-i > 1 {
		return APerson
	}
	if i > 0 && placePrepositions[ws[i-1].Lower] && j-i <= 2 {
		return APlace
	}
	if j < len(ws) && speechVerbs[ws[j].Lower] {
		return APerson
	}
	if j-i >= 2 && j-i <= 3 && (i == 0 || ws[i-1].Lower != "the") && !ws[j-1].Num {
		// two or three capitalized words, no article: Kurt Coleman
		return APerson
	}
	return "name"
}

func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s >= "1000" && s <= "2100"
}

// numberCands finds numbers with an optional unit: "308", "$1.2 billion",
// "three years", "60 percent".
func numberCands(ws []qaWord, q Question) []spanCand {
	var out []spanCand
	for i := 0; i < len(ws); i++ {
		if !(ws[i].Num || ws[i].Lower == "$") || isYear(ws[i].Lower) && !(q.Expect == ANumber) {
			continue
		}
		j := i + 1
		for j < len(ws) && (ws[j].Num || numberScale[ws[j].Lower] || ws[j].Lower == "%" ||
			j+1 < len(ws) && ws[j+1].Num && (ws[j].Lower == "-" || ws[j].Lower == "to" || ws[j].Lower == "and" ||
				ws[j].Lower == ":" && ws[j].Span.End == ws[j+1].Span.Start)) {
			j++
		}
		if j == i+1 && ws[i].Lower == "$" {
			continue
		}
		out = append(out, spanCand{start: i, end: j, kind: ANumber})
		if j < len(ws) && !ws[j].Punct && !ws[j].Stop && (q.Type != QHowMany || q.Unit == "") && ws[j].Lower != q.Unit {
			u := ws[j].Lower
			k := ANumber
			if timeUnits[u] {
				k = ATime
				if q.Unit == "long" || q.Unit == "old" {
					k = ANumber
				}
			}
			out = append(out, spanCand{start: i, end: j + 1, kind: k})
		}
		i = j - 1
	}
	return out
}

// timeCands finds dates and times: "February 3, 2016", "the 1990s",
// "Wednesday", "this week", "the 19th century".
func timeCands(ws []qaWord, years bool) []spanCand {
	var out []spanCand
	isDate := func(w qaWord) bool {
		l := w.Lower
		return monthNames[l] && (w.Cap || l != "may") || dayNames[l] || isYear(l) || isDecade(l)
	}
	for i := 0; i < len(ws); i++ {
		if !isDate(ws[i]) {
			continue
		}
		start, end := i, i+1
		for end < len(ws) {
			w := ws[end]
			if isDate(w) || w.Num && len(w.Lower) <= 2 || w.Lower == "," && end+1 < len(ws) && (isYear(ws[end+1].Lower) || ws[end+1].Num) || timeWords[w.Lower] ||
				(w.Lower == "to" || w.Lower == "and" || w.Lower == "–" || w.Lower == "-") && end+1 < len(ws) && isDate(ws[end+1]) {
				end++
				continue
			}
			break
		}
		for start > 0 {
			p := ws[start-1]
			if p.Num && len(p.Lower) <= 2 || isOrdinal(p.Lower) || p.Lower == "early" || p.Lower == "late" || p.Lower == "mid" || p.Lower == "of" && start > 1 && (ws[start-2].Num || isOrdinal(ws[start-2].Lower)) {
				start--
				continue
			}
			break
		}
		out = append(out, spanCand{start: start, end: end, kind: ATime})
		if start > 0 && timeBounds[ws[start-1].Lower] {
			// "after 1279", "between 2005 and 2010", "before 1900"
			out = append(out, spanCand{start: start - 1, end: end, kind: ATime})
		}
		if years && end-start > 1 {
			for k := start; k < end; k++ {
				if isYear(ws[k].Lower) {
					out = append(out, spanCand{start: k, end: k + 1, kind: ATime})
				}
			}
		}
		i = end - 1
	}
	// relative times and centuries: this week, last year, 19th century
	for i := 0; i+1 < len(ws); i++ {
		l := ws[i].Lower
		if (l == "this" || l == "last" || l == "next" || l == "early" || l == "late" || isOrdinal(l)) && timeWords[ws[i+1].Lower] {
			out = append(out, spanCand{start: i, end: i + 2, kind: ATime})
		}
	}
	return out
}

// timeBounds are prepositions that make a time a bound or a range.
var timeBounds = set(`after before between since until by around circa`)

func isDecade(s string) bool { return len(s) == 5 && isYear(s[:4]) && s[4] == 's' }

func isOrdinal(s string) bool {
	if len(s) < 3 {
		return false
	}
	suf := s[len(s)-2:]
	if suf != "st" && suf != "nd" && suf != "rd" && suf != "th" {
		return false
	}
	for _, c := range s[:len(s)-2] {
		if !unicode.IsDigit(c) {
			return false
		}
	}
	return true
}

// reasonCands returns the clause after "because", "due to", "since", "so
// that", "in order to" and an infinitive "to".
func reasonCands(ws []qaWord) []spanCand {
	out := clauseAfter(ws, set(`because since due as after for`), AReason)
	for i := 0; i+1 < len(ws); i++ {
		if ws[i].Lower == "to" && !ws[i+1].Cap && !ws[i+1].Stop && !ws[i+1].Num {
			end := clauseEnd(ws, i+1)
			out = append(out, spanCand{start: i, end: end, kind: AReason})
		}
	}
	return out
}

// clauseAfter returns, for each cue word, the words after it up to the end
// of the clause.
func clauseAfter(ws []qaWord, cues map[string]bool, kind AnswerType) []spanCand {
	var out []spanCand
	for i := 0; i+1 < len(ws); i++ {
		if !cues[ws[i].Lower] {
			continue
		}
		start := i + 1
		if ws[start].Lower == "of" || ws[start].Lower == "to" || ws[start].Lower == "that" {
			start++
		}
		if start >= len(ws) {
			continue
		}
		end := clauseEnd(ws, start)
		if end > start {
			out = append(out, spanCand{start: start, end: end, kind: kind})
		}
	}
	return out
}

// clauseEnd returns the index of the first clause-ending mark at or after i.
func clauseEnd(ws []qaWord, i int) int {
	for j := i; j < len(ws); j++ {
		if ws[j].Punct && strings.ContainsAny(ws[j].Lower, ",;:.!?()“”\"") {
			return j
		}
	}
	return len(ws)
}

// chunkCands returns the runs of content words between function words and
// punctuation, as rough noun phrases, and runs joined by "of".
func chunkCands(ws []qaWord, inQ []bool) []spanCand {
	var out []spanCand
	var runs [][2]int
	brk := func(k int) bool {
		if isClitic(ws[k]) && k > 0 && k+1 < len(ws) && !ws[k-1].Stop && !ws[k+1].Stop && !ws[k+1].Punct {
			return false // bachelor's degree
		}
		return ws[k].Punct || ws[k].Stop || inQ[k] || isVerbLike(ws[k]) || isPresentVerb(ws, k)
	}
	for i := 0; i < len(ws); {
		if brk(i) {
			i++
			continue
		}
		j := i
		for j < len(ws) && !brk(j) {
			j++
		}
		runs = append(runs, [2]int{i, j})
		out = append(out, spanCand{start: i, end: j, kind: AThing})
		i = j
	}
	// longer phrases: a chunk and the chunks that follow it across
	// "of", "and", "or", "for", "in", articles and possessives, up to
	// phraseMax words
	for k := range runs {
		end := runs[k][1]
		for m := k + 1; m < len(runs); m++ {
			gap := ws[end:runs[m][0]]
			if len(gap) == 0 || len(gap) > 2 || runs[m][1]-runs[k][0] > phraseMax {
				break
			}
			ok := true
			for _, g := range gap {
				if !phraseGlue[g.Lower] {
					ok = false
				}
			}
			if !ok {
				break
			}
			end = runs[m][1]
			out = append(out, spanCand{start: runs[k][0], end: end, kind: AThing})
		}
	}
	return out
}

// lengthBonus favours longer candidates up to four words: SQuAD's gold
// answers average 3.9 words where the chunks this file finds average 1.4.
const lengthBonus = 0.03

// phraseGlue may join two chunks into one phrase.
var phraseGlue = set(`of and or for in on the a an 's ’s`)

// phraseMax is the longest phrase candidate, in words.
const phraseMax = 10

// isClitic reports whether w is the possessive 's split from a word.
func isClitic(w qaWord) bool { return w.Lower == "'s" || w.Lower == "’s" }

// cutsName reports whether [start, end) begins or ends inside a run of
// capitalized words, so that it holds only part of a name.
func cutsName(ws []qaWord, start, end int) bool {
	inName := func(i int) bool { return i >= 0 && i < len(ws) && ws[i].Cap && !ws[i].Punct }
	return start > 1 && inName(start-1) && inName(start) || inName(end-1) && inName(end)
}

// isAdjectiveLike guesses from its ending that a lower-case word is an
// adjective, which alone rarely answers a question.
func isAdjectiveLike(w qaWord) bool {
	if w.Cap || w.Num || len(w.Lower) < 5 {
		return false
	}
	for _, suf := range []string{"al", "ive", "ous", "ic", "ful", "less", "able", "ible", "ent", "ant"} {
		if strings.HasSuffix(w.Lower, suf) {
			return true
		}
	}
	return ordinalWords[w.Lower]
}

var ordinalWords = set(`first second third fourth fifth sixth seventh eighth ninth tenth last next previous`)

// namingCue reports whether the words before ws[i] name it: "called",
// "named", "known as", "referred to as", "termed".
func namingCue(ws []qaWord, i int) bool {
	p := ws[i-1].Lower
	if p == "a" || p == "an" || p == "the" {
		if i < 2 {
			return false
		}
		i--
		p = ws[i-1].Lower
	}
	switch p {
	case "called", "named", "termed", "dubbed", "titled", "entitled":
		return true
	case "as":
		return i >= 2 && (ws[i-2].Lower == "known" || ws[i-2].Lower == "to" || ws[i-2].Lower == "referred")
	}
	return false
}

// isVerbLike guesses that a lower-case word is a verb: a past form in -ed or
// a common verb. Chunks break at verbs so that they stay noun phrases.
func isVerbLike(w qaWord) bool {
	if w.Cap || w.Num {
		return false
	}
	l := w.Lower
	return len(l) > 4 && strings.HasSuffix(l, "ed") || len(l) > 5 && strings.HasSuffix(l, "ing") || commonVerbs[l] ||
		len(l) > 5 && strings.HasSuffix(l, "ly") && !strings.HasSuffix(l, "ply") && !strings.HasSuffix(l, "bly")
}

// isPresentVerb guesses that ws[k], a lower-case word in -s followed by a
// determiner or "that", is a verb: "the Act recognises two categories".
func isPresentVerb(ws []qaWord, k int) bool {
	w := ws[k]
	if w.Cap || w.Num || len(w.Lower) < 4 || !strings.HasSuffix(w.Lower, "s") || strings.HasSuffix(w.Lower, "ss") || k+1 >= len(ws) {
		return false
	}
	switch ws[k+1].Lower {
	case "the", "a", "an", "that", "his", "her", "their", "its", "two", "when":
		return true
	}
	return false
}

// entityCands turns the analysis's entities mentioned in the sentence into
// candidates of their kind.
func entityCands(a *Analysis, ix *qaIndex, s qaSent) []spanCand {
	if len(a.Entities) == 0 || s.last <= s.first {
		return nil
	}
	lo, hi := ix.words[s.first].Span.Start, ix.words[s.last-1].Span.End
	var out []spanCand
	for _, e := range a.Entities {
		kind := entityAnswerType(e.Kind)
		for _, m := range e.Mentions {
			if m.Start < lo || m.End > hi {
				continue
			}
			start, end := -1, -1
			for k := s.first; k < s.last; k++ {
				w := ix.words[k].Span
				if start < 0 && w.Start >= m.Start {
					start = k
				}
				if w.End <= m.End {
					end = k + 1
				}
			}
			if start >= 0 && end > start {
				out = append(out, spanCand{start: start - s.first, end: end - s.first, kind: kind})
			}
		}
	}
	return out
}

func entityAnswerType(k EntityKind) AnswerType {
	switch k {
	case Person:
		return APerson
	case Organization:
		return AOrganization
	case Place:
		return APlace
	case Date:
		return ATime
	case Number, Money:
		return ANumber
	}
	return AThing
}
