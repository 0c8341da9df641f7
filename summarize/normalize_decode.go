package summarize

import (
	"strings"
	"unicode/utf8"
)

// candidate re-encodes text[start:end] with c and reads the bytes back as
// UTF-8, keeping the characters whose bytes do not form UTF-8. line is the
// repaired text of the current line before the run (for the quote state of
// lossy guesses). It returns the repaired run and records its units in
// m.seqs. ok is false when nothing could be decoded.
func (m *mojibake) candidate(c *codec, text string, start, end int, line string) (string, bool) {
	m.buf = m.buf[:0]
	m.owner = m.owner[:0]
	m.rs = m.rs[:0]
	for _, r := range text[start:end] {
		n := len(m.buf)
		var ok bool
		m.buf, ok = c.encodeRune(m.buf, r, &m.es)
		if !ok {
			m.buf = append(m.buf, 0xFF) // a barrier: never part of UTF-8
		}
		for k := n; k < len(m.buf); k++ {
			m.owner = append(m.owner, int32(len(m.rs)))
		}
		m.rs = append(m.rs, r)
	}
	m.findUnits(c, text, end)
	if len(m.seqs) == 0 {
		return "", false
	}
	m.cover = m.cover[:0]
	for range m.buf {
		m.cover = append(m.cover, -1)
	}
	for i, s := range m.seqs {
		for k := s.start; k < s.end; k++ {
			m.cover[k] = int32(i)
		}
	}
	// Drop units that split a character whose other bytes are not ASCII,
	// until the rest fit.
	fits := false
	for range 4 {
		if !m.dropConflicts() {
			fits = true
			break
		}
	}
	if !fits {
		return "", false
	}
	if line == "" {
		line = lineTail(text[:start])
	}
	var sb strings.Builder
	m.dashAt = m.dashAt[:0]
	pos, si := 0, 0
	any := false
	for pos < len(m.buf) {
		for si < len(m.seqs) && (m.seqs[si].skip || m.seqs[si].end <= pos) {
			si++
		}
		if si < len(m.seqs) && m.seqs[si].start == pos {
			s := &m.seqs[si]
			if s.guess {
				s.r, s.dash = guessLost(m.buf[s.start:s.end], lastRune(line, sb.String(), text[:start]), nextRune(m.buf, s.end, text[end:]), line+sb.String())
				if s.dash {
					m.dashAt = append(m.dashAt, sb.Len())
				}
			}
			sb.WriteRune(s.r)
			any = true
			pos = s.end
			continue
		}
		ch := m.owner[pos]
		first, last := m.charBytes(pos)
		if first == pos && !m.consumedAny(first, last) {
			sb.WriteRune(m.rs[ch])
			pos = last
			continue
		}
		sb.WriteByte(m.buf[pos]) // an ASCII byte of a split character
		pos++
	}
	if !any {
		return "", false
	}
	return sb.String(), true
}

// charBytes returns the byte range of the character owning byte pos.
func (m *mojibake) charBytes(pos int) (first, last int) {
	ch := m.owner[pos]
	first, last = pos, pos
	for first > 0 && m.owner[first-1] == ch {
		first--
	}
	for last < len(m.owner) && m.owner[last] == ch {
		last++
	}
	return first, last
}

func (m *mojibake) consumedAny(first, last int) bool {
	for k := first; k < last; k++ {
		if m.covered(k) {
			return true
		}
	}
	return false
}

// dropConflicts marks as skipped the units that leave part of a non-ASCII
// byte of a character unread; it reports whether it dropped any.
func (m *mojibake) dropConflicts() bool {
	dropped := false
	for i := range m.seqs {
		s := &m.seqs[i]
		if s.skip {
			continue
		}
		for _, edge := range [2]int{s.start, s.end - 1} {
			first, last := m.charBytes(edge)
			for k := first; k < last; k++ {
				if m.buf[k] < utf8.RuneSelf && m.buf[k] != lostByte {
					continue
				}
				if !m.covered(k) {
					m.skipSeq(i)
					dropped = true
					break
				}
			}
			if s.skip {
				break
			}
		}
	}
	return dropped
}

