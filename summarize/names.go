package summarize

import "strings"

// Names: runs of capitalized words ("U.S. Secretary of State Antony
// Blinken", "Chinese Foreign Ministry") are cut into a title and a name
// and classified as a person, organization or place with the gazetteers
// and the words around them.

// gaz is built once from the place tables and never changed.
var gaz = buildPlaces()

// maxRun bounds a run of capitalized words: longer ones are headlines or
// lists, and the bound keeps the work on each run small.
const maxRun = 16

// names finds the capitalized runs of the text and classifies them.
func (x *extractor) names() {
	// seen marks, per word of the word table, whether it is seen
	// capitalized inside a sentence: bit 1 in title case, bit 2 in capitals
	s := x.scratch
	s.seen = grown(s.seen, len(x.tab.words))
	seen := s.seen[:len(x.tab.words)]
	clear(seen)
	for _, k := range x.index.capWords {
		if t := &x.toks[k]; !t.first() && !t.used() {
			seen[t.word] |= capsBit(t)
		}
	}
	next := 0 // the token after the last run
	for _, k := range x.index.capWords {
		i := int(k)
		t := &x.toks[i]
		if i < next || t.used() {
			continue
		}
		// a sentence-initial word starts a name when it is known, or when
		// an unknown word is followed by more of the name ("Rickie Fowler")
		if t.first() && !x.startsName(t, seen) &&
			!(i+1 < len(x.toks) && x.has(i+1, lexSpeech) && !x.neverWord(t) &&
				!strings.HasSuffix(x.lowerOf(t), "s")) &&
			(t.lex&lexNever != 0 || looksAdjective(x.lowerOf(t)) || x.extendRun(i+1) == i+1 || x.toks[i+1].kind != tWord) {
			continue
		}
		j := i + 1
		for j < len(x.toks) && j-i < maxRun {
			if k := x.extendRun(j); k > j {
				j = k
				continue
			}
			break
		}
		x.classify(i, j)
		next = j
	}
}

// extendRun returns where the run grows to from x.toks[j], or j when the
// run ends there: a capitalized word, a glued hyphen between capitalized
// words, or a connector ("of", "van", "of the") before one.
func (x *extractor) extendRun(j int) int {
	if j >= len(x.toks) {
		return j
	}
	capWord := func(k int) bool {
		return k < len(x.toks) && x.toks[k].kind == tWord && x.toks[k].upper && !x.toks[k].used() && !x.toks[k].first()
	}
	if capWord(j) {
		return j + 1
	}
	if x.numberedName(j) {
		return j + 1
	}
	t := &x.toks[j]
	if x.strOf(t) == "-" && t.glued() && j+1 < len(x.toks) && x.toks[j+1].glued() && capWord(j+1) {
		return j + 2
	}
	if t.kind == tWord && !t.upper && t.lex&(lexParticle|lexJoin) != 0 {
		if capWord(j + 1) {
			return j + 2
		}
		// "von der Leyen"
		if t.lex&lexParticle != 0 && j+2 < len(x.toks) && x.has(j+1, lexParticle) && !x.toks[j+1].upper && capWord(j+2) {
			return j + 3
		}
		if (x.lowerOf(t) == "of" || x.lowerOf(t) == "for") && j+2 < len(x.toks) && x.lower(j+1) == "the" && capWord(j+2) {
			return j + 3
		}
	}
	return j
}

// numberedWords end a name with the number after them: "Amalgamated
// Transit Union Local 412", "Section 8", "Precinct 9". Written by hand for
// briefly from union locals, programs and districts in US news.
var numberedWords = wordSet(`local section chapter lodge precinct ward district unit post division`)

// numberedName reports whether x.toks[j] is the number that ends a name:
// digits right after a capitalized numbered word inside a sentence.
func (x *extractor) numberedName(j int) bool {
	if j < 1 || j >= len(x.toks) {
		return false
	}
	t, p := &x.toks[j], &x.toks[j-1]
	return t.kind == tNum && t.digits() && p.kind == tWord && p.upper && !p.first() &&
		numberedWords[x.lowerOf(p)] && t.s()-p.e() == 1 && x.text[p.e()] == ' '
}

