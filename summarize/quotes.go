package summarize

import (
	"sort"
	"strings"
)

// Quote is an attribution in an article: a direct quote in quote marks, or
// reported speech (Direct false).
type Quote struct {
	Text        string // the quoted words, without the marks (reported content when indirect)
	Span        Span   // where Text lies in the article text
	Speaker     string // who said it, as a full name where the article gives one; "" when unknown
	SpeakerSpan Span   // the words that name the speaker where the cue is ("he", "Qin"); zero when none
	Cue         string // the cue as written: "said", "added", "according to"
	CueSpan     Span   // where Cue lies; zero when the speaker comes from a nearby quote
	Sentence    int    // index of the sentence the quote starts in
	Direct      bool   // true for words in quote marks
}

// ExtractQuotes returns the quotes and reported speech in text, in article
// order. text is normalized text and sents its sentences (Segment(text)).
//
// Every stretch in quote marks (“…”, "…", „…“, «…», 「…」; ‘…’ in a text
// that has no double marks) is a direct quote, partial quotes included. Its
// speaker is read from the cue verb near it: “…,” Patel said / “…,” said
// Mayor Helen Okafor / Qin urged … “…” / according to …; a surname, title or
// pronoun becomes the full name given earlier, and a quote with no cue of its
// own takes the speaker of the quotes beside it. Sentences of reported speech
// (X said that …, …, officials said, according to X, …) are indirect quotes.
func ExtractQuotes(text string, sents []Sentence) []Quote {
	return extractQuotes(text, sents, "")
}

// extractQuotes is ExtractQuotes with the text's lower-case form at hand:
// low is lowerText(text), or lowerText of the text with its first line
// blanked (Analyze's body), or "" when the caller has none.
func extractQuotes(text string, sents []Sentence, low string) []Quote {
	return extractQuotesWith(text, sents, low, nil)
}

// quoteScratch holds the large buffers of one extractQuotes call (the
// frame tokens, the lists tokenize makes, the quote regions, the mentions,
// the quotes found before they are resolved, the frame itself) so that the
// next call can reuse them instead of allocating its own. The zero value is
// ready to use. It memoizes nothing: every call overwrites what the one
// before left, and a scratch serves one call at a time.
type quoteScratch struct {
	toks     []qtok
	quotes   []int32
	caps     []int32
	cueSents []tokRange
	regions  []qregion
	ms       []nameMention
	latest   wordIndex
	indirect []indirectQuote
	found    []foundQuote
	frame    frame // the call's frame, emptied when it returns
}

// foundQuote is a quote on its way out of extractQuotes: the quote, its
// attribution and its quote token (-1 for reported speech).
type foundQuote struct {
	q   Quote
	at  attrib
	tok int
}

// reuse returns b emptied when it can hold n elements, else a new slice
// with room for n.
func reuse[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, 0, n)
	}
	return b[:0]
}