// covered reports whether byte k belongs to a unit still in use.
func (m *mojibake) covered(k int) bool { return m.cover[k] >= 0 }

func (m *mojibake) skipSeq(i int) {
	s := &m.seqs[i]
	s.skip = true
	for k := s.start; k < s.end; k++ {
		m.cover[k] = -1
	}
}

func isCont(b byte) bool { return 0x80 <= b && b <= 0xBF }

// seqLen is the length of the UTF-8 sequence lead byte b starts, 0 if b is
// no lead byte.
func seqLen(b byte) int {
	switch {
	case 0xC2 <= b && b <= 0xDF:
		return 2
	case 0xE0 <= b && b <= 0xEF:
		return 3
	case 0xF0 <= b && b <= 0xF4:
		return 4
	}
	return 0
}

// findUnits finds the decodable units in m.buf: valid UTF-8 sequences,
// CESU-8 surrogate pairs, sequences whose 0xA0 became a space, sequences with
// a byte lost to U+FFFD or '?', and for the lossy codecs truncated sequences
// to guess.
func (m *mojibake) findUnits(c *codec, text string, end int) {
	m.seqs = m.seqs[:0]
	b := m.buf
	for pos := 0; pos < len(b); {
		n := seqLen(b[pos])
		if n == 0 {
			pos++
			continue
		}
		// CESU-8: a surrogate pair encoded as two 3-byte sequences.
		if b[pos] == 0xED && pos+6 <= len(b) && 0xA0 <= b[pos+1] && b[pos+1] <= 0xAF && isCont(b[pos+2]) &&
			b[pos+3] == 0xED && 0xB0 <= b[pos+4] && b[pos+4] <= 0xBF && isCont(b[pos+5]) {
			hi := rune(b[pos+1]&0x0F)<<6 | rune(b[pos+2]&0x3F)
			lo := rune(b[pos+4]&0x0F)<<6 | rune(b[pos+5]&0x3F)
			m.seqs = append(m.seqs, seq{start: pos, end: pos + 6, r: 0x10000 + hi<<10 | lo})
			pos += 6
			continue
		}
		if pos+n <= len(b) {
			if r, size := utf8.DecodeRune(b[pos : pos+n]); size == n {
				m.seqs = append(m.seqs, seq{start: pos, end: pos + n, r: r})
				pos += n
				continue
			}
		}
		if k, r, ok := m.altered(c, pos, n, text, end); ok {
			m.seqs = append(m.seqs, seq{start: pos, end: pos + k, r: r})
			pos += k
			continue
		}
		if k, ok := lossyLen(b, pos, n); ok {
			m.seqs = append(m.seqs, seq{start: pos, end: pos + k, r: utf8.RuneError})
			pos += k
			continue
		}
		if c.lossy {
			k := 1
			for k < n && pos+k < len(b) && isCont(b[pos+k]) {
				k++
			}
			if k < n && (pos+k == len(b) || b[pos+k] < 0x80 || seqLen(b[pos+k]) > 0) && (k >= 2 || b[pos] == 0xC2 || b[pos] == 0xC3 || b[pos] == 0xE2) {
				m.seqs = append(m.seqs, seq{start: pos, end: pos + k, guess: true})
				pos += k
				continue
			}
		}
		pos++
	}
}

// lossyLen matches a UTF-8 sequence in which an earlier decoder replaced
// bytes by U+FFFD (lostByte here) or by '?': the unit reads as U+FFFD.
func lossyLen(b []byte, pos, n int) (int, bool) {
	if pos+n > len(b) {
		return 0, false
	}
	lost := 0
	for k := 1; k < n; k++ {
		switch x := b[pos+k]; {
		case x == lostByte:
			lost++
		case x == '?':
			if k == n-1 && n == 2 && b[pos] > 0xC3 {
				return 0, false
			}
			lost++
		case isCont(x):
		default:
			return 0, false
		}
	}
	if lost == 0 || (n > 2 && lost == n-1 && b[pos+1] == '?') {
		return 0, false
	}
	return n, true
}

