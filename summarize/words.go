package summarize

import "math/rand/v2"

// The article's word table: every distinct lower-case word the stages
// meet, numbered once. Analyze builds one per article; the extractor's
// scanner fills it and gives each token its word's number, and ranking reads
// those numbers instead of scanning and looking up the words again. What a
// stage knows of a word (the extractor's lexicon bits, ranking's stem) is
// then computed once per distinct word, not once per occurrence.

// wordTable numbers distinct lower-case words with open addressing over
// their hashes (hashWord), which costs less a word than a Go map. A slot keeps the
// word's number + 1 in its low bits (those of the slot index: the table
// is never more than half full, so the number fits) and the high bits of
// the word's hash above them, so that a probe compares strings only when
// those bits agree.
type wordTable struct {
	slots []uint32 // per slot, hash bits | word number + 1, 0 when empty; a power of two long
	words []string // per word number, the word
	lex   []lexBit // per word number, its bits in the extractor's lexicon, lexUnknown until looked up
	low   []lexBit // per word number, the bits of its lower-case use, lexUnknown until looked up
	keys  []uint64 // per word number, wordKey of the word: short words compare as one number
}

// lexUnknown marks lexicon bits not looked up yet.
const lexUnknown lexBit = 1 << 31

// newWordTable returns an empty table sized for size bytes of text. News
// has a distinct word in every twelve or thirteen bytes (cnndm-dev: nine
// to eighteen), so the table makes room for one in every twelve and grows
// when an article has more.
func newWordTable(size int) *wordTable { return makeWordTable(size/12 + 16) }

// makeWordTable returns an empty table with room for n words: the table
// grows when half its slots are taken, which keeps linear probes short.
func makeWordTable(n int) *wordTable {
	return &wordTable{
		slots: make([]uint32, slotsFor(n)),
		words: make([]string, 0, n),
		lex:   make([]lexBit, 0, n),
		low:   make([]lexBit, 0, n),
		keys:  make([]uint64, 0, n),
	}
}

// slotsFor returns the number of slots of a table with room for n words.
func slotsFor(n int) int {
	slots := 16
	for slots < 2*n {
		slots <<= 1
	}
	return slots
}

// reset empties the table and sizes it for size bytes of text as
// newWordTable does, keeping its memory where it is large enough, so
// that one table can serve article after article. Words are numbered in
// the order they come whatever the table's size, so a reset table
// numbers an article's words as a new one does.
func (t *wordTable) reset(size int) {
	n := size/12 + 16
	if slots := slotsFor(n); cap(t.slots) >= slots {
		t.slots = t.slots[:slots]
		clear(t.slots)
	} else {
		t.slots = make([]uint32, slots)
	}
	clear(t.words) // let the last article's text go
	t.words, t.lex, t.low, t.keys = t.words[:0], t.lex[:0], t.low[:0], t.keys[:0]
}

// hashWord hashes a word eight bytes at a time: each whole group of
// eight, read as a little-endian number, then the rest (perhaps none)
// padded with zeros, are mixed into the hash in turn, and the length at
// the end. The scanner, which reads a word's bytes in groups of eight as
// it looks for the word's end, hashes them the same way (see
// scanASCIIWord), and the two must agree.
func hashWord[S string | []byte](w S) uint32 {
	h := uint64(0)
	i := 0
	for ; i+8 <= len(w); i += 8 {
		h = mixWord(h, le64(w, i))
	}
	rest := uint64(0)
	for k := len(w) - 1; k >= i; k-- {
		rest = rest<<8 | uint64(w[k])
	}
	return endHash(mixWord(h, rest), len(w))
}

// mixWord mixes a group of eight bytes into the hash h.
func mixWord(h, group uint64) uint64 {
	h = (h ^ group) * 0x9e3779b97f4a7c15
	return h ^ h>>29
}

// endHash mixes the word's length n and the process's hashSeed into h and
// folds it to 32 bits, in which every bit of the word counts: the table's
// slot index is the low bits, the check beside the number the high ones.
func endHash(h uint64, n int) uint32 {
	h = (h ^ uint64(n) ^ hashSeed) * 0xbf58476d1ce4e5b9
	return uint32(h ^ h>>32)
}

// hashSeed changes from process to process, so that nobody can write an
// article whose words all land in one run of slots and make every lookup
// in the open-addressed tables walk it. No output depends on it: words,
// stems and entities are numbered in the order they come.
var hashSeed = rand.Uint64()

