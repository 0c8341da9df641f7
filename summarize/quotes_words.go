package summarize

import "math/bits"

// Word classes the quote attributor uses to read the frame around a quote.
// They are briefly's own short lists of English function words, titles and
// organization words, written for news text.

func quoteWordSet(lists ...[]string) map[string]bool {
	m := make(map[string]bool)
	for _, l := range lists {
		for _, w := range l {
			m[w] = true
		}
	}
	return m
}

// cueVerbs is every cue verb form: GenderGapTracker's list and briefly's additions.
var cueVerbs = quoteWordSet(ggtQuoteVerbs, extraQuoteVerbs)

// speechVerbs are the cues that introduce reported speech without quote marks.
var reportVerbs = quoteWordSet(strongCues)

// weakCues are cue-list forms that are more often nouns or other verbs in news
// text; they count only when a quote or "that" follows closely.
var weakCues = quoteWordSet([]string{
	"accept", "present", "presents", "presenting", "point", "points", "state", "states", "release",
	"releases", "finding", "finds", "note", "notes", "report", "reports", "comment", "comments",
	"continue", "continues", "continuing", "continued", "ensure", "ensures", "ensured", "ensuring", "think",
	"thinking", "thought", "call", "calls", "warning", "claims", "tweet", "tweets", "posts", "charges",
	"estimates", "estimated", "demonstrate", "demonstrated", "demonstrates", "demonstrating", "release",
	"released", "releasing", "rave", "raving", "reckoning", "believe", "believed",
	"promise", "promises", "stress", "caution", "reply", "respond", "dispute", "disputes",
	"read", "reads", "issued", "issues",
})

var pronouns = quoteWordSet([]string{"he", "she", "they", "it", "we", "i", "you"})

var determiners = quoteWordSet([]string{
	"the", "a", "an", "another", "this", "that", "these", "those", "his", "her", "their", "its", "our",
	"some", "many", "several", "other", "one", "two", "three", "four", "five", "most", "both", "each",
	"every", "no", "few", "all", "any", "my", "your", "such",
})

// auxAdverbs may stand between a speaker and a cue verb: "he has also said".
var auxAdverbs = quoteWordSet([]string{
	"has", "have", "had", "also", "later", "then", "again", "once", "previously", "recently", "reportedly",
	"would", "will", "could", "should", "might", "may", "can", "did", "does", "do", "not", "never", "just",
	"repeatedly", "often", "publicly", "privately", "first", "further", "quickly", "simply", "flatly",
	"has", "is", "was", "were", "are", "been", "be", "being", "already", "still", "even", "only", "frequently",
	"initially", "earlier", "subsequently", "famously", "bluntly", "openly", "angrily", "long", "since",
	"has", "had", "'s", "ultimately", "always", "usually", "sometimes", "soon", "now", "actually",
	"both", "apparently", "consistently", "immediately", "personally", "directly", "recently", "essentially", "finally", "explicitly", "specifically", "particularly", "yet",
})

// preps open a prepositional phrase that may sit between speaker and cue
// ("Trump on Tuesday said") or inside a speaker ("a spokesman for the agency").
var preps = quoteWordSet([]string{
	"on", "in", "at", "during", "after", "before", "for", "with", "from", "to", "by", "over", "of",
	"via", "through", "since", "under", "near", "inside", "outside", "within", "about", "earlier", "last",
})

// npStops end a noun phrase read backwards or forwards.
var npStops = quoteWordSet([]string{
	"and", "or", "but", "that", "which", "who", "whom", "whose", "when", "while", "where", "if", "because",
	"as", "than", "so", "what", "why", "how", "whether", "although", "though", "since", "until", "unless",
	"is", "was", "were", "are", "be", "been", "has", "have", "had", "will", "would", "could", "should",
	"did", "does", "do", "not", "to", "can", "may", "might", "must", "also", "there", "here", "said",
	"says", "told", "according", "like", "just", "even", "very", "more", "most", "about", "after",
	"before", "then", "now", "him", "them", "me", "us", "nor", "yes", "no", "let", "why", "really",
	"same", "whom", "however", "instead", "too", "ever", "never", "yet",
})

