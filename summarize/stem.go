package summarize

import "strings"

// Stem returns the Porter stem of word, lowercased: "caresses" is "caress",
// "relational" is "relat", "generalization" is "gener".
//
// It is the algorithm of M.F. Porter, "An algorithm for suffix stripping"
// (1980), exactly as NLTK's PorterStemmer runs it in its default mode
// (NLTK_EXTENSIONS, nltk/stem/porter.py in NLTK 3.8): the small table of
// irregular forms (dying is die, skies is sky), words of one or two letters
// left alone, 'ies' and 'ied' of four-letter words kept as 'ie', y to i only
// after a consonant, the 'alli', 'fulli' and 'logi' rules of step 2. ROUGE
// (the rouge-score package) stems with that stemmer, so summaries scored by
// briefly's own ROUGE match the published figures.
//
// Only the ASCII vowels a, e, i, o, u (and y after a consonant) are vowels;
// any other byte, including each byte of a non-ASCII letter, counts as a
// consonant. The result shares memory with word when it is a prefix of the
// lowercased word, so most calls do not allocate.
func Stem(word string) string {
	lower := lowerASCII(word)
	if irr, ok := irregularStem(lower); ok {
		return irr
	}
	if len(lower) <= 2 {
		return lower
	}
	var buf [64]byte
	w := porter(append(buf[:0], lower...))
	if len(w) <= len(lower) && lower[:len(w)] == string(w) {
		return lower[:len(w)]
	}
	return string(w)
}

// stemLower returns the Porter stem of lower, a word with no upper-case
// or non-ASCII letter, in buf's memory (its contents are overwritten):
// Stem(lower) without a string, for callers that stem many words.
//
// The stem is lower itself exactly when it is as long and ends with the
// same letter (see isSameStem).
//
// It is small enough to inline: the caller copies the word and calls
// stemCopy, which does the rest.
func stemLower(buf []byte, lower string) []byte {
	buf = append(buf[:0], lower...)
	if len(buf) <= 2 {
		return buf
	}
	return stemCopy(buf, lower)
}

// stemCopy is stemLower for a word of three letters or more, lower, of
// which w is a copy.
func stemCopy(w []byte, lower string) []byte {
	if mayBeIrregular(lower) {
		if irr, ok := irregularStem(lower); ok {
			return append(w[:0], irr...)
		}
	}
	return porter(w)
}

// isSameStem reports whether stem, stemLower's result for the word w, is
// w itself. No step lengthens a word: each one that keeps its length
// changes its last letter (y to i; bli, enci and anci to ble, ence and
// ance), and the others shorten it, so a stem as long as the word that
// ends with the same letter was left alone.
func isSameStem(stem []byte, w string) bool {
	return len(stem) == len(w) && (len(w) == 0 || stem[len(stem)-1] == w[len(w)-1])
}

// porter runs the steps of the algorithm on a lower-case word of three
// letters or more, in place where it can.
func porter(w []byte) []byte {
	// Each step is called only when w ends as one of its rules needs, a
	// test the step would make first: most words skip most steps.
	if w[len(w)-1] == 's' {
		w = step1a(w)
	}
	if c := w[len(w)-1]; c == 'd' || c == 'g' {
		w = step1b(w)
	}
	if w[len(w)-1] == 'y' {
		w = step1c(w)
	}
	// Steps 2-4 by the word's last two letters, looked up again only
	// after a step that ran.
	steps := stepsOf(w)
	if steps&inStep2 != 0 {
		w = step2(w)
		steps = stepsOf(w)
	}
	if steps&inStep3 != 0 {
		w = step3(w)
		steps = stepsOf(w)
	}
	if steps&inStep4 != 0 {
		w = step4(w)
	}
	if w[len(w)-1] == 'e' {
		w = step5a(w)
	}
	if w[len(w)-1] == 'l' {
		w = step5b(w)
	}
	return w
}

// lowerASCII lowercases s, returning s itself when it has no upper-case
// letter. Non-ASCII text goes through strings.ToLower, as Python's
// str.lower would.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return strings.ToLower(s)
		}
		if c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 0x80 {
					return strings.ToLower(s)
				}
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// mayBeIrregular reports whether w may be one of irregularStem's forms,
// all of three to eight letters ending in d, e, g, s or y: a cheap test
// that spares most words the switch.
func mayBeIrregular(w string) bool {
	if n := len(w); n < 3 || n > 8 {
		return false
	}
	switch w[len(w)-1] {
	case 'd', 'e', 'g', 's', 'y':
		return true
	}
	return false
}

