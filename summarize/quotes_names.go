package summarize

import "strings"

// mention is one place the article names someone or something with a run of
// capitalized words, read as a full name (titles stripped) with its role.
type nameMention struct {
	pos     int    // byte offset of the run
	name    string // the full name the run stands for
	first   string // lower-case first and last word of name
	last    string
	role    string // lower-case title before the name: "chinese foreign minister"
	person  bool
	subject bool // opens its clause: more likely what "he" or "she" refers to
	gender  byte // 'm', 'f' or 0 when unknown
	words   int  // words in name
}

// placeFirst are first words of two-word place names that look like people.
var placeFirst = quoteWordSet([]string{
	"new", "north", "south", "east", "west", "san", "los", "las", "el", "saint", "st.", "united",
	"hong", "saudi", "middle", "capitol", "puerto", "rhode", "fort", "lake", "port", "mount", "mt.",
	"great", "central", "northern", "southern", "eastern", "western", "upper", "lower", "sri", "costa",
})

// nonNameWords are capitalized words that make a run no person's name.
var nonNameWords = quoteWordSet([]string{
	"day", "week", "act", "bill", "amendment", "war", "street", "avenue", "road", "island", "river",
	"county", "city", "state", "states", "america", "american", "americans", "act", "law", "plan",
	"care", "security", "road", "airport", "station", "square", "park", "hall", "tower", "building",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"democrat", "democrats", "republican", "republicans", "democratic", "gop", "obamacare", "medicare",
	"medicaid", "twitter", "facebook", "instagram", "youtube", "internet", "web", "online", "africa",
	"europe", "asia", "china", "russia", "japan", "korea", "mexico", "canada", "iran", "iraq", "syria",
	"israel", "india", "france", "germany", "britain", "england", "ukraine", "taiwan", "washington",
	"beijing", "moscow", "london", "paris", "god", "christmas", "easter", "olympics", "trophy",
})

// nameRun is a run of capitalized words in token range [a, b).
type nameRun struct{ a, b int }

// capRunAt returns the run of capitalized words (with joiners such as "of")
// that starts at token i, and the index after it.
func (f *frame) capRunEnd(i, limit int) int {
	toks := f.toks
	j := i
	for j < limit && toks[j].kind() == qWord {
		if toks[j].capital() {
			if j > i && toks[j].cls&wReport != 0 && strings.HasSuffix(f.lowOf(j), "s") {
				break // a headline's verb: "Clinton Says Russians Hacked DNC"
			}
			j++
			continue
		}
		if f.is(j, wNameJoiner) && j > i && j+1 < limit && toks[j+1].kind() == qWord && toks[j+1].capital() {
			j++
			continue
		}
		break
	}
	return j
}

