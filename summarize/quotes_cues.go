package summarize

import "strings"

// listenerCues are cues whose object is the listener or the one spoken of,
// never the speaker: "telling reporters", "calling him".
var listenerCues = quoteWordSet([]string{
	"told", "tell", "tells", "telling", "urge", "urges", "asked", "ask", "asks", "asking", "urged", "urging", "warned",
	"warning", "reminded", "reminding", "informed", "informing", "assured", "assuring", "called", "calling",
	"accused", "accusing", "praised", "praising", "criticized", "criticizing", "described", "describing",
	"saying", "adding", "noting", "arguing", "declaring", "insisting", "claiming", "writing", "tweeting",
})

// namingCues directly before a quote name something: "a group called “…”".
var namingCues = quoteWordSet([]string{"called", "dubbed", "named", "titled", "entitled", "nicknamed", "labeled", "labelled", "known", "billed", "branded"})

// after reads an attribution right after the quote token qi: “…,” Patel
// said / “…,” said Mayor Helen Okafor / “…,” according to the readout.
func (f *frame) after(qi int) attrib {
	j := qi + 1
	// “…” — Maria Lopez, 34 (on the same line or the next): a signed quote.
	d := j
	if d < len(f.toks) && f.toks[d].kind() == qPara {
		d++
	}
	if f.punct(d, "-") && f.word(d+1) && f.toks[d+1].capital() {
		if e := f.npFwd(d+1, len(f.toks)); e > 0 && (e == len(f.toks) || f.toks[e].kind() != qWord) {
			return attrib{sa: d + 1, sb: e, ca: -1, cb: -1}
		}
	}
	if f.punct(j, ",") || f.punct(j, "-") {
		j++
	}
	lim := len(f.toks)
	if f.isAccordingTo(j) {
		if e := f.npFwd(j+2, lim); e > 0 {
			return attrib{sa: j + 2, sb: e, ca: j, cb: j + 2}
		}
		return noAttrib()
	}
	if f.isCue(j, false) {
		if f.is(j, wListener) {
			return noAttrib() // “…,” telling reporters: the speaker is before the quote
		}
		k := j + 1
		if f.low(k) == "in" || f.low(k) == "on" {
			return noAttrib()
		}
		if e := f.npFwd(k, lim); e > 0 {
			return attrib{sa: k, sb: e, ca: j, cb: j + 1}
		}
		return noAttrib()
	}
	e := f.npFwd(j, lim)
	if e < 0 || e-j > 9 {
		return noAttrib()
	}
	ap := f.skipParens(e)
	k := f.skipAppositive(ap)
	inPP := false
	for n := 0; f.word(k) && !f.isCue(k, false) && n < 6; n++ {
		low := f.lowOf(k)
		if preps[low] {
			inPP = true // "a Democratic staffer in the room wondered"
		} else if !auxAdverbs[low] && !strings.HasSuffix(low, "ly") && !(n > 0 && (f.toks[k].capital() || determiners[low] || inPP)) {
			break
		}
		k++
	}
	if f.isCue(k, false) {
		// “…,” Sanders's campaign manager, Jeff Weaver, said: the name in
		// the appositive is the speaker.
		if k > ap && f.word(ap+1) && f.toks[ap+1].capital() {
			if ne := f.npFwd(ap+1, k); ne > 0 && f.punct(ne, ",") && f.toks[ne-1].capital() && !f.toks[e-1].capital() {
				return attrib{sa: ap + 1, sb: ne, ca: k, cb: k + 1}
			}
		}
		return attrib{sa: j, sb: e, ca: k, cb: k + 1}
	}
	// “Go back to Univision,” Trump barked.
	if k == e && f.word(k) && !f.toks[k].capital() && !f.is(k, wNPStop) && !f.is(k, wPrep) && k+1 < len(f.toks) &&
		(strings.HasSuffix(f.lowOf(k), "ed") || strings.HasSuffix(f.lowOf(k), "s")) {
		if n := f.toks[k+1]; n.kind() == qStop || n.kind() == qPara || n.kind() == qPunct && f.lw(n) == "," {
			if t := f.toks[j]; t.capital() || (t.cls&wPronoun != 0) || (t.cls&wDeterminer != 0) {
				return attrib{sa: j, sb: e, ca: k, cb: k + 1}
			}
		}
	}
	return f.afterLong(j)
}