// irregularStem is NLTK's pool of irregular forms, which the rules would
// otherwise get wrong.
func irregularStem(w string) (string, bool) {
	switch w {
	case "sky", "skies":
		return "sky", true
	case "dying":
		return "die", true
	case "lying":
		return "lie", true
	case "tying":
		return "tie", true
	case "news":
		return "news", true
	case "innings", "inning":
		return "inning", true
	case "outings", "outing":
		return "outing", true
	case "cannings", "canning":
		return "canning", true
	case "howe":
		return "howe", true
	case "proceed":
		return "proceed", true
	case "exceed":
		return "exceed", true
	case "succeed":
		return "succeed", true
	}
	return "", false
}

// isCons reports whether w[i] is a consonant in Porter's sense: not a, e,
// i, o, u, and not a y that follows a consonant. Along a run of ys the
// answer alternates, so it walks back to the run's start instead of
// recursing.
func isCons(w []byte, i int) bool {
	j := i
	for j > 0 && w[j] == 'y' {
		j--
	}
	var base bool
	switch w[j] {
	case 'a', 'e', 'i', 'o', 'u':
		base = false
	case 'y': // a y at the start of the word
		base = true
	default:
		base = true
	}
	if j == i || (i-j)%2 == 0 {
		return base
	}
	return !base
}

// consonant marks the bytes that are consonants wherever they are: all but
// a, e, i, o, u and y. A y is a consonant at the start of a word or after
// a vowel.
var consonant = func() (t [256]bool) {
	for c := range t {
		t[c] = true
	}
	for _, c := range "aeiouy" {
		t[c] = false
	}
	return t
}()

// measure is Porter's m: the number of vowel-consonant sequences in w.
func measure(w []byte) int {
	m := 0
	prevCons := true
	for i, c := range w {
		cons := consonant[c] || c == 'y' && (i == 0 || !prevCons)
		if cons && !prevCons {
			m++
		}
		prevCons = cons
	}
	return m
}

func hasVowel(w []byte) bool {
	prevCons := true
	for i, c := range w {
		prevCons = consonant[c] || c == 'y' && (i == 0 || !prevCons)
		if !prevCons {
			return true
		}
	}
	return false
}

// endsDouble is Porter's *d: w ends with a double consonant.
func endsDouble(w []byte) bool {
	n := len(w)
	return n >= 2 && w[n-1] == w[n-2] && isCons(w, n-1)
}

// endsCVC is Porter's *o: w ends consonant-vowel-consonant and the last is
// not w, x or y; NLTK also accepts a two-letter vowel-consonant word.
func endsCVC(w []byte) bool {
	n := len(w)
	if n >= 3 {
		// With no y among them, the letters are consonants or not by
		// themselves.
		if a, b, c := w[n-3], w[n-2], w[n-1]; a != 'y' && b != 'y' && c != 'y' {
			return consonant[a] && !consonant[b] && consonant[c] && c != 'w' && c != 'x'
		}
	}
	if n >= 3 && isCons(w, n-3) && !isCons(w, n-2) && isCons(w, n-1) {
		c := w[n-1]
		return c != 'w' && c != 'x' && c != 'y'
	}
	return n == 2 && !isCons(w, 0) && isCons(w, 1)
}

func hasSuffix(w []byte, s string) bool {
	n := len(w) - len(s)
	if n < 0 {
		return false
	}
	for i := len(s) - 1; i >= 0; i-- {
		if w[n+i] != s[i] {
			return false
		}
	}
	return true
}

// condition is a rule's test on the stem left after removing a suffix.
// Conditions are values, not functions, so the stem does not escape and
// Stem need not allocate.
type condition uint8

const (
	mGT0   condition = iota // m > 0
	mGT1                    // m > 1
	mGT1ST                  // m > 1 and the stem ends in s or t
)

func (c condition) holds(stem []byte) bool {
	switch c {
	case mGT0:
		return measure(stem) > 0
	case mGT1ST:
		n := len(stem)
		if n == 0 || stem[n-1] != 's' && stem[n-1] != 't' {
			return false
		}
	}
	return measure(stem) > 1
}

// suffixRule replaces a suffix of a word.
type suffixRule struct{ suffix, repl string }

