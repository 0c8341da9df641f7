package summarize

import (
	"encoding/binary"
	"math"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The extractor's own word scanner: it keeps what names, dates and numbers
// need (acronyms such as "U.S." and "a.m." whole, abbreviations with their
// period, the possessive "’s" apart, hyphens as separate marks) and is
// cheap enough to run at tens of megabytes a second.

type tokKind uint8

const (
	tWord tokKind = iota
	tNum
	tPunct
)

// token is one token of the text, 20 bytes: the article's tokens are read
// over and over by every pass of the extractor and by ranking. The index
// of its sentence is kept apart (see sentRun).
type token struct {
	start int32  // byte offsets of the token in the text
	end   int32  //
	word  int32  // number of its lower-case form in the word table; -1 for a mark
	lex   lexBit // what the hot loops need to know of the word
	kind  tokKind
	flags tokFlag
	upper bool   // starts with an upper-case letter
	bits  tokBit // what the extractor's rules need to know of the token
}

// tokBit holds a token's yes-or-no facts; the methods of the same names
// read them.
type tokBit uint8

const (
	tokCaps   tokBit = 1 << iota // two or more letters, all upper-case
	tokFirst                     // at the start of a sentence or right after an opening quote
	tokGlued                     // no space between this token and the previous one
	tokUsed                      // taken by a dateline, date, time or number
	tokDigits                    // a number made of digits only (no suffix)
	tokApos                      // a word with an apostrophe inside ("we'll", "O’Brien")
)

func (t *token) caps() bool   { return t.bits&tokCaps != 0 }
func (t *token) first() bool  { return t.bits&tokFirst != 0 }
func (t *token) glued() bool  { return t.bits&tokGlued != 0 }
func (t *token) used() bool   { return t.bits&tokUsed != 0 }
func (t *token) digits() bool { return t.bits&tokDigits != 0 }

// set sets bit b when on.
func (t *token) set(b tokBit, on bool) {
	if on {
		t.bits |= b
	}
}

// tokFlag says what ranking needs to know of a token.
type tokFlag uint8

const (
	tokPlain tokFlag = 1 << iota // one word as ranking splits words: ASCII letters and digits, or a number
	tokDigit                     // holds a digit
)

// lexBit marks what the word lists say of a word, so that each token
// costs one map lookup instead of one a list.
type lexBit uint32

const (
	lexDate        lexBit = 1 << iota // may start a date or time phrase
	lexNumber                         // a spelled-out number
	lexFuture                         // makes a sentence speak of the future
	lexTitleHead                      // ends a title: "Minister"
	lexTitleMod                       // may open a title: "Foreign"
	lexTitleDomain                    // follows "of" in a title: "State"
	lexHonorific                      // "Mr."
	lexOrgCue                         // "Ministry", "Ministries"
	lexFirstName                      // "Antony"
	lexPlace                          // a one-word place: "Taipei"
	lexDemonym                        // "Chinese"
	lexNever                          // never starts a name at a sentence start
	lexNotPerson                      // never in a person's name
	lexPlaceSuffix                    // "County", "Street"
	lexSpeech                         // "said"
	lexParticle                       // "van", "de"
	lexJoin                           // "of", "and"
	lexRoleNoun                       // "spokesman"
	lexKnownOrg                       // a one-word known organization: "Nato"
	lexUnit                           // a scale, currency or unit word after a number: "million", "dollars", "miles"
)

// lexicon holds the lexBits of every word that has some; lexWords holds
// the same in a word table, whose probe costs less than a map lookup.
// lexLower keeps only the bits the rules test on lower-case words, and
// lowerLen the first letters and lengths of its words, which spare most
// lower-case words the probe. Each distinct word of an article is looked
// up once per case it is written in (see wordTable.lexOf).
var (
	lexicon  = buildLexicon()
	lexWords = buildLexWords(lexicon)
	lexLower = buildLexLower(lexicon)
	lowerLen = buildLowerLen(lexLower)
	lexHash  = buildLexHash(lexicon)
)

// lexHashBits is the size of lexHash in bits, a power of two.
const lexHashBits = 1 << 16

// buildLexHash sets, for each word of the lexicon, the bit of lexHash
// that bits 16 to 31 of its hash pick: with some two thousand words a
// twentieth of the bits are set, so that most words the lexicon lacks
// are told so by one bit of an 8 KB table (see lexMayHold) instead of a
// probe of the lexicon's 64 KB of slots.
func buildLexHash(m map[string]lexBit) *[lexHashBits / 64]uint64 {
	var f [lexHashBits / 64]uint64
	for w := range m {
		k := hashWord(w) >> 16 % lexHashBits
		f[k/64] |= 1 << (k % 64)
	}
	return &f
}

// lexMayHold reports whether the lexicon may hold the word whose hash is
// h: false means it does not.
func lexMayHold(h uint32) bool {
	k := h >> 16 % lexHashBits
	return lexHash[k/64]&(1<<(k%64)) != 0
}

// buildLexWords puts the lexicon in a word table, each word's bits in its
// lex slot. The table is never changed after; it is a quarter full, for
// short probes of the many words it does not hold.
func buildLexWords(m map[string]lexBit) *wordTable {
	t := makeWordTable(2 * len(m))
	for w, b := range m {
		t.lex[t.id(w)] = b
	}
	return t
}

// buildLowerLen records, for each first byte, the word lengths found in
// lexLower (bit n for length n, up to 31), so that most lower-case words
// skip the lookup.
func buildLowerLen(m map[string]lexBit) *[256]uint32 {
	var f [256]uint32
	for w := range m {
		if len(w) < 32 {
			f[w[0]] |= 1 << len(w)
		}
	}
	return &f
}

// lowerBits are the bits tested on lower-case words.
const lowerBits = lexDate | lexNumber | lexFuture | lexSpeech | lexParticle | lexJoin | lexTitleDomain | lexUnit

func buildLexLower(all map[string]lexBit) map[string]lexBit {
	m := map[string]lexBit{}
	for w, b := range all {
		if b&lowerBits != 0 {
			m[w] = b & lowerBits
		}
	}
	return m
}

func buildLexicon() map[string]lexBit {
	m := map[string]lexBit{}
	set := func(w string, b lexBit) { m[w] |= b }
	sets := []struct {
		words map[string]bool
		bit   lexBit
	}{
		{futureCues, lexFuture}, {titleHeads, lexTitleHead}, {titleModifiers, lexTitleMod},
		{titleDomains, lexTitleDomain}, {honorifics, lexHonorific}, {orgCues, lexOrgCue},
		{firstNames, lexFirstName}, {neverName, lexNever}, {notPersonWord, lexNotPerson},
		{placeSuffixes, lexPlaceSuffix}, {speechVerbs, lexSpeech}, {nameParticles, lexParticle},
		{joinWords, lexJoin}, {roleNouns, lexRoleNoun},
	}
	for _, s := range sets {
		for w := range s.words {
			set(w, s.bit)
		}
	}
	for w := range orgCues {
		if len(w) > 2 && !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, ".") {
			set(w+"s", lexOrgCue)
		}
	}
	for w := range gaz.place {
		if strings.IndexByte(w, ' ') < 0 {
			set(w, lexPlace)
		}
	}
	for w := range gaz.demonym {
		set(w, lexDemonym)
	}
	for w := range knownOrgs {
		if strings.IndexByte(w, ' ') < 0 {
			set(w, lexKnownOrg)
		}
	}
	for w := range weekdays {
		set(w, lexDate)
	}
	for w := range months {
		set(w, lexDate)
	}
	for w := range relativeWords {
		set(w, lexDate)
	}
	for _, w := range []string{"today", "tonight", "yesterday", "tomorrow", "noon", "midday", "midnight", "earlier", "later"} {
		set(w, lexDate)
	}
	for w := range wordNumbers {
		set(w, lexNumber)
	}
	for _, m := range []map[string]string{currencyWords, units} {
		for w := range m {
			set(w, lexUnit)
		}
	}
	for w := range scales {
		set(w, lexUnit)
	}
	return m
}

