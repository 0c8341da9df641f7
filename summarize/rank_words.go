package summarize

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// rankDoc is the bag-of-words view of an article that ranking works on:
// every sentence as a sparse unit vector of term weights, and the entities
// (capitalized names and numbers) each sentence mentions. Terms and entities
// are small integers from per-article dictionaries, so the memory is linear
// in the article.
type rankDoc struct {
	vecs  [][]termWeight // per sentence, sorted by term, unit length
	words []int          // per sentence, number of words
	lows  []string       // per sentence, its text with ASCII letters lowered, "" when not at hand
	ents  [][]int32      // per sentence, distinct entity ids
	entW  []float64      // per entity id, its weight (how often the article names it)
	df    []int32        // per stem, the number of sentences using it
	vocab *rankVocab
	keys  []int32 // the boilerplate phrases' key words (see possiblePhrases) of every sentence, in order
	keyTo []int32 // per sentence, the end of its key words in keys
}

// sentenceHas reports whether sentence i has the word term, one of the
// boilerplate phrases' key words.
func (d *rankDoc) sentenceHas(i int, term int32) bool {
	start := int32(0)
	if i > 0 {
		start = d.keyTo[i-1]
	}
	return slices.Contains(d.keys[start:d.keyTo[i]], term)
}

// rankScratch is the working memory of a ranking: the vocabulary and its
// stem table, the sentences' vectors and entity lists, the buffers of the
// scoring and of MMR. A caller that ranks text after text (Analyze, through
// a sync.Pool) can pass the same scratch to rankWithScratch each time, so
// the memory of one ranking serves the next instead of being allocated
// again; the Ranking returned holds none of it, so the next ranking may
// overwrite it all. The zero value is ready to use. It remembers nothing of
// a text's results: every buffer is emptied or zeroed before use.
type rankScratch struct {
	doc      rankDoc
	vocab    rankVocab
	words    docWords    // the sentences' words as they are read
	vecTo    []int       // per sentence, the end of its vector in words.vec
	entStore []int32     // every sentence's entities, end to end
	idf      []float32   // per stem
	idfOf    []float32   // per df
	phrases  []phraseKey // the boilerplate phrases the article may hold
	cand     []string    // those a sentence may hold
	sum      []float32   // per stem, the window's sum vector
	cent     []float64   // per sentence, centrality
	freq     []float64   // per sentence, frequency
	ent      []float64   // per sentence, coverage
	maxSim   []float64   // MMR: per candidate, its similarity to the picks
	rel      []float64   // MMR: per candidate, lambda times its score over the top one
	known    []int       // MMR: per candidate, how many picks maxSim covers
	dense    []float32   // MMR: the picks as dense vectors, end to end
	rowTo    []int       // MMR: per pick, the end of its dense vector
}

// release drops the scratch's references to the text ranked last, so a
// pooled scratch keeps no article alive.
func (sc *rankScratch) release() {
	clear(sc.doc.lows)
	sc.doc.vocab = nil
	sc.vocab.tab = nil
}

// zeroed returns s with n elements, all zero, in s's memory when it has
// room for them.
func zeroed[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// emptied returns s with no elements and room for n at least, in s's
// memory when it has that room.
func emptied[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, 0, n)
	}
	return s[:0]
}

type termWeight struct {
	term int32
	w    float32
}

// rankWord is one word of a sentence as ranking sees it.
type rankWord struct {
	term    int32 // id of the lower-case form in the article's dictionary
	stem    int32 // its rankTerm.stem
	capital bool  // starts with an upper-case letter
	number  bool  // has a digit
	first   bool  // first word of its sentence
	key     bool  // the key word of a boilerplate phrase
}

// rankVocab is what ranking knows of the article's words: for each word
// of the shared word table it uses, whether it is a stopword and the
// number of its Porter stem, found the first time ranking meets the word.
type rankVocab struct {
	tab   *wordTable
	terms []rankTerm // per word of tab, what ranking knows of it
	stems stemTable  // the article's stems, numbered
	buf   []byte     // scratch space for the stemmer
	fixed int32      // the number of words tab had when ranking started
	keys  []int32    // the boilerplate phrases' key words learned
}

