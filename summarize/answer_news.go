package summarize

// Typed answers for the questions a newsroom chat asks of a story: what a
// plan costs, what a rate changes to, how a vote split. They read the
// answer off the shape of the sentence ("a $48.2 million plan", "from 8% to
// 11%", "voted 6-3") instead of scoring every phrase in it.

// costWords ask what something costs; the answer is a sum of money that
// modifies the thing asked about.
var costWords = qaSet(`cost costs costing price priced worth spend spent spending pay paid budget fund`)

// oldValueWords make "what was the X" ask for the value before a change.
var oldValueWords = qaSet(`was were old previous previously before used former original`)

// valueWords ask for a value rather than name what it is of: "how much",
// "the new tax", "the old rate".
var valueWords = qaSet(`much many new now current currently old previous previously former original`)

// againstWords and forWords pick a side of a "6-3" vote tally.
var (
	againstWords = qaSet(`against opposed oppose opposing no nay dissent dissented dissenting`)
	forWords     = qaSet(`for favor favour support supported yes aye approve approved`)
)

// answerNews tries the typed rules in turn; ok is false when none applies,
// and the general retrieval answers instead.
func answerNews(a *Analysis, ix *qaIndex, q Question, r Response) (Response, bool) {
	terms, groups := q.query()
	if groups == 0 {
		return r, false
	}
	if q.Type == QWhat || q.Type == QHowMuch {
		if got, ok := answerChange(a, ix, q, r); ok {
			return got, true
		}
	}
	if q.Type == QHowMany || q.Type == QWhat && (q.Unit == "vote" || q.Unit == "tally") {
		if got, ok := answerTally(a, ix, q, r); ok {
			return got, true
		}
	}
	if q.Type == QHowMuch || q.Type == QWhat {
		if got, ok := answerAmount(a, ix, q, r, terms, groups); ok {
			return got, true
		}
	}
	return r, false
}

// questionNouns returns the stems of the question's content words that are
// not the cost words, the question's verbs or its wh-phrase.
func questionNouns(q Question) []string {
	var out []string
	for _, f := range q.Focus {
		if costWords[f] || qaAuxVerbs[f] || valueWords[f] {
			continue
		}
		out = append(out, qaStem(f))
	}
	return out
}

// answerAmount answers "how much does the plan cost?", "what is the plan
// worth?" and "how much is the plan?" with the sum of money written just
// before the noun asked about: "a $48.2 million plan". A what-question must
// ask about cost; only a sentence that holds enough of the question's words
// counts.
func answerAmount(a *Analysis, ix *qaIndex, q Question, r Response, terms []qterm, groups int) (Response, bool) {
	cost := false
	for _, f := range q.Focus {
		cost = cost || costWords[f]
	}
	nouns := questionNouns(q)
	if !cost && q.Type != QHowMuch || len(nouns) == 0 {
		return r, false
	}
	for si, s := range ix.sents {
		ws := ix.words[s.first:s.last]
		for i := 0; i < len(ws); i++ {
			if ws[i].Lower != "$" {
				continue
			}
			j := i + 1
			for j < len(ws) && (ws[j].Num || qaNumberScale[ws[j].Lower]) {
				j++
			}
			if j == i+1 || j >= len(ws) || !containsStem(nouns, ws[j].Stem) {
				continue
			}
			if ix.coverage(si, terms, groups) < minCoverageNamed {
				continue
			}
			return typedResponse(a, ix, r, si, s.first+i, s.first+j, 0.9), true
		}
	}
	return r, false
}

// answerChange answers "what will the parking tax be?" from "raises the
// downtown parking tax from 8% to 11%": the value after "to", or the one
// after "from" when the question asks what it was. Every content word of the
// question must stand within the few words before "from".
func answerChange(a *Analysis, ix *qaIndex, q Question, r Response) (Response, bool) {
	nouns := questionNouns(q)
	if len(nouns) == 0 {
		return r, false
	}
	old := false
	for _, w := range q.words {
		old = old || oldValueWords[w.Lower]
	}
	if last := lastWord(q.words); last == "to" {
		old = false // "what was the tax raised to?"
	} else if last == "from" {
		old = true
	}
	for si, s := range ix.sents {
		ws := ix.words[s.first:s.last]
		for i := 1; i+3 < len(ws); i++ {
			if ws[i].Lower != "from" {
				continue
			}
			x0, x1 := numberRun(ws, i+1)
			if x1 == x0 || x1 >= len(ws) || ws[x1].Lower != "to" {
				continue
			}
			y0, y1 := numberRun(ws, x1+1)
			if y1 == y0 || !wordsBefore(ws, i, nouns, changeWindow) {
				continue
			}
			start, end := y0, y1
			if old {
				start, end = x0, x1
			}
			return typedResponse(a, ix, r, si, s.first+start, s.first+end, 0.9), true
		}
	}
	return r, false
}

// changeWindow is how many words before "from" the question's words may
// stand: "the downtown parking tax from" has them within four.
const changeWindow = 5

// numberRun returns the words from i on that make one amount: "$", digits,
// "million", "%".
func numberRun(ws []qaWord, i int) (int, int) {
	j := i
	for j < len(ws) && (ws[j].Num || ws[j].Lower == "$" || ws[j].Lower == "%" || j > i && qaNumberScale[ws[j].Lower]) {
		j++
	}
	if j == i+1 && ws[i].Lower == "$" {
		return i, i
	}
	return i, j
}