// abbrevs keep their final period: "Sen.", "Inc.", "Jan.".
var abbrevs = wordSet(`mr mrs ms dr sen gov rep st jr sr inc corp co ltd gen lt col sgt
	capt prof rev mt ft jan feb aug sept sep oct nov dec vs adm maj cpl pvt dept est messrs
	gens reps sens supt insp det mme`)

// abbrevLen records, for each first letter, the lengths of the abbrevs
// starting with it (bit n for length n), so that most words before a
// period, sentences' last words, skip the lookup.
var abbrevLen = func() (f [256]uint32) {
	for w := range abbrevs {
		f[w[0]] |= 1 << len(w)
	}
	return f
}()

// mayAbbrev reports whether the lower-case word w may be one of abbrevs:
// false means it is not.
func mayAbbrev(w string) bool { return len(w) < 32 && abbrevLen[w[0]]&(1<<len(w)) != 0 }

// has reports whether toks[k] carries any of the bits.
func (x *extractor) has(k int, b lexBit) bool { return x.toks[k].lex&b != 0 }

// inList reports whether the lower-case word of t is in list, whose
// words carry the lexicon bit b. A capitalized word's bits were looked up
// in full, and a lower-case word's lowerBits, so these answer without a
// lookup; for other bits of lower-case words and for other tokens, the
// list does.
func (x *extractor) inList(t *token, list map[string]bool, b lexBit) bool {
	if t.kind == tWord && (t.upper || b&^lowerBits == 0) {
		return t.lex&b != 0
	}
	return list[x.lowerOf(t)]
}

