package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Coreference of names within one article: a lone surname or first name
// ("Blinken", "Qin") is the person the article names in full ("Antony
// Blinken", "Qin Gang"); "State Department" is the "U.S. State Department"
// when the article names only one; "FBI" is the "Federal Bureau of
// Investigation" it spells out.

// resolvePeople points lone-word mentions at the full name they stand for.
// It learns, per word, the people's keys that end or start with it and
// whether it is a person's whole key, in one map of the scratch.
func (x *extractor) resolvePeople() {
	s := x.scratch
	words := &s.people
	words.reset(2*len(x.mentions) + 1) // a person's key gives two words at most
	s.keyNodes = s.keyNodes[:0]
	for i := range x.mentions {
		m := &x.mentions[i]
		if m.kind != Person {
			continue
		}
		sp := strings.IndexByte(m.key, ' ')
		if sp < 0 {
			words.at(m.key, true).single = true
			continue
		}
		first := m.key[:sp]
		rest := m.key
		k := strings.LastIndexByte(rest, ' ')
		last := rest[k+1:]
		if suffixes[last] {
			rest = rest[:k]
			last = rest[strings.LastIndexByte(rest, ' ')+1:]
		}
		pk := words.at(last, true)
		pk.last = s.addKey(pk.last, m.key)
		pk = words.at(first, true)
		pk.first = s.addKey(pk.first, m.key)
	}
	for i := range x.mentions {
		m := &x.mentions[i]
		if m.kind == Person && strings.IndexByte(m.key, ' ') >= 0 {
			// "Van Gaal" is the "Louis van Gaal" the article names
			if full := x.particleSurname(m.key); full != "" {
				m.key = full
			}
			continue
		}
		if (m.kind != Person && m.kind != "") || strings.IndexByte(m.key, ' ') >= 0 {
			continue
		}
		var pk personKeys
		if p := words.at(m.key, false); p != nil {
			pk = *p
		}
		switch {
		case pk.last.n == 1:
			m.kind, m.key = Person, s.keyNodes[pk.last.head].key
		case pk.last.n == 0 && pk.first.n == 1:
			m.kind, m.key = Person, s.keyNodes[pk.first.head].key
		case m.kind == "" && pk.single:
			m.kind = Person
		}
	}
}

// personKeys is what resolvePeople knows of a word: the distinct keys of
// the people whose names end (last) or start (first) with it, and whether
// it is a person's whole key.
type personKeys struct {
	last, first keyList
	single      bool
}

// personTable maps words to their personKeys with open addressing over
// the words' hashes, at most half full, kept in the scratch from article
// to article: an article names a few dozen people, for whom a map's
// lookups, updates and clearing cost more.
type personTable struct {
	slots []int32      // per slot, entry + 1, 0 when empty; a power of two long
	words []string     // per entry, its word
	keys  []personKeys // per entry, what is known of the word
}

// reset empties the table and makes room for n words.
func (p *personTable) reset(n int) {
	size := slotsFor(n)
	p.slots = grown(p.slots, size)[:size]
	clear(p.slots)
	clear(p.words) // let the last article's keys go
	p.words, p.keys = p.words[:0], p.keys[:0]
}

// at returns the entry of word w, made empty when missing and add is
// true, nil when missing otherwise. The pointer is good until the next
// entry is made.
func (p *personTable) at(w string, add bool) *personKeys {
	mask := uint32(len(p.slots) - 1)
	for i := hashWord(w) & mask; ; i = (i + 1) & mask {
		e := p.slots[i]
		if e == 0 {
			if !add {
				return nil
			}
			p.words = append(p.words, w)
			p.keys = append(p.keys, personKeys{})
			p.slots[i] = int32(len(p.keys))
			return &p.keys[len(p.keys)-1]
		}
		if p.words[e-1] == w {
			return &p.keys[e-1]
		}
	}
}

// keyList is a list of distinct keys chained through the scratch's
// keyNodes from head, the newest; n counts them.
type keyList struct{ head, n int32 }

// keyNode is a key of a keyList and the index of the next, -1 at the end.
type keyNode struct {
	key  string
	next int32
}