// leadingFunction are capitalized words that begin a sentence but no name.
var leadingFunction = quoteWordSet([]string{
	"the", "a", "an", "but", "and", "or", "in", "on", "at", "for", "as", "if", "when", "while", "after",
	"before", "since", "so", "yet", "still", "then", "now", "this", "that", "these", "those", "it", "he",
	"she", "they", "we", "i", "you", "his", "her", "their", "its", "our", "my", "there", "here", "meanwhile",
	"however", "according", "last", "earlier", "later", "during", "from", "by", "with", "to", "of", "what",
	"why", "how", "who", "where", "also", "both", "some", "many", "even",
	"asked", "said", "says", "speaking", "under", "over", "despite", "although", "though", "because",
	"instead", "like", "unlike", "among", "one", "two", "all", "not", "no", "yes", "today", "tonight",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "dear", "read",
})

// nameJoiners are lower-case words inside names: "Secretary of State",
// "Charles de Gaulle".
var nameJoiners = quoteWordSet([]string{"of", "de", "van", "von", "al", "bin", "la", "du", "der", "del", "da", "di", "le", "for"})

// roleWords are titles and roles that precede a name ("Secretary of State
// Antony Blinken", "Sen. Ted Cruz"); the name is what follows the last one.
var roleWords = quoteWordSet([]string{
	"president", "vice", "secretary", "minister", "sen.", "senator", "rep.", "representative", "gov.",
	"governor", "mayor", "mr.", "mrs.", "ms.", "dr.", "gen.", "general", "judge", "justice", "chairman",
	"chairwoman", "chair", "ambassador", "prime", "premier", "chancellor", "king", "queen", "prince",
	"princess", "pope", "speaker", "leader", "commissioner", "director", "attorney", "spokesman",
	"spokeswoman", "spokesperson", "nominee", "candidate", "adviser", "advisor", "aide", "professor",
	"prof.", "rev.", "sgt.", "lt.", "col.", "capt.", "adm.", "maj.", "officer", "chief", "deputy",
	"congressman", "congresswoman", "councilman", "councilwoman", "sheriff", "lawmaker", "founder",
	"ceo", "executive", "manager", "analyst", "strategist", "pollster", "correspondent", "editor",
	"columnist", "reporter", "host", "anchor", "author", "economist", "activist", "lawyer", "counsel",
	"trustee", "superintendent", "detective", "lieutenant", "sergeant", "captain", "admiral", "colonel",
	"major", "private", "dean", "rabbi", "bishop", "cardinal", "father", "sister", "brother", "sir",
	"lord", "lady", "dame", "emperor", "sheikh", "ayatollah", "chairperson", "whip", "delegate",
	"treasurer", "comptroller", "auditor", "inspector", "marshal", "prosecutor", "mogul", "billionaire",
	"businessman", "businesswoman", "nominee", "hopeful", "contender", "challenger", "incumbent",
	"atty.", "supt.", "pres.", "front-runner", "frontrunner", "standard-bearer", "boss", "chairman", "co-founder", "co-chair", "co-anchor", "head",
	"organizer", "pastor", "reverend", "minister", "official", "operative", "surrogate", "consultant",
	"commentator", "talker", "pundit", "historian", "scientist", "researcher", "expert", "director", "mother", "widow", "son", "daughter", "wife", "husband", "friend",
})