// rankTerm is what ranking knows of one word of the table.
type rankTerm struct {
	stem int32 // the number of its stem + 1; stopTerm for a stopword, 0 before ranking meets the word
	ent  int32 // the number of its entity + 1, 0 while it has none
	home int32 // the number + 1 of the stem spelled as this word, 0 while there is none (see stemNumber)
	name bool  // capitalized somewhere other than first in a sentence
	key  bool  // the key word of a boilerplate phrase (see possiblePhrases)
}

// stopTerm is rankTerm.stem for a stopword, which has no stem.
const stopTerm = -1

// newRankVocab returns an empty vocabulary over tab for size bytes of text.
func newRankVocab(tab *wordTable, size int) *rankVocab {
	v := new(rankVocab)
	v.reset(tab, size)
	return v
}

// reset empties v for a new article over tab, of size bytes of text,
// keeping its memory.
func (v *rankVocab) reset(tab *wordTable, size int) {
	// The table's words, and a few more that only ranking splits, or
	// about one in every twelve bytes when the table is empty (see
	// newWordTable); about three in four have a stem of their own.
	n := len(tab.words) + len(tab.words)/16 + 16
	if len(tab.words) == 0 {
		n += size / 12
	}
	v.tab = tab
	v.fixed = int32(len(tab.words))
	v.keys = v.keys[:0]
	v.stems.reset(n * 3 / 4)
	v.terms = zeroed(emptied(v.terms, n), len(tab.words))
}

// keyWord returns the number of the word w, one of the boilerplate
// phrases' key words, if ranking met it in a sentence: a look through
// the few key words learned, with no hash.
func (v *rankVocab) keyWord(w string) (int32, bool) {
	for _, id := range v.keys {
		if v.tab.words[id] == w {
			return id, true
		}
	}
	return 0, false
}

// fill makes sure ranking knows word id (its stop flag and stem) and sets
// w's term to it, with what w needs of it. ascii says the word is known to
// be ASCII letters and digits, lower-cased (a plain token's). id is a word
// of the table when ranking started, or one added since that has passed
// through grow.
func (v *rankVocab) fill(w *rankWord, id int32, ascii bool) {
	t := &v.terms[id]
	if t.stem == 0 {
		v.learn(t, id, ascii)
	}
	w.term, w.stem, w.key = id, t.stem, t.key
}

// grow makes room in v for word id, which ranking added to the table, and
// returns it.
func (v *rankVocab) grow(id int32) int32 {
	if n := int(id) + 1 - len(v.terms); n > 0 {
		v.terms = append(v.terms, make([]rankTerm, n)...)
	}
	return id
}

// learn finds the stop flag and stem of word id, met for the first time,
// and keeps them in t, its record.
func (v *rankVocab) learn(t *rankTerm, id int32, ascii bool) {
	s := v.tab.words[id]
	lists := rankWordLists.in(s)
	if t.key = lists&rankKeyList != 0; t.key {
		v.keys = append(v.keys, id)
	}
	// A single letter is one byte, or one rune of a few.
	single := len(s) == 1 || !ascii && s[0] >= utf8.RuneSelf && len(s) <= utf8.UTFMax && utf8.RuneCountInString(s) == 1
	if lists&rankStopLists != 0 || single && !(s[0] >= '0' && s[0] <= '9') {
		// Stopwords and single letters stay out of the vectors: no stem
		// needed.
		t.stem = stopTerm
		return
	}
	var same bool // the stem is s itself
	switch {
	case s[0] <= '9':
		v.buf = append(v.buf[:0], s...) // numbers are their own stem
		same = true
	case ascii || isLowerASCII(s):
		v.buf = stemLower(v.buf, s)
		same = isSameStem(v.buf, s)
	default:
		v.buf = append(v.buf[:0], Stem(s)...)
		same = string(v.buf) == s
	}
	if cap(v.buf)-len(v.buf) < 8 {
		// room for hashStem's last load
		v.buf = append(make([]byte, 0, len(v.buf)+64), v.buf...)
	}
	t.stem = v.stemNumber(id, same, v.buf) + 1
}