// addKey returns l with k added unless it holds it already.
func (s *factsScratch) addKey(l keyList, k string) keyList {
	for i := l.head; l.n > 0 && i >= 0; i = s.keyNodes[i].next {
		if s.keyNodes[i].key == k {
			return l
		}
	}
	next := l.head
	if l.n == 0 {
		next = -1
	}
	s.keyNodes = append(s.keyNodes, keyNode{k, next})
	return keyList{int32(len(s.keyNodes) - 1), l.n + 1}
}

// particleSurname returns the one full name that ends with key when key
// is a surname with its particles ("van gaal", "de la cruz"), or "".
func (x *extractor) particleSurname(key string) string {
	// Most names open with a word that is no particle ("antony blinken"):
	// they are done without splitting the key.
	if sp := strings.IndexByte(key, ' '); sp > 0 && !nameParticles[key[:sp]] && strings.IndexFunc(key[:sp], unicode.IsSpace) < 0 {
		return ""
	}
	words := strings.Fields(key)
	for _, w := range words[:len(words)-1] {
		if !nameParticles[w] {
			return ""
		}
	}
	var found string
	s := x.scratch
	var l keyList
	if pk := s.people.at(words[len(words)-1], false); pk != nil {
		l = pk.last
	}
	for i := l.head; l.n > 0 && i >= 0; i = s.keyNodes[i].next {
		if full := s.keyNodes[i].key; full != key && strings.HasSuffix(full, " "+key) {
			if found != "" {
				return ""
			}
			found = full
		}
	}
	return found
}

// suffixes follow a surname: "Robert Downey Jr.".
var suffixes = wordSet(`jr. sr. jr sr ii iii iv qc mp`)

func addKey(keys []string, k string) []string {
	for _, have := range keys {
		if have == k {
			return keys
		}
	}
	return append(keys, k)
}

// resolveOrgs merges an organization named without its country into the
// one named with it, and an acronym into the name it abbreviates, when
// the article offers exactly one candidate.
func (x *extractor) resolveOrgs() {
	// Only the initials that spell an acronym the article uses are kept.
	var acronyms []string
	for i := range x.mentions {
		if m := &x.mentions[i]; m.kind == Organization && isAcronym(m.name) {
			acronyms = append(acronyms, strings.ReplaceAll(m.name, ".", ""))
		}
	}
	var bare, initials map[string][]string // key without country, initials -> full keys
	var buf [32]byte
	for i := range x.mentions {
		m := &x.mentions[i]
		if m.kind != Organization {
			continue
		}
		if b := stripCountry(m.key); b != m.key {
			if bare == nil {
				bare = map[string][]string{}
			}
			bare[b] = addKey(bare[b], m.key)
		}
		if len(acronyms) == 0 {
			continue
		}
		if in := appendInitials(buf[:0], m.name); len(in) >= 2 && spells(acronyms, in) {
			if initials == nil {
				initials = map[string][]string{}
			}
			initials[string(in)] = addKey(initials[string(in)], m.key)
		}
	}
	for i := range x.mentions {
		m := &x.mentions[i]
		if m.kind != Organization {
			continue
		}
		if full := bare[m.key]; len(full) == 1 && stripCountry(m.key) == m.key {
			m.key = full[0]
			continue
		}
		if isAcronym(m.name) {
			if full := initials[strings.ReplaceAll(m.name, ".", "")]; len(full) == 1 && full[0] != m.key {
				m.key = full[0]
			}
		}
	}
}

// isAcronym reports whether an organization's name is one word in
// capitals ("FBI", "U.N.").
func isAcronym(name string) bool { return isAllCaps(name) && strings.IndexByte(name, ' ') < 0 }

// spells reports whether in is one of the acronyms.
func spells(acronyms []string, in []byte) bool {
	for _, a := range acronyms {
		if a == string(in) {
			return true
		}
	}
	return false
}

// stripCountry drops the country or demonym words that open an
// organization's key: "u.s. state department" -> "state department".
func stripCountry(key string) string {
	for {
		w, rest, ok := strings.Cut(key, " ")
		if !ok || (gaz.place[w] == "" && gaz.demonym[w] == "") {
			return key
		}
		key = rest
	}
}

