package summarize

import (
	"slices"
	"strings"
	"sync"
	"time"
)

// EntityKind says what an entity is.
type EntityKind string

// The kinds of entity the extractor finds.
const (
	Person       EntityKind = "person"
	Organization EntityKind = "organization"
	Place        EntityKind = "place"
	Date         EntityKind = "date"
	Time         EntityKind = "time"
	Number       EntityKind = "number"
	Money        EntityKind = "money"
	Percent      EntityKind = "percent"
	Quantity     EntityKind = "quantity"
)

// Entity is a person, organization, place, date or quantity the article
// mentions, with every mention merged (Blinken is Antony Blinken).
type Entity struct {
	Name     string     // the fullest form the article uses
	Kind     EntityKind // person, organization, place, date, time, number, money, percent, quantity
	Role     string     // for people: title or role ("Chinese Foreign Minister")
	Value    string     // dates: resolved ISO 8601 where possible; numbers and money: normalized value
	Mentions []Span     // every mention in the article text, in order
}

// Facts is what ExtractFacts finds in an article.
type Facts struct {
	// Entities are ordered by their first mention.
	Entities []Entity
	// Sentences holds, for each sentence, the indices into Entities of the
	// entities it mentions, in order of their first mention there.
	Sentences [][]int
}

// ExtractFacts finds the people (with their roles), organizations, places,
// dates, times, numbers, sums of money, percentages and quantities of a
// text, merges the mentions of each and indexes them by sentence. sents
// are the text's sentences (Segment's when nil); published resolves
// relative dates and is ignored when zero.
func ExtractFacts(text string, sents []Sentence, published time.Time) Facts {
	if sents == nil {
		sents = Segment(text)
	}
	w := factsPool.Get().(*factsWork)
	defer factsPool.Put(w)
	w.tab.reset(len(text))
	f, _ := extractFacts(text, lowerText(text), sents, published, &w.tab, &w.scratch)
	return f
}

// factsWork is the working memory of one ExtractFacts call, kept in
// factsPool for the next: its scratch and word table hold nothing the
// call returns.
type factsWork struct {
	scratch factsScratch
	tab     wordTable
}

var factsPool = sync.Pool{New: func() any { return new(factsWork) }}