// orgWords mark a capitalized run as an organization, not a person.
var orgWords = quoteWordSet([]string{
	"department", "ministry", "committee", "party", "campaign", "congress", "senate", "house", "court",
	"agency", "office", "bureau", "council", "university", "institute", "association", "commission",
	"service", "news", "network", "foundation", "inc.", "corp.", "company", "group", "administration",
	"government", "journal", "press", "post", "times", "reuters", "center", "centre", "board", "union",
	"fund", "bank", "police", "army", "navy", "force", "forces", "church", "school", "college", "club",
	"corporation", "coalition", "alliance", "federation", "organization", "organisation", "team",
	"magazine", "tribune", "herald", "gazette", "daily", "radio", "tv", "television", "channel",
	"media", "review", "report", "cnn", "nbc", "abc", "cbs", "fox", "msnbc", "npr", "bbc", "ap",
	"fbi", "cia", "nsa", "gop", "epa", "dnc", "rnc", "nato", "un", "eu", "state", "states", "city",
	"county", "republic", "kingdom", "union", "nations", "street", "hospital", "project", "initiative",
	"trust", "society", "caucus", "assembly", "parliament", "cabinet", "pentagon", "kremlin", "embassy",
	"consulate", "statement", "readout", "survey", "poll", "study", "politico", "breitbart", "axios",
	"twitter", "facebook", "google", "microsoft", "apple", "amazon", "times", "democrats", "republicans",
})

// documentHeads are common nouns for texts that speak for an organization:
// "a readout … from the U.S. State Department" is the State Department.
var documentHeads = quoteWordSet([]string{
	"readout", "statement", "report", "release", "tweet", "letter", "memo", "filing", "transcript",
	"post", "survey", "poll", "study", "analysis", "document", "email", "website", "announcement",
	"press", "account", "page", "feed", "video", "ad", "advertisement", "message", "note",
})

// honorificGender gives the gender an honorific implies.
var honorificGender = map[string]byte{"mr.": 'm', "mrs.": 'f', "ms.": 'f', "miss": 'f', "sir": 'm', "lady": 'f', "dame": 'f', "king": 'm', "queen": 'f', "prince": 'm', "princess": 'f', "congressman": 'm', "congresswoman": 'f', "spokesman": 'm', "spokeswoman": 'f', "businessman": 'm', "businesswoman": 'f', "chairman": 'm', "chairwoman": 'f', "widow": 'f', "wife": 'f', "husband": 'm', "mother": 'f', "father": 'm', "son": 'm', "daughter": 'f', "brother": 'm', "sister": 'f'}

// wclass is a set of the word classes above, for one word.
type wclass uint32

const (
	wCue wclass = 1 << iota
	wWeakCue
	wReport
	wContent
	wPronoun
	wDeterminer
	wPrep
	wNPStop
	wAuxAdverb
	wRole
	wTitleAdj
	wLeadingFunction
	wListener
	wInnerPrep
	wClauseStop
	wNameJoiner
	wOrg
	wTime
	wPhrasal
	wAccording // "according", of "according to"
	wNonName   // makes a capitalized run no person's name (nonNameWords)
	wPlaceFirst
	wMaleName // a man's given name (givenNameGender)
	wFemaleName
	wQuestionCue // asks a reported question (questionCues)
	wPassiveAux  // was, is, been … (passiveAux)
)

// indirectCues are the classes of which a sentence needs a word to hold
// reported speech: a cue verb of any kind or "according".
const indirectCues = wCue | wPhrasal | wReport | wContent | wAccording

// wordClasses maps a lower-case word to its classes: the lists above read
// once into one open-addressing table, so a token's classes cost a hash of
// a few bytes and a compare or two (a Go map costs about three times as
// much here).
var wordClasses = newClassTable(func() map[string]wclass {
	m := make(map[string]wclass)
	for _, c := range []struct {
		set map[string]bool
		cls wclass
	}{
		{cueVerbs, wCue}, {weakCues, wWeakCue}, {reportVerbs, wReport}, {contentVerbs, wContent},
		{pronouns, wPronoun}, {determiners, wDeterminer}, {preps, wPrep}, {npStops, wNPStop},
		{auxAdverbs, wAuxAdverb}, {roleWords, wRole}, {titleAdjs, wTitleAdj},
		{leadingFunction, wLeadingFunction}, {listenerCues, wListener}, {innerPreps, wInnerPrep},
		{clauseStops, wClauseStop}, {nameJoiners, wNameJoiner}, {orgWords, wOrg}, {timeWords, wTime},
		{phrasalCues, wPhrasal}, {map[string]bool{"according": true}, wAccording},
		{nonNameWords, wNonName}, {placeFirst, wPlaceFirst},
		{questionCues, wQuestionCue}, {passiveAux, wPassiveAux},
	} {
		for w := range c.set {
			m[w] |= c.cls
		}
	}
	for w, g := range givenNameGender {
		if g == 'm' {
			m[w] |= wMaleName
		} else {
			m[w] |= wFemaleName
		}
	}
	return m
}())