// afterLong reads a speaker too long for a plain noun phrase between a quote
// and its cue: “…,” the bespectacled, 71-year-old diplomat said / “…,”
// Justice Department senior trial counsel Caroline Lewis Wolverton wrote /
// “…,” warm-and-fuzzy Trump said. The first strong cue within a few words
// of the quote, in the same sentence, gives the speaker as its subject,
// which must start at the quote or end a run of words that starts there.
func (f *frame) afterLong(j int) attrib {
	for k := j + 1; k < len(f.toks) && k-j <= 16; k++ {
		switch f.toks[k].kind() {
		case qStop, qPara, qQuote:
			return noAttrib()
		}
		if !f.isCue(k, true) || f.is(k, wListener) && strings.HasSuffix(f.lowOf(k), "ing") {
			continue
		}
		a, b, ok := f.subjectBefore(k, j)
		if !ok || a < j || b > k {
			return noAttrib()
		}
		for t := j; t < a; t++ {
			if !f.word(t) {
				if a-j > 3 {
					return noAttrib()
				}
				break
			}
		}
		return attrib{sa: a, sb: b, ca: k, cb: k + 1}
	}
	return noAttrib()
}

// afterInverted reads “This is fantastic!” beamed Donald Hartley: a verb
// that is no cue, then a name, then the end of the clause.
func (f *frame) afterInverted(qi int) attrib {
	j := qi + 1
	if f.punct(j, ",") {
		j++
	}
	if !f.word(j) || f.toks[j].capital() || !strings.HasSuffix(f.lowOf(j), "ed") || f.is(j, wNPStop) {
		return noAttrib()
	}
	if !f.word(j+1) || !f.toks[j+1].capital() || f.is(j+1, wLeadingFunction) {
		return noAttrib()
	}
	e := f.npFwd(j+1, len(f.toks))
	if e < 0 {
		return noAttrib()
	}
	return attrib{sa: j + 1, sb: e, ca: j, cb: j + 1}
}

// finalAttribution reads an attribution that ends the sentence of token qi:
// “…” on minorities, the lawsuit says. / “…” about it, said RoseAnn DeMoro.
func (f *frame) finalAttribution(qi int) attrib {
	end := qi + 1
	for end < len(f.toks) && f.toks[end].kind() != qStop && f.toks[end].kind() != qPara && end-qi < 60 {
		if f.toks[end].kind() == qQuote {
			return noAttrib()
		}
		end++
	}
	if end >= len(f.toks) || f.toks[end].kind() == qQuote {
		return noAttrib()
	}
	// "…, says Evan Tracey, a Republican media consultant in Alexandria, Va.":
	// the attribution may be followed by appositives.
	for c := qi + 1; c < end; c++ {
		if f.punct(c, ",") {
			if at := f.tailAttribution(c+1, end); at.ok() {
				return at
			}
		}
	}
	return noAttrib()
}