// neverWord reports whether t's word, or its part before an apostrophe
// ("we'll"), never starts a name: neverName[contractionHead(w)].
func (x *extractor) neverWord(t *token) bool {
	if t.bits&tokApos == 0 {
		return x.inList(t, neverName, lexNever)
	}
	return neverName[contractionHead(x.lowerOf(t))]
}

// Tokens hold no strings, so that the slice costs the garbage collector
// nothing; these give a token's text and its lowercased form.

func (x *extractor) str(i int) string        { return x.strOf(&x.toks[i]) }
func (x *extractor) lower(i int) string      { return x.lowerOf(&x.toks[i]) }
func (x *extractor) strOf(t *token) string   { return x.text[t.s():t.e()] }
func (x *extractor) lowerOf(t *token) string { return x.low[t.s():t.e()] }
func (x *extractor) isYear(i int) bool       { return isYearToken(&x.toks[i], x.str(i)) }

func (t *token) s() int { return int(t.start) }
func (t *token) e() int { return int(t.end) }

// sentRun says that the tokens from tok on, up to the next run's, lie in
// sentence sent. Tokens come in sentence order, so a few runs (one a
// sentence) give every token's sentence.
type sentRun struct{ tok, sent int32 }

// sentOf returns the index of the sentence holding x.toks[k].
func (x *extractor) sentOf(k int) int {
	if x.run.lo <= k && k < x.run.hi || x.findRun(k) {
		return x.run.sent
	}
	return 0
}

// sentStart returns the index of the first token in the sentence of
// x.toks[k].
func (x *extractor) sentStart(k int) int {
	if x.run.lo <= k && k < x.run.hi || x.findRun(k) {
		return x.run.lo
	}
	return 0
}

// lastRun is the run of sentence sent that sentOf or sentStart found
// last: the tokens from lo up to hi. The passes ask mostly of tokens in
// text order, so they look there first, and are small enough to inline.
type lastRun struct{ lo, hi, sent int }

