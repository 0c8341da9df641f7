package summarize

import "strings"

// attrib is an attribution found in the frame: the speaker's noun phrase
// (token range, sa < 0 when none) and the cue (token range).
type attrib struct {
	sa, sb int
	ca, cb int
}

func noAttrib() attrib { return attrib{sa: -1, sb: -1, ca: -1, cb: -1} }

func (a attrib) ok() bool { return a.sa >= 0 }

// frame reads the tokens around quotes.
type frame struct {
	text  string
	lower string // text with ASCII capitals lowered (lowerText): a token's lower-case form unless own
	toks  []qtok
	own   []ownLow // the tokens with lower-case forms of their own, in text order
	lows  string   // those forms

	quotes   []int32    // the quote tokens, in order
	caps     []int32    // the words that start with a capital, in order
	cueSents []tokRange // the sentences that hold a cue word (indirectCues)

	// sentStart is where the sentence tokenize reads starts: kept here, not
	// in a local, as tokenize's loop would save it at every turn.
	sentStart int

	ms     []nameMention // the persons the text names, once mentions has read them
	msRead bool

	s *quoteScratch // the buffers the frame's lists are made in
}

// release hands the frame's lists back to its scratch for the next call,
// those that hold strings cleared so that they keep no text alive.
func (f *frame) release() {
	s := f.s
	s.toks, s.quotes, s.caps, s.cueSents = f.toks[:0], f.quotes[:0], f.caps[:0], f.cueSents[:0]
	if f.msRead {
		clear(f.ms)
		s.ms = f.ms[:0]
	}
	clear(s.latest.keys)
}

// mentions returns the persons the text names (collectMentions), read at
// the first question: a text with no quote never asks.
func (f *frame) mentions() []nameMention {
	if !f.msRead {
		f.ms, f.msRead = f.collectMentions(), true
	}
	return f.ms
}

// lw returns the lower-case form of token t: a word with ’ read as ', the
// punctuation itself, every dash as "-".
// Quotes, sentence ends and paragraph breaks read as "".
func (f *frame) lw(t qtok) string {
	if t.hasOwn() {
		return f.ownForm(t.s)
	}
	if t.kind() > qPunct {
		return ""
	}
	return f.lower[t.s:t.e]
}

// ownForm returns the lower-case form kept for the own token that starts
// at s.
func (f *frame) ownForm(s int32) string {
	lo, hi := 0, len(f.own)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if f.own[m].s < s {
			lo = m + 1
		} else {
			hi = m
		}
	}
	o := f.own[lo]
	return f.lows[o.lo:o.hi]
}

// lowOf returns the lower-case form of token i.
func (f *frame) lowOf(i int) string { return f.lw(f.toks[i]) }

func (f *frame) word(i int) bool { return i >= 0 && i < len(f.toks) && f.toks[i].kind() == qWord }

func (f *frame) low(i int) string {
	if !f.word(i) {
		return ""
	}
	return f.lowOf(i)
}

func (f *frame) punct(i int, p string) bool {
	if i < 0 || i >= len(f.toks) || f.toks[i].kind() != qPunct {
		return false
	}
	if t := f.toks[i]; !t.hasOwn() {
		return f.text[t.s:t.e] == p // punctuation reads as itself
	}
	return p == "-" // a dash, the only punctuation with a form of its own
}

// isCue reports whether token i is a cue verb; weak cues count only when
// strong is false.
func (f *frame) isCue(i int, strong bool) bool {
	if !f.word(i) {
		return false
	}
	t := f.toks[i]
	if t.cls&wCue == 0 {
		// "Trump shot back", "her husband cut in", "Trump went on".
		return t.cls&wPhrasal != 0 && cueParticles[f.low(i+1)] && !t.capital()
	}
	if t.capital() && i > 0 && f.toks[i-1].kind() == qWord {
		return false // "Sen. Mark Warner" is no cue; a sentence-initial "Said" is
	}
	if f.is(i-1, wDeterminer) || strings.HasSuffix(f.low(i-1), "'s") {
		return false // "the report", "Clinton’s claims": a noun
	}
	return !strong || t.cls&wWeakCue == 0
}

// isAccordingTo reports whether tokens i, i+1 are "according to".
func (f *frame) isAccordingTo(i int) bool {
	return f.is(i, wAccording) && f.low(i+1) == "to"
}