// stemNumber returns the number of stem, the stem of word id; same says
// whether it is spelled as the word.
//
// About half the words are their own stem ("said", "police"), and a few
// more have a stem that is another word of the article ("arrested"): such
// a stem is numbered through its word's record (rankTerm.home), which
// spares the stem table's hash and copy for a word that is its own stem.
// The other stems go in the stem table, hashed once for both tables. A stem
// has one home whichever word it comes from: a word of the table as it was
// when ranking started (v.fixed) if one is spelled so, the stem table
// otherwise; words that ranking adds to the table later are never homes.
func (v *rankVocab) stemNumber(id int32, same bool, stem []byte) int32 {
	home := int32(-1)
	var h uint32
	if id < v.fixed && same {
		home = id
	} else {
		h = hashStem(stem)
		if sl := v.tab.slots[findSlot(v.tab, stem, h)]; sl != 0 {
			if x := v.tab.number(sl) - 1; x < v.fixed {
				home = x
			}
		}
	}
	if home < 0 {
		return v.stems.idHash(stem, h)
	}
	r := &v.terms[home]
	if r.home == 0 {
		r.home = v.stems.add() + 1
	}
	return r.home - 1
}

// isLowerASCII reports whether s is all ASCII with no upper-case letter,
// which Stem would take as it is.
func isLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if notLowerASCII[s[i]] {
			return false
		}
	}
	return true
}

// notLowerASCII marks the bytes isLowerASCII rejects: A-Z and every byte
// of a non-ASCII character.
var notLowerASCII = func() (t [256]bool) {
	for c := range t {
		t[c] = c >= utf8.RuneSelf || 'A' <= c && c <= 'Z'
	}
	return t
}()

// stemTable numbers the article's distinct stems, which it keeps end to
// end in one buffer: no string per stem.
type stemTable struct {
	slots []int32 // per slot, stem number + 1, 0 when empty; a power of two long
	used  int     // the number of slots taken
	ends  []int32 // per stem number, the end of its bytes in text
	text  []byte
}

// reset empties the table, keeping its memory, with room for about n
// stems.
func (t *stemTable) reset(n int) {
	slots := 16
	for slots < 2*n {
		slots <<= 1
	}
	t.slots = zeroed(t.slots, slots)
	t.used = 0
	t.ends = emptied(t.ends, n)
	t.text = emptied(t.text, 5*n)
}

// len returns the number of stems.
func (t *stemTable) len() int { return len(t.ends) }

// stem returns the bytes of stem k.
func (t *stemTable) stem(k int32) []byte {
	start := int32(0)
	if k > 0 {
		start = t.ends[k-1]
	}
	return t.text[start:t.ends[k]]
}

// hashStem is hashWord(b), the word table's hash, for a stem: its last
// group of fewer than eight bytes is read in one load when b has eight
// bytes of room past it (learn leaves that room), the bytes past its end
// masked off; otherwise a byte at a time.
func hashStem(b []byte) uint32 {
	h := uint64(0)
	i := 0
	for ; i+8 <= len(b); i += 8 {
		h = mixWord(h, le64(b, i))
	}
	rest := uint64(0)
	if r := len(b) - i; r > 0 {
		if i+8 <= cap(b) {
			rest = le64(b[:cap(b)], i) & (1<<(8*r) - 1)
		} else {
			for k := len(b) - 1; k >= i; k-- {
				rest = rest<<8 | uint64(b[k])
			}
		}
	}
	return endHash(mixWord(h, rest), len(b))
}

// find returns the slot that holds the stem b, whose hash is h, or the
// empty slot where it would go.
func (t *stemTable) find(b []byte, h uint32) int {
	mask := len(t.slots) - 1
	i := int(h) & mask
	for {
		s := t.slots[i]
		if s == 0 || string(t.stem(s-1)) == string(b) {
			return i
		}
		i = (i + 1) & mask
	}
}

// add numbers a stem kept elsewhere (see stemNumber): its bytes here are
// empty and no slot leads to it.
func (t *stemTable) add() int32 {
	t.ends = append(t.ends, int32(len(t.text)))
	return int32(len(t.ends) - 1)
}

// idHash returns the number of the stem b, whose hash (hashStem) is h,
// adding it when new and growing the table when it is half full.
func (t *stemTable) idHash(b []byte, h uint32) int32 {
	i := t.find(b, h)
	if s := t.slots[i]; s != 0 {
		return s - 1
	}
	k := int32(len(t.ends))
	t.text = append(t.text, b...)
	t.ends = append(t.ends, int32(len(t.text)))
	t.slots[i] = k + 1
	if t.used++; 2*t.used > len(t.slots) {
		old := t.slots
		t.slots = make([]int32, 2*len(old))
		for _, s := range old {
			if s != 0 {
				st := t.stem(s - 1)
				t.slots[t.find(st, hashStem(st))] = s
			}
		}
	}
	return k
}

