package summarize

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tkind is the kind of a frame token: the text around quotes is read as
// words and punctuation, each quote as one opaque token.
type tkind uint8

const (
	qWord  tkind = iota
	qPunct       // , : ; ( ) and dashes
	qStop        // . ! ? ending a sentence outside quote marks
	qQuote       // a whole quote, marks included
	qPara        // a paragraph break
)

// qtok is one frame token: a byte range of the text, its word classes
// (looked up once at tokenizing instead of once per question later) and,
// in the bits of cls above every class (tokFlags), its kind, whether a word
// starts with a capital letter and whether its lower-case form is one of its
// own. That form (with ’ read as ') is frame.lower over its range, or, for
// an own form, one the frame keeps for it (frame.lw). Twelve bytes, no
// pointers: the token slice is small and costs the garbage collector nothing
// to scan.
type qtok struct {
	s, e int32  // byte range; texts past 2 GiB are not news articles
	cls  wclass // the word's classes; readers test class bits only
}

// The bits of qtok.cls above the classes: the kind (three bits), whether
// the token is capitalized and whether its lower-case form is its own.
const (
	tokKindShift        = 27
	tokCap       wclass = 1 << 30
	tokOwn       wclass = 1 << 31
	tokFlags            = 7<<tokKindShift | tokCap | tokOwn
	allWordClass        = wPassiveAux<<1 - 1
	_                   = uint32(1<<tokKindShift - 1 - allWordClass) // fails to compile should a class reach the flags
)

// newTok returns a token of kind k over text[s:e] with word classes cls.
func newTok(s, e int, k tkind, cls wclass, capital, own bool) qtok {
	cls |= wclass(k) << tokKindShift
	if capital {
		cls |= tokCap
	}
	if own {
		cls |= tokOwn
	}
	return qtok{s: int32(s), e: int32(e), cls: cls}
}

// kind returns the token's kind.
func (t qtok) kind() tkind { return tkind(t.cls>>tokKindShift) & 7 }

// capital reports whether the token is a word that starts with a capital.
func (t qtok) capital() bool { return t.cls&tokCap != 0 }

// hasOwn reports whether the token's lower-case form is one of its own.
func (t qtok) hasOwn() bool { return t.cls&tokOwn != 0 }

// ownLow is where the lower-case form of the token that starts at s lies
// in frame.lows: for a word that frame.lower cannot give (one with ’ or a
// non-ASCII letter, or on a line the caller's lower-case text blanks) and
// for a dash, which reads as "-".
type ownLow struct{ s, lo, hi int32 }

// S and E return a token's byte range as ints.
func (t qtok) S() int { return int(t.s) }
func (t qtok) E() int { return int(t.e) }

// abbrevs are the words whose trailing period belongs to the word and ends no
// sentence (titles, initials, months, company suffixes).
var quoteAbbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "sen": true, "rep": true, "gov": true, "gen": true,
	"lt": true, "col": true, "sgt": true, "capt": true, "adm": true, "maj": true, "prof": true, "rev": true,
	"st": true, "jr": true, "sr": true, "inc": true, "co": true, "corp": true, "ltd": true, "no": true,
	"jan": true, "feb": true, "aug": true, "sept": true, "sep": true, "oct": true, "nov": true, "dec": true,
	"vs": true, "mt": true, "ft": true, "atty": true, "supt": true, "pres": true, "messrs": true,
}

// asciiWordByte classifies the bytes of plain ASCII words: 1 for a
// lower-case letter or a digit, 3 for an upper-case letter, 0 for the rest.
var asciiWordByte = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = 1
		t[c-'a'+'A'] = 3
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = 1
	}
	return t
}()