// extractQuotesWith is extractQuotes with the buffers of s, which may be nil
// (each call then allocates its own). The quotes it returns share no memory
// with s: a later call with the same scratch leaves them as they are.
func extractQuotesWith(text string, sents []Sentence, low string, s *quoteScratch) []Quote {
	if s == nil {
		s = new(quoteScratch)
	}
	f := &s.frame
	*f = frame{text: text, s: s}
	lowFrom := 0
	if len(low) != len(text) {
		low = lowerText(text)
	} else if nl := strings.IndexByte(text, '\n'); nl > 0 && !isLowerASCIIOf(low[:nl], text[:nl]) {
		lowFrom = nl // the headline, blanked: its tokens keep forms of their own
	}
	regions := appendQuoteRegions(s.regions[:0], text)
	s.regions = regions
	f.lower = low
	f.tokenize(regions, lowFrom)

	// Direct and indirect quotes each come in article order: merge them as
	// the direct ones are read, a direct quote first where both start at
	// one place.
	indirect := f.indirect()
	all := reuse(s.found, len(f.quotes)+len(indirect))
	n := 0
	for k, qi := range f.quotes { // the quote tokens come in the order of the regions
		i := int(qi)
		rg := regions[k]
		q := Quote{Text: text[rg.inner.Start:rg.inner.End], Span: rg.inner, Direct: true}
		at := f.outerReport(f.attribute(i), i)
		if !at.ok() {
			at = f.headlineSubject(i, f.mentions())
		}
		for ; n < len(indirect) && indirect[n].q.Span.Start < q.Span.Start; n++ {
			all = append(all, foundQuote{q: indirect[n].q, at: indirect[n].at, tok: -1})
		}
		all = append(all, foundQuote{q: q, at: at, tok: i})
	}
	for ; n < len(indirect); n++ {
		all = append(all, foundQuote{q: indirect[n].q, at: indirect[n].at, tok: -1})
	}
	if !sort.SliceIsSorted(all, func(i, j int) bool { return all[i].q.Span.Start < all[j].q.Span.Start }) {
		// Not met in any text seen so far; kept so that the order never
		// depends on it: the direct quotes, then the indirect ones, sorted
		// stably.
		sorted := make([]foundQuote, 0, len(all))
		for _, x := range all {
			if x.tok >= 0 {
				sorted = append(sorted, x)
			}
		}
		for _, x := range all {
			if x.tok < 0 {
				sorted = append(sorted, x)
			}
		}
		sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].q.Span.Start < sorted[j].q.Span.Start })
		all = sorted
	}

	r := resolver{f: f}
	for i := range all {
		at := all[i].at
		if !at.ok() {
			continue
		}
		q := &all[i].q
		q.SpeakerSpan = Span{f.toks[at.sa].S(), f.toks[at.sb-1].E()}
		if at.ca >= 0 {
			q.CueSpan = Span{f.toks[at.ca].S(), f.toks[at.cb-1].E()}
			q.Cue = text[q.CueSpan.Start:q.CueSpan.End]
		}
		q.Speaker = r.name(at.sa, at.sb)
	}
	// A quote with no cue of its own: the speaker of the quotes beside it in
	// its paragraph, else of the last attribution in the paragraph before.
	for i := range all {
		if all[i].at.ok() || all[i].tok < 0 {
			continue
		}
		if k := f.nearbySpeaker(all[i].tok, func(tok int) (Quote, bool) {
			for j := range all {
				if all[j].tok == tok && all[j].at.ok() {
					return all[j].q, true
				}
			}
			return Quote{}, false
		}); k.Speaker != "" || k.SpeakerSpan != (Span{}) {
			all[i].q.Speaker = k.Speaker
			all[i].q.SpeakerSpan = k.SpeakerSpan
			continue
		}
		// A quote that opens its sentence after reported speech: "Trump
		// said the deal was bad. “It’s a disaster.”"
		if t := all[i].tok; t > 0 && (f.toks[t-1].kind() == qPara || f.toks[t-1].kind() == qStop) {
			for j := i - 1; j >= 0; j-- {
				if all[j].tok >= 0 || !all[j].at.ok() {
					continue
				}
				if f.parasBetween(all[j].q.Span.End, f.toks[t].S()) <= 1 && all[j].q.Speaker != "" {
					all[i].q.Speaker = all[j].q.Speaker
					all[i].q.SpeakerSpan = all[j].q.SpeakerSpan
				}
				break
			}
		}
		// A quote that opens its sentence right after one in its paragraph
		// that names its subject: "The judge then turned to me. “Mr.
		// D’Souza?”"
		if t := all[i].tok; all[i].q.Speaker == "" && t > 1 && f.toks[t-1].kind() == qStop {
			if at := f.subjectIn(f.regionStart(t-1), t-1); at.ok() && f.toks[at.sa].capital() || at.ok() && f.is(at.sa, wDeterminer) {
				all[i].q.SpeakerSpan = Span{f.toks[at.sa].S(), f.toks[at.sb-1].E()}
				all[i].q.Speaker = r.name(at.sa, at.sb)
			}
		}
	}

	out := make([]Quote, len(all))
	si := 0
	for i := range all {
		q := all[i].q
		for si+1 < len(sents) && sents[si+1].Span.Start <= q.Span.Start {
			si++
		}
		q.Sentence = si
		out[i] = q
	}
	f.release()
	*f = frame{}
	clear(indirect)
	clear(all)
	s.indirect, s.found = indirect[:0], all[:0]
	return out
}