// splitRankWords appends the words of s to out: runs of letters and digits,
// lower is s with its ASCII letters lowered, or "" when not at hand;
// keeping a period or comma between digits ("3.7", "6,000").
// first says whether the first word found starts its sentence.
func splitRankWords(s, lower string, first bool, v *rankVocab, buf []byte, out []rankWord) ([]rankWord, []byte) {
	for i := 0; i < len(s); {
		c := s[i]
		var r rune
		n := 1
		if c < utf8.RuneSelf {
			if !isASCIIAlnum(c) {
				i++
				continue
			}
			r = rune(c)
		} else {
			r, n = utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				i += n
				continue
			}
		}
		w := rankWord{capital: 'A' <= r && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r), first: first}
		first = false
		if len(lower) == len(s) && c < utf8.RuneSelf {
			// an ASCII word is its own slice of the lowered text: no copy
			if j, number, ok := asciiRankWord(s, i); ok {
				w.number = number
				v.fill(&w, v.grow(v.tab.id(lower[i:j])), false)
				out = append(out, w)
				i = j
				continue
			}
		}
		buf = buf[:0]
		j := i
		prevDigit := false
		for j < len(s) {
			c := s[j]
			if c < utf8.RuneSelf {
				switch {
				case 'a' <= c && c <= 'z':
					buf = append(buf, c)
				case 'A' <= c && c <= 'Z':
					buf = append(buf, c+'a'-'A')
				case '0' <= c && c <= '9':
					buf = append(buf, c)
					w.number = true
				case (c == '.' || c == ',') && prevDigit && j+1 < len(s) && '0' <= s[j+1] && s[j+1] <= '9':
					buf = append(buf, c)
				default:
					goto done
				}
				prevDigit = '0' <= c && c <= '9'
				j++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				break
			}
			if unicode.IsDigit(r) {
				w.number = true
			}
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
			prevDigit = false
			j += n
		}
	done:
		low := ""
		if len(lower) == len(s) {
			low = lower[i:j]
		}
		v.fill(&w, v.grow(v.tab.idBytes(buf, s[i:j], low)), false)
		out = append(out, w)
		i = j
	}
	return out, buf
}

// asciiRankWord returns the end of the word of ASCII letters and digits
// that starts at s[i] (a period or comma between digits included, as in
// splitRankWords) and whether it has a digit; ok is false when a non-ASCII
// byte follows, which the general path handles.
func asciiRankWord(s string, i int) (end int, number, ok bool) {
	prevDigit := false
	j := i
	for ; j < len(s); j++ {
		c := s[j]
		switch {
		case c >= utf8.RuneSelf:
			return 0, false, false
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			prevDigit = false
		case '0' <= c && c <= '9':
			number, prevDigit = true, true
		case (c == '.' || c == ',') && prevDigit && j+1 < len(s) && '0' <= s[j+1] && s[j+1] <= '9':
			prevDigit = false
		default:
			return j, number, true
		}
	}
	return j, number, true
}