// tokenize splits f.text into frame tokens, each quote region one token.
// f.lower must hold the text with ASCII capitals lowered (lowerText) from
// byte lowFrom on; the words and punctuation before it keep lower-case
// forms of their own.
//
// Most words are plain ASCII letters and digits ended by a space or
// punctuation; those take a fast path that finds the word's end and notes
// its capitals eight bytes at a time. The rest (words with an apostrophe,
// hyphen or period inside, non-ASCII letters) take the general path of
// wordEnd and appendLower.
func (f *frame) tokenize(regions []qregion, lowFrom int) {
	text := f.text
	f.toks = reuse(f.s.toks, len(text)*2/9+16) // about 5.4 bytes a token in news text, rarely under 4.5
	f.own = nil
	var lows strings.Builder
	// Besides the tokens, tokenize lists the quote tokens, the capitalized
	// words and the sentences that hold a cue word (indirect), so that the
	// readers after it need not walk every token again. A sentence ends at
	// a sentence stop, a paragraph break or a quote that ends with . ? or !.
	f.quotes = reuse(f.s.quotes, len(regions))
	f.caps = reuse(f.s.caps, len(text)/32+8) // a capital about every 37 bytes of news text
	f.cueSents = f.s.cueSents[:0]
	// The sentence read now starts at token f.sentStart and has words of the
	// classes sentCls. (No closures here: a variable a closure captures
	// lives in memory, and sentCls is updated at every word. The lists and
	// sentStart, in turn, are kept in f: carried as locals they would be
	// spilled at every turn of the loop, which keeps more state than there
	// are registers, though they change only a few times a sentence.)
	f.sentStart = 0
	sentCls := wclass(0)
	k := 0
	next := len(text) // where the next quote region opens
	if len(regions) > 0 {
		next = regions[0].open
	}
	for i := 0; i < len(text); {
		// Words and punctuation up to the next quote region (or the end).
		for i < next {
			c := text[i]
			if asciiWordByte[c] != 0 && i >= lowFrom {
				// j is where the run of letters and digits from i ends, read
				// eight bytes at a time.
				var j int
				if i+8 > len(text) {
					j = asciiWordEnd(text, i)
				} else if v := le64(text, i); nonAlnumBytes(v) == 0 {
					j = asciiWordEnd(text, i+8)
				} else {
					// The fastest path: a word of fewer than eight letters
					// and digits, read as one number, that ends in a space or
					// punctuation other than a period.
					j = i + bits.TrailingZeros64(nonAlnumBytes(v))>>3
					if b := text[j]; b == ' ' || b == ',' || b == '\n' || b != '.' && !mayJoinWord(text, j) {
						var cls wclass
						if key := shortKey(v|swarLower, j-i); shortClasses.mayHold(key) {
							// shortBucket.classes, written out: the compiler
							// would not inline it, and a call makes this loop
							// save and reload its state.
							b := shortClasses.bucket(key)
							cls = b[0].val&eqMask(b[0].key, key) | b[1].val&eqMask(b[1].key, key) |
								b[2].val&eqMask(b[2].key, key) | b[3].val&eqMask(b[3].key, key)
						}
						capital := asciiWordByte[c] == 3
						f.toks = append(f.toks, qtok{s: int32(i), e: int32(j), cls: cls | wclass(asciiWordByte[c]&2)*(tokCap/2)}) // tokCap for a capital
						sentCls |= cls
						if capital {
							f.caps = append(f.caps, int32(len(f.toks)-1))
						}
						i = j
						if b == ' ' {
							i++
						}
						continue
					}
				}
				// The fast path: letters and digits up to a byte that cannot
				// join the word. A joiner (' - & / .) with a letter, digit or
				// non-ASCII byte after it, or a non-ASCII byte, leaves the word
				// to the general path.
				if j == len(text) || !mayJoinWord(text, j) {
					e := j
					if j < len(text) && text[j] == '.' && isAbbrev(text[i:j]) {
						e = j + 1
					}
					var cls wclass
					switch {
					case e-i <= 8 && i+8 <= len(text):
						// shortTable.get behind its filter, read inline:
						// most words are in no class.
						if key := shortKey(le64(text, i)|swarLower, e-i); shortClasses.mayHold(key) {
							cls = shortClasses.bucket(key).classes(key)
						}
					case e-i <= 16 && i+16 <= len(text):
						// Likewise for the long-word table.
						if v0, v1 := le64(text, i)|swarLower, le64(text, i+8)|swarLower; longClasses.mayHold(v0, longKey(v1, e-i)) {
							cls = longClasses.get(v0, v1, e-i)
						}
					default:
						cls = wordClasses.getASCII(text[i:e])
					}
					capital := asciiWordByte[c] == 3
					f.toks = append(f.toks, qtok{s: int32(i), e: int32(e), cls: cls | wclass(asciiWordByte[c]&2)*(tokCap/2)}) // tokCap for a capital
					sentCls |= cls
					if capital {
						f.caps = append(f.caps, int32(len(f.toks)-1))
					}
					i = e
					if i < len(text) && text[i] == ' ' {
						i++ // the space after a word, most often
					}
					continue
				}
			}
			switch {
			case c == '\n':
				if n := len(f.toks); n == 0 || f.toks[n-1].kind() != qPara {
					f.toks = append(f.toks, newTok(i, i+1, qPara, 0, false, false))
					f.endSentence(len(f.toks)-1, sentCls)
					sentCls = 0
				}
				i++
				continue
			case c == ' ' || c == '\t' || c == '\r':
				i++
				continue
			case c == '.' && i+1 < len(text) && (text[i+1] == ')' || text[i+1] == ','):
				i++ // "(I-Vt.)", "R-Wis., said": no sentence end
				continue
			case c == '.' || c == '!' || c == '?':
				f.toks = append(f.toks, newTok(i, i+1, qStop, 0, false, false))
				f.endSentence(len(f.toks)-1, sentCls)
				sentCls = 0
				i++
				if i < len(text) && text[i] == ' ' {
					i++ // a space makes no token: step over the one that follows most stops
				}
				continue
			case c == ',' || c == ':' || c == ';' || c == '(' || c == ')' || c == '-':
				f.toks = append(f.toks, newTok(i, i+1, qPunct, 0, false, i < lowFrom))
				if i < lowFrom {
					lows.WriteByte(c)
					f.own = append(f.own, ownLow{int32(i), int32(lows.Len() - 1), int32(lows.Len())})
				}
				i++
				if i < len(text) && text[i] == ' ' {
					i++ // as after a stop
				}
				continue
			}
			r, size := rune(c), 1
			if c >= 0x80 {
				r, size = utf8.DecodeRuneInString(text[i:])
			}
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				if r == '—' || r == '–' {
					// Every dash reads as "-".
					f.toks = append(f.toks, newTok(i, i+size, qPunct, 0, false, true))
					lo := lows.Len()
					lows.WriteByte('-')
					f.own = append(f.own, ownLow{int32(i), int32(lo), int32(lows.Len())})
				}
				i += size
				continue
			}
			j := wordEnd(text, i)
			capital := c >= 'A' && c <= 'Z' || c >= 0x80 && unicode.IsUpper(r)
			w := text[i:j]
			abbr := j < len(text) && text[j] == '.' && isAbbrev(w)
			e := j
			if abbr {
				e = j + 1
			}
			var cls wclass
			ownForm := false
			switch w := text[i:e]; {
			case i >= lowFrom && !needsLower(w):
				cls = wordClasses.get(w)
			case i >= lowFrom && isASCII(w):
				cls = wordClasses.get(f.lower[i:e])
			default:
				lo := lows.Len()
				appendLower(&lows, w)
				f.own = append(f.own, ownLow{int32(i), int32(lo), int32(lows.Len())})
				ownForm = true
				cls = wordClasses.get(lows.String()[lo:])
			}
			t := newTok(i, e, qWord, cls, capital, ownForm)
			f.toks = append(f.toks, t)
			sentCls |= cls
			if capital {
				f.caps = append(f.caps, int32(len(f.toks)-1))
			}
			i = t.E()
			if abbr && strings.IndexByte(w, '.') > 0 && startsSentence(text, i) {
				// "… entering the U.S. While Clinton …": the period ends the sentence too.
				f.toks = append(f.toks, newTok(i-1, i, qStop, 0, false, false))
				f.endSentence(len(f.toks)-1, sentCls)
				sentCls = 0
			}
		}
		if i >= len(text) {
			break
		}
		// The quote region that opens at next, as one token.
		rg := regions[k]
		f.toks = append(f.toks, newTok(rg.open, rg.close, qQuote, 0, false, false))
		f.quotes = append(f.quotes, int32(len(f.toks)-1))
		if quoteEndsSentence(text[rg.open:rg.close]) {
			f.endSentence(len(f.toks), sentCls)
			sentCls = 0
		}
		if rg.close > i {
			i = rg.close
		}
		k++
		next = len(text)
		if k < len(regions) {
			next = regions[k].open
		}
	}
	f.endSentence(len(f.toks), sentCls)
	f.lows = lows.String()
}