// altered matches sequences in which a 0xA0 byte (a no-break space in
// Windows-1252) became a plain space, as text editors and HTML do, and the
// Windows-1252 "Ã " that stands for "à" whose space was lost.
func (m *mojibake) altered(c *codec, pos, n int, text string, end int) (int, rune, bool) {
	if c.cjk {
		return 0, 0, false
	}
	b := m.buf
	fix := func(k int) (int, rune, bool) {
		tmp := make([]byte, n)
		copy(tmp, b[pos:pos+n])
		tmp[k] = 0xA0
		r, size := utf8.DecodeRune(tmp)
		if size != n || r == utf8.RuneError {
			return 0, 0, false
		}
		return n, r, true
	}
	if pos+n > len(b) {
		if b[pos] == 0xC3 && pos+1 == len(b) {
			return m.aGrave(pos, text, end)
		}
		return 0, 0, false
	}
	switch n {
	case 2:
		if b[pos+1] != ' ' {
			return 0, 0, false
		}
		switch b[pos] {
		case 0xC3:
			return m.aGrave(pos, text, end)
		case 0xC2, 0xC5, 0xCE, 0xD0:
			return fix(1)
		}
	case 3:
		switch {
		case (b[pos] == 0xE2 || b[pos] == 0xE3) && b[pos+1] == ' ' && isCont(b[pos+2]):
			return fix(1)
		case 0xE0 <= b[pos] && b[pos] <= 0xE3 && isCont(b[pos+1]) && b[pos+2] == ' ':
			return fix(2)
		}
	case 4:
		if b[pos] == 0xF0 {
			for k := 1; k < 4; k++ {
				if b[pos+k] == ' ' {
					return fix(k)
				}
			}
		}
	}
	return 0, 0, false
}

// aGrave handles "Ã" followed by a space or the end of the run: à whose
// no-break space became a space ("Ã s crianças" is "às crianças") or was lost
// ("jusqu'Ã nos" is "jusqu'à nos"). Portuguese à before quele, quela, quilo
// and s joins the next word. The word after must be lowercase, so that
// capitals spelled out ("S Ã O") stay.
func (m *mojibake) aGrave(pos int, text string, end int) (int, rune, bool) {
	b := m.buf
	// The next few bytes after "Ã", from the run and on into the text.
	after := text[end:]
	if len(after) > 8 {
		after = after[:8]
	}
	head := b[pos+1:]
	if len(head) > 8 {
		head = head[:8]
	}
	rest := string(head) + after
	if strings.HasPrefix(rest, " ") {
		after := rest[1:]
		for _, w := range []string{"quele", "quela", "quilo", "s "} {
			if strings.HasPrefix(after, w) {
				return 2, 'à', true
			}
		}
		if strings.HasPrefix(after, " ") {
			return 2, 'à', true
		}
		if after != "" && 'a' <= after[0] && after[0] <= 'z' || strings.HasPrefix(after, "l’") {
			return 1, 'à', true
		}
		return 0, 0, false
	}
	if rest == "" {
		return 1, 'à', true // "voilÃ" at the very end
	}
	return 0, 0, false
}

// lastRune returns the last rune before a guess: from the candidate built so
// far, else from the line, else from the text before the run.
func lastRune(line, built, before string) rune {
	for _, s := range [3]string{built, line, before} {
		if s != "" {
			r, _ := utf8.DecodeLastRuneInString(s)
			return r
		}
	}
	return 0
}

// nextRune returns the rune after byte pos of buf, reading on into the text
// after the run.
func nextRune(buf []byte, pos int, after string) rune {
	if pos < len(buf) {
		if buf[pos] < utf8.RuneSelf {
			return rune(buf[pos])
		}
		return utf8.RuneError
	}
	if after == "" {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(after)
	return r
}