// startsName reports whether a capitalized word at the start of a
// sentence (or after an opening quote) may begin a name: it must be known
// as a name, place, organization or title, or seen capitalized elsewhere.
func (x *extractor) startsName(t *token, seen []uint8) bool {
	if x.neverWord(t) && !(t.caps() && t.lex&lexPlace != 0) {
		return false
	}
	return t.caps() || t.lex&(lexPlace|lexDemonym|lexFirstName|lexTitleHead|lexTitleMod|lexTitleDomain|lexHonorific) != 0 ||
		seen[t.word]&capsBit(t) != 0 || x.knownOrg(t) != ""
}

// capsBit is the bit of names' seen marks for a capitalized token.
func capsBit(t *token) uint8 {
	if t.caps() {
		return 2
	}
	return 1
}

// contractionHead returns the part of a word before an apostrophe:
// "we'll" -> "we".
func contractionHead(w string) string {
	if k := strings.IndexAny(w, "'’"); k > 0 {
		return w[:k]
	}
	return w
}

// singleOrgs are the cue words that name an organization on their own;
// others alone ("Court", "Channel", "TV") are too vague to list.
var singleOrgs = wordSet(`parliament congress senate`)

// gerund reports whether a word looks like an -ing form ("Changing
// Places"), which a name's first word rarely is.
func gerund(w string) bool { return len(w) > 5 && strings.HasSuffix(w, "ing") }

// hasDigit reports whether a word holds a digit ("A321").
func hasDigit(w string) bool {
	for i := 0; i < len(w); i++ {
		if isDigitByte(w[i]) {
			return true
		}
	}
	return false
}

// ambiguousHeads are title words that more often start other names
// ("General Motors", "Major League", "Chief Executive").
var ambiguousHeads = wordSet(`general major chief private host crown grand lady lord`)

