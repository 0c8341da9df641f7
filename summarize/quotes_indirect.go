package summarize

// indirectQuote is reported speech found in a sentence without quote marks.
type indirectQuote struct {
	q  Quote
	at attrib
}

// indirect finds reported speech in the sentences that hold no quote marks:
// "…, officials said." / "According to the report, …" / "Qin said (that) …".
func (f *frame) indirect() []indirectQuote {
	var out []indirectQuote
	start := 0
	for i := 0; i <= len(f.toks); i++ {
		if i < len(f.toks) && f.toks[i].k != qStop && f.toks[i].k != qPara {
			continue
		}
		if q, ok := f.indirectIn(start, i); ok {
			out = append(out, q)
		}
		start = i + 1
	}
	return out
}

// minReported is the fewest words reported content has.
const minReported = 4

// indirectIn reads the sentence in tokens [a, b) as reported speech.
func (f *frame) indirectIn(a, b int) (indirectQuote, bool) {
	if b-a < minReported+2 {
		return indirectQuote{}, false
	}
	for i := a; i < b; i++ {
		if f.toks[i].k == qQuote {
			return indirectQuote{}, false
		}
	}
	// "…, the lawsuit says." / "…, said RoseAnn DeMoro."
	for c := b - 1; c > a && b-c <= 24; c-- {
		if f.punct(c, ",") && c-a >= minReported {
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
	// "Qin said (that) …" / "Officials told reporters on Tuesday that …"
	for v := a + 1; v < b; v++ {
		if !f.word(v) || !reportVerbs[f.lowOf(v)] || !f.isCue(v, true) || f.toks[v].cap {
			continue
		}
		sa, sb, ok := f.subjectBefore(v, a)
		if !ok || !clauseOpens(f, a, sa) {
			continue
		}
		k := v + 1
		if listenerCues[f.lowOf(v)] {
			if e := f.npFwd(k, b); e > 0 {
				k = e
			}
		}
		for t := k; t < b && t-k < 10; t++ {
			if f.low(t) == "that" {
				k = t + 1
				break
			}
			if f.toks[t].k != qWord {
				break
			}
		}
		if b-k < minReported {
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
	return p.k == qPunct && (f.lw(p) == "," || f.lw(p) == ";" || f.lw(p) == ":") || f.lw(p) == "and" || f.lw(p) == "but"
}

// reported makes the indirect quote of tokens [a, b) attributed by at.
func (f *frame) reported(a, b int, at attrib) (indirectQuote, bool) {
	for b > a && f.toks[b-1].k == qPunct {
		b--
	}
	for a < b && f.toks[a].k == qPunct {
		a++
	}
	words := 0
	for i := a; i < b; i++ {
		if f.toks[i].k == qWord {
			words++
		}
	}
	if words < minReported {
		return indirectQuote{}, false
	}
	sp := Span{f.toks[a].s, f.toks[b-1].e}
	return indirectQuote{q: Quote{Text: f.text[sp.Start:sp.End], Span: sp}, at: at}, true
}
