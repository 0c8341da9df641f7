package summarize

import "math/bits"

// Sentence is one sentence of a text.
type Sentence struct {
	Text      string // the sentence, without surrounding space
	Span      Span   // where Text lies in the segmented text
	Paragraph int    // index of the sentence's paragraph: the lines that hold sentences, counted from 0
}

// Segment splits normalized text into sentences, in order, each with its
// byte span. Spans do not overlap. Space between sentences and fragments
// without a letter or digit (a separator line like "* * *") belong to no
// sentence, except that a fragment holding a quote mark (a paragraph that
// opens with a lone “ on its own line) joins the sentence after it.
//
// A newline always ends a sentence: normalized text has one paragraph a
// line. Within a line a sentence ends at '.', '!', '?' or an ellipsis, after
// any closing quote marks and brackets (“… competition.” ends after the ”),
// when the next word can start a sentence:
//
//   - A lower-case next word never starts one ("Yahoo! in", "Co. at noon"),
//     unless it is a name like "iPhone".
//   - After an abbreviation the point usually is not an end: a title
//     ("Sen.", "Lt. Gen.", "Mt.") never ends a sentence, "No." and "p." do
//     not before a number, and an abbreviation that may end one ("U.S.",
//     "Inc.", "Jr.", "a.m.", an initial) ends it only when the next word
//     clearly starts a sentence: a capitalized function word ("in the
//     U.S. The next day") or, after at least three words, "Mr."/"Dr.".
//   - A quotation followed by a short attribution ("“Why?” Smith asked.",
//     "“We won.” Smith said.") does not end before it.
//   - An ellipsis ends a sentence before a capitalized word, except a
//     spaced one of three points (". . .", an omission inside a quotation)
//     or one in brackets ("[...]"); in "compounds. . . . The" the first
//     point ends the sentence and the ellipsis opens the next one.
//   - A list item ends where the next one starts: "1.) a 2.) b", "a. x b.
//     y" and items led by bullets (• ‣ ⁃ ◦ ● ▪ ▸) each make a sentence, and
//     the point of a marker at the start of a sentence ("1. The") is not an
//     end.
//
// Segment runs in one pass over the bytes.
func Segment(text string) []Sentence {
	s := segmenter{text: text, pending: -1}
	s.out = make([]Sentence, 0, len(text)/120+1)
	s.begin(0)
	t := text
	for i := 0; i < len(t); {
		switch c := t[i]; c {
		case '\n':
			s.cut(i, i+1)
			if s.paraUsed {
				s.para++
				s.paraUsed = false
			}
			i++
		case '.', '!', '?':
			i = s.terminator(i)
		case 0xE2: // the first byte of … and of most bullets
			switch {
			case t[i+1:min(i+3, len(t))] == "\x80\xa6": // …
				i = s.terminator(i)
			case isBulletAt(t, i) && i > s.start && i > 0 && isBlank(t[i-1]):
				s.cut(i, i)
				i += 3
			default:
				i++
			}
		case ' ', '\t':
			if s.expect.value != 0 && s.expect.matches(t, i+1) {
				s.cut(i+1, i+1)
			}
			i++
		default:
			// Most bytes are letters: skip them in a tight loop, and
			// blanks too while no list marker is expected.
			mask := segActs
			if s.expect.value != 0 {
				mask |= segBlank
			}
			i = skipPlain(t, i+1, mask)
		}
	}
	s.cut(len(t), len(t))
	s.flush()
	return s.out
}

// segmentBytes classes the bytes Segment's loop acts on: segActs for
// '\n', '!', '.', '?' and 0xE2 (the first byte of … and of the bullets),
// segBlank for ' ' and '\t', which matter only while a list marker is
// expected.
var segmentBytes = func() (t [256]uint8) {
	for _, c := range []byte("\n!.?\xE2") {
		t[c] = segActs
	}
	t[' '], t['\t'] = segBlank, segBlank
	return t
}()

const (
	segActs  uint8 = 1 << iota // always acted on
	segBlank                   // acted on while a list marker is expected
)

// skipPlain returns the first index from i on of a byte of text in the
// classes mask of segmentBytes, len(text) when there is none. It reads
// eight bytes at a time and stops at the first that may be one: a
// terminator, a newline, a blank when mask asks for blanks, or any byte
// of a multi-byte character (0xE2 among them), which it then tests alone.
func skipPlain(text string, i int, mask uint8) int {
	for i < len(text) && segmentBytes[text[i]]&mask == 0 {
		if i+8 > len(text) {
			i++
			continue
		}
		x := le64(text, i)
		m := x&swarHigh | firstByteOf(x, '\n') | firstByteOf(x, '.') | firstByteOf(x, '!') | firstByteOf(x, '?')
		if mask&segBlank != 0 {
			m |= firstByteOf(x, ' ') | firstByteOf(x, '\t')
		}
		if m == 0 {
			i += 8
			continue
		}
		i += bits.TrailingZeros64(m) / 8
		if segmentBytes[text[i]]&mask != 0 {
			break
		}
		i++
	}
	return i
}