// shortClasses holds the words of wordClasses of at most eight bytes, each
// as a number: its bytes in little-endian order.
var shortClasses = newShortTable(wordClasses)

// shortTable is a hash table of words of up to eight bytes, keyed by their
// bytes as one number. A key lies in the bucket of four slots its hash
// picks, so a lookup compares four keys, with no branch on the words of the
// text (whether a word is in a class at all is a coin toss a processor
// cannot predict).
type shortTable struct {
	slots []shortSlot // four a bucket
	seed  uint64      // the hash multiplier, chosen so that no bucket overflows
	shift uint8
	// filter has a bit set for every key's filterHash: a word whose bit is
	// clear is in no class, which most words of a text are, and costs no
	// call to get (a call makes the tokenizer save and reload its state).
	filter [1 << filterBits / 64]uint64
}

// filterBits is the size of shortTable.filter in bits, as a power of two:
// with about a thousand keys, one word in twenty that is in no class
// passes the filter anyway.
const filterBits = 14

// filterHash hashes key k (as get masks it) for shortTable.filter.
func filterHash(k uint64) uint64 { return k * 0xff51afd7ed558ccd >> (64 - filterBits) }

// has reports whether the n-byte word in v (as for get) may have classes.
func (t *shortTable) has(v uint64, n int) bool {
	h := filterHash(v & (^uint64(0) >> ((64 - 8*uint(n)) & 63)))
	return t.filter[h>>6]&(1<<(h&63)) != 0
}

type shortSlot struct {
	key uint64 // 0 for an empty slot
	val wclass
}

func newShortTable(ct classTable) shortTable {
	var keys []uint64
	var vals []wclass
	for i, w := range ct.keys {
		if w == "" || len(w) > 8 {
			continue
		}
		var k uint64
		for j := len(w) - 1; j >= 0; j-- {
			k = k<<8 | uint64(w[j])
		}
		keys, vals = append(keys, k), append(vals, ct.vals[i])
	}
	buckets := 1
	for buckets < len(keys) {
		buckets *= 2
	}
	shift := uint8(64 - bits.TrailingZeros(uint(buckets)))
	// Odd multipliers from a fixed sequence, until one spreads the keys
	// with at most four to a bucket: with about one key a bucket the first
	// few do.
	for seed := uint64(0x9e3779b97f4a7c15); ; seed += 0x5851f42d4c957f2e {
		t := shortTable{slots: make([]shortSlot, 4*buckets), seed: seed | 1, shift: shift}
		ok := true
		for i, k := range keys {
			b := (k * t.seed >> shift) * 4
			j := b
			for j < b+4 && t.slots[j].key != 0 {
				j++
			}
			if j == b+4 {
				ok = false
				break
			}
			t.slots[j] = shortSlot{k, vals[i]}
			h := filterHash(k)
			t.filter[h>>6] |= 1 << (h & 63)
		}
		if ok {
			return t
		}
	}
}

// get returns the classes of the n-byte word (0 < n <= 8) whose bytes in
// lower case are the low n bytes of v; the bytes above are ignored.
func (t *shortTable) get(v uint64, n int) wclass {
	k := shortKey(v, n)
	return t.bucket(k).classes(k)
}

// shortKey returns the key of the n-byte word in v: its low n bytes.
func shortKey(v uint64, n int) uint64 { return v & (^uint64(0) >> ((64 - 8*uint(n)) & 63)) }

// mayHold reports whether key k may have classes (has, for a key).
func (t *shortTable) mayHold(k uint64) bool {
	h := filterHash(k)
	return t.filter[h>>6]&(1<<(h&63)) != 0
}