// tokenRankWords gives b the words of the sentence at span, taken from
// the extractor's tokens from toks[k] on, and returns the first token of
// the next sentence. A token that is one plain word (ASCII letters and
// digits, a number) is used as it is, by its number in the word table; the
// others ("U.S.", "don't", "10:30", a word cut by the sentence's end) are
// split as splitRankWords splits text, so the words are the same either
// way.
func tokenRankWords(text, low string, span Span, toks []token, k int, v *rankVocab, b *docWords) int {
	for k < len(toks) && toks[k].e() <= span.Start {
		k++
	}
	first := true
	for ; k < len(toks); k++ {
		t := &toks[k]
		if t.flags&tokPlain != 0 && t.e() <= span.End && t.s() >= span.Start &&
			(k+1 == len(toks) || toks[k+1].start != t.end || !joinsNext(text, toks, k, span)) {
			// Most tokens: a plain word wholly in the sentence, with no
			// letters or digits glued after it. Only word and number
			// tokens are plain, and a token that ends in the sentence
			// starts in it (tokens are not empty): the tests that end
			// the loop and pass over marks are for the other tokens.
			rt := &v.terms[t.word]
			if rt.stem == 0 {
				v.learn(rt, t.word, true)
				if int(rt.stem) > len(b.seen) {
					b.grow(int(rt.stem)) // for count below
				}
			}
			switch {
			case rt.stem == stopTerm && !rt.key:
				b.words++ // a stopword is only counted: no call
			case !rt.key:
				// A word with a stem, not a key word: add's common case,
				// inline.
				b.words++
				b.count(rt.stem - 1)
				if t.upper || t.flags&tokDigit != 0 {
					b.cands = append(b.cands, entityWord{rankWord{term: t.word, stem: rt.stem, capital: t.upper,
						number: t.flags&tokDigit != 0, first: first}, b.sent})
				}
			default:
				b.add(rankWord{term: t.word, stem: rt.stem, capital: t.upper,
					number: t.flags&tokDigit != 0, first: first, key: rt.key})
			}
			first = false
			continue
		}
		if t.s() >= span.End {
			break // the next sentence's
		}
		if t.kind == tPunct && (text[t.s()] < utf8.RuneSelf || !rankable(text, t)) {
			continue // a mark: an ASCII one needs no call
		}
		// The others: a word cut by the sentence's bounds, or made of
		// several tokens, or not plain.
		s := max(t.s(), span.Start)
		end := k
		for end+1 < len(toks) && toks[end+1].start == toks[end].end && joinsNext(text, toks, end, span) {
			if toks[end+1].kind != tPunct || rankable(text, &toks[end+1]) {
				end++
			} else {
				end += 2 // a period or comma between digits
			}
		}
		e := min(toks[end].e(), span.End)
		b.split, b.buf = splitRankWords(text[s:e], low[s:e], first, v, b.buf, b.split[:0])
		b.addAll(b.split)
		first = first && len(b.split) == 0
		k = end
	}
	if k > 0 && k <= len(toks) && toks[k-1].e() > span.End {
		k-- // the next sentence starts inside this token
	}
	return k
}

// docWords takes the words of the article's sentences, a sentence after
// another, and keeps what ranking needs of them: each sentence's term
// counts, the stems' df, the boilerplate phrases' key words and the words
// that may name an entity.
type docWords struct {
	sent  int32        // the sentence being read
	words int          // its number of words, stopwords included
	start int          // the start of its counts in vec
	vec   []termWeight // the term counts of the sentences read, end to end
	df    []int32      // per stem, the number of sentences using it, once all are read (see dfs)
	seen  []stemSeen   // per stem, where the sentence that last used it counts it, and its df
	keys  []int32      // the boilerplate phrases' key words, in order
	cands []entityWord // the capitalized words and numbers, in order
	buf   []byte       // scratch space for splitRankWords
	split []rankWord   // the words splitRankWords found
}

// stemSeen is where the sentence that last used a stem counts it, and
// the stem's df so far.
type stemSeen struct {
	sent int32 // the sentence + 1, 0 for none
	at   int32 // the index of the count in docWords.vec
	df   int32 // the number of sentences using the stem
}

// reset empties b for an article of size bytes and about stems stems.
func (b *docWords) reset(size, stems int) {
	// News has a distinct stem in a sentence for every eleven bytes or
	// so, and a capitalized word or number for every forty: room for
	// one in every eight and thirty bytes spares most articles a copy.
	// A stem's slots are made when it is first met.
	b.vec = emptied(b.vec, size/8+16)
	b.cands = emptied(b.cands, size/30+16)
	b.seen = emptied(b.seen, stems)
	b.keys = b.keys[:0]
	b.sent, b.words, b.start = -1, 0, 0
}

// next starts sentence i.
func (b *docWords) next(i int) {
	b.sent, b.words, b.start = int32(i), 0, len(b.vec)
}

// add takes the next word of the sentence.
func (b *docWords) add(w rankWord) {
	b.words++
	if w.key {
		b.keys = append(b.keys, w.term)
	}
	if w.stem == stopTerm {
		return
	}
	if int(w.stem) > len(b.seen) {
		b.grow(int(w.stem))
	}
	b.count(w.stem - 1)
	if w.number || w.capital {
		b.cands = append(b.cands, entityWord{w, b.sent})
	}
}

