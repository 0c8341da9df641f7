package summarize

// indirectQuote is reported speech found in a sentence without quote marks.
type indirectQuote struct {
	q  Quote
	at attrib
}

// indirect finds reported speech in the sentences that hold no quote marks:
// "…, officials said." / "According to the report, …" / "Qin said (that) …".
// A sentence with no cue word (indirectCues) holds none and is not read:
// tokenize lists the others.
func (f *frame) indirect() []indirectQuote {
	out := reuse(f.s.indirect, len(f.cueSents)/2+1) // about a third of them are
	for _, r := range f.cueSents {
		if q, ok := f.indirectIn(int(r.a), int(r.b)); ok {
			out = append(out, q)
		}
	}
	return out
}

// firstQuote returns the first quote token at or after token a,
// len(f.toks) when there is none: a binary search of the quote tokens.
func (f *frame) firstQuote(a int) int {
	lo, hi := 0, len(f.quotes)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(f.quotes[m]) < a {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(f.quotes) {
		return int(f.quotes[lo])
	}
	return len(f.toks)
}

// reportCues are the classes of the words reportingVerb reads as a cue.
const reportCues = wCue | wReport | wContent

// hasQuote reports whether a quote token lies in tokens [a, b).
func (f *frame) hasQuote(a, b int) bool { return f.firstQuote(a) < b }

// tailCues are the classes of which tailAttribution needs a word to
// succeed: "according" or a cue verb (isCue reads only words of wCue or
// wPhrasal).
const tailCues = wCue | wPhrasal | wAccording

// minReported is the fewest words reported content has.
const minReported = 3

// indirectIn reads the sentence in tokens [a, b) as reported speech.
func (f *frame) indirectIn(a, b int) (indirectQuote, bool) {
	if b-a < minReported+2 {
		return indirectQuote{}, false
	}
	if f.hasQuote(a, b) {
		// A sentence with quote marks is reported speech only as "X said
		// (that) …" with words of its own around the quote; its quotes keep
		// their own attributions.
		if q, ok := f.reportingVerb(a, b, true); ok {
			return q, ok
		}
		// "… seem enamored with the “Crossroads of America,” according to
		// Politico.": a source named at the end, words of the sentence's own
		// before it.
		for c := b - 1; c > a && b-c <= 12; c-- {
			if f.punct(c, ",") && f.isAccordingTo(c+1) && f.word(a) && f.wordsOutsideQuotes(a, c) >= minReported {
				if at := f.tailAttribution(c+1, b); at.ok() {
					return f.reported(a, c, at)
				}
			}
		}
		return indirectQuote{}, false
	}
	// "…, the lawsuit says." / "…, said RoseAnn DeMoro." A tail
	// attribution has a cue or "according" (tailCues) among its words: a
	// comma with none after it is passed over unread.
	// The commas read are those of the sentence's last 24 tokens before
	// its last word of tailCues.
	lo := max(a+1, b-24)
	c := b - 1
	for c >= lo && f.toks[c].cls&tailCues == 0 {
		c--
	}
	for c--; c >= lo; c-- {
		if f.toks[c].kind() == qPunct && f.punct(c, ",") && c-a >= minReported {
			if at := f.tailAttribution(c+1, b); at.ok() {
				return f.reported(a, c, at)
			}
		}
	}
	// "According to the report, …"
	if f.isAccordingTo(a) {
		if e := f.npFwd(a+2, b); e > 0 {
			for c := e; c < b && c-e < 8; c++ {
				if f.punct(c, ",") && b-c > minReported {
					return f.reported(c+1, b, attrib{sa: a + 2, sb: e, ca: a, cb: a + 2})
				}
			}
		}
	}
	return f.reportingVerb(a, b, false)
}

// reportingVerb reads "Qin said (that) …" / "Officials told reporters on
// Tuesday that …" in the sentence of tokens [a, b). With quoted, the
// content must open with a word and hold enough words outside quote marks.
func (f *frame) reportingVerb(a, b int, quoted bool) (indirectQuote, bool) {
	// The cue is looked for before the sentence's first quote after a: a cue
	// after it is the quote's, read with the quote. Only a word of
	// reportCues can be the cue (a title-case "Says" is a wReport word too),
	// and most words are of none: one test passes them by.
	end := b
	if quoted {
		end = min(f.firstQuote(a+1), b)
	}
	for v := a + 1; v < end; v++ {
		if f.toks[v].cls&reportCues == 0 || !f.word(v) {
			continue
		}
		// A headline in title case: "Clinton Says Russians Hacked DNC".
		headline := f.toks[v].capital() && f.lowOf(v) == "says" && f.word(v-1) && f.toks[v-1].capital() && f.word(v+1) && f.toks[v+1].capital()
		if f.toks[v].capital() && !headline {
			continue
		}
		question := f.toks[v].cls&wCue != 0 && f.toks[v].cls&wQuestionCue != 0 && questionWords[f.low(v+1)]
		if c := f.toks[v].cls; !headline && !question && !(c&wReport != 0 && f.isCue(v, true)) && !(c&wContent != 0 && f.opensClause(v+1, b)) {
			continue
		}
		sa, sb, ok := f.subjectBefore(v, a)
		if ok {
			sa = f.quantifierStart(sa, a)
		}
		if !ok || !clauseOpens(f, a, sa) {
			continue
		}
		k := v + 1
		if f.is(v, wListener) {
			if e := f.npFwd(k, b); e > 0 {
				k = e
			}
		}
		for t := k; t < b && t-k < 10; t++ {
			if f.low(t) == "that" {
				k = t + 1
				break
			}
			if f.toks[t].kind() != qWord {
				break
			}
		}
		if b-k < minReported {
			return indirectQuote{}, false
		}
		if quoted && (!f.word(k) || f.wordsOutsideQuotes(k, b) < minReported) {
			return indirectQuote{}, false
		}
		return f.reported(k, b, attrib{sa: sa, sb: sb, ca: v, cb: v + 1})
	}
	return indirectQuote{}, false
}

// clauseOpens reports whether a subject at token sa opens a clause of the
// sentence that starts at a: the sentence start, or after a comma, a
// semicolon or "and"/"but" ("…, and Farley said she …").
func clauseOpens(f *frame, a, sa int) bool {
	if sa == a {
		return true
	}
	p := f.toks[sa-1]
	return p.kind() == qPunct && (f.lw(p) == "," || f.lw(p) == ";" || f.lw(p) == ":" || f.lw(p) == "-") || f.lw(p) == "and" || f.lw(p) == "but"
}

// reported makes the indirect quote of tokens [a, b) attributed by at.
func (f *frame) reported(a, b int, at attrib) (indirectQuote, bool) {
	for b > a && f.toks[b-1].kind() == qPunct {
		b--
	}
	for a < b && f.toks[a].kind() == qPunct {
		a++
	}
	words := 0
	for i := a; i < b; i++ {
		if f.toks[i].kind() == qWord {
			words++
		}
	}
	if words < minReported {
		return indirectQuote{}, false
	}
	sp := Span{f.toks[a].S(), f.toks[b-1].E()}
	return indirectQuote{q: Quote{Text: f.text[sp.Start:sp.End], Span: sp}, at: at}, true
}

// contentVerbs attribute the clause after them to their subject, like a
// cue, when a clause follows at once: "a new poll shows (that) …", "Trump
// believes he …". PolNeAR annotates these as attributions; they are
// briefly's own list, from the most frequent such cues in PolNeAR's training
// annotations.
var contentVerbs = quoteWordSet([]string{
	"show", "shows", "showed", "found", "finds", "think", "thinks", "thought", "believe", "believes",
	"believed", "fear", "fears", "feared", "hope", "hopes", "hoped", "expect", "expects", "expected",
	"suggest", "suggests", "suggested", "argue", "argues", "argued", "predict", "predicts",
	"insisted", "insists", "estimate", "estimates", "estimated", "concluded", "concludes", "know", "knows",
	"acknowledged", "acknowledges", "conceded", "admitted", "admits", "indicated", "indicates", "reported",
	"reports", "noted", "notes", "asserted", "claims", "claimed", "announced", "announces", "added",
})

// opensClause reports whether a clause opens at token k (before b): "that",
// or a subject (a pronoun, a determiner or a capitalized word) and then,
// within a few words, a lower-case word.
func (f *frame) opensClause(k, b int) bool {
	if !f.word(k) {
		return false
	}
	w := f.lowOf(k)
	if w == "that" {
		return true
	}
	if !(pronouns[pronounBase(w)] || determiners[w] && w != "that" || f.toks[k].capital()) || w == "it" && f.low(k+1) == "" {
		return false
	}
	e := f.npFwd(k, b)
	return e > k && e < b && f.word(e) && !f.toks[e].capital() && !f.is(e, wPrep) && !f.is(e, wClauseStop) && !f.is(e, wDeterminer)
}

// quantifierWords join a poll's share to the group it counts: "six in 10
// voters", "About four out of 10", "A third of independents".
var quantifierWords = quoteWordSet([]string{
	"in", "of", "out", "about", "nearly", "almost", "roughly", "some", "around", "over", "under",
	"more", "than", "less", "fewer", "percent", "a", "third", "quarter", "half", "majority",
	"majorities", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
})

// quantifierStart returns where a subject that starts at sa begins when a
// share stands before it ("six in 10" before "said" reads back only to "10"):
// back across numbers and quantifier words within the sentence from a.
func (f *frame) quantifierStart(sa, a int) int {
	isNum := func(i int) bool {
		w := f.lowOf(i)
		return w != "" && (w[0] >= '0' && w[0] <= '9')
	}
	if !isNum(sa) && !f.is(sa-1, wPrep) {
		return sa
	}
	k := sa
	num := isNum(sa)
	for k-1 >= a && f.word(k-1) && (isNum(k-1) || quantifierWords[f.lowOf(k-1)]) {
		k--
		num = num || isNum(k)
	}
	if !num {
		return sa
	}
	return k
}

// wordsOutsideQuotes counts the word tokens in [a, b).
func (f *frame) wordsOutsideQuotes(a, b int) int {
	n := 0
	for t := a; t < b; t++ {
		if f.toks[t].kind() == qWord {
			n++
		}
	}
	return n
}

// questionCues report a question: "Trump asked whether …", "she wondered
// why …".
var questionCues = quoteWordSet([]string{"asked", "asks", "ask", "wondered", "wonders", "questioned", "questions"})

// questionWords open a reported question.
var questionWords = quoteWordSet([]string{"whether", "if", "why", "how", "what", "when", "where", "who", "which"})