// replace applies the first of the rules whose suffix w ends with, when c
// holds for the stem; when it does not, no later rule is tried, as in the
// published algorithm. The steps call it with the rules whose suffix ends
// with w's last two letters (a grouping finer than that of Porter's own C
// version by last-but-one letter, which gives what NLTK's list order gives
// since two suffixes with different endings never both match), so only
// the letters before those two are compared.
func replace(w []byte, c condition, rules []suffixRule) []byte {
	for _, r := range rules {
		if !hasSuffix(w[:len(w)-2], r.suffix[:len(r.suffix)-2]) {
			continue
		}
		stem := w[:len(w)-len(r.suffix)]
		if c.holds(stem) {
			return append(stem, r.repl...)
		}
		return w
	}
	return w
}

// ruleTable holds a step's rules by the last two letters of their suffix,
// each group in the step's order, so a word meets only the rules it might
// end with: for most words none.
type ruleTable [26 * 26][]suffixRule

// newRuleTable groups the rules, whose suffixes end in two letters a-z.
func newRuleTable(rules ...suffixRule) *ruleTable {
	t := new(ruleTable)
	for _, r := range rules {
		n := len(r.suffix)
		k := int(r.suffix[n-2]-'a')*26 + int(r.suffix[n-1]-'a')
		t[k] = append(t[k], r)
	}
	return t
}

// of returns the rules whose suffix ends with w's last two letters.
func (t *ruleTable) of(w []byte) []suffixRule {
	n := len(w)
	a, b := w[n-2]-'a', w[n-1]-'a'
	if a >= 26 || b >= 26 {
		return nil
	}
	return t[int(a)*26+int(b)]
}

// The bits of stepsAt.
const (
	inStep2 = 1 << iota
	inStep3
	inStep4
)

// stepsAt tells, by a word's last two letters (as ruleTable indexes
// them), which of steps 2, 3 and 4 may change the word: those with a rule
// for the ending, step 2 also for logi and step 4 for ion.
var stepsAt = func() (t [26 * 26]uint8) {
	for k := range t {
		if len(step2Rules[k]) > 0 {
			t[k] |= inStep2
		}
		if len(step3Rules[k]) > 0 {
			t[k] |= inStep3
		}
		if len(step4Rules[k]) > 0 {
			t[k] |= inStep4
		}
	}
	t[('g'-'a')*26+'i'-'a'] |= inStep2
	t[('o'-'a')*26+'n'-'a'] |= inStep4
	return t
}()

// stepsOf returns the stepsAt bits of w, none when w is shorter than
// three letters, which the steps leave alone.
func stepsOf(w []byte) uint8 {
	n := len(w)
	if n < 3 {
		return 0
	}
	a, b := w[n-2]-'a', w[n-1]-'a'
	if a >= 26 || b >= 26 {
		return 0
	}
	return stepsAt[int(a)*26+int(b)]
}

// The rules of steps 2, 3 and 4 in NLTK's order. Step 2's alli and logi
// and step 4's ion, which have conditions of their own, are in the code.
var (
	step2Rules = newRuleTable(
		suffixRule{"ational", "ate"}, suffixRule{"tional", "tion"},
		suffixRule{"enci", "ence"}, suffixRule{"anci", "ance"},
		suffixRule{"izer", "ize"},
		suffixRule{"bli", "ble"}, suffixRule{"alli", "al"}, suffixRule{"entli", "ent"}, suffixRule{"eli", "e"}, suffixRule{"ousli", "ous"}, suffixRule{"fulli", "ful"},
		suffixRule{"ization", "ize"}, suffixRule{"ation", "ate"}, suffixRule{"ator", "ate"},
		suffixRule{"alism", "al"}, suffixRule{"iveness", "ive"}, suffixRule{"fulness", "ful"}, suffixRule{"ousness", "ous"},
		suffixRule{"aliti", "al"}, suffixRule{"iviti", "ive"}, suffixRule{"biliti", "ble"},
	)
	step3Rules = newRuleTable(
		suffixRule{"icate", "ic"}, suffixRule{"iciti", "ic"},
		suffixRule{"ative", ""},
		suffixRule{"alize", "al"},
		suffixRule{"ical", "ic"},
		suffixRule{"ful", ""},
		suffixRule{"ness", ""},
	)
	step4Rules = newRuleTable(
		suffixRule{"al", ""},
		suffixRule{"ance", ""}, suffixRule{"ence", ""},
		suffixRule{"er", ""},
		suffixRule{"ic", ""},
		suffixRule{"able", ""}, suffixRule{"ible", ""},
		suffixRule{"ant", ""}, suffixRule{"ement", ""}, suffixRule{"ment", ""}, suffixRule{"ent", ""},
		suffixRule{"ou", ""},
		suffixRule{"ism", ""},
		suffixRule{"ate", ""}, suffixRule{"iti", ""},
		suffixRule{"ous", ""},
		suffixRule{"ive", ""},
		suffixRule{"ize", ""},
	)
	ionRule = []suffixRule{{"ion", ""}}
)