// readName reads the capitalized run toks[a:b] as a name: it drops leading
// function words, strips titles into a role and reports whether the rest
// looks like a person's name.
func (f *frame) readName(a, b int) (m nameMention, ok bool) {
	text, toks := f.text, f.toks
	for a < b && f.is(a, wLeadingFunction) {
		a++
	}
	if a >= b {
		return m, false
	}
	roleEnd := a
	org := false
	for i := a; i < b; i++ {
		switch {
		case toks[i].cls&wRole != 0:
			roleEnd = i + 1
			if g := honorificGender[f.lowOf(i)]; g != 0 {
				m.gender = g
			}
		case f.lowOf(i) == "of" && i > a && f.is(i-1, wRole) && i+1 < b:
			roleEnd = i + 2
			i++
		}
	}
	if roleEnd >= b {
		roleEnd = a // a bare title ("President") is the name itself
	}
	for i := roleEnd; i < b; i++ {
		if f.is(i, wOrg) {
			org = true
		}
	}
	nameStart, nameEnd := roleEnd, b
	if org {
		nameStart = a
	} else {
		// "Cory James of Flint": the name ends before the place.
		for i := nameStart + 2; i < nameEnd; i++ {
			if f.lowOf(i) == "of" {
				nameEnd = i
				break
			}
		}
	}
	// A possessive last word ("Clinton’s") names the possessor.
	last := text[toks[nameEnd-1].S():toks[nameEnd-1].E()]
	lastLow := f.lowOf(nameEnd - 1)
	if strings.HasSuffix(lastLow, "'s") {
		last = last[:len(last)-len("'s")]
		if strings.HasSuffix(text[toks[nameEnd-1].S():toks[nameEnd-1].E()], "’s") {
			last = text[toks[nameEnd-1].S() : toks[nameEnd-1].E()-len("’s")]
		}
		lastLow = lastLow[:len(lastLow)-2]
	}
	m.name = f.joinTokens(nameStart, nameEnd-1, last)
	m.words = nameEnd - nameStart
	m.first = f.lowOf(nameStart)
	m.last = lastLow
	if c := toks[nameStart].cls; m.gender == 0 && m.words >= 2 {
		// givenNameGender, read from the word's classes
		if c&wMaleName != 0 {
			m.gender = 'm'
		} else if c&wFemaleName != 0 {
			m.gender = 'f'
		}
	}
	m.pos = toks[a].S()
	if roleEnd > a {
		m.role = f.joinTokens(a, roleEnd-1, text[toks[roleEnd-1].S():toks[roleEnd-1].E()])
	}
	if org {
		return m, true
	}
	m.person = roleEnd > a
	if !m.person && m.words >= 2 && m.words <= 4 && toks[nameStart].cls&wPlaceFirst == 0 {
		m.person = true
		for i := nameStart; i < nameEnd; i++ {
			if toks[i].cls&(wNonName|wOrg) != 0 {
				m.person = false
			}
		}
	}
	return m, true
}

// collectMentions reads every capitalized run outside quotes as a mention; a
// lone surname of a person named before becomes a mention of that person.
// It keeps the mentions of persons only: the speaker's resolution asks for
// no others.
func (f *frame) collectMentions() []nameMention {
	toks := f.toks
	ms := reuse(f.s.ms, len(toks)/24+4) // about one in 30 tokens in news text
	// latest holds, for each first and last word of a person's full name,
	// the latest such mention: what findByName finds for a mention read in
	// order, without a scan over all mentions so far.
	latest := &f.s.latest
	latest.reset()
	for next, c := 0, 0; c < len(f.caps); c++ {
		i := int(f.caps[c])
		if i < next {
			continue // inside the run read last
		}
		j := f.capRunEnd(i, len(toks))
		next = j
		subject := (i == 0 || toks[i-1].kind() != qWord) && j < len(toks) && toks[j].kind() == qWord && !toks[j].capital()
		if j == i+1 {
			// One word (readName's answer, without the name it builds) is
			// never a person; it matters only as the first or last word of
			// a person named before.
			if toks[i].cls&wLeadingFunction == 0 && len(ms) > 0 {
				if k := latest.get(strings.TrimSuffix(f.lowOf(i), "'s")); k >= 0 {
					m := ms[k]
					m.pos, m.subject = toks[i].S(), subject
					latest.set(m.first, len(ms))
					latest.set(m.last, len(ms))
					ms = append(ms, m)
				}
			}
			continue
		}
		m, ok := f.readName(i, j)
		m.subject = subject
		if !ok {
			continue
		}
		if m.words == 1 && !m.person {
			if k := latest.get(m.last); k >= 0 {
				full := ms[k]
				full.pos, full.subject = m.pos, m.subject
				m = full
			}
		}
		if !m.person {
			continue
		}
		if m.words >= 2 {
			latest.set(m.first, len(ms))
			latest.set(m.last, len(ms))
		}
		ms = append(ms, m)
	}
	return ms
}

// wordIndex maps words to numbers: a small open-addressing table for one
// call, cheaper than a Go map for the few dozen names of an article.
type wordIndex struct {
	keys []string
	vals []int32 // the number + 1; 0 for an empty slot
	n    int
}

// reset empties x, keeping its table.
func (x *wordIndex) reset() {
	clear(x.keys)
	clear(x.vals)
	x.n = 0
}

