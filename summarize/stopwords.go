package summarize

import "strings"

// IsStopword reports whether lower, a lower-case word, is an English
// function word ("the", "of", "don't"): one that says little about what a
// sentence is about. ’ counts as an apostrophe.
func IsStopword(lower string) bool {
	if strings.Contains(lower, "’") {
		lower = strings.ReplaceAll(lower, "’", "'")
	}
	return isStopword(lower)
}

// maxStopwordLen is the length of the longest stopword ("yourselves").
const maxStopwordLen = 10

// englishStopwords is NLTK's English stopword list (nltk_data,
// corpora/stopwords/english, 179 words), plus "'s", the clitic Tokenize
// splits from "Blinken's" and "it's".
var englishStopwords = [...]string{
	"'s", "a", "about", "above", "after", "again", "against", "ain", "all", "am", "an", "and",
	"any", "are", "aren", "aren't", "as", "at", "be", "because", "been", "before", "being",
	"below", "between", "both", "but", "by", "can", "couldn", "couldn't", "d", "did", "didn",
	"didn't", "do", "does", "doesn", "doesn't", "doing", "don", "don't", "down", "during",
	"each", "few", "for", "from", "further", "had", "hadn", "hadn't", "has", "hasn", "hasn't",
	"have", "haven", "haven't", "having", "he", "her", "here", "hers", "herself", "him",
	"himself", "his", "how", "i", "if", "in", "into", "is", "isn", "isn't", "it", "it's", "its",
	"itself", "just", "ll", "m", "ma", "me", "mightn", "mightn't", "more", "most", "mustn",
	"mustn't", "my", "myself", "needn", "needn't", "no", "nor", "not", "now", "o", "of", "off",
	"on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "re",
	"s", "same", "shan", "shan't", "she", "she's", "should", "should've", "shouldn", "shouldn't",
	"so", "some", "such", "t", "than", "that", "that'll", "the", "their", "theirs", "them",
	"themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too",
	"under", "until", "up", "ve", "very", "was", "wasn", "wasn't", "we", "were", "weren",
	"weren't", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with",
	"won", "won't", "wouldn", "wouldn't", "y", "you", "you'd", "you'll", "you're", "you've",
	"your", "yours", "yourself", "yourselves",
}

// stopwordSet holds englishStopwords.
var stopwordSet = newShortWordSet(englishStopwords[:])

// isStopword is IsStopword for a word with ' as its apostrophe.
func isStopword(w string) bool { return stopwordSet.has(w) }

// shortWordSet is a fixed set of short words, built once from word lists,
// that tells which lists hold a word. Tables of the lengths of the words
// with each first two letters and each last byte rule out most other words
// with two reads; the rest take one hash and a comparison or two, faster
// than a switch or a map.
type shortWordSet struct {
	head  [27 * 27]uint32 // per first two letters (see headOf), bit n set when a word of n bytes starts with them
	last  [256]uint32     // per last byte, bit n set when a word of n bytes ends with it
	slots []string        // open addressing by hashShort, "" when empty; a power of two long
	lists []uint8         // per slot, bit i set when the word is in list i
	shift uint8           // 32 - log2(len(slots)): hashShort's top bits index the slots
}

// headOf returns the index in shortWordSet.head of the word w's first two
// bytes: letters a-z are 0-25, any other byte, or none, is 26.
func headOf(w string) int {
	a, b := 26, 26
	if c := w[0] - 'a'; c < 26 {
		a = int(c)
	}
	if len(w) > 1 {
		if c := w[1] - 'a'; c < 26 {
			b = int(c)
		}
	}
	return a*27 + b
}

// newShortWordSet returns the set of the words of the lists (at most 8),
// none of which may be 32 bytes long or longer; empty words are left out.
func newShortWordSet(lists ...[]string) *shortWordSet {
	n := 0
	for _, l := range lists {
		n += len(l)
	}
	size := 16
	for size < 4*n {
		size <<= 1
	}
	s := &shortWordSet{slots: make([]string, size), lists: make([]uint8, size), shift: 32}
	for n := size; n > 1; n >>= 1 {
		s.shift--
	}
	for i, l := range lists {
		for _, w := range l {
			if w == "" {
				continue
			}
			s.head[headOf(w)] |= 1 << len(w)
			s.last[w[len(w)-1]] |= 1 << len(w)
			k := s.find(w)
			s.slots[k] = w
			s.lists[k] |= 1 << i
		}
	}
	return s
}

// hashShort hashes w, a word of 1 to 31 bytes, by its length and four of
// its bytes (the first two, the middle one, the last): cheaper than
// hashWord, and enough to spread a few hundred short words.
func hashShort(w string) uint32 {
	n := len(w)
	h := uint32(n) | uint32(w[0])<<5 | uint32(w[n/2])<<13 | uint32(w[n-1])<<21 | uint32(w[min(1, n-1)])<<26
	return h * 0x9e3779b1
}

// find returns the slot holding w, a word of 1 to 31 bytes, or the empty
// slot where it would go.
func (s *shortWordSet) find(w string) uint32 {
	mask := uint32(len(s.slots) - 1)
	i := hashShort(w) >> s.shift
	for s.slots[i] != "" && s.slots[i] != w {
		i = (i + 1) & mask
	}
	return i
}

// in returns the lists that hold w, bit i for list i; 0 when none does.
func (s *shortWordSet) in(w string) uint8 {
	if len(w) == 0 || len(w) >= 32 || s.head[headOf(w)]&s.last[w[len(w)-1]]&(1<<len(w)) == 0 {
		return 0
	}
	return s.lists[s.find(w)]
}

// has reports whether w is in the set.
func (s *shortWordSet) has(w string) bool { return s.in(w) != 0 }
