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
	toks := x.toks
	seen := map[string]bool{} // words seen capitalized inside a sentence
	for i := range toks {
		t := &toks[i]
		if t.kind == tWord && t.upper && !t.first && !t.used {
			seen[t.text] = true
		}
	}
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.kind != tWord || !t.upper || t.used {
			continue
		}
		// a sentence-initial word starts a name when it is known, or when
		// an unknown word is followed by more of the name ("Rickie Fowler")
		if t.first && !startsName(t, seen) &&
			!(i+1 < len(toks) && speechVerbs[toks[i+1].lower] && !neverName[t.lower]) &&
			(neverName[t.lower] || looksAdjective(t.lower) || x.extendRun(i+1) == i+1 || toks[i+1].kind != tWord) {
			continue
		}
		j := i + 1
		for j < len(toks) && j-i < maxRun {
			if k := x.extendRun(j); k > j {
				j = k
				continue
			}
			break
		}
		x.classify(i, j)
		i = j - 1
	}
}

// extendRun returns where the run grows to from toks[j], or j when the
// run ends there: a capitalized word, a glued hyphen between capitalized
// words, or a connector ("of", "van", "of the") before one.
func (x *extractor) extendRun(j int) int {
	toks := x.toks
	if j >= len(toks) {
		return j
	}
	capWord := func(k int) bool {
		return k < len(toks) && toks[k].kind == tWord && toks[k].upper && !toks[k].used && !toks[k].first
	}
	if capWord(j) {
		return j + 1
	}
	t := &toks[j]
	if t.text == "-" && t.glued && j+1 < len(toks) && toks[j+1].glued && capWord(j+1) {
		return j + 2
	}
	if t.kind == tWord && !t.upper && (nameParticles[t.lower] || joinWords[t.lower]) {
		if capWord(j + 1) {
			return j + 2
		}
		// "von der Leyen"
		if nameParticles[t.lower] && j+2 < len(toks) && nameParticles[toks[j+1].lower] && !toks[j+1].upper && capWord(j+2) {
			return j + 3
		}
		if t.lower == "of" && j+2 < len(toks) && toks[j+1].lower == "the" && capWord(j+2) {
			return j + 3
		}
	}
	return j
}

// startsName reports whether a capitalized word at the start of a
// sentence (or after an opening quote) may begin a name: it must be known
// as a name, place, organization or title, or seen capitalized elsewhere.
func startsName(t *token, seen map[string]bool) bool {
	if neverName[t.lower] && !(t.caps && gaz.place[t.lower] != "") {
		return false
	}
	return t.caps || seen[t.text] || gaz.place[t.lower] != "" || gaz.demonym[t.lower] != "" ||
		firstNames[t.lower] || isRoleWord(t.lower) || honorifics[t.lower] || knownOrg(t) != ""
}

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
func knownOrg(t *token) string {
	name, ok := knownOrgs[t.lower]
	if !ok || (isAllCaps(name) && !t.caps) {
		return ""
	}
	return name
}

// classify decides what the run toks[a:b] names and records it.
func (x *extractor) classify(a, b int) {
	toks := x.toks
	if a < b && toks[a].lower == "the" {
		a++
	}
	if a >= b {
		return
	}
	full := x.text[toks[a].span.Start:toks[b-1].span.End]
	lower := strings.ToLower(full)
	if name, ok := knownOrgs[lower]; ok && (b-a > 1 || knownOrg(&toks[a]) != "") {
		x.add(a, b, Organization, name, strings.ToLower(name), "", "")
		return
	}
	if canon := gaz.place[lower]; canon != "" {
		name := full
		if toks[a].caps && strings.ToLower(canon) == lower {
			name = canon
		}
		x.add(a, b, Place, name, strings.ToLower(canon), "", "")
		return
	}
	if k := x.splitAt(a, b); k > a {
		return
	}
	if x.person(a, b) {
		return
	}
	if x.hasCue(a, b) {
		x.add(a, b, Organization, full, lower, "", "")
		return
	}
	x.other(a, b, full, lower)
}