// shortBucket is one bucket of a shortTable.
type shortBucket [4]shortSlot

// bucket returns the bucket of key k.
func (t *shortTable) bucket(k uint64) *shortBucket {
	i := (k * t.seed >> (t.shift & 63)) * 4
	return (*shortBucket)(t.slots[i : i+4])
}

// classes returns the classes of key k in bucket b, 0 when it has none.
// The tokenizer's fastest path has it written out.
func (b *shortBucket) classes(k uint64) wclass {
	return b[0].val&eqMask(b[0].key, k) | b[1].val&eqMask(b[1].key, k) |
		b[2].val&eqMask(b[2].key, k) | b[3].val&eqMask(b[3].key, k)
}

// eqMask returns all ones when a == b, else 0, without a branch.
func eqMask(a, b uint64) wclass {
	x := a ^ b
	return wclass((x|-x)>>63) - 1
}

// longClasses holds the words of wordClasses of nine to sixteen bytes
// ("according", "spokeswoman"), each as two numbers, as shortClasses holds
// the shorter ones: the string table costs a cache miss or two a word in
// Analyze, where the other stages evict it between articles.
var longClasses = newLongTable(wordClasses)

// longTable is shortTable for words of nine to sixteen bytes: the first
// eight bytes and the rest, each as a little-endian number.
type longTable struct {
	slots []longSlot // four a bucket
	seed  uint64
	shift uint8
	// filter has a bit set for the filterHash of every key's longHash, as
	// shortTable.filter: most long words are in no class.
	filter [1 << filterBits / 64]uint64
}

type longSlot struct {
	k0, k1 uint64 // k0 is never 0 for a word of nine bytes or more
	val    wclass
}

// longHash folds the two halves of a key into one number to hash.
func longHash(k0, k1 uint64) uint64 { return k0 ^ k1*0xc2b2ae3d27d4eb4f }

func newLongTable(ct classTable) longTable {
	var keys []longSlot
	for i, w := range ct.keys {
		if len(w) <= 8 || len(w) > 16 {
			continue
		}
		var k0, k1 uint64
		for j := 7; j >= 0; j-- {
			k0 = k0<<8 | uint64(w[j])
		}
		for j := len(w) - 1; j >= 8; j-- {
			k1 = k1<<8 | uint64(w[j])
		}
		keys = append(keys, longSlot{k0, k1, ct.vals[i]})
	}
	buckets := 1
	for buckets < len(keys) {
		buckets *= 2
	}
	shift := uint8(64 - bits.TrailingZeros(uint(buckets)))
	for seed := uint64(0x9e3779b97f4a7c15); ; seed += 0x5851f42d4c957f2e {
		t := longTable{slots: make([]longSlot, 4*buckets), seed: seed | 1, shift: shift}
		ok := true
		for _, k := range keys {
			b := (longHash(k.k0, k.k1) * t.seed >> (shift & 63)) * 4
			j := b
			for j < b+4 && t.slots[j].k0 != 0 {
				j++
			}
			if j == b+4 {
				ok = false
				break
			}
			t.slots[j] = k
		}
		if ok {
			for _, k := range keys {
				h := filterHash(longHash(k.k0, k.k1))
				t.filter[h>>6] |= 1 << (h & 63)
			}
			return t
		}
	}
}

// longKey returns the second half of the key of the n-byte word (8 < n <=
// 16) whose bytes from the ninth on are v1: its low n-8 bytes.
func longKey(v1 uint64, n int) uint64 { return v1 & (^uint64(0) >> ((128 - 8*uint(n)) & 63)) }

// mayHold reports whether the key v0, k1 (k1 as longKey gives it) may have
// classes: when it says no, get would return 0.
func (t *longTable) mayHold(v0, k1 uint64) bool {
	h := filterHash(longHash(v0, k1))
	return t.filter[h>>6]&(1<<(h&63)) != 0
}