// get returns the number of w, -1 when it has none.
func (x *wordIndex) get(w string) int {
	mask := len(x.keys) - 1
	if mask < 0 {
		return -1
	}
	for h := int(classHash(w)) & mask; x.vals[h] != 0; h = (h + 1) & mask {
		if x.keys[h] == w {
			return int(x.vals[h]) - 1
		}
	}
	return -1
}

// set gives w the number v.
func (x *wordIndex) set(w string, v int) {
	if 2*(x.n+1) > len(x.keys) {
		old, oldVals := x.keys, x.vals
		x.keys = make([]string, max(32, 2*len(old)))
		x.vals = make([]int32, len(x.keys))
		x.n = 0
		for i, k := range old {
			if oldVals[i] != 0 {
				x.set(k, int(oldVals[i])-1)
			}
		}
	}
	mask := len(x.keys) - 1
	h := int(classHash(w)) & mask
	for x.vals[h] != 0 && x.keys[h] != w {
		h = (h + 1) & mask
	}
	if x.vals[h] == 0 {
		x.n++
	}
	x.keys[h], x.vals[h] = w, int32(v+1)
}

// findByName returns the latest person mention before pos whose full name
// (two words or more) begins or ends with the lower-case word w, else the
// first such mention after pos; k is -1 when there is none.
func findByName(ms []nameMention, w string, pos int) (nameMention, int) {
	best := -1
	for k, m := range ms {
		if !m.person || m.words < 2 || (m.last != w && m.first != w) {
			continue
		}
		if m.pos > pos {
			if best < 0 {
				best = k
			}
			break
		}
		best = k
	}
	if best < 0 {
		return nameMention{}, -1
	}
	return ms[best], best
}

// findByRole returns the latest person before pos whose role has the word
// role ("the minister" is Foreign Minister Qin Gang).
func findByRole(ms []nameMention, role string, pos int) (string, bool) {
	name := ""
	for _, m := range ms {
		if m.pos >= pos {
			break
		}
		if m.person && m.role != "" && hasWordFold(m.role, role) {
			name = m.name
		}
	}
	return name, name != ""
}

// latestPerson returns the latest person mentioned before pos whose gender
// fits g ('m', 'f' or 0 for any).
// A person who opened a clause shortly before wins over one named since
// as an object: "Trump attacked Clinton. “…,” he said" is Trump.
func latestPerson(ms []nameMention, pos int, g byte) (string, bool) {
	name, subj, subjPos := "", "", -1
	for _, m := range ms {
		if m.pos >= pos {
			break
		}
		if m.person && (g == 0 || m.gender == 0 || m.gender == g) {
			name = m.name
			if m.subject {
				subj, subjPos = m.name, m.pos
			}
		}
	}
	if subj != "" && pos-subjPos < salienceWindow {
		return subj, true
	}
	return name, name != ""
}

// salienceWindow is how far back, in bytes, a subject stays the likely
// referent of a pronoun: about two sentences.
const salienceWindow = 300

// hasWordFold reports whether the space-separated list s holds w, ignoring
// case.
func hasWordFold(s, w string) bool {
	for s != "" {
		i := strings.IndexByte(s, ' ')
		if i < 0 {
			return strings.EqualFold(s, w)
		}
		if strings.EqualFold(s[:i], w) {
			return true
		}
		s = s[i+1:]
	}
	return false
}

// joinTokens returns the words of toks[a:b] and then last, one space apart.
// When the text already has them so, it is a slice of text and allocates
// nothing.
func (f *frame) joinTokens(a, b int, last string) string {
	text, toks := f.text, f.toks
	if a == b {
		return last
	}
	plain := true
	for i := a; i < b; i++ {
		next := toks[i+1].S()
		if next != toks[i].E()+1 || text[toks[i].E()] != ' ' {
			plain = false
			break
		}
	}
	if plain {
		return text[toks[a].S() : toks[b].S()+len(last)]
	}
	var sb strings.Builder
	for i := a; i < b; i++ {
		sb.WriteString(text[toks[i].S():toks[i].E()])
		sb.WriteByte(' ')
	}
	sb.WriteString(last)
	return sb.String()
}
