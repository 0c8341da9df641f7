package summarize

import (
	"strings"
	"unicode"
)

// Coreference of names within one article: a lone surname or first name
// ("Blinken", "Qin") is the person the article names in full ("Antony
// Blinken", "Qin Gang"); "State Department" is the "U.S. State Department"
// when the article names only one; "FBI" is the "Federal Bureau of
// Investigation" it spells out.

// resolvePeople points lone-word mentions at the full name they stand for.
func (x *extractor) resolvePeople() {
	people := 0
	for i := range x.mentions {
		if x.mentions[i].kind == Person {
			people++
		}
	}
	byLast := make(map[string][]string, people)
	byFirst := make(map[string][]string, people)
	single := make(map[string]bool, people)
	for i := range x.mentions {
		m := &x.mentions[i]
		if m.kind != Person {
			continue
		}
		sp := strings.IndexByte(m.key, ' ')
		if sp < 0 {
			single[m.key] = true
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
		byLast[last] = addKey(byLast[last], m.key)
		byFirst[first] = addKey(byFirst[first], m.key)
	}
	for i := range x.mentions {
		m := &x.mentions[i]
		if m.kind == Person && strings.IndexByte(m.key, ' ') >= 0 {
			// "Van Gaal" is the "Louis van Gaal" the article names
			if full := particleSurname(m.key, byLast); full != "" {
				m.key = full
			}
			continue
		}
		if (m.kind != Person && m.kind != "") || strings.IndexByte(m.key, ' ') >= 0 {
			continue
		}
		switch {
		case len(byLast[m.key]) == 1:
			m.kind, m.key = Person, byLast[m.key][0]
		case len(byLast[m.key]) == 0 && len(byFirst[m.key]) == 1:
			m.kind, m.key = Person, byFirst[m.key][0]
		case m.kind == "" && single[m.key]:
			m.kind = Person
		}
	}
}

// particleSurname returns the one full name that ends with key when key
// is a surname with its particles ("van gaal", "de la cruz"), or "".
func particleSurname(key string, byLast map[string][]string) string {
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
	for _, full := range byLast[words[len(words)-1]] {
		if full != key && strings.HasSuffix(full, " "+key) {
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
	bare := map[string][]string{} // key without country -> full keys
	initials := map[string][]string{}
	for i := range x.mentions {
		m := &x.mentions[i]
		if m.kind != Organization {
			continue
		}
		if b := stripCountry(m.key); b != m.key {
			bare[b] = addKey(bare[b], m.key)
		}
		if in := orgInitials(m.name); len(in) >= 2 {
			initials[in] = addKey(initials[in], m.key)
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
		if isAllCaps(m.name) && strings.IndexByte(m.name, ' ') < 0 {
			if full := initials[strings.ReplaceAll(m.name, ".", "")]; len(full) == 1 && full[0] != m.key {
				m.key = full[0]
			}
		}
	}
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

// orgInitials returns the initials of a multi-word name's capitalized
// words: "Federal Bureau of Investigation" -> "FBI".
func orgInitials(name string) string {
	if strings.IndexByte(name, ' ') < 0 {
		return ""
	}
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if c := w[0]; c >= 'A' && c <= 'Z' {
			b.WriteByte(c)
		}
	}
	return b.String()
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
		n := strings.ToLower(e.Name)
		if n == q {
			return i
		}
		if hasWordSeq(n, q) {
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
