package summarize

// The article's word table: every distinct lower-case word the stages
// meet, numbered once. Analyze builds one per article; the extractor's
// scanner fills it and gives each token its word's number, and ranking reads
// those numbers instead of scanning and looking up the words again. What a
// stage knows of a word (the extractor's lexicon bits, ranking's stem) is
// then computed once per distinct word, not once per occurrence.

// wordTable numbers distinct lower-case words with open addressing over
// FNV-1a hashes, which costs less a word than a Go map. Each slot keeps
// the word's hash beside its number, so that a probe compares strings
// only when the hashes agree, and growing needs no hashing.
type wordTable struct {
	slots []uint64 // per slot, hash<<32 | word number + 1, 0 when empty; a power of two long
	words []string // per word number, the word
	lex   []lexBit // per word number, its bits in the extractor's lexicon, lexUnknown until looked up
	low   []lexBit // per word number, the bits of its lower-case use, lexUnknown until looked up
}

// lexUnknown marks lexicon bits not looked up yet.
const lexUnknown lexBit = 1 << 31

// newWordTable returns an empty table sized for size bytes of text. News
// has a distinct word in every twelve or thirteen bytes (cnndm-dev: nine
// to eighteen), so the table makes room for one in every twelve and grows
// when an article has more.
func newWordTable(size int) *wordTable {
	n := size/12 + 16
	slots := 16
	for 3*slots < 4*n {
		slots <<= 1
	}
	return &wordTable{
		slots: make([]uint64, slots),
		words: make([]string, 0, n),
		lex:   make([]lexBit, 0, n),
		low:   make([]lexBit, 0, n),
	}
}

// FNV-1a's parameters; hashWord and the scanner, which hashes words as it
// reads them, must agree.
const (
	fnvOffset uint32 = 2166136261
	fnvPrime  uint32 = 16777619
)

// hashWord is FNV-1a over the bytes of a word.
func hashWord[S string | []byte](w S) uint32 {
	h := fnvOffset
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= fnvPrime
	}
	return h
}

// findSlot returns the slot that holds w, whose hash is h, or the empty
// slot where it would go.
func findSlot[S string | []byte](t *wordTable, w S, h uint32) int {
	mask := len(t.slots) - 1
	i := int(h) & mask
	for {
		s := t.slots[i]
		if s == 0 || uint32(s>>32) == h && t.words[uint32(s)-1] == string(w) {
			return i
		}
		i = (i + 1) & mask
	}
}

// lookup returns the number of the word w, if the table has it.
func (t *wordTable) lookup(w string) (int32, bool) { return t.lookupHash(w, hashWord(w)) }

// lookupHash is lookup for a word whose hash is at hand.
func (t *wordTable) lookupHash(w string, h uint32) (int32, bool) {
	s := t.slots[findSlot(t, w, h)]
	return int32(uint32(s)) - 1, s != 0
}

// id returns the number of the lower-case word w, adding it when new.
func (t *wordTable) id(w string) int32 { return t.idHash(w, hashWord(w)) }

// idHash is id for a word whose hash (hashWord) is at hand.
func (t *wordTable) idHash(w string, h uint32) int32 {
	i := findSlot(t, w, h)
	if s := t.slots[i]; s != 0 {
		return int32(uint32(s)) - 1
	}
	return t.insert(i, w, h)
}

// idBytes is id for a word in a buffer; orig and lower are the word as
// written and ASCII-lowered, kept instead of a new string when either
// equals b.
func (t *wordTable) idBytes(b []byte, orig, lower string) int32 {
	h := hashWord(b)
	i := findSlot(t, b, h)
	if s := t.slots[i]; s != 0 {
		return int32(uint32(s)) - 1
	}
	var w string
	switch {
	case orig == string(b):
		w = orig
	case lower == string(b):
		w = lower
	default:
		w = string(b)
	}
	return t.insert(i, w, h)
}

// lexOf returns the lexicon bits of word id written with a capital
// (upper) or in lower case, which only the bits lowerBits can have. Each is
// looked up once per article; most lower-case words skip the lookup, as
// no list has a word of their first letter and length. h is the word's
// hash.
func (t *wordTable) lexOf(id int32, upper bool, h uint32) lexBit {
	if upper {
		if t.lex[id] == lexUnknown {
			t.lex[id] = 0
			if k, ok := lexWords.lookupHash(t.words[id], h); ok {
				t.lex[id] = lexWords.lex[k]
			}
		}
		return t.lex[id]
	}
	if t.low[id] == lexUnknown {
		w := t.words[id]
		t.low[id] = 0
		if n := len(w); n < 32 && lowerLen[w[0]]&(1<<n) != 0 {
			if k, ok := lexWords.lookupHash(w, h); ok {
				t.low[id] = lexWords.lex[k] & lowerBits
			}
		}
	}
	return t.low[id]
}

// insert numbers the new word w, whose hash is h, in the empty slot i,
// growing the table when it is three quarters full.
func (t *wordTable) insert(i int, w string, h uint32) int32 {
	id := int32(len(t.words))
	t.words = append(t.words, w)
	t.lex = append(t.lex, lexUnknown)
	t.low = append(t.low, lexUnknown)
	t.slots[i] = uint64(h)<<32 | uint64(id+1)
	if 4*len(t.words) > 3*len(t.slots) {
		old := t.slots
		t.slots = make([]uint64, 2*len(old))
		mask := len(t.slots) - 1
		for _, s := range old {
			if s == 0 {
				continue
			}
			k := int(s>>32) & mask
			for t.slots[k] != 0 {
				k = (k + 1) & mask
			}
			t.slots[k] = s
		}
	}
	return id
}

// clone returns a copy of the table that can grow apart from it.
func (t *wordTable) clone() *wordTable {
	return &wordTable{
		slots: append([]uint64(nil), t.slots...),
		words: append([]string(nil), t.words...),
		lex:   append([]lexBit(nil), t.lex...),
		low:   append([]lexBit(nil), t.low...),
	}
}