// count counts stem s in the sentence; seen must have room for s (see
// grow).
func (b *docWords) count(s int32) {
	seen := &b.seen[s]
	if seen.sent == b.sent+1 {
		b.vec[seen.at].w++
		return
	}
	seen.sent, seen.at = b.sent+1, int32(len(b.vec))
	seen.df++
	b.vec = append(b.vec, termWeight{s, 1})
}

// addAll takes the next words of the sentence.
func (b *docWords) addAll(ws []rankWord) {
	for _, w := range ws {
		b.add(w)
	}
}

// grow makes room for n stems at least: the records of seen up to its
// capacity, which doubles when short.
func (b *docWords) grow(n int) {
	old := len(b.seen)
	if n > cap(b.seen) {
		b.seen = append(b.seen[:cap(b.seen)], make([]stemSeen, n-cap(b.seen))...)
	}
	b.seen = b.seen[:cap(b.seen)]
	clear(b.seen[old:])
}

// dfs returns the df of each of the article's n stems, in b.df's memory.
func (b *docWords) dfs(n int) []int32 {
	b.grow(n)
	b.df = zeroed(b.df, n)
	for i := range b.df {
		b.df[i] = b.seen[i].df
	}
	return b.df
}

// sortCounts sorts the sentence's term counts by term.
func (b *docWords) sortCounts() {
	sortTerms(b.vec[b.start:])
}

// joinsNext reports whether the token after toks[k], which starts where
// toks[k] ends, is part of the same word for ranking: letters or digits
// glued on make one word ("10kilometres"), and so does a period or comma
// between digits ("0,5"), inside the sentence at span.
func joinsNext(text string, toks []token, k int, span Span) bool {
	next := &toks[k+1]
	if next.s() >= span.End {
		return false
	}
	c := text[next.s()]
	if next.kind != tPunct || c >= utf8.RuneSelf && rankable(text, next) {
		return true
	}
	return (c == ',' || c == '.') && isDigitByte(text[toks[k].e()-1]) &&
		k+2 < len(toks) && toks[k+2].s() == next.e() && isDigitByte(text[toks[k+2].s()])
}