// tailAttribution reads tokens [j, end) as a whole attribution clause:
// "the lawsuit says", "said RoseAnn DeMoro, executive director …",
// "according to the report", "he added in a statement".
func (f *frame) tailAttribution(j, end int) attrib {
	if f.low(j) == "as" {
		j++ // "…, as Cruz said on Monday."
	}
	if f.isAccordingTo(j) {
		if e := f.npFwd(j+2, end); e > 0 {
			return attrib{sa: j + 2, sb: e, ca: j, cb: j + 2}
		}
		return noAttrib()
	}
	if f.isCue(j, true) && !f.is(j, wListener) {
		// "said RoseAnn DeMoro, executive director …": the speaker ends the
		// clause, or an appositive or a phrase of place or time follows it;
		// "says Trump's rise is crippling …" is a clause of its own.
		if e := f.npFwd(j+1, end); e > 0 && (e == end || f.toks[e].kind() == qPunct || f.is(e, wPrep) || f.timeNoun(e)) {
			return attrib{sa: j + 1, sb: e, ca: j, cb: j + 1}
		}
		return noAttrib()
	}
	e := f.npFwd(j, end)
	if e < 0 || e-j > 9 {
		return noAttrib()
	}
	k := f.skipAppositive(f.skipParens(e))
	for n := 0; f.word(k) && (f.is(k, wAuxAdverb) || strings.HasSuffix(f.lowOf(k), "ly")) && n < 4; n++ {
		k++
	}
	if !f.isCue(k, true) {
		return noAttrib()
	}
	// Whatever follows the cue must not be a clause of its own ("said that …",
	// "Trump said he would …"): the cue ends the sentence, or a comma or a
	// phrase of time or place follows it, or little else does.
	if k+1 < end && (f.low(k+1) == "that" || f.toks[k+1].kind() == qPunct && f.lowOf(k+1) == ":") {
		return noAttrib()
	}
	if k+1 < end && (end-k > 8 || f.opensClause(k+1, end)) && !f.punct(k+1, ",") && !f.is(k+1, wPrep) && !f.timeNoun(k+1) {
		return noAttrib()
	}
	return attrib{sa: j, sb: e, ca: k, cb: k + 1}
}

// regionStart returns the first token of the clause that ends before token
// i: after the last sentence end, paragraph break or quote.
func (f *frame) regionStart(i int) int {
	for i > 0 {
		switch f.toks[i-1].kind() {
		case qStop, qPara:
			return i
		case qQuote:
			if f.endsSentence(i - 1) {
				return i
			}
		}
		i--
	}
	return 0
}

// endsSentence reports whether the quote token q ends with . ! or ? inside
// its marks, so the sentence ends with it.
func (f *frame) endsSentence(q int) bool {
	t := f.toks[q]
	return quoteEndsSentence(f.text[t.S():t.E()])
}

// quoteEndsSentence reports whether the quote q, marks included, ends with
// . ! or ? inside its marks.
func quoteEndsSentence(q string) bool {
	inner := strings.TrimRight(q, "”\"»」』“’ \n")
	return strings.HasSuffix(inner, ".") || strings.HasSuffix(inner, "?") || strings.HasSuffix(inner, "!")
}

// clauseStart is regionStart, but a quote always ends the clause.
func (f *frame) clauseStart(i int) int {
	for i > 0 {
		switch f.toks[i-1].kind() {
		case qStop, qPara, qQuote:
			return i
		}
		i--
	}
	return 0
}

// before reads an attribution in the clause before the quote token qi:
// Qin urged the United States to respect “…” / X said: “…”. A quote that
// opens a paragraph after one ending in a colon (Cruz continued:) is read
// with the clause before the colon.
func (f *frame) before(qi int) attrib {
	end := qi
	if qi >= 2 && f.toks[qi-1].kind() == qPara && f.punct(qi-2, ":") {
		end = qi - 1
	}
	rs := f.regionStart(end)
	colon := f.punct(end-1, ":") && f.word(end-2)
	if c := end - 2; colon && !f.toks[c].capital() && !f.is(c, wNPStop) && !f.is(c, wPrep) &&
		(f.is(c, wCue) || strings.HasSuffix(f.lowOf(c), "ed")) {
		// "the Christie supporter retorted: “…”"
		if a, b, ok := f.subjectBefore(c, rs); ok {
			return attrib{sa: a, sb: b, ca: c, cb: c + 1}
		}
	}
	if at := f.cueBefore(end, rs); at.ok() {
		return at
	}
	if colon {
		// "President Clinton released the following statement:": before a
		// colon that introduces the quote, a weak cue anywhere in the clause
		// counts.
		for v := end - 2; v >= rs; v-- {
			if f.isCue(v, false) && !f.is(v, wListener) {
				if a, b, ok := f.subjectBefore(v, rs); ok {
					return attrib{sa: a, sb: b, ca: v, cb: v + 1}
				}
			}
		}
	}
	if c := end - 2; colon && f.toks[c].capital() {
		// "Republican pollster Daron Shaw: “…”"
		if a := f.npBack(c, rs); a >= 0 && !f.is(a, wPronoun) {
			return attrib{sa: a, sb: c + 1, ca: -1, cb: -1}
		}
	}
	return noAttrib()
}