// isLowerASCIIOf reports whether low is text with its ASCII capitals
// lowered.
func isLowerASCIIOf(low, text string) bool {
	i := 0
	for ; i+8 <= len(text); i += 8 {
		// Eight bytes at a time: a capital's bit 0x20 is its high bit
		// (upperBytes) shifted down.
		x := le64(text, i)
		if le64(low, i) != x|upperBytes(x)>>2 {
			return false
		}
	}
	for ; i < len(text); i++ {
		c := text[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if low[i] != c {
			return false
		}
	}
	return true
}

// attribute finds the cue and speaker of the quote token qi: after the quote
// first when the quote ends in a comma or question (“…,” he said), else in
// the clause before it first.
func (f *frame) attribute(qi int) attrib {
	t := f.toks[qi]
	inner := strings.TrimRight(f.text[t.S():t.E()], "”\"»」』“ \n")
	trailing := strings.HasSuffix(inner, ",") || strings.HasSuffix(inner, "?") || strings.HasSuffix(inner, "!") ||
		f.punct(qi+1, ",")
	if trailing && !strings.HasSuffix(inner, ",") && qi > 0 && f.toks[qi-1].kind() == qPunct && f.lowOf(qi-1) != "-" {
		// Clinton responds to Mills with, “Why now?” Mills then writes back …:
		// a question introduced in its own sentence belongs to that cue.
		if a := f.before(qi); a.ok() {
			return a
		}
	}
	if trailing {
		if a := f.after(qi); a.ok() {
			// "Feinstein said “…,” she said.": the name right before the
			// quote beats the pronoun after it.
			if a.sb-a.sa == 1 && f.is(a.sa, wPronoun) {
				if b := f.before(qi); b.ok() && b.cb >= qi-2 && !f.is(b.sa, wPronoun) {
					return b
				}
			}
			return a
		}
		if a := f.afterInverted(qi); a.ok() {
			return a
		}
		if a := f.before(qi); a.ok() {
			return a
		}
		if a := f.finalAttribution(qi); a.ok() {
			return a
		}
		return f.clauseSubject(qi)
	}
	if a := f.before(qi); a.ok() {
		return a
	}
	if a := f.after(qi); a.ok() {
		return a
	}
	if a := f.finalAttribution(qi); a.ok() {
		return a
	}
	return f.clauseSubject(qi)
}

// outerReport returns the attribution of the sentence that reports the
// clause the quote token qi sits in, when at was read inside it: in "Rep.
// Gregory Meeks said Clinton reassured them that “…”" Meeks speaks, not
// Clinton. Otherwise it returns at.
func (f *frame) outerReport(at attrib, qi int) attrib {
	if !at.ok() || at.sb > qi || at.ca > qi {
		return at
	}
	rs := f.regionStart(at.sa)
	for v := at.sa - 1; v > rs; v-- {
		if !f.word(v) {
			return at // "Rubio suggested …, while Cruz said that “…”": another clause
		}
		if l := f.lowOf(v); l == "while" || l == "but" || l == "and" || l == "whereas" || l == "although" || l == "when" {
			return at
		}
		if f.toks[v].capital() || !f.is(v, wReport) || !f.isCue(v, true) {
			continue
		}
		sa, sb, ok := f.subjectBefore(v, rs)
		if !ok || !clauseOpens(f, rs, sa) {
			continue
		}
		for t := sa; t < sb; t++ {
			if f.is(t, wOrg) || documentHeads[f.lowOf(t)] {
				// "The Foreign Ministry said in a statement that Qin urged
				// …": an institution relays the words of the one it names.
				return at
			}
		}
		return attrib{sa: sa, sb: sb, ca: v, cb: v + 1}
	}
	return at
}

// nearbySpeaker looks for the speaker of a quote token without a cue: the
// attributed quotes before and after it in the same paragraph, nearest
// first, then the last attributed quote of the paragraph before when the
// quote opens its paragraph.
func (f *frame) nearbySpeaker(qi int, attributed func(tok int) (Quote, bool)) Quote {
	// The paragraph breaks around qi: tokens lo and hi (-1 and len(f.toks)
	// at the ends of the text). The tokens from lo to qi have no break
	// after lo, those after qi up to hi none before hi.
	lo, hi := qi, qi+1
	for lo >= 0 && f.toks[lo].kind() != qPara {
		lo--
	}
	for hi < len(f.toks) && f.toks[hi].kind() != qPara {
		hi++
	}
	for d := 1; ; d++ {
		moved := false
		if i := qi - d; i >= max(lo, 0) {
			moved = true
			if f.toks[i].kind() == qQuote {
				if q, ok := attributed(i); ok {
					return q
				}
			}
		}
		if i := qi + d; i < hi {
			moved = true
			if f.toks[i].kind() == qQuote {
				if q, ok := attributed(i); ok {
					return q
				}
			}
		}
		if !moved {
			break
		}
	}
	if qi == 0 || f.toks[qi-1].kind() != qPara {
		return Quote{}
	}
	for i := qi - 2; i >= 0 && f.toks[i].kind() != qPara; i-- {
		if f.toks[i].kind() == qQuote {
			if q, ok := attributed(i); ok {
				return q
			}
		}
	}
	return Quote{}
}

// parasBetween counts the paragraph breaks in text[a:b].
func (f *frame) parasBetween(a, b int) int {
	n := 0
	for i := a; i < b && i < len(f.text); i++ {
		if f.text[i] == '\n' && (i == a || f.text[i-1] != '\n') {
			n++
		}
	}
	return n
}

// resolver turns a speaker's noun phrase into a full name.
type resolver struct {
	f       *frame
	lastOrg string // the last speaker that is no person, for "it"
}

// name returns the speaker named by tokens [a, b).
func (r *resolver) name(a, b int) string {
	f := r.f
	pos := f.toks[a].S()
	if b-a == 1 && f.is(a, wPronoun) {
		switch f.lowOf(a) {
		case "he":
			n, _ := latestPerson(f.mentions(), pos, 'm')
			return n
		case "she":
			n, _ := latestPerson(f.mentions(), pos, 'f')
			return n
		case "it":
			return r.lastOrg
		}
		return ""
	}
	// A capitalized run, possibly after "the": a name or an organization.
	start := a
	if f.low(start) == "the" && start+1 < b && f.toks[start+1].capital() {
		start++
	}
	if f.toks[b-1].capital() && (f.toks[start].capital() || f.titledNameEnd(start, b) == b) {
		m, ok := f.readName(start, b)
		if !ok {
			return f.text[f.toks[a].S():f.toks[b-1].E()]
		}
		if !m.person && m.words == 1 || m.words == 1 && m.role != "" {
			if full, k := findByName(f.mentions(), m.last, pos); k >= 0 {
				return full.name
			}
		}
		if !m.person {
			r.lastOrg = m.name
		}
		return m.name
	}
	// A common noun phrase: "the minister", "a readout … from the U.S. State
	// Department", "sources".
	head := -1
	for i := a; i < b; i++ {
		if !f.is(i, wDeterminer) {
			head = i
			break
		}
	}
	for i := head; i >= 0 && i+1 < b && !f.is(i+1, wPrep); i++ {
		head = i + 1
	}
	if head >= 0 {
		hl := f.lowOf(head)
		if f.low(a) == "the" && roleWords[hl] {
			if n, ok := findByRole(f.mentions(), hl, pos); ok {
				return n
			}
		}
		if documentHeads[hl] {
			for i := head + 1; i < b; i++ {
				if f.toks[i].capital() && !f.is(i, wLeadingFunction) {
					if m, ok := f.readName(i, f.capRunEnd(i, b)); ok && !m.person {
						r.lastOrg = m.name
						return m.name
					}
					break
				}
			}
		}
	}
	s := f.text[f.toks[a].S():f.toks[b-1].E()]
	r.lastOrg = s
	return s
}
