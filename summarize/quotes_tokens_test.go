package summarize

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
)

// randomText returns n bytes drawn mostly from letters, digits, spaces and
// the bytes the quote scanners stop at, with some UTF-8 marks.
func randomText(r *rand.Rand, n int) string {
	const pieces = "aZq9 .,'\"-&/#\n\tEx"
	marks := []string{"“", "”", "’", "é", "—", "Ä"}
	var b strings.Builder
	for b.Len() < n {
		if r.IntN(10) == 0 {
			b.WriteString(marks[r.IntN(len(marks))])
		} else {
			b.WriteByte(pieces[r.IntN(len(pieces))])
		}
	}
	return b.String()
}

// TestWordScanners checks the eight-bytes-at-a-time scanners against the
// byte loops they stand for.
func TestWordScanners(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		text := randomText(r, r.IntN(40))
		marks := newMarkScanner(text)
		for i := 0; i < len(text); i++ {
			want := i
			for want < len(text) && strings.IndexByte("\n\"'\xc2\xe2\xe3", text[want]) < 0 {
				want++
			}
			if got := marks.from(i); got != want {
				t.Fatalf("markScanner.from(%q, %d) = %d, want %d", text, i, got, want)
			}
			if asciiWordByte[text[i]] == 0 {
				continue
			}
			end := i
			for end < len(text) && asciiWordByte[text[end]] != 0 {
				end++
			}
			if got := asciiWordEnd(text, i); got != end {
				t.Fatalf("asciiWordEnd(%q, %d) = %d, want %d", text, i, got, end)
			}
		}
	}
}

// TestShortClasses checks that the tables of words read as numbers give
// every word the classes wordClasses gives it, in any case, and nothing to
// others.
func TestShortClasses(t *testing.T) {
	check := func(w string) {
		t.Helper()
		if len(w) > 8 && len(w) <= 16 {
			padded := w + "xYz.'-Q9xYz.'-Q9"
			v0, v1 := le64(padded, 0)|swarLower, le64(padded, 8)|swarLower
			if got, want := longClasses.get(v0, v1, len(w)), wordClasses.get(strings.ToLower(w)); got != want {
				t.Errorf("longClasses %q: got %b, want %b", w, got, want)
			} else if want != 0 && !longClasses.mayHold(v0, longKey(v1, len(w))) {
				t.Errorf("longClasses.mayHold %q: false for a word with classes", w)
			}
			return
		}
		if len(w) == 0 || len(w) > 8 {
			return
		}
		// Pad the word with bytes the lookup must ignore.
		padded := w + "xYz.'-Q9"
		v := le64(padded, 0) | swarLower
		if got, want := shortClasses.get(v, len(w)), wordClasses.get(strings.ToLower(w)); got != want {
			t.Errorf("shortClasses %q: got %b, want %b", w, got, want)
		} else if want != 0 && !shortClasses.has(v, len(w)) {
			t.Errorf("shortClasses.has %q: false for a word with classes", w)
		}
	}
	for _, w := range wordClasses.keys {
		check(w)
		check(strings.ToUpper(w))
		if w != "" {
			check(strings.ToUpper(w[:1]) + w[1:])
			check(w[:len(w)-1])
			check(w + "s")
		}
	}
	for _, w := range []string{"a", "I", "x", "Trump", "said", "SAID", "u.s.", "U.S.", "Mr.", "12", "according", "According", "accordingly", "spokeswomen", "administration", "Administration's"} {
		check(w)
	}
}