// appendInitials appends to b the initials of a multi-word name's
// capitalized words: "Federal Bureau of Investigation" -> "FBI". A word
// is what strings.Fields finds; a one-word name has none.
func appendInitials(b []byte, name string) []byte {
	if strings.IndexByte(name, ' ') < 0 {
		return b
	}
	inWord := false
	for i := 0; i < len(name); {
		// unicode.IsSpace, with ASCII read a byte at a time
		c, size := name[i], 1
		space := c == ' ' || c >= '\t' && c <= '\r'
		if c >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRuneInString(name[i:])
			space = unicode.IsSpace(r)
		}
		if !space && !inWord && c >= 'A' && c <= 'Z' {
			b = append(b, c)
		}
		inWord = !space
		i += size
	}
	return b
}

// FindPerson returns the index in f.Entities of the person a name, part of
// a name or a role refers to ("Antony Blinken", "Blinken", "Qin", "the
// minister"), or -1 when none fits. When several fit, the one mentioned
// last at or before byte offset at wins (at < 0: the most mentioned).
func (f *Facts) FindPerson(name string, at int) int {
	q := strings.ToLower(strings.TrimSpace(name))
	for _, p := range []string{"the ", "a ", "an ", "mr. ", "mrs. ", "ms. ", "dr. ", "mr ", "mrs ", "ms ", "dr "} {
		q = strings.TrimPrefix(q, p)
	}
	q = strings.TrimSuffix(strings.TrimSuffix(q, "’s"), "'s")
	if q == "" {
		return -1
	}
	var byName, byRole []int
	for i := range f.Entities {
		e := &f.Entities[i]
		if e.Kind != Person {
			continue
		}
		// an ASCII name is matched as lowered without lowering it
		var same, within bool
		if isASCII(e.Name) {
			same = lowerEqual(e.Name, q)
			within = same || hasLowerWordSeq(e.Name, q)
		} else {
			n := strings.ToLower(e.Name)
			same, within = n == q, hasWordSeq(n, q)
		}
		if same {
			return i
		}
		if within {
			byName = append(byName, i)
		} else if e.Role != "" && hasWordSeq(strings.ToLower(e.Role), q) {
			byRole = append(byRole, i)
		}
	}
	if len(byName) == 0 {
		byName = byRole
	}
	return f.pick(byName, at)
}

// pick chooses among candidate entities: the one last mentioned at or
// before at, else the most mentioned.
func (f *Facts) pick(cands []int, at int) int {
	best, bestPos, bestN := -1, -1, -1
	for _, i := range cands {
		pos := -1
		for _, m := range f.Entities[i].Mentions {
			if at >= 0 && m.Start <= at {
				pos = m.Start
			}
		}
		n := len(f.Entities[i].Mentions)
		if pos > bestPos || (pos == bestPos && n > bestN) {
			best, bestPos, bestN = i, pos, n
		}
	}
	return best
}

// hasWordSeq reports whether the words of q appear in s as whole words.
func hasWordSeq(s, q string) bool {
	for i := 0; i+len(q) <= len(s); {
		k := strings.Index(s[i:], q)
		if k < 0 {
			return false
		}
		k += i
		if (k == 0 || s[k-1] == ' ') && (k+len(q) == len(s) || s[k+len(q)] == ' ') {
			return true
		}
		i = k + 1
	}
	return false
}

// hasLowerWordSeq is hasWordSeq(strings.ToLower(s), q) for an ASCII s.
func hasLowerWordSeq(s, q string) bool {
	for k := 0; k+len(q) <= len(s); k++ {
		if (k == 0 || s[k-1] == ' ') && (k+len(q) == len(s) || s[k+len(q)] == ' ') && lowerEqual(s[k:k+len(q)], q) {
			return true
		}
	}
	return false
}

// lowerEqual reports whether the ASCII s, lowered, equals q.
func lowerEqual(s, q string) bool {
	if len(s) != len(q) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != q[i] {
			return false
		}
	}
	return true
}