// endSentence ends the sentence that started at token f.sentStart before
// token end, listing it in f.cueSents when its words' classes cls hold a
// cue (indirectCues); the next sentence starts after the tokens so far.
func (f *frame) endSentence(end int, cls wclass) {
	if cls&indirectCues != 0 {
		f.cueSents = append(f.cueSents, tokRange{int32(f.sentStart), int32(end)})
	}
	f.sentStart = len(f.toks)
}

// tokRange is the tokens [a, b).
type tokRange struct{ a, b int32 }

// isASCII reports whether w is all ASCII.
func isASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return false
		}
	}
	return true
}

// asciiWordEnd returns the end of the run of ASCII letters and digits that
// starts at i, read eight bytes at a time.
func asciiWordEnd(text string, i int) int {
	for ; i+8 <= len(text); i += 8 {
		if stop := nonAlnumBytes(le64(text, i)); stop != 0 {
			return i + bits.TrailingZeros64(stop)>>3
		}
	}
	for i < len(text) && asciiWordByte[text[i]] != 0 {
		i++
	}
	return i
}

// mayJoinWord reports whether the byte at j, right after ASCII letters or
// digits, may continue the word: a non-ASCII byte, or a joiner (' - & / .)
// with a letter or digit, ASCII or not, after it. wordEnd decides.
func mayJoinWord(text string, j int) bool {
	switch text[j] {
	case '\'', '-', '&', '/', '.':
		return j+1 < len(text) && (asciiWordByte[text[j+1]] != 0 || text[j+1] >= 0x80)
	}
	return text[j] >= 0x80
}