// cueBefore finds the last cue verb in tokens [rs, end) that has a speaker.
func (f *frame) cueBefore(end, rs int) attrib {
	for v := end - 1; v >= rs; v-- {
		if f.toks[v].cls&(wAccording|wCue|wPhrasal) == 0 {
			continue // neither "according" nor a cue (isCue)
		}
		if f.isAccordingTo(v) {
			if e := f.npFwd(v+2, end); e > 0 {
				return attrib{sa: v + 2, sb: e, ca: v, cb: v + 2}
			}
			continue
		}
		next := f.toks[v+1]
		close := end-v <= 2 || next.kind() == qPunct && f.lw(next) != "-" || f.lw(next) == "that"
		if !f.isCue(v, !close) || v+1 == end && namingCues[f.lowOf(v)] && !f.word(v-1) {
			continue
		}
		if v+1 == end && namingCues[f.lowOf(v)] && f.word(v-1) && !f.toks[v-1].capital() && !f.is(v-1, wPronoun) {
			continue // "a short film called “…”"
		}
		if a, b, ok := f.subjectBefore(v, rs); ok {
			return attrib{sa: a, sb: b, ca: v, cb: v + 1}
		}
		if e := f.npFwd(v+1, end); e > 0 && f.toks[v+1].capital() && !f.is(v, wListener) &&
			(v == rs || f.toks[v-1].kind() == qPunct) {
			return attrib{sa: v + 1, sb: e, ca: v, cb: v + 1} // Said Dorothy Poynter, …, “…”
		}
	}
	return noAttrib()
}

// introWords open a phrase before a sentence's subject: "In a statement, …",
// "Speaking in Ohio, …".
var introWords = quoteWordSet([]string{
	"in", "on", "at", "after", "before", "during", "earlier", "later", "last", "speaking", "asked",
	"when", "while", "since", "for", "with", "from", "by", "as", "like", "unlike", "despite", "under",
	"meanwhile", "instead", "still", "yet", "now", "then", "however", "also", "separately", "here",
	"there", "today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday", "writing", "responding", "addressing", "appearing", "campaigning",
	"according", "if", "although", "though", "because", "once", "until", "following", "amid",
})

// clauseSubject returns the subject of the clause that ends at the quote
// token qi, for a quote with no cue verb: "Rubio also bemoaned … “…”". It is
// the last noun phrase before the quote that starts the clause or follows a
// comma and is followed by a lower-case word (a verb). A quote that follows
// another in its sentence has none: it shares that quote's speaker.
func (f *frame) clauseSubject(qi int) attrib {
	rs := f.clauseStart(qi)
	if rs > 0 && f.toks[rs-1].kind() == qQuote {
		return noAttrib()
	}
	return f.subjectIn(rs, qi)
}

// headlineSubject reads a title-case line that opens with a person's name
// ("Gina Rodriguez Questioned What It Means To Be “Latino Enough.”"): the
// longest run of two to four words at the line start that the article uses
// elsewhere as a person's full name.
func (f *frame) headlineSubject(qi int, ms []nameMention) attrib {
	rs := qi
	for rs > 0 && f.toks[rs-1].kind() != qPara {
		rs--
	}
	for n := 4; n >= 2; n-- {
		if rs+n > qi || f.capRunEnd(rs, rs+n) != rs+n {
			continue
		}
		name := f.text[f.toks[rs].S():f.toks[rs+n-1].E()]
		for _, m := range ms {
			if m.person && m.name == name {
				return attrib{sa: rs, sb: rs + n, ca: -1, cb: -1}
			}
		}
	}
	return noAttrib()
}