// findRun looks for the run holding x.toks[k], the last one starting at
// or before k, by binary search, and makes it x.run; it reports whether
// there is one.
func (x *extractor) findRun(k int) bool {
	runs := x.sentRuns
	lo, hi := 0, len(runs) // runs before lo start at or before k; from hi on, after
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if int(runs[mid].tok) <= k {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	r := lo - 1
	if r < 0 {
		return false
	}
	x.run = lastRun{int(runs[r].tok), math.MaxInt, int(runs[r].sent)}
	if r+1 < len(runs) {
		x.run.hi = int(runs[r+1].tok)
	}
	return true
}

// tokenIndex lists, in text order, the tokens that the extractor's passes
// start from, so that each pass skips the rest without reading them.
type tokenIndex struct {
	capWords  []int32 // capitalized words: names start there
	quantity  []int32 // numbers, calendar and number words, currency signs
	datelines []int32 // words in capitals and "(" at a sentence or line start
}

// scanTokens splits text into tokens, records their sentences in runs
// and indexes them. low is lowerText(text), which the tokens' spans also
// index; tab numbers the tokens' words.
//
// The slices are s's, grown when too small, and kept there for the next
// call; s nil means new ones.
//
// Each token is written in place in the slice, and the word scanners
// return plain values: a struct of more than four fields lives in memory,
// and copying one just written field by field stalls the processor.
func scanTokens(text, low string, sents []Sentence, tab *wordTable, s *factsScratch) ([]token, []sentRun, tokenIndex) {
	if s == nil {
		s = new(factsScratch)
	}
	toks := grown(s.toks, strings.Count(text, " ")*5/4+16)
	runs := grown(s.runs, len(sents)+1)
	// cnndm-dev has a capitalized word in every 35 bytes (at most 15) and
	// a number or calendar word in every 140 (at most 50)
	ix := tokenIndex{
		capWords:  grown(s.index.capWords, len(text)/32+8),
		quantity:  grown(s.index.quantity, len(text)/100+8),
		datelines: s.index.datelines[:0],
	}
	// si is the sentence the scanner is in or before; the tokens from
	// nextEnd on lie past it, and sentBegin is where it starts.
	si := 0
	nextEnd, sentBegin := math.MaxInt, -1
	if len(sents) > 0 {
		nextEnd, sentBegin = sents[0].Span.End, sents[0].Span.Start
	}
	sent := int32(0)     // the token's sentence: si, the last one past them all
	runSent := int32(-1) // the sentence of the last run
	atStart := true      // next word starts a sentence
	prevEnd := -1
	// The sentence bookkeeping is done only from the offset next on: the
	// first token, and then the next sentence's start or end, whichever
	// comes first.
	next := 0
	for i := 0; i < len(text); {
		c := text[i]
		if asciiClass[c]&clsBlank != 0 {
			i++
			continue
		}
		n := len(toks)
		if i >= next {
			if i >= nextEnd {
				for si < len(sents) && i >= sents[si].Span.End {
					si++
					atStart = true
				}
				nextEnd, sentBegin = math.MaxInt, -1
				if si < len(sents) {
					nextEnd, sentBegin = sents[si].Span.End, sents[si].Span.Start
					sent = int32(si)
				} else {
					sent = int32(len(sents) - 1)
				}
			}
			if i == sentBegin {
				atStart = true
			}
			if sent != runSent {
				runs = append(runs, sentRun{int32(n), sent})
				runSent = sent
			}
			next = nextEnd
			if sentBegin > i {
				next = min(next, sentBegin)
			}
		}
		// The token is cleared and filled in its slot: appending a
		// composite literal builds it on the stack first and copies it
		// with wide loads right after narrow stores, which stall.
		if n == cap(toks) {
			toks = slices.Grow(toks, 1)
		}
		toks = toks[:n+1]
		t := &toks[n]
		*t = token{}
		t.start, t.word = int32(i), -1
		if prevEnd == i {
			t.bits = tokGlued
		}
		if cls := asciiClass[c]; cls&clsLetter != 0 {
			// Most words are ASCII: one pass finds the end, the case, the
			// ranking flags and the hash of the lower-case form.
			end, h, key, flags, bits := scanASCIIWord(text, low, i)
			t.end, t.kind, t.flags = int32(end), tWord, flags
			t.upper = cls&clsUpper != 0
			if !t.upper {
				bits &^= tokCaps
			}
			t.bits |= bits
			if id, b, ok := tab.knownWord(h, key, t.upper); ok {
				t.word, t.lex = id, b
			} else if slot, free := tab.homeFree(h); free {
				t.word, t.lex = tab.addLex(slot, low[i:end], h, key, t.upper) // a new word
			} else {
				t.word, t.lex = tab.idLex(low[i:end], h, key, t.upper)
			}
			if atStart {
				t.set(tokFirst, !afterAbbrev(toks[:n], text, low))
				atStart = false
			}
			// ix.addWord(t, int32(n), text), which is too large to inline
			if t.upper {
				ix.capWords = append(ix.capWords, int32(n))
				if t.caps() {
					ix.addCaps(t, int32(n), text)
				}
			}
			if t.lex&(lexDate|lexNumber) != 0 {
				ix.quantity = append(ix.quantity, int32(n))
			}
			prevEnd, i = end, end
			if end < len(text) && text[end] == ' ' {
				i++ // the blank that follows most words, skipped here
			}
			continue
		}
		if cls := asciiClass[c]; cls&clsDigit != 0 {
			end, digitsOnly := scanNumber(text, i)
			t.end, t.kind, t.flags = int32(end), tNum, plainFlags(text[i:end], tNum)
			if digitsOnly {
				t.bits |= tokDigits
			}
			t.word = tab.id(low[i:end])
			atStart = false
			ix.quantity = append(ix.quantity, int32(n))
		} else if r, size := utf8.DecodeRuneInString(text[i:]); c >= utf8.RuneSelf && unicode.IsLetter(r) {
			end := scanFactWord(text, i)
			w := low[i:end]
			h := hashWord(w)
			t.end, t.kind = int32(end), tWord
			t.upper = unicode.IsUpper(r)
			t.set(tokCaps, t.upper && isAllCaps(text[i:end]))
			t.set(tokApos, strings.ContainsAny(text[i:end], "'’"))
			t.flags = plainFlags(text[i:end], tWord)
			t.word = tab.idHash(w, h)
			t.lex = tab.lexOf(t.word, t.upper, h)
			if atStart {
				t.set(tokFirst, !afterAbbrev(toks[:n], text, low))
				atStart = false
			}
			ix.addWord(t, int32(n), text)
		} else {
			t.end, t.kind = int32(i+size), tPunct
			// an opening quote mark makes the next word sentence-like
			if r == '“' || r == '‘' || ((r == '"' || r == '\'') && i+1 < len(text) && text[i+1] != ' ') {
				atStart = true
			}
			ix.addPunct(t, int32(n), text)
		}
		prevEnd = t.e()
		i = t.e()
	}
	s.toks, s.runs, s.index = toks, runs, ix
	return toks, runs, ix
}

// addWord indexes t, the n-th token of text, a word.
func (ix *tokenIndex) addWord(t *token, n int32, text string) {
	if t.upper {
		ix.capWords = append(ix.capWords, n)
		if t.caps() {
			ix.addCaps(t, n, text)
		}
	}
	if t.lex&(lexDate|lexNumber) != 0 {
		ix.quantity = append(ix.quantity, n)
	}
}

// addCaps indexes t, the n-th token of text, a word in capitals.
func (ix *tokenIndex) addCaps(t *token, n int32, text string) {
	if t.first() || lineStart(text, t.s()) {
		ix.datelines = append(ix.datelines, n)
	}
}

// addPunct indexes t, the n-th token of text, a mark.
func (ix *tokenIndex) addPunct(t *token, n int32, text string) {
	switch c := text[t.s()]; {
	case c == '$' || c >= utf8.RuneSelf && currencySymbols[text[t.s():t.e()]] != "":
		// every currency sign but "$" is beyond ASCII
		ix.quantity = append(ix.quantity, n)
	case c == '(' && (t.first() || lineStart(text, t.s())):
		ix.datelines = append(ix.datelines, n)
	}
}

// asciiClass classes the ASCII bytes for the scanner.
var asciiClass = func() (cls [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		cls[c] = clsLetter | clsLower
		cls[c-'a'+'A'] = clsLetter | clsUpper
	}
	for c := '0'; c <= '9'; c++ {
		cls[c] = clsDigit
	}
	for _, c := range " \t\n\r" {
		cls[c] = clsBlank
	}
	for _, c := range ".'&" {
		cls[c] = clsWordEnd
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		cls[c] = clsWordEnd
	}
	return cls
}()

const (
	clsLetter  = 1 << iota // an ASCII letter (bit 0: adding it counts letters)
	clsUpper               // an upper-case one
	clsLower               // a lower-case one
	clsDigit               // an ASCII digit
	clsBlank               // a space, tab or line end between tokens
	clsWordEnd             // after an ASCII word, a byte that may make it longer: '.', '\'', '&', one beyond ASCII
)

// scanASCIIWord reads the word that starts with the ASCII letter at i and
// returns its end, the hash of its lower-case form (hashWord), its ranking
// flags and its bits tokCaps (no lower-case letter and two or more
// letters) and tokApos. It reads a plain ASCII word (letters and digits,
// perhaps an abbreviation's period) in one pass, eight bytes at a time;
// anything else (an inner period or apostrophe, "AT&T", a letter beyond
// ASCII) goes to scanFactWord, whose end it always equals.
func scanASCIIWord(text, low string, i int) (end int, h uint32, key uint64, flags tokFlag, tb tokBit) {
	if i+8 <= len(text) {
		// The most common word first: fewer than eight letters, one of
		// them lower-case, then a byte that surely ends it (no letter or
		// digit, none of clsWordEnd).
		x := le64(text, i)
		y := x&^swarHigh | swarLower // as in letterDigitBytes
		letter := (y + (0x80-'a')*swarOnes) &^ (y + (0x80-'z'-1)*swarOnes) &^ x & swarHigh
		n := bits.TrailingZeros64(swarHigh&^letter) / 8
		keep := uint64(1)<<(8*n) - 1
		if n < 8 && asciiClass[text[i+n]]&(clsDigit|clsWordEnd) == 0 && letter&(x<<2)&keep != 0 {
			key = y & keep
			return i + n, endHash(mixWord(0, key), n), key, tokPlain, 0
		}
		if n == 8 && i+16 <= len(text) {
			// the same for eight to fifteen letters in two groups
			x2 := le64(text, i+8)
			y2 := x2&^swarHigh | swarLower
			letter2 := (y2 + (0x80-'a')*swarOnes) &^ (y2 + (0x80-'z'-1)*swarOnes) &^ x2 & swarHigh
			n2 := bits.TrailingZeros64(swarHigh&^letter2) / 8
			keep2 := uint64(1)<<(8*n2) - 1
			if n2 < 8 && asciiClass[text[i+8+n2]]&(clsDigit|clsWordEnd) == 0 &&
				(letter&(x<<2)|letter2&(x2<<2)&keep2) != 0 {
				if n2 == 0 {
					key = y // eight letters: the first group is the word
				}
				return i + 8 + n2, endHash(mixWord(mixWord(0, y), y2&keep2), 8+n2), key, tokPlain, 0
			}
		}
	}
	var hw uint64            // the hash of the groups of eight bytes read
	var digits, lower uint64 // nonzero once a digit, a lower-case letter is met
	j := i
	for {
		if j+8 > len(text) {
			// fewer than eight bytes left: one at a time
			group := uint64(0)
			for k := 0; j < len(text); j, k = j+1, k+1 {
				c := text[j]
				cls := asciiClass[c]
				if cls&(clsLetter|clsDigit) == 0 {
					break
				}
				group |= uint64(c|0x20) << (8 * k)
				digits |= uint64(cls & clsDigit)
				lower |= uint64(cls & clsLower)
			}
			if key == 0 {
				key = group
			}
			hw = mixWord(hw, group)
			break
		}
		x := le64(text, j)
		letter, digit := letterDigitBytes(x)
		// the bytes up to the first that is no letter or digit, all eight
		// when there is none (a shift by 64 gives 0)
		n := bits.TrailingZeros64(swarHigh&^(letter|digit)) / 8
		keep := uint64(1)<<(8*n) - 1
		letter &= keep
		digits |= digit & keep
		lower |= letter & (x << 2) // bit 5 of each byte, set in lower case, moved to bit 7
		// ASCII letters and digits have bit 0x20 set once lowered
		group := (x | swarLower) & keep
		if key == 0 {
			key = group // the first group (no letter or digit is zero)
		}
		hw = mixWord(hw, group)
		j += n
		if n < 8 {
			break
		}
	}
	end, flags = j, tokPlain
	if digits != 0 {
		flags |= tokDigit
	}
	if lower == 0 && twoLetters(text[i:j]) {
		// letters are counted only here: few words have no lower-case one
		tb = tokCaps
	}
	h = endHash(hw, j-i)
	if j-i > 8 {
		key = 0 // the first group is a key only when it is the whole word
	}
	if j < len(text) && asciiClass[text[j]]&clsWordEnd != 0 {
		switch c := text[j]; {
		case c == '.':
			if j-i <= 2 && shortSegment(text, j+1) {
				return slowWord(text, low, i) // "U.S."
			}
			if j-i == 1 && isASCIIUpper(text[i]) || mayAbbrev(low[i:j]) && abbrevs[low[i:j]] {
				// "Sen.", "J.": the period is part of the word
				end++
				h, key = hashWord(low[i:end]), 0
				flags &^= tokPlain
			}
		case c == '\'':
			if apostropheInside(text, j+1) {
				return slowWord(text, low, i) // "O'Brien"
			}
		case c == '&':
			if j+1 < len(text) && isASCIIUpper(text[j+1]) && j > i && isASCIIUpper(text[j-1]) {
				return slowWord(text, low, i) // "AT&T"
			}
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(text[j:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) ||
				r == '’' && apostropheInside(text, j+size) {
				return slowWord(text, low, i)
			}
		}
	}
	return end, h, key, flags, tb
}

// twoLetters reports whether w, ASCII letters and digits, holds two
// letters or more.
func twoLetters(w string) bool {
	n := 0
	for i := 0; i < len(w) && n < 2; i++ {
		n += int(asciiClass[w[i]] & clsLetter)
	}
	return n >= 2
}

// slowWord reads the word at i with scanFactWord and looks at it again
// for what scanASCIIWord finds in one pass.
func slowWord(text, low string, i int) (end int, h uint32, key uint64, flags tokFlag, bits tokBit) {
	end = scanFactWord(text, i)
	w := text[i:end]
	if isAllCaps(w) {
		bits |= tokCaps
	}
	if strings.ContainsAny(w, "'’") {
		bits |= tokApos
	}
	return end, hashWord(low[i:end]), 0, plainFlags(w, tWord), bits
}

// plainFlags tells whether a word or number token is one word as ranking
// splits them (ASCII letters and digits; a number with no colon) and
// whether it holds a digit.
func plainFlags(w string, kind tokKind) tokFlag {
	f := tokPlain
	if kind == tNum {
		f |= tokDigit
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case isASCIILetter(c):
		case isDigitByte(c):
			f |= tokDigit
		case kind == tNum && (c == ',' || c == '.'):
		default:
			return f &^ tokPlain
		}
	}
	return f
}

// lowerText lowers the ASCII letters of text in one copy (or none when it
// has no capitals), so that tokens can share it. From the first capital
// on, the copy is lowered eight bytes at a time in a buffer on the stack
// and written a buffer at a time.
func lowerText(text string) string {
	i := nextUpper(text, 0)
	if i == len(text) {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	b.WriteString(text[:i])
	writeLower(&b, text[i:])
	return b.String()
}

// writeLower writes text to b with its ASCII capitals lowered, eight bytes
// at a time through a stack buffer.
func writeLower(b *strings.Builder, text string) {
	i := 0
	var buf [512]byte
	for i+8 <= len(text) {
		n := 0
		for ; n < len(buf) && i+8 <= len(text); n, i = n+8, i+8 {
			x := le64(text, i)
			binary.LittleEndian.PutUint64(buf[n:], x|upperBytes(x)>>2) // 0x80 >> 2 is 'a' - 'A'
		}
		b.Write(buf[:n])
	}
	for ; i < len(text); i++ {
		c := text[i]
		if isASCIIUpper(c) {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
}

// nextUpper returns the index of the first ASCII capital in text from i
// on, len(text) if none, reading eight bytes at a time.
func nextUpper(text string, i int) int {
	for ; i+8 <= len(text); i += 8 {
		if upper := upperBytes(le64(text, i)); upper != 0 {
			return i + bits.TrailingZeros64(upper)/8
		}
	}
	for ; i < len(text) && !isASCIIUpper(text[i]); i++ {
	}
	return i
}

// afterAbbrev reports whether the last token is an abbreviation or
// acronym with its period ("U.S.", "Sen."): a sentence break right after
// one is more likely a splitter's mistake than a real end.
func afterAbbrev(toks []token, text, low string) bool {
	if len(toks) == 0 {
		return false
	}
	p := &toks[len(toks)-1]
	w := text[p.s():p.e()]
	if p.kind != tWord || !strings.HasSuffix(w, ".") {
		return false
	}
	w = w[:len(w)-1]
	return strings.IndexByte(w, '.') >= 0 || abbrevs[low[p.s():p.e()-1]]
}

// scanFactWord returns the end of the word that starts at i.
func scanFactWord(text string, i int) int {
	j := i
	segLen := 0 // letters since the last inner period
	dotted := false
	for j < len(text) {
		c := text[j]
		if c < utf8.RuneSelf {
			switch {
			case isASCIILetter(c) || (c >= '0' && c <= '9'):
				j++
				segLen++
				continue
			case c == '.' && segLen <= 2 && shortSegment(text, j+1):
				// "U.S", "a.m", "D.C": short letter groups split by periods
				j++
				segLen = 0
				dotted = true
				continue
			case c == '\'':
				if apostropheInside(text, j+1) {
					j++
					continue
				}
			case c == '&' && j+1 < len(text) && isASCIIUpper(text[j+1]) && j > i && isASCIIUpper(text[j-1]):
				j++
				continue
			}
			break
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			j += size
			segLen++
			continue
		}
		if r == '’' && apostropheInside(text, j+size) {
			j += size
			continue
		}
		break
	}
	if j < len(text) && text[j] == '.' {
		w := text[i:j]
		if dotted || (len(w) == 1 && isASCIIUpper(w[0])) || abbrevs[strings.ToLower(w)] {
			j++
		}
	}
	return j
}

// apostropheInside reports whether an apostrophe followed by text[k:]
// belongs inside a word ("O'Brien", "don't") rather than ending it (the
// possessive "’s", a closing quote).
func apostropheInside(text string, k int) bool {
	if k >= len(text) || !isASCIILetter(text[k]) {
		return false
	}
	if (text[k] == 's' || text[k] == 'S') && (k+1 >= len(text) || !isASCIILetter(text[k+1])) {
		return false
	}
	return true
}

// scanNumber returns the end of the number that starts at i ("1,200",
// "3.5", "10:30", "5bn", "1990s") and whether it is digits only.
func scanNumber(text string, i int) (int, bool) {
	j := i
	only := true
	for j < len(text) {
		c := text[j]
		switch {
		case c >= '0' && c <= '9':
			j++
			continue
		case c == ',' && thousandsGroup(text, j+1):
			j++
			only = false
			continue
		case (c == '.' || c == ':') && j+1 < len(text) && isDigitByte(text[j+1]):
			j++
			only = false
			continue
		}
		break
	}
	// a glued suffix: "5th", "1990s", "5bn", "10km", "3pm"
	k := j
	for k < len(text) && isASCIILetter(text[k]) && k-j < 3 {
		k++
	}
	if k > j && (k >= len(text) || !isASCIILetter(text[k])) {
		j = k
		only = false
	}
	return j, only
}

// shortSegment reports whether text[k:] starts with one or two letters
// and then no letter: the next group of an acronym ("U.S", "Ph.D").
func shortSegment(text string, k int) bool {
	n := 0
	for k+n < len(text) && isASCIILetter(text[k+n]) {
		n++
		if n > 2 {
			return false
		}
	}
	return n > 0
}

// thousandsGroup reports whether text[k:] starts with exactly three digits.
func thousandsGroup(text string, k int) bool {
	return k+3 <= len(text) && isDigitByte(text[k]) && isDigitByte(text[k+1]) && isDigitByte(text[k+2]) &&
		(k+3 == len(text) || !isDigitByte(text[k+3]))
}

func isASCIIUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func isDigitByte(c byte) bool  { return c >= '0' && c <= '9' }

// isAllCaps reports whether a word has two or more letters and no
// lower-case one ("NATO", "U.S.", "TAIPEI").
func isAllCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}