// startsSentence reports whether a word that usually opens a sentence ("The",
// "But", "While", "He") follows i after one space.
func startsSentence(text string, i int) bool {
	if i+1 >= len(text) || text[i] != ' ' || text[i+1] < 'A' || text[i+1] > 'Z' {
		return false
	}
	j := i + 1
	for j < len(text) && (text[j] >= 'a' && text[j] <= 'z' || text[j] >= 'A' && text[j] <= 'Z') {
		j++
	}
	if j-i-1 > 9 {
		return false
	}
	var b [9]byte
	for k := i + 1; k < j; k++ {
		c := text[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[k-i-1] = c
	}
	w := string(b[:j-i-1])
	return leadingFunction[w] && w != "a"
}

// needsLower reports whether w has an upper-case letter or a ’ that the
// lower-case form of a word changes.
func needsLower(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			return true
		}
	}
	return false
}

// appendLower writes w in lower case, with ’ read as ', to b.
func appendLower(b *strings.Builder, w string) {
	for _, r := range w {
		switch {
		case r == '’':
			b.WriteByte('\'')
		case r < 0x80:
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
}

// wordEnd returns where the word starting at i ends: letters and digits,
// joined by an apostrophe, hyphen, period, ampersand or slash between them.
func wordEnd(text string, i int) int {
	seg := 0 // letters since the word start or the last period
	for i < len(text) {
		c := text[i]
		if asciiWordByte[c] != 0 {
			j := asciiWordEnd(text, i) // ASCII letters and digits, eight at a time
			seg += j - i
			i = j
			continue
		}
		r, size := rune(c), 1
		if c >= 0x80 {
			r, size = utf8.DecodeRuneInString(text[i:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				i += size
				seg++
				continue
			}
		}
		// A period joins short parts only (U.S., a.m.), not "said.Trump".
		if (r == '\'' || r == '’' || r == '-' || r == '&' || r == '/' || r == '.' && seg <= 3) && isWordAfter(text, i+size) {
			seg = 0
			i += size
			continue
		}
		break
	}
	return i
}

// isAbbrev reports whether a period after w belongs to it: an initial (W.),
// a dotted abbreviation (U.S.) or a title (Sen.).
func isAbbrev(w string) bool {
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return true
	}
	if strings.IndexByte(w, '.') > 0 {
		return true
	}
	if len(w) > 5 {
		return false
	}
	var k uint64
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		k = k<<8 | uint64(c)
	}
	_, found := slices.BinarySearch(abbrevKeys, k)
	return found
}

// abbrevKeys are the quoteAbbrevs of up to five bytes (isAbbrev reads no
// longer ones), each as the number its bytes make, sorted: a binary search
// of a few numbers costs less than hashing the word for the map.
var abbrevKeys = func() []uint64 {
	var keys []uint64
	for w := range quoteAbbrevs {
		if len(w) > 5 {
			continue
		}
		var k uint64
		for i := 0; i < len(w); i++ {
			k = k<<8 | uint64(w[i])
		}
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}()