// wordsBefore reports whether every stem stands among the n words before i.
func wordsBefore(ws []qaWord, i int, stems []string, n int) bool {
	for _, st := range stems {
		found := false
		for k := max(0, i-n); k < i; k++ {
			if ws[k].Stem == st {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func containsStem(stems []string, s string) bool {
	for _, x := range stems {
		if x == s {
			return true
		}
	}
	return false
}

func lastWord(ws []qaWord) string {
	for k := len(ws) - 1; k >= 0; k-- {
		if !ws[k].Punct {
			return ws[k].Lower
		}
	}
	return ""
}

// typedResponse fills r with the words ix.words[start:end] of sentence si.
func typedResponse(a *Analysis, ix *qaIndex, r Response, si, start, end int, conf float64) Response {
	sent := a.Sentences[si]
	r.Evidence = Evidence{Text: sent.Text, Span: sent.Span, Sentence: si}
	r.Span = Span{ix.words[start].Span.Start, ix.words[end-1].Span.End}
	r.Text = r.Span.In(a.Text)
	r.Confidence, r.Found = conf, true
	return r
}

// tallySide narrows a vote tally answer ("6-3") to the side a how-many
// question asks about: the first number for "voted for", the second for
// "voted against". It leaves any other answer alone.
func tallySide(ix *qaIndex, q Question, c spanCand) spanCand {
	if q.Type != QHowMany || c.end-c.start != 2 || !ix.words[c.start].Num || !ix.words[c.start+1].Num {
		return c
	}
	a, b := ix.words[c.start].Span, ix.words[c.start+1].Span
	if b.Start != a.End+1 {
		return c // "6-3" is written as one word with a hyphen
	}
	for _, w := range q.words {
		switch {
		case againstWords[w.Lower]:
			c.start++
			return c
		case forWords[w.Lower]:
			c.end--
			return c
		}
	}
	return c
}

// fitsShape reports whether a candidate can answer the question at all: a
// why-question wants a reason clause, a how-many or how-much question
// anything but a name. (Asking a how-many answer to hold a numeral cost
// 0.4 points of evidence on SQuAD dev: "several", "a dozen" and sentences
// that spell the count out in words lost their answer.)
func fitsShape(c spanCand, q Question) bool {
	switch {
	case q.Expect == AReason:
		return c.kind == AReason
	case q.Type == QHowMany || q.Type == QHowMuch:
		switch c.kind {
		case APerson, AOrganization, APlace, "name":
			return false
		}
	}
	return true
}

// voteWords are the stems of the verbs a vote tally follows ("voted 6-3",
// "passed 52-48"); a how-many question about a vote names one of them.
var voteWords = qaStemSet(qaSet(`vote voted votes voting approve approved pass passed reject rejected ballot`))

// answerTally answers "how many council members voted against?" from a
// vote tally: "voted 6-3" gives 3 against and 6 for; "what was the vote?"
// gets all of it. The question must name
// the vote, and the tally must follow a vote verb within two words.
func answerTally(a *Analysis, ix *qaIndex, q Question, r Response) (Response, bool) {
	vote := false
	for _, w := range q.words {
		vote = vote || containsStem(voteWords, w.Stem)
	}
	if !vote {
		return r, false
	}
	for si, s := range ix.sents {
		ws := ix.words[s.first:s.last]
		for i := 1; i+1 < len(ws); i++ {
			x, y := ws[i], ws[i+1]
			if !x.Num || !y.Num || y.Span.Start != x.Span.End+1 || len(x.Lower) > 3 || len(y.Lower) > 3 {
				continue
			}
			verb := false
			for k := max(0, i-2); k < i; k++ {
				verb = verb || containsStem(voteWords, ws[k].Stem)
			}
			if !verb {
				continue
			}
			c := tallySide(ix, q, spanCand{start: s.first + i, end: s.first + i + 2})
			return typedResponse(a, ix, r, si, c.start, c.end, 0.8), true
		}
	}
	return r, false
}

// eventGroups returns the query groups (see Question.query) of the verbs
// of the question's event: a verb form ("why was the trip postponed?") or
// the word after a capitalized subject ("why did Okafor withdraw her
// plan?" -> withdraw). With none of them it returns the last group, the
// question's last content word.
func (q *Question) eventGroups() []int {
	var out []int
	seen := make(map[string]bool)
	g := 0
	for _, f := range q.Focus {
		stem := qaStem(f)
		if seen[stem] {
			continue
		}
		seen[stem] = true
		for k, w := range q.words {
			if w.Lower != f || w.Cap {
				continue
			}
			if qaVerbLike(w) || k > 1 && q.words[k-1].Cap && !q.words[k-1].Punct {
				out = append(out, g)
				break
			}
		}
		g++
	}
	if len(out) == 0 && g > 0 {
		out = append(out, g-1)
	}
	return out
}

// matchesAll reports whether sentence i matches every one of the groups.
func (ix *qaIndex) matchesAll(i int, terms []qterm, groups []int) bool {
	for _, g := range groups {
		if !ix.matches(i, terms, g) {
			return false
		}
	}
	return true
}

// matchedOutside reports whether a question word matched outside [start,
// end): a reason clause explains an event the sentence names elsewhere
// ("Reyes, who voted against the plan, said the city was spending money it
// did not have"), not one inside the clause itself.
func matchedOutside(matched []int, start, end int) bool {
	for _, m := range matched {
		if m < start || m >= end {
			return true
		}
	}
	return false
}