// npBack returns the first token of the noun phrase that ends at token i and
// starts no earlier than rs, or -1.
func (f *frame) npBack(i, rs int) int {
	if i < rs || !f.word(i) {
		return -1
	}
	t := f.toks[i]
	if f.pronounLike(t) {
		return i
	}
	if t.capital() {
		j := i
		for j-1 >= rs && f.word(j-1) {
			p := f.toks[j-1]
			if p.capital() && !(p.cls&wPronoun != 0) {
				j--
				continue
			}
			if (p.cls&wNameJoiner != 0) && j-2 >= rs && f.word(j-2) && f.toks[j-2].capital() {
				j--
				continue
			}
			break
		}
		for j-1 >= rs && f.word(j-1) && (f.is(j-1, wRole) || f.is(j-1, wTitleAdj) || f.toks[j-1].capital() && f.is(j-1, wTitleAdj)) {
			j-- // "Democratic pollster Stan Greenberg"
			for j-1 >= rs && f.word(j-1) && f.toks[j-1].capital() && !f.is(j-1, wLeadingFunction) {
				j--
			}
		}
		for j < i && f.is(j, wLeadingFunction) && !f.is(j, wDeterminer) {
			j++
		}
		if f.is(j, wLeadingFunction) && !f.is(j, wDeterminer) || j == i && (t.cls&wDeterminer != 0) {
			return -1
		}
		// "the New York businessman" is read in the lower-case branch; here
		// only a determiner right before the run joins it ("the Post").
		if j-1 >= rs && (f.low(j-1) == "the") {
			j--
		}
		return j
	}
	nounUse := i > rs && (f.is(i-1, wDeterminer) || f.low(i-1) == "of")
	if (t.cls&wNPStop != 0) || (t.cls&wDeterminer != 0) || (t.cls&wPrep != 0) || (t.cls&wCue != 0) && !nounUse || strings.HasSuffix(f.lw(t), "ly") ||
		len(f.lw(t)) > 4 && strings.HasSuffix(f.lw(t), "ed") || (t.cls&wAuxAdverb != 0) {
		return -1
	}
	j := i
	for n := 0; j-1 >= rs && f.word(j-1) && n < 6; n++ {
		p := f.toks[j-1]
		if p.cls&wDeterminer != 0 {
			j--
			for j-1 >= rs && f.word(j-1) && (f.lowOf(j-1) == "the" || f.lowOf(j-1) == "all" || f.lowOf(j-1) == "both") {
				j-- // "the other hand"
			}
			break
		}
		if p.capital() && !(p.cls&wPronoun != 0) {
			j--
			continue
		}
		if (p.cls&wNPStop != 0) || (p.cls&wPrep != 0) || (p.cls&wPronoun != 0) || (p.cls&wCue != 0) {
			break
		}
		j--
	}
	return j
}