// get returns the classes of the n-byte word (8 < n <= 16) whose bytes in
// lower case are v0 and then the low n-8 bytes of v1.
func (t *longTable) get(v0, v1 uint64, n int) wclass {
	k1 := longKey(v1, n)
	i := (longHash(v0, k1) * t.seed >> (t.shift & 63)) * 4
	b := t.slots[i : i+4 : i+4]
	return b[0].val&eqMask(b[0].k0^v0|b[0].k1^k1, 0) | b[1].val&eqMask(b[1].k0^v0|b[1].k1^k1, 0) |
		b[2].val&eqMask(b[2].k0^v0|b[2].k1^k1, 0) | b[3].val&eqMask(b[3].k0^v0|b[3].k1^k1, 0)
}

// classTable is a read-only open-addressing hash table of words. Beside
// each slot's key it keeps a one-byte tag of the key's hash in a small
// array of its own: most words of a text are in no class, and a lookup of
// one usually ends at an empty or mismatched tag without touching a key.
type classTable struct {
	tags []uint8 // per slot, 0 when empty, else tagOf(hash)
	keys []string
	vals []wclass
	mask uint32
}

func newClassTable(m map[string]wclass) classTable {
	n := 1
	for n < 4*len(m) {
		n *= 2
	}
	t := classTable{tags: make([]uint8, n), keys: make([]string, n), vals: make([]wclass, n), mask: uint32(n - 1)}
	for w, c := range m {
		h := classHash(w)
		i := h & t.mask
		for t.tags[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.tags[i], t.keys[i], t.vals[i] = tagOf(h), w, c
	}
	return t
}

// classHash hashes a lower-case word by its length and its first two and
// last two bytes: a word costs the same whatever its length, and the class
// words differ enough there for short probe runs.
func classHash(w string) uint32 {
	n := len(w)
	if n == 0 {
		return 0
	}
	return mixClassHash(n, w[0], w[min(1, n-1)], w[max(n-2, 0)], w[n-1])
}

// mixClassHash is classHash of a word of n bytes that starts with a, b and
// ends with y, z.
func mixClassHash(n int, a, b, y, z byte) uint32 {
	x := uint32(a) | uint32(b)<<8 | uint32(y)<<16 | uint32(z)<<24
	x ^= uint32(n) * 0x9e3779b9
	x *= 0x85ebca6b
	return x ^ x>>15
}

// tagOf is the slot tag of a hash: never 0, which marks an empty slot.
func tagOf(h uint32) uint8 { return uint8(h>>24) | 1 }

// get returns the classes of the lower-case word w, 0 for a word in no
// class.
func (t *classTable) get(w string) wclass {
	h := classHash(w)
	tag := tagOf(h)
	for i := h & t.mask; t.tags[i] != 0; i = (i + 1) & t.mask {
		if t.tags[i] == tag && t.keys[i] == w {
			return t.vals[i]
		}
	}
	return 0
}

// getASCII returns the classes of the ASCII word w, which may hold
// capitals. Its bytes are letters, digits and ' - & / . only, which all
// read in lower case as the byte | 0x20.
func (t *classTable) getASCII(w string) wclass {
	n := len(w)
	h := mixClassHash(n, w[0]|0x20, w[min(1, n-1)]|0x20, w[max(n-2, 0)]|0x20, w[n-1]|0x20)
	tag := tagOf(h)
	for i := h & t.mask; t.tags[i] != 0; i = (i + 1) & t.mask {
		if k := t.keys[i]; t.tags[i] == tag && len(k) == n && equalLowerASCII(k, w) {
			return t.vals[i]
		}
	}
	return 0
}

// equalLowerASCII reports whether w, of letters, digits and ' - & / .
// with capitals or not, is low, which has w's length.
func equalLowerASCII(low, w string) bool {
	for i := 0; i < len(w); i++ {
		if low[i] != w[i]|0x20 {
			return false
		}
	}
	return true
}

// is reports whether token i is a word of class c.
func (f *frame) is(i int, c wclass) bool {
	return i >= 0 && i < len(f.toks) && f.toks[i].kind() == qWord && f.toks[i].cls&c != 0
}
