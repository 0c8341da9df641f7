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
	text string
	toks []qtok
}

func (f *frame) word(i int) bool { return i >= 0 && i < len(f.toks) && f.toks[i].k == tWord }

func (f *frame) low(i int) string {
	if !f.word(i) {
		return ""
	}
	return f.toks[i].low
}

func (f *frame) punct(i int, p string) bool {
	return i >= 0 && i < len(f.toks) && f.toks[i].k == tPunct && f.toks[i].low == p
}

// isCue reports whether token i is a cue verb; weak cues count only when
// strong is false.
func (f *frame) isCue(i int, strong bool) bool {
	if !f.word(i) {
		return false
	}
	low := f.toks[i].low
	if !cueVerbs[low] {
		return false
	}
	if f.toks[i].cap && i > 0 && f.toks[i-1].k == tWord {
		return false // "Sen. Mark Warner" is no cue; a sentence-initial "Said" is
	}
	return !strong || !weakCues[low]
}

// isAccordingTo reports whether tokens i, i+1 are "according to".
func (f *frame) isAccordingTo(i int) bool {
	return f.low(i) == "according" && f.low(i+1) == "to"
}

// npBack returns the first token of the noun phrase that ends at token i and
// starts no earlier than rs, or -1.
func (f *frame) npBack(i, rs int) int {
	if i < rs || !f.word(i) {
		return -1
	}
	t := f.toks[i]
	if pronouns[t.low] {
		return i
	}
	if t.cap {
		j := i
		for j-1 >= rs && f.word(j-1) {
			p := f.toks[j-1]
			if p.cap && !pronouns[p.low] {
				j--
				continue
			}
			if nameJoiners[p.low] && j-2 >= rs && f.word(j-2) && f.toks[j-2].cap {
				j--
				continue
			}
			break
		}
		for j < i && leadingFunction[f.toks[j].low] && !determiners[f.toks[j].low] {
			j++
		}
		if leadingFunction[f.toks[j].low] && !determiners[f.toks[j].low] {
			return -1
		}
		// "the New York businessman" is read in the lower-case branch; here
		// only a determiner right before the run joins it ("the Post").
		if j-1 >= rs && (f.low(j-1) == "the") {
			j--
		}
		return j
	}
	if npStops[t.low] || determiners[t.low] || preps[t.low] || cueVerbs[t.low] || strings.HasSuffix(t.low, "ly") {
		return -1
	}
	j := i
	for n := 0; j-1 >= rs && f.word(j-1) && n < 6; n++ {
		p := f.toks[j-1]
		if determiners[p.low] {
			j--
			break
		}
		if p.cap && !pronouns[p.low] {
			j--
			continue
		}
		if npStops[p.low] || preps[p.low] || pronouns[p.low] || cueVerbs[p.low] {
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
	i := v - 1
	for i >= rs && f.word(i) && !f.toks[i].cap && (auxAdverbs[f.toks[i].low] || strings.HasSuffix(f.toks[i].low, "ly")) {
		i--
	}
	if i >= rs && (f.punct(i, ",") || f.punct(i, "-")) {
		p := f.toks[i].low
		k := i - 1
		for ; k > rs && i-k < 30; k-- {
			if f.toks[k].k == tStop || f.toks[k].k == tQuote || f.toks[k].k == tPara {
				return 0, 0, false
			}
			if f.punct(k, p) {
				break
			}
		}
		if k <= rs || !f.punct(k, p) || !f.word(k-1) {
			return 0, 0, false
		}
		i = k - 1
	}
	end := i
	a := f.npBack(i, rs)
	for tries := 0; a >= 0 && tries < 4; tries++ {
		p := a - 1
		if p-1 < rs || !f.word(p) || f.toks[p].cap || !preps[f.toks[p].low] || !f.word(p-1) {
			break
		}
		q := f.toks[p-1]
		if q.cap || pronouns[q.low] {
			end = p - 1 // "Trump on Tuesday said": the phrase is no part of the speaker
			a = f.npBack(p-1, rs)
			continue
		}
		if npStops[q.low] || determiners[q.low] || cueVerbs[q.low] {
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
	return a, end + 1, true
}

// npFwd returns the end of the noun phrase that starts at token j (before
// limit), or -1: a pronoun, a run of capitalized words, or a determiner
// phrase with "of", "for", "at", "from" or "with" phrases inside.
func (f *frame) npFwd(j, limit int) int {
	if j >= limit || !f.word(j) {
		return -1
	}
	t := f.toks[j]
	if pronouns[t.low] {
		return j + 1
	}
	if t.cap && !leadingFunction[t.low] {
		return capRunEnd(f.toks, j, limit)
	}
	if npStops[t.low] || preps[t.low] || cueVerbs[t.low] {
		return -1
	}
	e := j
	for n := 0; e < limit && f.word(e) && n < 14; n++ {
		low := f.toks[e].low
		if e > j && (npStops[low] || cueVerbs[low] || (preps[low] && !innerPreps[low])) {
			break
		}
		e++
	}
	for e > j && (determiners[f.toks[e-1].low] || preps[f.toks[e-1].low]) {
		e--
	}
	if e == j {
		return -1
	}
	return e
}

// innerPreps may join a speaker's noun phrase: "a spokesman for the agency".
var innerPreps = wordSet([]string{"of", "for", "at", "from", "with"})

// skipAppositive returns the index after an appositive that starts with a
// comma at e ("Victor Cha, who served …, said"), or e when there is none.
func (f *frame) skipAppositive(e int) int {
	if !f.punct(e, ",") && !f.punct(e, "-") {
		return e
	}
	p := f.toks[e].low
	for k := e + 1; k < len(f.toks) && k-e < 30; k++ {
		switch {
		case f.toks[k].k == tStop || f.toks[k].k == tQuote || f.toks[k].k == tPara:
			return e
		case f.punct(k, p):
			return k + 1
		}
	}
	return e
}

// after reads an attribution right after the quote token qi: “…,” Patel
// said / “…,” said Mayor Helen Okafor / “…,” according to the readout.
func (f *frame) after(qi int) attrib {
	j := qi + 1
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
	k := f.skipAppositive(e)
	for n := 0; f.word(k) && !f.isCue(k, false) && n < 6; n++ {
		low := f.toks[k].low
		if !auxAdverbs[low] && !strings.HasSuffix(low, "ly") && !preps[low] && !(n > 0 && (f.toks[k].cap || determiners[low])) {
			break
		}
		k++
	}
	if f.isCue(k, false) {
		return attrib{sa: j, sb: e, ca: k, cb: k + 1}
	}
	return noAttrib()
}

// regionStart returns the first token of the clause that ends before token
// i: after the last sentence end, paragraph break or quote.
func (f *frame) regionStart(i int) int {
	for i > 0 {
		switch f.toks[i-1].k {
		case tStop, tPara, tQuote:
			return i
		}
		i--
	}
	return 0
}

// before reads an attribution in the clause before the quote token qi:
// Qin urged the United States to respect “…” / X said: “…”.
func (f *frame) before(qi int) attrib {
	rs := f.regionStart(qi)
	for v := qi - 1; v >= rs; v-- {
		if f.isAccordingTo(v) {
			if e := f.npFwd(v+2, qi); e > 0 {
				return attrib{sa: v + 2, sb: e, ca: v, cb: v + 2}
			}
			continue
		}
		if !f.isCue(v, qi-v > 3 && f.low(v+1) != "that") {
			continue
		}
		if a, b, ok := f.subjectBefore(v, rs); ok {
			return attrib{sa: a, sb: b, ca: v, cb: v + 1}
		}
	}
	return noAttrib()
}