// findSlot returns the slot that holds w, whose hash is h, or the empty
// slot where it would go.
func findSlot[S string | []byte](t *wordTable, w S, h uint32) int {
	mask := uint32(len(t.slots) - 1)
	high := h &^ mask
	i := h & mask
	for {
		s := t.slots[i]
		if s == 0 || s&^mask == high && t.words[s&mask-1] == string(w) {
			return int(i)
		}
		i = (i + 1) & mask
	}
}

// wordKey returns the bytes of a word of at most eight bytes, none of
// them zero, as a little-endian number (which tells the word's length
// too), and 0 for any other word. Two words with the same nonzero key are
// the same word, so that the scanner's probes compare one number instead
// of two strings for most words.
func wordKey(w string) uint64 {
	if len(w) > 8 {
		return 0
	}
	key := uint64(0)
	for k := len(w) - 1; k >= 0; k-- {
		if w[k] == 0 {
			return 0
		}
		key = key<<8 | uint64(w[k])
	}
	return key
}

// number returns the word number + 1 that slot s holds, 0 for none.
func (t *wordTable) number(s uint32) int32 { return int32(s & uint32(len(t.slots)-1)) }

// lookup returns the number of the word w, if the table has it.
func (t *wordTable) lookup(w string) (int32, bool) { return t.lookupHash(w, hashWord(w)) }

// lookupHash is lookup for a word whose hash is at hand.
func (t *wordTable) lookupHash(w string, h uint32) (int32, bool) {
	s := t.slots[findSlot(t, w, h)]
	return t.number(s) - 1, s != 0
}

// id returns the number of the lower-case word w, adding it when new.
func (t *wordTable) id(w string) int32 { return t.idHash(w, hashWord(w)) }