// step1a takes a plural's s off: sses to ss, ies to i (ie for a
// four-letter word: ties), ss stays, any other s goes. The endings are
// told by their bytes from the end, which share the final s.
func step1a(w []byte) []byte {
	n := len(w)
	if n < 2 || w[n-1] != 's' {
		if n == 1 && w[0] == 's' {
			return w[:0]
		}
		return w
	}
	switch w[n-2] {
	case 's': // ss
		return w
	case 'e':
		if n >= 4 && w[n-3] == 's' && w[n-4] == 's' { // sses
			return w[:n-2]
		}
		if n >= 3 && w[n-3] == 'i' { // ies
			if n == 4 {
				return append(w[:1], "ie"...)
			}
			return w[:n-2]
		}
	}
	return w[:n-1]
}

// step1b takes ed and ing off a stem with a vowel (eed to ee when the
// measure is positive, ied to i or ie) and tidies the stem's end. The
// endings are told by their bytes from the end.
func step1b(w []byte) []byte {
	n := len(w)
	var stem []byte
	switch {
	case n >= 2 && w[n-1] == 'd' && w[n-2] == 'e':
		if n >= 3 {
			switch w[n-3] {
			case 'i': // ied
				if n == 4 {
					return append(w[:1], "ie"...)
				}
				return w[:n-2]
			case 'e': // eed
				if measure(w[:n-3]) > 0 {
					return w[:n-1]
				}
				return w
			}
		}
		if !hasVowel(w[:n-2]) {
			return w
		}
		stem = w[:n-2]
	case n >= 3 && w[n-1] == 'g' && w[n-2] == 'n' && w[n-3] == 'i':
		if !hasVowel(w[:n-3]) {
			return w
		}
		stem = w[:n-3]
	default:
		return w
	}
	m := len(stem)
	if m >= 2 {
		if a, b := stem[m-2], stem[m-1]; a == 'a' && b == 't' || a == 'b' && b == 'l' || a == 'i' && b == 'z' {
			return append(stem, 'e') // at, bl, iz
		}
	}
	switch {
	case endsDouble(stem):
		if c := stem[m-1]; c != 'l' && c != 's' && c != 'z' {
			return stem[:m-1]
		}
		return stem
	case endsCVC(stem) && measure(stem) == 1:
		return append(stem, 'e')
	}
	return stem
}

// step1c turns a final y into i after a consonant that is not the whole
// stem: happy is happi, but enjoy and by stay.
func step1c(w []byte) []byte {
	n := len(w)
	if n > 2 && w[n-1] == 'y' && isCons(w, n-2) {
		w[n-1] = 'i'
	}
	return w
}

func step2(w []byte) []byte {
	n := len(w)
	if n < 3 {
		return w
	}
	// NLTK applies alli -> al first and runs step 2 again on the result.
	if hasSuffix(w, "alli") && measure(w[:n-4]) > 0 {
		return step2(w[:n-2])
	}
	if w[n-2] == 'g' {
		// NLTK's logi -> log keeps the 'l' with the stem, so that short
		// stems like geo and theo work.
		if hasSuffix(w, "logi") && measure(w[:n-3]) > 0 {
			return w[:n-1]
		}
		return w
	}
	return replace(w, mGT0, step2Rules.of(w))
}

func step3(w []byte) []byte {
	n := len(w)
	if n < 3 {
		return w
	}
	return replace(w, mGT0, step3Rules.of(w))
}

func step4(w []byte) []byte {
	n := len(w)
	if n < 3 {
		return w
	}
	if w[n-2] == 'o' && hasSuffix(w, "ion") {
		return replace(w, mGT1ST, ionRule)
	}
	return replace(w, mGT1, step4Rules.of(w))
}

func step5a(w []byte) []byte {
	if !hasSuffix(w, "e") {
		return w
	}
	stem := w[:len(w)-1]
	m := measure(stem)
	if m > 1 || m == 1 && !endsCVC(stem) {
		return stem
	}
	return w
}

func step5b(w []byte) []byte {
	if hasSuffix(w, "ll") && measure(w[:len(w)-1]) > 1 {
		return w[:len(w)-1]
	}
	return w
}