// looksAdjective reports whether a word has an ending that names rarely
// have ("Iconic", "Famous", "Shocking", "Sadly").
func looksAdjective(w string) bool {
	for _, suf := range [...]string{"ic", "al", "ous", "ive", "ful", "less", "ing", "ly", "est"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// knownOrg returns the printed name of a one-word known organization.
func (x *extractor) knownOrg(t *token) string {
	if t.kind == tWord && t.upper && t.lex&lexKnownOrg == 0 {
		return ""
	}
	name, ok := knownOrgs[x.lowerOf(t)]
	if !ok || (isAllCaps(name) && !t.caps()) {
		return ""
	}
	return name
}

// runKeys has, for each key of knownOrgs and gaz.place, the bit that
// bits 16 to 31 of its hash pick, as lexHash has for the lexicon.
var runKeys = func() *[lexHashBits / 64]uint64 {
	var f [lexHashBits / 64]uint64
	for _, m := range []map[string]string{knownOrgs, gaz.place} {
		for w := range m {
			k := hashWord(w) >> 16 % lexHashBits
			f[k/64] |= 1 << (k % 64)
		}
	}
	return &f
}()

// runKeyMayHold reports whether knownOrgs or gaz.place may hold the
// lower-case run w: false means neither does.
func runKeyMayHold(w string) bool {
	k := hashWord(w) >> 16 % lexHashBits
	return runKeys[k/64]&(1<<(k%64)) != 0
}

// classify decides what the run x.toks[a:b] names and records it.
func (x *extractor) classify(a, b int) {
	if a < b && x.lower(a) == "the" {
		a++
	}
	if a >= b {
		return
	}
	full := x.text[x.toks[a].s():x.toks[b-1].e()]
	lower := x.low[x.toks[a].s():x.toks[b-1].e()]
	// a lone capitalized word's lexicon bits tell whether the lists hold it
	one := b-a == 1 && x.toks[a].kind == tWord && x.toks[a].upper
	// most runs of two words or more are in neither list, which one bit
	// of runKeys tells
	listed := one || runKeyMayHold(lower)
	if !one && listed || x.toks[a].lex&lexKnownOrg != 0 {
		if name, ok := knownOrgs[lower]; ok && (b-a > 1 || x.knownOrg(&x.toks[a]) != "") {
			x.add(a, b, Organization, name, name, "", "")
			return
		}
	}
	if name := x.local[lower]; name != "" {
		x.add(a, b, Place, name, name, "", "")
		return
	}
	if !one && listed || one && x.toks[a].lex&lexPlace != 0 {
		if canon := gaz.place[lower]; canon != "" {
			name := full
			if x.toks[a].caps() && strings.ToLower(canon) == lower {
				name = canon
			}
			x.add(a, b, Place, name, canon, "", "")
			return
		}
	}
	if k := x.splitAt(a, b); k > a {
		return
	}
	if x.person(a, b) {
		return
	}
	if x.hasCue(a, b) && (b-a > 1 || singleOrgs[lower]) {
		x.add(a, b, Organization, full, lower, "", "")
		x.placesIn(a, b)
		return
	}
	x.other(a, b, full, lower)
}

// placesIn records the countries named inside a title or an
// organization ("U.S." in "U.S. Secretary of State", "Chinese" in
// "Chinese Foreign Ministry"), so that the sentence is indexed by them too.
func (x *extractor) placesIn(a, b int) {
	for k := a; k < b; k++ {
		// the maps hold no word whose lexicon bits lack both
		if t := &x.toks[k]; !t.upper || t.lex&(lexPlace|lexDemonym) == 0 {
			continue
		}
		w := x.lower(k)
		if c := gaz.place[w]; c != "" && x.toks[k].upper {
			x.add(k, k+1, Place, x.str(k), c, "", "")
		} else if c := gaz.demonym[w]; c != "" && x.toks[k].upper {
			x.add(k, k+1, Place, c, c, "", "")
		}
	}
}

// splitAt cuts a run that holds two names ("East Asian and Pacific",
// "Wang Yi of China", "China-U.S.") and classifies each part. It returns
// the cut position, or a when the run stays whole.
func (x *extractor) splitAt(a, b int) int {
	for k := a + 1; k < b-1; k++ {
		t := &x.toks[k]
		switch {
		case t.kind == tWord && (x.lowerOf(t) == "and" || x.lowerOf(t) == "&" || x.lowerOf(t) == "on"):
			// "Department of Health and Human Services", "Centers for
			// Disease Control and Prevention" stay whole
			if x.hasCue(k+1, b) || x.hasCue(a, k) && x.hasConnector(a, k) {
				continue
			}
		case t.kind == tWord && (x.lowerOf(t) == "of" || x.lowerOf(t) == "for"):
			if x.hasCue(a, k) || x.hasTitle(a, k) || x.inList(&x.toks[k-1], placeSuffixes, lexPlaceSuffix) ||
				x.lower(k-1) == "republic" || x.lower(k-1) == "kingdom" || x.lower(k-1) == "states" {
				continue
			}
		case x.strOf(t) == "-":
			if !x.isPlaceWord(k-1) && !x.isPlaceWord(k+1) {
				continue
			}
			x.classify(a, k)
			x.classify(k+1, b)
			return k
		default:
			continue
		}
		x.classify(a, k)
		next := k + 1
		if next < b && x.lower(next) == "the" {
			next++
		}
		x.classify(next, b)
		return k
	}
	return a
}

// isPlaceWord reports whether x.toks[k] is a place or demonym on its own.
func (x *extractor) isPlaceWord(k int) bool {
	t := &x.toks[k]
	return t.kind == tWord && t.lex&(lexPlace|lexDemonym) != 0
}

// hasCue reports whether an organization cue word lies in x.toks[a:b].
func (x *extractor) hasCue(a, b int) bool {
	for k := a; k < b; k++ {
		if x.toks[k].kind == tWord && x.toks[k].upper && x.has(k, lexOrgCue) {
			return true
		}
	}
	return false
}

// hasConnector reports whether "of" or "for" joins words in toks[a:b].
func (x *extractor) hasConnector(a, b int) bool {
	for k := a; k < b; k++ {
		if w := x.lower(k); w == "of" || w == "for" {
			return true
		}
	}
	return false
}

// hasTitle reports whether a title head word lies in x.toks[a:b].
func (x *extractor) hasTitle(a, b int) bool {
	for k := a; k < b; k++ {
		if x.has(k, lexTitleHead) {
			return true
		}
	}
	return false
}

// person records the run as a person when it starts with a title ("U.S.
// Secretary of State Antony Blinken"), an honorific ("Mr. Blinken"), a
// known first name, is the subject or object of a speech verb, or looks
// like a two- or three-word name. It reports whether it did.
func (x *extractor) person(a, b int) bool {
	role := ""
	start := a
	if x.inList(&x.toks[a], honorifics, lexHonorific) {
		start = a + 1
	} else if end := x.titleEnd(a, b); end > a {
		switch {
		case end >= b:
			return !x.hasCue(a, b) // a title alone names no one
		case x.hasCue(end, b):
			return false
		case !x.toks[end].upper:
			// "Mayor of London": the title names a place, not a person
			x.classify(end+1, b)
			return true
		case end+1 == b && (ambiguousHeads[x.lower(end-1)] || x.inList(&x.toks[end], notPersonWord, lexNotPerson)) && !x.inList(&x.toks[end], firstNames, lexFirstName):
			// "General Election", "Major League": not a title and a name
			return false
		}
		role = x.text[x.toks[a].s():x.toks[end-1].e()]
		x.placesIn(a, end)
		start = end
	}
	if start >= b {
		return true
	}
	words := b - start
	sure := role != "" || start > a
	if !sure && x.hasCue(start, b) {
		return false
	}
	if !sure {
		plain := x.plainName(start, b)
		switch {
		case x.inList(&x.toks[start], firstNames, lexFirstName) && words >= 2 && plain:
			sure = true
		case words <= 3 && x.speechNear(a, b) && (words > 1 || plain):
			w := x.lower(start)
			sure = words > 1 && (plain || firstNames[w]) || words == 1 && !x.isPlaceWord(start) && !titleHeads[strings.TrimSuffix(w, "s")] &&
				!x.toks[start].caps() && len(w) > 1 && !x.neverWord(&x.toks[start])
		case words >= 2 && words <= 3 && plain && !x.toks[start].caps() && !gerund(x.lower(start)):
			sure = true
		}
	}
	if !sure {
		return false
	}
	if role == "" {
		role = x.roleBefore(a)
	}
	if role == "" {
		role = x.appositive(b)
	}
	name := x.text[x.toks[start].s():x.toks[b-1].e()]
	x.add(start, b, Person, name, x.low[x.toks[start].s():x.toks[b-1].e()], role, "")
	return true
}

// titleEnd returns the end of the title that opens x.toks[a:b], or a when
// the run does not open with one. A title is a run of title words,
// demonyms and country names ending in a head word ("Chinese Foreign
// Minister") or in "of"/"for" and a portfolio ("Secretary of Commerce").
func (x *extractor) titleEnd(a, b int) int {
	end := a
	afterOf := false
	for k := a; k < b; k++ {
		t := &x.toks[k]
		switch {
		case t.kind == tWord && !t.upper && (x.lowerOf(t) == "of" || x.lowerOf(t) == "for") && end > a:
			if k+1 < b && x.has(k+1, lexTitleDomain) {
				afterOf = true
				continue
			}
			return end
		case t.kind == tWord && afterOf && (t.lex&(lexTitleDomain|lexTitleMod) != 0 ||
			t.upper && strings.HasSuffix(x.lowerOf(t), "s") && k+1 < b && x.toks[k+1].upper):
			// "Director of Public Prosecutions Alison Saunders"
			end = k + 1
		case t.kind == tWord && t.lex&lexTitleHead != 0:
			if end > a && t.lex&lexFirstName != 0 && k+1 < b && x.toks[k+1].upper && !x.has(k+1, lexTitleHead) {
				// "Supervisor Dean Preston": after a title, a first name
				return end
			}
			end = k + 1
		case t.kind == tWord && t.lex&(lexTitleMod|lexDemonym|lexPlace) != 0:
		case t.kind == tWord && t.upper && end == a && k-a < 2 && k+1 < b &&
			(x.has(k+1, lexTitleHead) || k+2 < b && x.has(k+2, lexTitleHead)):
			// a portfolio no list holds: "Communities Secretary"
		default:
			return end
		}
	}
	return end
}

// plainName reports whether x.toks[a:b] could be a personal name: title-case
// words that are no place, demonym, title, organization cue or calendar
// word, joined only by name particles.
func (x *extractor) plainName(a, b int) bool {
	for k := a; k < b; k++ {
		t := &x.toks[k]
		if x.strOf(t) == "-" && t.glued() {
			continue
		}
		// a plain word's flags say whether it holds a digit
		if t.kind != tWord || t.flags&tokDigit != 0 || t.flags&tokPlain == 0 && hasDigit(x.strOf(t)) {
			return false
		}
		if !t.upper {
			if t.lex&lexParticle == 0 {
				return false
			}
			continue
		}
		if t.lex&(lexNotPerson|lexPlace|lexDemonym|lexTitleHead|lexOrgCue|lexNever|lexPlaceSuffix) != 0 {
			return false
		}
	}
	return true
}

// speechNear reports whether a speech verb comes right after x.toks[a:b]
// ("Qin said") or right before it ("said Locke").
func (x *extractor) speechNear(a, b int) bool {
	if b < len(x.toks) && x.has(b, lexSpeech) {
		return true
	}
	return a > 0 && x.has(a-1, lexSpeech)
}

// roleBefore reads a lower-case role noun right before a name, with the
// words that qualify it: "her Chinese counterpart Wang Wentao" gives
// "Chinese counterpart".
func (x *extractor) roleBefore(a int) string {
	k := a - 1
	if k < 0 || x.toks[k].kind != tWord || (x.toks[k].upper && !x.toks[k].first()) || !x.inList(&x.toks[k], roleNouns, lexRoleNoun) {
		return ""
	}
	s := k
	sa := x.sentOf(a)
	for s > 0 && a-s < 5 {
		p := &x.toks[s-1]
		if p.kind != tWord || x.sentOf(s-1) != sa || !(p.upper || x.inList(p, titleModifiers, lexTitleMod)) ||
			p.first() && !x.inList(p, titleModifiers, lexTitleMod) && gaz.demonym[x.lowerOf(p)] == "" && gaz.place[x.lowerOf(p)] == "" {
			break
		}
		s--
	}
	return x.text[x.toks[s].s():x.toks[k].e()]
}

// appositive reads a role set off by commas after a name: "Daniel
// Kritenbrink, assistant U.S. secretary of state for East Asian and
// Pacific affairs, was ..." gives the words between the commas.
func (x *extractor) appositive(b int) string {
	if b+1 >= len(x.toks) || x.str(b) != "," {
		return ""
	}
	first := &x.toks[b+1]
	if first.kind != tWord || appositiveStop[x.lowerOf(first)] || x.inList(first, speechVerbs, lexSpeech) {
		return ""
	}
	hasRole := false
	sb := x.sentOf(b)
	for k := b + 1; k < len(x.toks) && k < b+18; k++ {
		t := &x.toks[k]
		if x.sentOf(k) != sb && !(k > b+1 && x.strOf(t) == ".") {
			return ""
		}
		if t.kind == tPunct {
			switch x.strOf(t) {
			case ",", ".", ";", "—", ")", ":":
				if !hasRole || k == b+1 {
					return ""
				}
				s := b + 1
				if w := x.lower(s); w == "a" || w == "an" || w == "the" {
					s++
				}
				if s >= k {
					return ""
				}
				return x.text[x.toks[s].s():x.toks[k-1].e()]
			case "-", "’", "'", "&":
				continue
			default:
				return ""
			}
		}
		if t.kind == tWord && (x.inList(t, titleHeads, lexTitleHead) || x.inList(t, roleNouns, lexRoleNoun)) {
			hasRole = true
		}
		if t.kind == tWord && !t.upper && x.inList(t, speechVerbs, lexSpeech) {
			return ""
		}
	}
	return ""
}

// appositiveStop are words that begin a clause, not a role.
var appositiveStop = wordSet(`who which that whose whom where when said says and but or he she
	it they we i you according as if while who's his her their its also however then
	speaking writing adding`)

// other handles a run that is neither a known name nor a person: a
// one-word acronym is an organization, a run ending in a place word
// ("Orange County") a place, a demonym its country, and a lone word may
// still be a surname that the merge resolves.
func (x *extractor) other(a, b int, full, lower string) {
	if b-a == 1 {
		t := &x.toks[a]
		if t.lex&lexDemonym != 0 || !t.upper {
			if c := gaz.demonym[x.lowerOf(t)]; c != "" {
				x.add(a, b, Place, c, c, "", "")
				return
			}
		}
		// a plural ("Brits"): a word without the s was answered above,
		// by the map or by its lexicon bits
		if w := x.lowerOf(t); len(w) > 3 && w[len(w)-1] == 's' {
			if c := gaz.demonym[w[:len(w)-1]]; c != "" {
				x.add(a, b, Place, c, c, "", "")
				return
			}
		}
		if t.caps() && len(x.strOf(t)) <= 6 && !notAcronym[x.lowerOf(t)] {
			x.add(a, b, Organization, full, lower, "", "")
			return
		}
		if len(x.lowerOf(t)) > 1 && !x.neverWord(t) && !x.inList(t, notPersonWord, lexNotPerson) && !x.inList(t, titleHeads, lexTitleHead) {
			x.add(a, b, "", full, lower, "", "")
		}
		return
	}
	if x.inList(&x.toks[b-1], placeSuffixes, lexPlaceSuffix) && !x.hasTitle(a, b) {
		x.add(a, b, Place, full, lower, "", "")
	}
}