// clauseStops are words that cannot follow a subject as its verb.
var clauseStops = quoteWordSet([]string{
	"and", "or", "but", "nor", "who", "which", "that", "whose", "whom", "if", "when", "while", "as", "than",
	"to", "so", "because", "whether", "where", "like", "not", "of",
})

// subjectIn returns the last subject in tokens [rs, qi): a noun phrase that
// starts the clause or follows a comma and is followed by a verb.
func (f *frame) subjectIn(rs, qi int) attrib {
	for k := qi - 1; k >= rs; k-- {
		if !f.word(k) || (k > rs && !f.punct(k-1, ",") && !f.punct(k-1, ";") && !f.punct(k-1, "-") && f.low(k-1) != "and" && f.low(k-1) != "but") {
			continue
		}
		if f.punct(k+1, "-") && isAllCaps(f.text[f.toks[k].S():f.toks[k].E()]) {
			continue // a dateline: "WASHINGTON — …"
		}
		t := f.toks[k]
		if !t.capital() && !f.pronounLike(t) && !(t.cls&wDeterminer != 0) || introWords[f.lw(t)] || (t.cls&wLeadingFunction != 0) && !(t.cls&wDeterminer != 0) && !(t.cls&wPronoun != 0) {
			continue
		}
		if b := pronounBase(f.lw(t)); b == "it" || b == "this" || b == "that" || b == "there" || strings.HasSuffix(b, "ing") || strings.HasSuffix(b, "ly") || t.capital() && strings.HasSuffix(b, "ed") {
			continue
		}
		e := f.npFwd(k, qi)
		if e < 0 || e-k > 8 {
			continue
		}
		// A determiner phrase read forward may swallow its verb ("The
		// Florida senator sought"): try it shorter until a verb follows.
		for ee := e; ee > k+1 || ee > k && !(t.cls&wDeterminer != 0); ee-- {
			if f.verbFollows(ee, qi) {
				return attrib{sa: k, sb: ee, ca: -1, cb: -1}
			}
			if !(t.cls&wDeterminer != 0) {
				break
			}
		}
	}
	return noAttrib()
}

// verbFollows reports whether a verb may follow a subject that ends before
// token e: after an appositive, a parenthesis, a second subject joined by
// "and", and adverbs, a lower-case word that is no function word.
func (f *frame) verbFollows(e, qi int) bool {
	j := f.skipAppositive(f.skipParens(e))
	if f.low(j) == "and" && f.word(j+1) && f.toks[j+1].capital() {
		if e2 := f.npFwd(j+1, qi); e2 > 0 {
			j = e2 // "John Bolton and Sebastian Gorka both denounced"
		}
	}
	if f.low(j) == "of" && f.word(j+1) {
		// "Hundreds of pro-Sanders demonstrators marched"
		k := j + 1
		for k < qi && k-j <= 5 && f.word(k) && !f.is(k, wClauseStop) && !f.is(k, wPrep) &&
			(k == j+1 || !strings.HasSuffix(f.lowOf(k-1), "s") || f.is(k-1, wDeterminer)) {
			k++
		}
		j = k
	}
	if l := f.low(j); preps[l] && l != "of" && l != "to" && f.word(j+1) {
		// "Republicans on Capitol Hill seized": a short phrase of place.
		k := j + 1
		for k < qi && k-j <= 4 && f.word(k) && (f.toks[k].capital() || f.is(k, wDeterminer)) {
			k++
		}
		if k > j+1 {
			j = k
		}
	}
	for n := 0; f.word(j) && (f.is(j, wAuxAdverb) || strings.HasSuffix(f.lowOf(j), "ly")) && n < 4; n++ {
		j++
	}
	return j < qi && f.word(j) && !f.toks[j].capital() && !f.is(j, wClauseStop) && !f.is(j, wPrep) && !f.is(j, wDeterminer)
}

// timeNoun reports whether token i is a word of time that no determiner or
// preposition shares: "Tuesday", "yesterday", "week" (not "the", "on").
func (f *frame) timeNoun(i int) bool {
	return f.is(i, wTime) && !f.is(i, wDeterminer|wPrep)
}