// subjectBefore returns the speaker of the cue verb at token v: the noun
// phrase before it, across auxiliaries and adverbs ("has also said"), an
// appositive ("Clinton, the former secretary of state, said") and a phrase of
// time or place ("Trump on Tuesday said").
func (f *frame) subjectBefore(v, rs int) (int, int, bool) {
	if f.word(v-1) && f.toks[v-1].cls&wPassiveAux != 0 && !strings.HasSuffix(f.lowOf(v), "ing") {
		// "Rubio was asked by Gerard Baker": the agent, if any, speaks.
		if f.low(v+1) == "by" {
			if e := f.npFwd(v+2, len(f.toks)); e > 0 {
				return v + 2, e, true
			}
		}
		return 0, 0, false
	}
	i := v - 1
	for {
		for i >= rs && f.word(i) && !f.toks[i].capital() && (f.is(i, wAuxAdverb) || strings.HasSuffix(f.lowOf(i), "ly")) {
			i--
		}
		// "who has in the past described": a phrase of time among the auxiliaries.
		a := f.npBack(i, rs)
		if a-2 < rs || a < 0 || !f.is(a-1, wPrep) || f.toks[a-1].capital() || !f.is(a-2, wAuxAdverb) || f.toks[i].capital() {
			break
		}
		i = a - 2
	}
	i = f.skipTimeBack(i, rs)
	if f.low(i) == "who" && i > rs {
		// "Braynard, a South Carolina native who writes", "leaders who
		// say": the relative pronoun's antecedent speaks; a name before an
		// appositive wins over the appositive.
		j := i - 1
		if f.punct(j, ",") {
			j--
		}
		a := f.npBack(j, rs)
		if a < 0 {
			return 0, 0, false
		}
		if f.punct(a-1, ",") && f.word(a-2) && f.toks[a-2].capital() {
			if n := f.npBack(a-2, rs); n >= 0 && !f.is(n, wPronoun) {
				return n, a - 1, true
			}
		}
		return a, j + 1, true
	}
	if l := f.low(i); l == "and" || l == "but" {
		// "Reed said … but called it …": the subject of the first verb.
		if at := f.subjectIn(rs, i); at.ok() {
			return at.sa, at.sb, true
		}
		return 0, 0, false
	}
	if f.punct(i, ",") && f.punct(i-1, ")") {
		i-- // "Sen. Jack Reed (D-R.I.), said"
	}
	if l := f.low(i); strings.HasSuffix(f.lowOf(v), "ing") && (l == "by" || l == "after" || l == "before" || l == "while" || l == "when") {
		// "Husted continued by saying": the clause's subject.
		if at := f.subjectIn(rs, i); at.ok() {
			return at.sa, at.sb, true
		}
		return 0, 0, false
	}
	if f.punct(i, ",") && strings.HasSuffix(f.lowOf(v), "ing") {
		// "Trump went after Bush, calling him …": the main clause's subject.
		if at := f.subjectIn(rs, i); at.ok() {
			return at.sa, at.sb, true
		}
		return 0, 0, false
	}
	if f.punct(i, ")") {
		// "Gov. John Kasich (R-OH) said"
		k := i - 1
		for k > rs && !f.punct(k, "(") && i-k < 12 {
			k--
		}
		if !f.punct(k, "(") {
			return 0, 0, false
		}
		i = k - 1
	}
	if i >= rs && (f.punct(i, ",") || f.punct(i, "-")) {
		p := f.lowOf(i)
		k := i - 1
		for ; k > rs && i-k < 30; k-- {
			if f.toks[k].kind() == qStop || f.toks[k].kind() == qPara {
				return 0, 0, false
			}
			if f.punct(k, p) {
				break
			}
		}
		if k <= rs || !f.punct(k, p) {
			return 0, 0, false
		}
		if p == "," && i-k >= 2 && i-k <= 5 && f.capRunEnd(k+1, i) == i && !f.toks[k-1].capital() && f.word(k-1) {
			// "Trump's attorney, Alan Garten, said": the name in the
			// appositive of a title speaks.
			return k + 1, i, true
		}
		if f.punct(k-1, ")") {
			// "Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said"
			o := k - 2
			for o > rs && !f.punct(o, "(") && k-o < 12 {
				o--
			}
			if f.punct(o, "(") && f.word(o-1) && f.toks[o-1].capital() {
				k = o
			}
		}
		if !f.word(k-1) || !f.toks[k-1].capital() {
			// "Marty West, an education professor …, one of …, called":
			// the name before an earlier comma that starts the clause.
			if a := f.npBack(k-1, rs); a == rs && f.is(a, wDeterminer) && !f.toks[k-1].capital() && f.word(k-1) {
				// "The lawmaker, who represents a district …, said"
				return a, k, true
			}
			k = f.nameBeforeComma(k, rs)
			if k < 0 {
				return 0, 0, false
			}
		} else if c := f.nameBeforeComma(k, rs); c > 0 && c < k && f.npBack(c-1, rs) == rs && !f.punct(c+1, "(") {
			// "Cory James, 22, of Flint, Mich., said", "Clinton, during a
			// town hall meeting in Columbus, Ohio, said": the name that opens
			// the clause, not the place in the appositive.
			k = c
		}
		i = f.skipTimeBack(k-1, rs)
	}
	end := i
	a := f.npBack(i, rs)
	if a > rs && strings.HasSuffix(f.lowOf(v), "ing") && f.word(a-1) && !f.toks[a-1].capital() && !f.is(a-1, wPronoun) && f.lowOf(a-1) != "with" {
		// "The town released a statement saying": the NP is an object.
		if at := f.subjectIn(rs, a); at.ok() {
			return at.sa, at.sb, true
		}
	}
	for tries := 0; a >= 0 && tries < 4; tries++ {
		p := a - 1
		if p-1 < rs || !f.word(p) || f.toks[p].capital() || !f.is(p, wPrep) || !f.word(p-1) {
			break
		}
		q := f.toks[p-1]
		if q.capital() || (q.cls&wPronoun != 0) {
			end = p - 1 // "Trump on Tuesday said": the phrase is no part of the speaker
			a = f.npBack(p-1, rs)
			continue
		}
		if (f.lw(q) == "and" || f.lw(q) == "but") && !f.is(p, wInnerPrep) {
			// "…, but in a later interview said": the phrase hides the subject.
			if at := f.subjectIn(rs, p-1); at.ok() {
				return at.sa, at.sb, true
			}
			break
		}
		if (q.cls&wNPStop != 0) || (q.cls&wDeterminer != 0) || (q.cls&wCue != 0) || !f.is(p, wInnerPrep) {
			break
		}
		a2 := f.npBack(p-1, rs) // "a spokesman for the agency"
		if a2 < 0 {
			break
		}
		a = a2
	}
	if a < 0 {
		return 0, 0, false
	}
	// "a White House official who spoke anonymously to discuss internal
	// strategy said": the antecedent of the relative clause speaks.
	for k := a - 1; k > rs && a-k <= 12 && f.word(k); k-- {
		if f.lowOf(k) == "who" {
			if n := f.npBack(k-1, rs); n >= 0 && !f.is(n, wPronoun) {
				return n, k, true
			}
			break
		}
	}
	return a, end + 1, true
}