// extractFacts is ExtractFacts with the text's ASCII-lowered copy (see
// lowerText) and a word table at hand, so that Analyze lowers and scans
// the text once for every stage. It returns the tokens too, their words
// numbered in tab.
//
// s is the stage's working memory, nil for new: a caller that extracts
// article after article hands the same one each time (and resets tab)
// so that the large buffers are allocated once. The tokens returned live
// in s until the next call; the Facts never share memory with s.
func extractFacts(text, low string, sents []Sentence, published time.Time, tab *wordTable, s *factsScratch) (Facts, []token) {
	if s == nil {
		s = new(factsScratch)
	}
	x := extractor{text: text, low: low, tab: tab, scratch: s}
	x.toks, x.sentRuns, x.index = scanTokens(text, low, sents, tab, s)
	// cnndm-dev has a mention in every twelve tokens, at most one in five:
	// room for one in eight spares most articles a copy
	x.mentions = grown(s.mentions, len(x.toks)/8+8)
	var dc dateContext
	if !published.IsZero() {
		y, m, d := published.Date()
		dc.pub = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	x.datelines()
	x.quantities(&dc)
	nq := len(x.mentions)
	x.names()
	x.mentions = mergeSorted(x.mentions, nq, &s.spare)
	f := x.merge(len(sents))
	s.mentions = x.mentions
	return f, x.toks
}

// factsScratch is the facts stage's working memory: the buffers that
// grow with the article, kept from one call of extractFacts to the next
// so that they are allocated once (ExtractFacts keeps one in factsPool).
// It holds no result: each call overwrites what the last one left. The
// zero value is ready to use.
type factsScratch struct {
	toks     []token
	runs     []sentRun
	index    tokenIndex
	mentions []mention
	spare    []mention   // mergeSorted's copy
	seen     []uint8     // names' marks per word
	ints     []int32     // merge's numbers per mention and per entity
	perSent  []int32     // merge's count per sentence
	keySlots []int32     // merge's table of keys: per slot, an entity + 1 (see merge)
	people   personTable // resolvePeople's keys per word
	keyNodes []keyNode   // the keys' lists
}

// grown returns b emptied with room for n, allocating only when b is too
// small.
func grown[E any](b []E, n int) []E { return slices.Grow(b[:0], n) }

// mention is one mention before merging, 80 bytes: an article has one in
// every twelve tokens or so.
type mention struct {
	start, end int32      // the span in the text
	sent       int32      // its sentence
	kind       EntityKind // "" for a lone capitalized word waiting for a full name
	name       string
	key        string // merge key within the kind
	extra      string // a person's role, a quantity's value
}

// span returns the mention's span.
func (m *mention) span() Span { return Span{int(m.start), int(m.end)} }

// extractor holds the state of one extraction.
type extractor struct {
	text     string
	low      string // text with its ASCII letters lowercased
	toks     []token
	sentRuns []sentRun  // the tokens' sentences
	run      lastRun    // the run sentOf or sentStart found last
	index    tokenIndex // where the passes start
	mentions []mention
	local    map[string]string // lowercased dateline city -> its name
	tab      *wordTable        // numbers the tokens' words
	scratch  *factsScratch     // working memory kept across calls
}

// add records a mention over toks[a:b]. Only people have a role and only
// quantities a value, so the mention keeps whichever is given.
func (x *extractor) add(a, b int, kind EntityKind, name, key, role, value string) {
	extra := value
	if kind == Person {
		extra = role
	}
	x.mentions = append(x.mentions, mention{
		start: x.toks[a].start, end: x.toks[b-1].end, sent: int32(x.sentOf(a)),
		kind: kind, name: name, key: key, extra: extra,
	})
}

// quantities finds dates, times, numbers, money, percentages and
// quantities, and marks their tokens as used.
func (x *extractor) quantities(dc *dateContext) {
	next := 0 // the token after the last phrase found
	for _, k := range x.index.quantity {
		i := int(k)
		if i < next || x.numberedName(i) {
			continue // inside a phrase, or "Local 412", part of a name
		}
		n := 0
		var kind EntityKind
		var value string
		if m, ok := matchDate(x, i, dc); ok {
			n, kind, value = m.n, m.kind, m.value
		} else if m, ok := matchNumber(x, i); ok {
			n, kind, value = m.n, m.kind, m.value
		}
		if n == 0 || i+n > len(x.toks) {
			continue
		}
		name := x.text[x.toks[i].s():x.toks[i+n-1].e()]
		key := value
		if key == "" {
			key = x.low[x.toks[i].s():x.toks[i+n-1].e()]
		}
		x.add(i, i+n, kind, name, key, "", value)
		for k := i; k < i+n; k++ {
			x.toks[k].bits |= tokUsed
		}
		next = i + n
	}
}

// merge groups mentions into entities, resolving lone surnames and first
// names to the full names the article gives, and indexes sentences. The
// mentions come in text order (mergeSorted), so the entities, made at
// their first mention, come in the order of their first mentions.
func (x *extractor) merge(nsent int) Facts {
	x.resolvePeople()
	x.resolveOrgs()
	n := len(x.mentions)
	// A first pass numbers the entities, so that the slice of them is
	// made at its size. index holds, per key, the last entity made with
	// it; sameKey links each entity to the one made before it with the
	// same key and another kind ("Washington" the place and the person),
	// -1 at the end. There are no more entities than mentions: the
	// per-entity numbers and the per-mention entOf share the scratch's
	// numbers, which need no clearing (entOf is written before it is
	// read, and the rest grows by append).
	s := x.scratch
	s.ints = grown(s.ints, 4*n)
	ints := s.ints[:4*n]
	entOf := ints[:n]                // per mention, its entity
	sameKey := ints[n : n : 2*n]     // per entity
	count := ints[2*n : 2*n : 3*n]   // per entity, its mentions
	firstOf := ints[3*n : 3*n : 4*n] // per entity, its first mention
	// index is a table with open addressing over the keys' hashes, at
	// most half full: a slot holds the last entity made with its key + 1,
	// 0 when empty. An article has sixty mentions or so: clearing a table
	// of a few hundred numbers costs less than a map's lookups.
	size := slotsFor(n)
	s.keySlots = grown(s.keySlots, size)
	index := s.keySlots[:size]
	clear(index)
	mask := uint32(size - 1)
	spans := 0
	for mi := range x.mentions {
		m := &x.mentions[mi]
		if m.kind == "" {
			continue
		}
		slot := hashWord(m.key) & mask
		for index[slot] != 0 && x.mentions[firstOf[index[slot]-1]].key != m.key {
			slot = (slot + 1) & mask
		}
		head := index[slot] - 1 // -1 for none
		i := head
		for i >= 0 && x.mentions[firstOf[i]].kind != m.kind {
			i = sameKey[i]
		}
		if i < 0 {
			i = int32(len(count))
			index[slot] = i + 1
			sameKey = append(sameKey, head)
			count = append(count, 0)
			firstOf = append(firstOf, int32(mi))
		}
		entOf[mi] = i
		count[i]++
		spans++
	}
	// The second pass fills the entities in, in the order of the
	// mentions. Each entity's mentions are cut from one store.
	ents := make([]Entity, len(count))
	store := make([]Span, spans)
	for i, c := range count {
		ents[i].Mentions = store[:0:c]
		store = store[c:]
	}
	for mi := range x.mentions {
		m := &x.mentions[mi]
		if m.kind == "" {
			continue
		}
		e := &ents[entOf[mi]]
		if e.Kind == "" {
			e.Name, e.Kind = m.name, m.kind
			if m.kind != Person {
				e.Value = m.extra
			}
		}
		if m.name != e.Name && betterName(m.name, e.Name) {
			e.Name = m.name
		}
		if e.Role == "" && m.kind == Person {
			e.Role = m.extra // the first role given
		}
		e.Mentions = append(e.Mentions, m.span())
	}
	f := Facts{Entities: ents, Sentences: make([][]int, nsent)}
	// Each sentence's list is cut from one store: a first pass counts
	// them, the second fills them in.
	stamp := count[:len(ents)] // per entity, sentence+1 it was last listed in
	clear(stamp)
	s.perSent = grown(s.perSent, nsent)
	perSent := s.perSent[:nsent]
	clear(perSent)
	total := 0
	for mi := range x.mentions {
		m := &x.mentions[mi]
		if m.kind == "" || m.sent < 0 || int(m.sent) >= nsent {
			continue
		}
		if i := entOf[mi]; stamp[i] != m.sent+1 {
			stamp[i] = m.sent + 1
			perSent[m.sent]++
			total++
		}
	}
	sentStore := make([]int, total)
	for si, c := range perSent {
		if c > 0 {
			f.Sentences[si] = sentStore[:0:c]
			sentStore = sentStore[c:]
		}
	}
	clear(stamp)
	for mi := range x.mentions {
		m := &x.mentions[mi]
		if m.kind == "" || m.sent < 0 || int(m.sent) >= nsent {
			continue
		}
		if i := entOf[mi]; stamp[i] != m.sent+1 {
			stamp[i] = m.sent + 1
			f.Sentences[m.sent] = append(f.Sentences[m.sent], int(i))
		}
	}
	return f
}

// mergeSorted orders mentions by position: ms[:k] and ms[k:] are each
// found in text order, so one linear merge does it, in place, with a
// copy of the first part, kept in *spare.
func mergeSorted(ms []mention, k int, spare *[]mention) []mention {
	byPos := func(a, b mention) int { return int(a.start) - int(b.start) }
	if !slices.IsSortedFunc(ms[:k], byPos) || !slices.IsSortedFunc(ms[k:], byPos) {
		slices.SortStableFunc(ms, byPos)
		return ms
	}
	if k == 0 || k == len(ms) {
		return ms
	}
	// Writing at n never overtakes b: n counts the mentions taken, fewer
	// than k plus those taken from b while a lasts.
	*spare = append((*spare)[:0], ms[:k]...)
	a, b := *spare, ms[k:]
	n := 0
	for len(a) > 0 && len(b) > 0 {
		if b[0].start < a[0].start {
			ms[n], b = b[0], b[1:]
		} else {
			ms[n], a = a[0], a[1:]
		}
		n++
	}
	copy(ms[n:], a) // what is left of b is in place already
	return ms
}

// betterName reports whether name is a fuller form than cur: more words,
// then more letters; an all-capital form ("TAIPEI") never wins.
func betterName(name, cur string) bool {
	if isAllCaps(name) && !isAllCaps(cur) && len(name) > 3 {
		return false
	}
	if isAllCaps(cur) && !isAllCaps(name) && len(cur) > 3 {
		return true
	}
	nw, cw := strings.Count(name, " "), strings.Count(cur, " ")
	if nw != cw {
		return nw > cw
	}
	return len(name) > len(cur)
}

// OfKind returns the indices of the entities of the given kinds that
// sentence i mentions.
func (f *Facts) OfKind(i int, kinds ...EntityKind) []int {
	if i < 0 || i >= len(f.Sentences) {
		return nil
	}
	var out []int
	for _, e := range f.Sentences[i] {
		for _, k := range kinds {
			if f.Entities[e].Kind == k {
				out = append(out, e)
				break
			}
		}
	}
	return out
}
