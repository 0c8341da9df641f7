package summarize

// The article's word table: every distinct lower-case word the stages
// meet, numbered once. Analyze builds one per article; the extractor's
// scanner fills it and gives each token its word's number, and ranking reads
// those numbers instead of scanning and looking up the words again. What a
// stage knows of a word (the extractor's lexicon bits, ranking's stem) is
// then computed once per distinct word, not once per occurrence.

// wordTable numbers distinct lower-case words with open addressing over
// FNV-1a hashes, which costs less a word than a Go map.
type wordTable struct {
	slots []int32  // per slot, word number + 1, 0 when empty; a power of two long
	words []string // per word number, the word
	lex   []lexBit // per word number, its bits in the extractor's lexicon, lexUnknown until looked up
	low   []lexBit // per word number, the bits of its lower-case use, lexUnknown until looked up
}

// lexUnknown marks lexicon bits not looked up yet.
const lexUnknown lexBit = 1 << 31

// newWordTable returns an empty table sized for size bytes of text: news
// has a distinct word in every twelve bytes or so, and short articles one
// in fewer, so the table makes room for one in every eight and rarely grows.
func newWordTable(size int) *wordTable {
	n := size/8 + 16
	slots := 16
	for slots < 2*n {
		slots <<= 1
	}
	return &wordTable{
		slots: make([]int32, slots),
		words: make([]string, 0, n),
		lex:   make([]lexBit, 0, n),
		low:   make([]lexBit, 0, n),
	}
}

// hashWord is FNV-1a over the bytes of a word.
func hashWord[S string | []byte](w S) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h
}

// findSlot returns the slot that holds w, or the empty slot where it
// would go.
func findSlot[S string | []byte](t *wordTable, w S) int {
	mask := len(t.slots) - 1
	i := int(hashWord(w)) & mask
	for {
		s := t.slots[i]
		if s == 0 || t.words[s-1] == string(w) {
			return i
		}
		i = (i + 1) & mask
	}
}

// lookup returns the number of the word w, if the table has it.
func (t *wordTable) lookup(w string) (int32, bool) {
	s := t.slots[findSlot(t, w)]
	return s - 1, s != 0
}

// id returns the number of the lower-case word w, adding it when new.
func (t *wordTable) id(w string) int32 {
	i := findSlot(t, w)
	if s := t.slots[i]; s != 0 {
		return s - 1
	}
	return t.insert(i, w)
}

// idBytes is id for a word in a buffer; orig and lower are the word as
// written and ASCII-lowered, kept instead of a new string when either
// equals b.
func (t *wordTable) idBytes(b []byte, orig, lower string) int32 {
	i := findSlot(t, b)
	if s := t.slots[i]; s != 0 {
		return s - 1
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
	return t.insert(i, w)
}

// lexOf returns the lexicon bits of word id written with a capital
// (upper) or in lower case, which only the bits lowerBits can have. Each is
// looked up once per article; most lower-case words skip the lookup, as
// no list has a word of their first letter and length.
func (t *wordTable) lexOf(id int32, upper bool) lexBit {
	if upper {
		if t.lex[id] == lexUnknown {
			t.lex[id] = 0
			if k, ok := lexWords.lookup(t.words[id]); ok {
				t.lex[id] = lexWords.lex[k]
			}
		}
		return t.lex[id]
	}
	if t.low[id] == lexUnknown {
		w := t.words[id]
		t.low[id] = 0
		if n := len(w); n < 32 && lowerLen[w[0]]&(1<<n) != 0 {
			if k, ok := lexWords.lookup(w); ok {
				t.low[id] = lexWords.lex[k] & lowerBits
			}
		}
	}
	return t.low[id]
}

// insert numbers the new word w in the empty slot i, growing the table
// when it is half full.
func (t *wordTable) insert(i int, w string) int32 {
	id := int32(len(t.words))
	t.words = append(t.words, w)
	t.lex = append(t.lex, lexUnknown)
	t.low = append(t.low, lexUnknown)
	t.slots[i] = id + 1
	if 2*len(t.words) > len(t.slots) {
		t.slots = make([]int32, 2*len(t.slots))
		for k, word := range t.words {
			t.slots[findSlot(t, word)] = int32(k) + 1
		}
	}
	return id
}