// nameBeforeComma returns the comma at or before token c (within the clause
// from rs) that follows a capitalized name opening the clause or following
// another comma, or -1.
func (f *frame) nameBeforeComma(c, rs int) int {
	for k := c; k > rs && c-k < 40; k-- {
		if !f.punct(k, ",") || !f.word(k-1) || !f.toks[k-1].capital() {
			continue
		}
		a := f.npBack(k-1, rs)
		if a >= 0 && (a == rs || f.punct(a-1, ",")) && !f.is(a, wPronoun) {
			return k
		}
	}
	return -1
}

// passiveAux before a cue make it passive: "was asked", "is quoted".
var passiveAux = quoteWordSet([]string{"was", "were", "is", "are", "been", "being", "be"})

// timeWords make up phrases of time that sit before a cue: "Trump this
// week said", "Clinton, days later, said".
var timeWords = quoteWordSet([]string{
	"this", "last", "next", "week", "weeks", "month", "months", "year", "years", "day", "days", "later",
	"earlier", "ago", "morning", "afternoon", "evening", "night", "tonight", "today", "yesterday",
	"hours", "hour", "minutes", "few", "a", "the", "that", "same", "weekend", "recently",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "on", "in", "at",
})

// skipTimeBack skips a phrase of time words that ends at token i.
func (f *frame) skipTimeBack(i, rs int) int {
	k := i
	for k >= rs && f.word(k) && f.is(k, wTime) {
		k--
	}
	if k == i {
		return i
	}
	// Only a phrase with a time noun in it counts: "the" alone is no time.
	for j := k + 1; j <= i; j++ {
		switch f.lowOf(j) {
		case "a", "the", "that", "this", "last", "next", "few", "same", "on", "in", "at":
		default:
			return k
		}
	}
	return i
}

// npFwd returns the end of the noun phrase that starts at token j (before
// limit), or -1: a pronoun, a run of capitalized words, or a determiner
// phrase with "of", "for", "at", "from" or "with" phrases inside.
func (f *frame) npFwd(j, limit int) int {
	if j >= limit || !f.word(j) {
		return -1
	}
	t := f.toks[j]
	if f.pronounLike(t) {
		return j + 1
	}
	if e := f.titledNameEnd(j, limit); e > 0 {
		return e
	}
	if t.capital() && !(t.cls&wLeadingFunction != 0) {
		return f.capRunEnd(j, limit)
	}
	if (t.cls&wNPStop != 0) || (t.cls&wPrep != 0) || (t.cls&wCue != 0) || strings.HasSuffix(f.lw(t), "ing") || (t.cls&wAuxAdverb != 0) {
		return -1
	}
	e := j
	for n := 0; e < limit && f.word(e) && n < 14; n++ {
		low := f.lowOf(e)
		c, pc := f.toks[e].cls, wclass(0)
		if f.word(e - 1) {
			pc = f.toks[e-1].cls
		}
		if e > j && (c&wNPStop != 0 || c&wCue != 0 && !f.toks[e].capital() && pc&(wDeterminer|wPrep) == 0 ||
			f.pronounLike(f.toks[e]) || (c&wPrep != 0 && c&wInnerPrep == 0)) {
			break
		}
		if e > j+1 && c&wDeterminer != 0 && pc&(wDeterminer|wPrep) == 0 {
			break // a new noun phrase: "The former secretary of State began her speech"
		}
		if e > j+1 && !f.toks[e].capital() && (strings.HasSuffix(low, "ly") || len(low) > 4 && strings.HasSuffix(low, "ed")) {
			break // an adverb or a past verb ends the phrase: "Her campaign quickly blasted"
		}
		e++
	}
	if !(t.cls&wDeterminer != 0) && (e-j > 3 || !pluralish(f.lowOf(e-1))) {
		return -1 // a bare noun phrase is a plural: "sources", "Trump aides"
	}
	for e > j && (f.is(e-1, wDeterminer) || f.is(e-1, wPrep)) {
		e--
	}
	if e == j {
		return -1
	}
	return e
}