// idHash is id for a word whose hash (hashWord) is at hand.
func (t *wordTable) idHash(w string, h uint32) int32 {
	i := findSlot(t, w, h)
	if s := t.slots[i]; s != 0 {
		return t.number(s) - 1
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
		return t.number(s) - 1
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

// idLex is idHash and lexOf in one call, for the scanner: the number of
// the lower-case word w, whose hash is h, adding it when new, and its
// lexicon bits as written with a capital (upper) or in lower case. key is
// wordKey(w), or 0 when the scanner did not compute it.
func (t *wordTable) idLex(w string, h uint32, key uint64, upper bool) (int32, lexBit) {
	if key == 0 {
		key = wordKey(w)
	}
	var i uint32
	if key != 0 {
		// a short word: its key says whether a slot holds it
		mask := uint32(len(t.slots) - 1)
		high := h &^ mask
		for i = h & mask; ; i = (i + 1) & mask {
			s := t.slots[i]
			if s == 0 || s&^mask == high && t.keys[s&mask-1] == key {
				break
			}
		}
	} else {
		i = uint32(findSlot(t, w, h))
	}
	s := t.slots[i]
	if s == 0 {
		return t.addLex(i, w, h, key, upper)
	}
	id := t.number(s) - 1
	known := t.low
	if upper {
		known = t.lex
	}
	if b := known[id]; b != lexUnknown {
		return id, b
	}
	return id, t.learnLex(id, upper, h)
}

// homeFree returns the slot the hash h points to and whether it is
// empty, in which case a word of that hash is new and goes there (see
// addLex): a probe would stop at once.
func (t *wordTable) homeFree(h uint32) (uint32, bool) {
	i := h & uint32(len(t.slots)-1)
	return i, t.slots[i] == 0
}

// addLex is idLex for a new word, to go in the empty slot i: it numbers
// the word and looks its lexicon bits up as written (upper). key is
// wordKey(w), or 0 when not computed.
func (t *wordTable) addLex(i uint32, w string, h uint32, key uint64, upper bool) (int32, lexBit) {
	if key == 0 {
		key = wordKey(w)
	}
	id := t.insertKey(int(i), w, h, key)
	var b lexBit
	if lexMayHold(h) { // most new words are in no list: no call
		b = lexLookup(w, upper, h, key)
	}
	if upper {
		t.lex[id] = b
	} else {
		t.low[id] = b
	}
	return id, b
}

// knownWord is idLex's common case, small enough to inline in the
// scanner: a short word (key, from wordKey, nonzero) that the table holds
// in the slot its hash h points to, and whose lexicon bits as written
// (upper) are known. ok is false for anything else, which idLex answers.
func (t *wordTable) knownWord(h uint32, key uint64, upper bool) (id int32, b lexBit, ok bool) {
	mask := uint32(len(t.slots) - 1)
	s := t.slots[h&mask]
	if s&^mask != h&^mask || s == 0 {
		return 0, 0, false
	}
	id = int32(s&mask) - 1
	if t.keys[id] != key || key == 0 {
		return 0, 0, false
	}
	if upper {
		b = t.lex[id]
	} else {
		b = t.low[id]
	}
	return id, b, b != lexUnknown
}

// lexOf returns the lexicon bits of word id written with a capital
// (upper) or in lower case, which only the bits lowerBits can have. h is
// the word's hash. Each is looked up once per article (see learnLex); the
// rest of the time lexOf is small enough to inline.
func (t *wordTable) lexOf(id int32, upper bool, h uint32) lexBit {
	known := t.low
	if upper {
		known = t.lex
	}
	if b := known[id]; b != lexUnknown {
		return b
	}
	return t.learnLex(id, upper, h)
}

// learnLex looks word id up in the lexicon for lexOf and keeps its bits.
func (t *wordTable) learnLex(id int32, upper bool, h uint32) lexBit {
	b := lexLookup(t.words[id], upper, h, t.keys[id])
	if upper {
		t.lex[id] = b
	} else {
		t.low[id] = b
	}
	return b
}

// lexLookup returns the lexicon bits of the lower-case word w, whose hash
// is h and key wordKey(w), written with a capital (upper) or in lower
// case. Most words skip the lookup: the bit table lexHash lacks theirs,
// or, in lower case, no list has a word of their first letter and length.
func lexLookup(w string, upper bool, h uint32, key uint64) lexBit {
	if upper {
		if !lexMayHold(h) {
			return 0
		}
		if k, ok := lexWords.lookupKey(w, h, key); ok {
			return lexWords.lex[k]
		}
		return 0
	}
	if n := len(w); n < 32 && lowerLen[w[0]]&(1<<n) != 0 && lexMayHold(h) {
		if k, ok := lexWords.lookupKey(w, h, key); ok {
			return lexWords.lex[k] & lowerBits
		}
	}
	return 0
}

// lookupKey is lookupHash for a word whose key (wordKey) is at hand: a
// short word's probe compares keys, one number, instead of strings.
func (t *wordTable) lookupKey(w string, h uint32, key uint64) (int32, bool) {
	if key == 0 {
		return t.lookupHash(w, h)
	}
	mask := uint32(len(t.slots) - 1)
	high := h &^ mask
	for i := h & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			return -1, false
		}
		if s&^mask == high && t.keys[s&mask-1] == key {
			return int32(s&mask) - 1, true
		}
	}
}

// insert numbers the new word w, whose hash is h, in the empty slot i,
// growing the table when it is half full.
func (t *wordTable) insert(i int, w string, h uint32) int32 {
	return t.insertKey(i, w, h, wordKey(w))
}

// insertKey is insert for a word whose key (wordKey) is at hand.
func (t *wordTable) insertKey(i int, w string, h uint32, key uint64) int32 {
	id := int32(len(t.words))
	t.words = append(t.words, w)
	t.keys = append(t.keys, key)
	t.lex = append(t.lex, lexUnknown)
	t.low = append(t.low, lexUnknown)
	mask := uint32(len(t.slots) - 1)
	t.slots[i] = h&^mask | uint32(id+1)
	if 2*len(t.words) > len(t.slots) {
		// The slots keep too few bits of the hashes to move them: the
		// words are hashed again.
		t.slots = make([]uint32, 2*len(t.slots))
		mask = uint32(len(t.slots) - 1)
		for k, word := range t.words {
			h := hashWord(word)
			j := h & mask
			for t.slots[j] != 0 {
				j = (j + 1) & mask
			}
			t.slots[j] = h&^mask | uint32(k+1)
		}
	}
	return id
}

// clone returns a copy of the table that can grow apart from it.
func (t *wordTable) clone() *wordTable {
	return &wordTable{
		slots: append([]uint32(nil), t.slots...),
		words: append([]string(nil), t.words...),
		lex:   append([]lexBit(nil), t.lex...),
		low:   append([]lexBit(nil), t.low...),
		keys:  append([]uint64(nil), t.keys...),
	}
}