// splitAt cuts a run that holds two names ("East Asian and Pacific",
// "Wang Yi of China", "China-U.S.") and classifies each part. It returns
// the cut position, or a when the run stays whole.
func (x *extractor) splitAt(a, b int) int {
	toks := x.toks
	for k := a + 1; k < b-1; k++ {
		t := &toks[k]
		switch {
		case t.kind == tWord && (t.lower == "and" || t.lower == "&" || t.lower == "on"):
			if x.hasCue(k+1, b) {
				continue
			}
		case t.kind == tWord && (t.lower == "of" || t.lower == "for"):
			if x.hasCue(a, k) || x.hasTitle(a, k) || placeSuffixes[toks[k-1].lower] ||
				toks[k-1].lower == "republic" || toks[k-1].lower == "kingdom" || toks[k-1].lower == "states" {
				continue
			}
		case t.text == "-":
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
		if next < b && toks[next].lower == "the" {
			next++
		}
		x.classify(next, b)
		return k
	}
	return a
}

// isPlaceWord reports whether toks[k] is a place or demonym on its own.
func (x *extractor) isPlaceWord(k int) bool {
	t := &x.toks[k]
	return t.kind == tWord && (gaz.place[t.lower] != "" || gaz.demonym[t.lower] != "")
}

// hasCue reports whether an organization cue word lies in toks[a:b].
func (x *extractor) hasCue(a, b int) bool {
	for k := a; k < b; k++ {
		if x.toks[k].kind == tWord && x.toks[k].upper && orgCues[x.toks[k].lower] {
			return true
		}
	}
	return false
}

// hasTitle reports whether a title head word lies in toks[a:b].
func (x *extractor) hasTitle(a, b int) bool {
	for k := a; k < b; k++ {
		if titleHeads[x.toks[k].lower] {
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
	toks := x.toks
	role := ""
	start := a
	if honorifics[toks[a].lower] {
		start = a + 1
	} else if end := x.titleEnd(a, b); end > a {
		switch {
		case end >= b:
			return !x.hasCue(a, b) // a title alone names no one
		case x.hasCue(end, b):
			return false
		case !toks[end].upper:
			// "Mayor of London": the title names a place, not a person
			x.classify(end+1, b)
			return true
		}
		role = x.text[toks[a].span.Start:toks[end-1].span.End]
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
		case firstNames[toks[start].lower] && words >= 2 && plain:
			sure = true
		case words <= 3 && x.speechNear(a, b) && (words > 1 || plain):
			sure = words > 1 || !x.isPlaceWord(start)
		case words >= 2 && words <= 3 && plain && !toks[start].caps:
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
	name := x.text[toks[start].span.Start:toks[b-1].span.End]
	x.add(start, b, Person, name, strings.ToLower(name), role, "")
	return true
}

// titleEnd returns the end of the title that opens toks[a:b], or a when
// the run does not open with one. A title is a run of title words,
// demonyms and country names ending in a head word ("Chinese Foreign
// Minister") or in "of"/"for" and a portfolio ("Secretary of Commerce").
func (x *extractor) titleEnd(a, b int) int {
	toks := x.toks
	end := a
	afterOf := false
	for k := a; k < b; k++ {
		t := &toks[k]
		switch {
		case t.kind == tWord && !t.upper && (t.lower == "of" || t.lower == "for") && end > a:
			if k+1 < b && titleDomains[toks[k+1].lower] {
				afterOf = true
				continue
			}
			return end
		case t.kind == tWord && afterOf && (titleDomains[t.lower] || titleModifiers[t.lower]):
			end = k + 1
		case t.kind == tWord && titleHeads[t.lower]:
			end = k + 1
		case t.kind == tWord && (titleModifiers[t.lower] || gaz.demonym[t.lower] != "" || gaz.place[t.lower] != ""):
		case t.kind == tWord && t.upper && end == a && k-a < 2 && k+1 < b &&
			(titleHeads[toks[k+1].lower] || k+2 < b && titleHeads[toks[k+2].lower]):
			// a portfolio no list holds: "Communities Secretary"
		default:
			return end
		}
	}
	return end
}

// plainName reports whether toks[a:b] could be a personal name: title-case
// words that are no place, demonym, title, organization cue or calendar
// word, joined only by name particles.
func (x *extractor) plainName(a, b int) bool {
	for k := a; k < b; k++ {
		t := &x.toks[k]
		if t.text == "-" && t.glued {
			continue
		}
		if t.kind != tWord {
			return false
		}
		if !t.upper {
			if !nameParticles[t.lower] {
				return false
			}
			continue
		}
		if notPersonWord[t.lower] || gaz.place[t.lower] != "" || gaz.demonym[t.lower] != "" ||
			titleHeads[t.lower] || orgCues[t.lower] || neverName[t.lower] || placeSuffixes[t.lower] {
			return false
		}
	}
	return true
}

// speechNear reports whether a speech verb comes right after toks[a:b]
// ("Qin said") or right before it ("said Locke").
func (x *extractor) speechNear(a, b int) bool {
	if b < len(x.toks) && speechVerbs[x.toks[b].lower] {
		return true
	}
	return a > 0 && speechVerbs[x.toks[a-1].lower] && x.toks[a-1].kind == tWord
}

// roleBefore reads a lower-case role noun right before a name, with the
// words that qualify it: "her Chinese counterpart Wang Wentao" gives
// "Chinese counterpart".
func (x *extractor) roleBefore(a int) string {
	toks := x.toks
	k := a - 1
	if k < 0 || toks[k].kind != tWord || (toks[k].upper && !toks[k].first) || !roleNouns[toks[k].lower] {
		return ""
	}
	s := k
	for s > 0 && a-s < 5 {
		p := &toks[s-1]
		if p.kind != tWord || p.sent != toks[a].sent || !(p.upper || titleModifiers[p.lower]) ||
			p.first && !titleModifiers[p.lower] && gaz.demonym[p.lower] == "" && gaz.place[p.lower] == "" {
			break
		}
		s--
	}
	return x.text[toks[s].span.Start:toks[k].span.End]
}

// appositive reads a role set off by commas after a name: "Daniel
// Kritenbrink, assistant U.S. secretary of state for East Asian and
// Pacific affairs, was ..." gives the words between the commas.
func (x *extractor) appositive(b int) string {
	toks := x.toks
	if b+1 >= len(toks) || toks[b].text != "," {
		return ""
	}
	first := &toks[b+1]
	if first.kind != tWord || appositiveStop[first.lower] || speechVerbs[first.lower] {
		return ""
	}
	hasRole := false
	for k := b + 1; k < len(toks) && k < b+18; k++ {
		t := &toks[k]
		if t.sent != toks[b].sent && !(k > b+1 && t.text == ".") {
			return ""
		}
		if t.kind == tPunct {
			switch t.text {
			case ",", ".", ";", "—", ")", ":":
				if !hasRole || k == b+1 {
					return ""
				}
				s := b + 1
				if w := toks[s].lower; w == "a" || w == "an" || w == "the" {
					s++
				}
				if s >= k {
					return ""
				}
				return x.text[toks[s].span.Start:toks[k-1].span.End]
			case "-", "’", "'", "&":
				continue
			default:
				return ""
			}
		}
		if t.kind == tWord && (titleHeads[t.lower] || roleNouns[t.lower]) {
			hasRole = true
		}
		if t.kind == tWord && !t.upper && speechVerbs[t.lower] {
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
	toks := x.toks
	if b-a == 1 {
		t := &toks[a]
		if c := gaz.demonym[t.lower]; c != "" {
			x.add(a, b, Place, c, strings.ToLower(c), "", "")
			return
		}
		if c := gaz.demonym[strings.TrimSuffix(t.lower, "s")]; c != "" && len(t.lower) > 3 {
			x.add(a, b, Place, c, strings.ToLower(c), "", "")
			return
		}
		if t.caps && len(t.text) <= 6 && !notAcronym[t.lower] {
			x.add(a, b, Organization, full, lower, "", "")
			return
		}
		if !neverName[t.lower] && !notPersonWord[t.lower] && !titleHeads[t.lower] {
			x.add(a, b, "", full, lower, "", "")
		}
		return
	}
	if placeSuffixes[toks[b-1].lower] && !x.hasTitle(a, b) {
		x.add(a, b, Place, full, lower, "", "")
	}
}