// rankable reports whether a token holds a word for ranking: a word or
// number token, or a mark that is a letter or digit to Unicode but not to
// the extractor ("٠").
func rankable(text string, t *token) bool {
	if t.kind != tPunct {
		return true
	}
	if text[t.s()] < utf8.RuneSelf {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[t.s():])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// buildRankDoc turns the sentences into term vectors and entity lists.
// text is the text the sentences' spans point into and lowerText its copy
// with ASCII letters lowered (lowerText(text)), which spares a string for
// each capitalized word.
// toks, when not nil, are the extractor's tokens of text, their words
// numbered in tab: ranking takes its words from them instead of scanning
// the text again.
//
// It reads the article once, a sentence at a time: each sentence's vector
// is made as soon as its words are read, and only the words that may name
// an entity (capitalized words and numbers) are kept for later, when the
// whole article has shown which capitals are names.
//
// Its memory comes from sc, and so does the rankDoc returned.
func buildRankDoc(text, lowerText string, sents []Sentence, toks []token, tab *wordTable, sc *rankScratch) *rankDoc {
	n := len(sents)
	d := &sc.doc
	d.vecs = zeroed(d.vecs, n)
	d.words = zeroed(d.words, n)
	d.lows = zeroed(d.lows, n)
	d.ents = zeroed(d.ents, n)
	d.keyTo = zeroed(d.keyTo, n)
	size := 0
	for _, s := range sents {
		size += len(s.Text)
	}
	if tab == nil {
		tab, toks = newWordTable(size), nil
	}
	v := &sc.vocab
	v.reset(tab, size)
	b := &sc.words
	b.reset(size, cap(v.stems.ends))
	vecTo := zeroed(sc.vecTo, n) // per sentence, the end of its counts in b.vec
	sc.vecTo = vecTo
	k := 0
	for i, s := range sents {
		low := ""
		if s.Text != "" && s.Span.In(text) == s.Text {
			low = s.Span.In(lowerText)
		}
		d.lows[i] = low
		b.next(i)
		if toks != nil && low != "" {
			k = tokenRankWords(text, lowerText, s.Span, toks, k, v, b)
		} else {
			b.split, b.buf = splitRankWords(s.Text, low, true, v, b.buf, b.split[:0])
			b.addAll(b.split)
		}
		d.words[i] = b.words
		d.keyTo[i] = int32(len(b.keys))
		b.sortCounts()
		vecTo[i] = len(b.vec)
	}
	df, cands := b.dfs(v.stems.len()), b.cands
	d.keys = b.keys
	from := 0
	for i, to := range vecTo {
		d.vecs[i] = b.vec[from:to:to]
		from = to
	}

	// A capital that does not start a sentence marks a name; a
	// sentence-initial capital alone proves nothing.
	for _, c := range cands {
		if c.capital && !c.first {
			v.terms[c.term].name = true
		}
	}
	entStore := emptied(sc.entStore, len(cands))
	nEnts := int32(0)
	for i, c := 0, 0; i < len(sents); i++ {
		entFrom := len(entStore)
		for ; c < len(cands) && cands[c].sent == int32(i); c++ {
			w := &cands[c]
			t := &v.terms[w.term]
			if !w.number && !t.name {
				continue
			}
			if t.ent == 0 {
				nEnts++
				t.ent = nEnts
			}
			if e := t.ent - 1; !slices.Contains(entStore[entFrom:], e) {
				entStore = append(entStore, e)
			}
		}
		d.ents[i] = entStore[entFrom:len(entStore):len(entStore)]
	}
	sc.entStore = entStore

	// Weight terms by tf-idf over the article's sentences and scale each
	// vector to unit length, so a dot product is the cosine.
	// Most stems are in one sentence or a few, so each idf value is
	// computed once for its df and reused.
	idf := zeroed(sc.idf, len(df))
	idfOf := zeroed(sc.idfOf, n+1) // per df, its idf; 0 until computed
	sc.idf, sc.idfOf = idf, idfOf
	for t, c := range df {
		if c > 0 {
			if idfOf[c] == 0 {
				idfOf[c] = float32(math.Log(float64(n+1)/float64(c)) + 1)
			}
			idf[t] = idfOf[c]
		}
	}
	for _, vec := range d.vecs {
		var norm float64
		for k := range vec {
			w := float64(idf[vec[k].term])
			if tf := vec[k].w; tf > 1 {
				w *= 1 + math.Log(float64(tf))
			}
			vec[k].w = float32(w)
			norm += w * w
		}
		if norm > 0 {
			inv := float32(1 / math.Sqrt(norm))
			for k := range vec {
				vec[k].w *= inv
			}
		}
	}
	d.df = df
	d.vocab = v
	// An entity's weight is the number of sentences naming it.
	d.entW = zeroed(d.entW, int(nEnts))
	for _, ents := range d.ents {
		for _, e := range ents {
			d.entW[e]++
		}
	}
	return d
}

// entityWord is a capitalized word or a number, which may name an entity,
// and the sentence it is in.
type entityWord struct {
	rankWord
	sent int32
}

// rankExtraStopwords are the reporting words and titles that fill news
// sentences whatever they are about.
var rankExtraStopwords = [...]string{"said", "says", "also", "would", "could", "mr", "mrs", "ms"}

// rankWordLists tells, in one lookup, whether a word is a stopword to
// ranking (the stopwords, rankExtraStopwords, the stopwords with an
// apostrophe written ’) or the key word of a boilerplate phrase.
var rankWordLists = newShortWordSet(englishStopwords[:], rankExtraStopwords[:], curlyApostrophes(englishStopwords[:]), boilerplateKeys)

// The lists of rankWordLists.
const (
	rankStopLists = 1<<0 | 1<<1 | 1<<2
	rankKeyList   = 1 << 3
)

// curlyApostrophes returns the words of list that have an apostrophe,
// written with ’ instead.
func curlyApostrophes(list []string) []string {
	var out []string
	for _, w := range list {
		if strings.Contains(w, "'") {
			out = append(out, strings.ReplaceAll(w, "'", "’"))
		}
	}
	return out
}

// sortTerms sorts the term counts of a sentence by term. They come mostly
// in order, as stems are numbered as the article first uses them, so an
// insertion sort beats the general one on all but long sentences.
func sortTerms(vec []termWeight) {
	if len(vec) > 48 {
		slices.SortFunc(vec, func(a, b termWeight) int { return cmp.Compare(a.term, b.term) })
		return
	}
	for i := 1; i < len(vec); i++ {
		x := vec[i]
		j := i
		for ; j > 0 && vec[j-1].term > x.term; j-- {
			vec[j] = vec[j-1]
		}
		vec[j] = x
	}
}