// segmenter is the state of one Segment call.
type segmenter struct {
	text      string
	out       []Sentence
	start     int        // where the current sentence starts
	para      int        // the current paragraph
	paraUsed  bool       // a sentence was emitted in the current paragraph
	markerEnd int        // end of the list marker the current sentence opens with, or 0
	expect    listMarker // the marker that would continue that list
	pending   int        // start of a quote-mark-only fragment waiting to join the next sentence, or -1
	pendEnd   int
}

// begin starts a new sentence at k: it skips blanks and notes a list
// marker the sentence opens with.
func (s *segmenter) begin(k int) {
	t := s.text
	for k < len(t) && isBlank(t[k]) {
		k++
	}
	s.start = k
	s.markerEnd = 0
	s.expect = listMarker{}
	j := k
	for j < len(t) && isBulletAt(t, j) {
		j += 3
		for j < len(t) && isBlank(t[j]) {
			j++
		}
	}
	if m, end, ok := parseMarker(t, j); ok {
		s.markerEnd = end
		s.expect = m.next()
	}
}

// cut ends the current sentence at end and begins the next at next.
func (s *segmenter) cut(end, next int) {
	s.emit(s.start, end)
	s.begin(next)
}

// emit adds text[a:b] as a sentence after trimming space. A fragment with
// no letter or digit is not a sentence: one holding a quote mark waits to
// join the next sentence (a paragraph that opens with a lone “), others
// are dropped.
func (s *segmenter) emit(a, b int) {
	t := s.text
	a, b = trimSpace(t, a, b)
	if a >= b {
		return
	}
	if !hasWordChar(t[a:b]) {
		if hasQuoteMark(t[a:b]) {
			if s.pending < 0 {
				s.pending = a
			}
			s.pendEnd = b
		}
		return
	}
	if s.pending >= 0 {
		a, s.pending = s.pending, -1
	}
	s.out = append(s.out, Sentence{Text: t[a:b], Span: Span{a, b}, Paragraph: s.para})
	s.paraUsed = true
}

// flush joins a quote-mark fragment left at the end to the last sentence.
func (s *segmenter) flush() {
	if s.pending < 0 {
		return
	}
	if n := len(s.out); n > 0 {
		last := &s.out[n-1]
		last.Span.End = s.pendEnd
		last.Text = s.text[last.Span.Start:s.pendEnd]
	} else {
		a, b := s.pending, s.pendEnd
		s.out = append(s.out, Sentence{Text: s.text[a:b], Span: Span{a, b}, Paragraph: s.para})
	}
	s.pending = -1
}

// terminator decides about the run of sentence-ending punctuation at i and
// returns where scanning goes on.
func (s *segmenter) terminator(i int) int {
	t := s.text
	if i < s.markerEnd {
		return s.markerEnd // the point of "1." or "a." opening a list item
	}
	if t[i] == '.' && i+1 < len(t) && isInnerFollower(t[i+1]) {
		return i + 1 // 3.14, example.com, U.S.A, Jane.Doe
	}
	run := scanRun(t, i)
	j := run.end
	k := skipClosers(t, j)
	if k >= len(t) || !isBlankAt(t, k) {
		return max(k, i+1) // end of text, or "Jr.'s", "Yahoo!-owned"
	}
	m := k
	for m < len(t) && isBlankAt(t, m) {
		m += blankLen(t, m)
	}
	if m >= len(t) || t[m] == '\n' {
		return m // the newline or the end of text ends the sentence
	}
	next := nextWord(t, m)
	if next.capital && k > j && hasQuoteMark(t[j:k]) && attribution(t, m) {
		return k // "“Why?” Smith asked.", "“…nine years...” Hailey recalled."
	}
	switch {
	case run.dots >= 2:
		if i > 0 && (t[i-1] == '[' || t[i-1] == '(') && j < len(t) && (t[j] == ']' || t[j] == ')') {
			return k // "[...]": an omission, not an end
		}
		if !next.capital {
			return k
		}
		attached := i > 0 && !isBlank(t[i-1])
		switch {
		case run.spaced && attached && run.dots >= 4:
			// "compounds. . . . The": a full stop, then an ellipsis
			// that opens the next sentence.
			s.cut(i+1, i+1)
			return i + 1
		case run.spaced && run.dots < 4:
			return k // ". . ." inside a sentence
		}
		s.cut(k, m)
		return m
	case run.bang:
		if next.lower {
			return k
		}
		s.cut(k, m)
		return m
	}
	if next.lower {
		return k
	}
	switch classifyWord(wordBefore(t, s.start, i)) {
	case abbrevTitle:
		return k
	case abbrevNumber:
		if next.digit {
			return k
		}
	case abbrevAmbiguous:
		// "Mr." starts a sentence after three words and the abbreviation.
		if !next.starter && !(next.honorific && s.wordsBefore(i) >= 4) {
			return k
		}
	}
	s.cut(k, m)
	return m
}

// wordsBefore counts the words of the current sentence before i.
func (s *segmenter) wordsBefore(i int) int {
	n, in := 0, false
	for _, c := range []byte(s.text[s.start:i]) {
		if isBlank(c) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}