// TestExtractQuotesWithLow checks that extractQuotes gives what
// ExtractQuotes gives when handed the lower-case text Analyze has: the
// text's own, or the body's with the headline blanked.
func TestExtractQuotesWithLow(t *testing.T) {
	text := "Mayor Okafor Says “No Deal” on Budget\n" +
		"“We will not sign this,” Mayor Helen Okafor said on Tuesday. Her aide, Tom Reyes, told reporters the talks were over.\n" +
		"“It’s done — finished,” he added. According to the council, the vote is set for May."
	sents := Segment(text)
	want := fmt.Sprint(ExtractQuotes(text, sents))
	nl := strings.IndexByte(text, '\n')
	for _, low := range []string{lowerText(text), lowerText(strings.Repeat(" ", nl) + text[nl:]), ""} {
		if got := fmt.Sprint(extractQuotes(text, sents, low)); got != want {
			t.Errorf("with low %.20q:\n got %s\nwant %s", low, got, want)
		}
	}
}

// TestIsAbbrevKeys checks isAbbrev's numbers against the words of
// quoteAbbrevs.
func TestIsAbbrevKeys(t *testing.T) {
	for w := range quoteAbbrevs {
		if got, want := isAbbrev(strings.ToUpper(w[:1])+w[1:]), len(w) <= 5; got != want {
			t.Errorf("isAbbrev(%q) = %v, want %v", w, got, want)
		}
	}
	for _, w := range []string{"said", "m", "mrx", "ms2", "sa", "abc", "x", "janu"} {
		if isAbbrev(w) {
			t.Errorf("isAbbrev(%q) = true", w)
		}
	}
}

// TestIsSpaceBeforeASCII checks isSpaceBefore's ASCII shortcut against the
// decoding test it stands for.
func TestIsSpaceBeforeASCII(t *testing.T) {
	for c := 0; c < 0x80; c++ {
		want := unicode.IsSpace(rune(c)) || strings.ContainsRune("([{—–-“\"", rune(c))
		if got := isSpaceBefore(string(rune(c))+"x", 1); got != want {
			t.Errorf("isSpaceBefore after %q = %v, want %v", rune(c), got, want)
		}
	}
}

// TestNonAlnumBytes checks nonAlnumBytes against alnumBytes for every byte
// in every place, among random neighbours.
func TestNonAlnumBytes(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for b := range 256 {
		for shift := 0; shift < 64; shift += 8 {
			x := r.Uint64()&^(0xff<<shift) | uint64(b)<<shift
			if got, want := nonAlnumBytes(x), ^alnumBytes(x)&swarHigh; got != want {
				t.Fatalf("nonAlnumBytes(%#x) = %#x, want %#x", x, got, want)
			}
		}
	}
}

// TestIsLowerASCIIOf checks the eight-bytes-at-a-time comparison against
// lowering byte by byte.
func TestIsLowerASCIIOf(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for range 5000 {
		text := randomText(r, r.IntN(40))
		low := []byte(text)
		for i, c := range low {
			if c >= 'A' && c <= 'Z' {
				low[i] = c + 'a' - 'A'
			}
		}
		if !isLowerASCIIOf(string(low), text) {
			t.Fatalf("isLowerASCIIOf(lowered %q) = false", text)
		}
		if len(low) > 0 {
			k := r.IntN(len(low))
			low[k] ^= 0x20
			if isLowerASCIIOf(string(low), text) {
				t.Fatalf("isLowerASCIIOf(%q, %q) = true", low, text)
			}
		}
	}
}

// TestHasDoubleMark checks hasDoubleMark against the ContainsAny it stands
// for, with every mark alone, cut short, and among its neighbours in UTF-8.
func TestHasDoubleMark(t *testing.T) {
	texts := []string{"", "plain text", "it’s — fine…", "‘single’", "”closing",
		"\xe2\x80", "x\xe2", "\xe3\x80", "\xe2\x9c\x80", "‚low single", "«", "»", "「", "」", "『", "』"}
	for _, m := range []string{"“", "\"", "„", "«", "「", "『"} {
		texts = append(texts, m, "say "+m+"so", m[:len(m)-1], "it’s "+m, "’"+m+"’")
	}
	for _, s := range texts {
		if got, want := hasDoubleMark(s), strings.ContainsAny(s, "“\"„«「『"); got != want {
			t.Errorf("hasDoubleMark(%q) = %v, want %v", s, got, want)
		}
	}
}