// titleAdjs are lower-case words of a title before a name: "former
// secretary of state Hillary Clinton", "Democratic pollster Stan Greenberg".
var titleAdjs = quoteWordSet([]string{
	"former", "presidential", "democratic", "republican", "then", "current", "acting", "senior", "top",
	"longtime", "fellow", "rival", "assistant", "associate", "national", "campaign", "press", "party",
	"gop", "u.s.", "conservative", "liberal", "independent", "retired", "late", "outgoing", "incoming",
	"interim", "veteran", "political", "state", "foreign", "white", "house", "senate", "majority",
	"minority", "republican-leaning", "democratic-leaning", "billionaire", "real", "estate", "chief",
	"deputy", "communications", "policy", "security", "defense", "homeland", "election", "federal",
	"district", "u.s", "american", "british", "of", "the",
})

// titledNameEnd returns the end of a name with its title that starts at j
// ("former secretary of state Hillary Clinton", "Republican presidential
// nominee Donald Trump"), or -1 when no title word leads into a name.
func (f *frame) titledNameEnd(j, limit int) int {
	sawTitle := false
	k := j
	for ; k < limit && f.word(k) && k-j < 10; k++ {
		t := f.toks[k]
		if t.cls&wRole != 0 {
			sawTitle = true
			continue
		}
		if (t.cls&wTitleAdj != 0) && !(f.lw(t) == "the" && k > j) && !(f.lw(t) == "of" && k == j) {
			continue
		}
		if t.capital() && sawTitle {
			return f.capRunEnd(k, limit)
		}
		if t.capital() {
			continue
		}
		break
	}
	return -1
}

// pronounBase returns the pronoun of a contraction: he'd is he.
func pronounBase(w string) string {
	if i := strings.IndexByte(w, '\''); i > 0 {
		return w[:i]
	}
	return w
}

// pronounLike reports whether token t is a pronoun, alone or with a clitic
// ("he's", "they'll"): pronouns[pronounBase(f.lw(t))], with the map asked
// only about words with an apostrophe (a token's classes are those of its
// lower-case form, and no pronoun holds an apostrophe).
func (f *frame) pronounLike(t qtok) bool {
	if t.cls&wPronoun != 0 {
		return true
	}
	w := f.lw(t)
	i := strings.IndexByte(w, '\'')
	return i > 0 && pronouns[w[:i]]
}

// pluralish reports whether a bare noun can be a speaker: a plural
// ("officials", "critics") or a collective noun.
func pluralish(w string) bool {
	switch w {
	case "police", "people", "staff", "prosecutors", "officials", "media", "press", "authorities":
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "ous")
}

// innerPreps may join a speaker's noun phrase: "a spokesman for the agency".
var innerPreps = quoteWordSet([]string{"of", "for", "at", "from", "with"})

// skipAppositive returns the index after an appositive that starts with a
// comma at e ("Victor Cha, who served …, said"), or e when there is none.
func (f *frame) skipAppositive(e int) int {
	if !f.punct(e, ",") && !f.punct(e, "-") {
		return e
	}
	p := f.lowOf(e)
	for k := e + 1; k < len(f.toks) && k-e < 30; k++ {
		switch {
		case f.toks[k].kind() == qStop || f.toks[k].kind() == qQuote || f.toks[k].kind() == qPara:
			return e
		case f.punct(k, p):
			return k + 1
		}
	}
	return e
}

// skipParens returns the index after a parenthesis that opens at e
// ("Sen. Jeff Flake (R-Ariz.)"), or e.
func (f *frame) skipParens(e int) int {
	if !f.punct(e, "(") {
		return e
	}
	for k := e + 1; k < len(f.toks) && k-e < 12; k++ {
		if f.punct(k, ")") {
			return k + 1
		}
		if f.toks[k].kind() != qWord && f.toks[k].kind() != qPunct {
			break
		}
	}
	return e
}

// phrasalCues are verbs that make a cue with a particle after them: "shot
// back", "fired back", "cut in", "chimed in", "went on".
var phrasalCues = quoteWordSet([]string{
	"shot", "shoots", "fired", "fires", "hit", "hits", "snapped", "snaps", "pushed", "pushes", "wrote",
	"cut", "cuts", "chimed", "chimes", "went", "goes", "piped", "piping", "spoke", "speaks", "weighed",
	"weighs", "lashed", "lashes", "struck", "strikes", "summed", "sums", "wrapped", "wraps", "broke",
	"opened", "opens", "followed", "follows", "jumped", "jumps", "shouted", "called",
})

// cueParticles complete a phrasal cue.
var cueParticles = quoteWordSet([]string{"back", "in", "on", "up", "out"})
