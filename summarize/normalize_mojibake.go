package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A run is a stretch of non-ASCII characters (with single spaces or question
// marks between them, which may stand for lost bytes), the unit that mojibake
// repair decides on: real text mixes damaged and clean parts, so the decision
// is made run by run, never for the whole document.
type run struct {
	start, end int  // byte span in the text, trailing space or '?' included
	best       int  // index in codecTable of the chosen codec, -1 for none
	signals    int  // mojibake signatures in the original run
	gain       int  // cost of the original minus cost of the repair
	clear      bool // the repair stands on the run's own evidence
}

// seq is one decoded unit found in the re-encoded bytes of a run.
type seq struct {
	start, end int  // byte range in the encoded run
	r          rune // decoded rune
	guess      bool // restored from context: a byte was lost
	dash       bool // a guessed spaced dash: em or en decided per document
	skip       bool // dropped after a conflict
}

// mojibake is the state of mojibake repair during one pass of Normalize:
// buffers reused from run to run and what the rounds learned.
type mojibake struct {
	es     encoderSet
	report *Report
	dashes []int // byte offsets in the round's output of guessed dashes
	dashAt []int // byte offsets in the last candidate of guessed dashes
	out    strings.Builder
	buf    []byte
	owner  []int32
	rs     []rune
	seqs   []seq
	cover  []int32 // for each byte of buf, the unit that reads it, or -1
	// confirmed marks the codecs that clearly damaged some run, in this
	// round or an earlier one.
	confirmed []bool
}

// fixRound runs one round of mojibake repair over text and reports whether
// it changed anything.
//
// Each run is read back with every codec. A codec that repairs several runs
// of the document is its primary codec and costs nothing extra; the others
// pay their prior. A repair stands when the run carries a mojibake signature
// or the repair is clearly cheaper; weaker repairs stand only with a codec
// already confirmed elsewhere in the document.
func (m *mojibake) fixRound(text string) (string, bool) {
	codecs := codecTable()
	runs := findRuns(text)
	if len(runs) == 0 {
		return text, false
	}
	if m.confirmed == nil {
		m.confirmed = make([]bool, len(codecs))
	}
	costs := make([][]int, len(runs))
	origCosts := make([]int, len(runs))
	support := make([]int, len(codecs))
	for i := range runs {
		rn := &runs[i]
		ctx := m.context(text, rn.start, rn.end)
		orig := text[rn.start:rn.end]
		origCosts[i], rn.signals = runCost([]rune(orig), ctx)
		costs[i] = make([]int, len(codecs))
		for ci, c := range codecs {
			costs[i][ci] = noRepair
			cand, ok := m.candidate(c, text, rn.start, rn.end, "")
			if !ok || cand == orig {
				continue
			}
			guesses := m.unknownGuesses()
			deep, ok := m.deepCost(orig, cand, ctx)
			if !ok {
				continue
			}
			costs[i][ci] = deep + 2*guesses
			if costs[i][ci] < origCosts[i] {
				support[ci]++
			}
		}
	}
	primary := -1
	for ci, n := range support {
		if n >= 2 && (primary < 0 || n > support[primary]) {
			primary = ci
		}
	}
	for i := range runs {
		rn := &runs[i]
		rn.best = -1
		bestCost := noRepair
		for ci, c := range codecs {
			if costs[i][ci] == noRepair {
				continue
			}
			cost := costs[i][ci]
			if ci != primary && !m.confirmed[ci] {
				cost += c.prior
			}
			if cost < bestCost || cost == bestCost && ci == primary {
				bestCost, rn.best = cost, ci
			}
		}
		if rn.best < 0 {
			continue
		}
		rn.gain = origCosts[i] - bestCost
		ctx := m.context(text, rn.start, rn.end)
		if clearlyDamaged(rn, ctx, codecs[rn.best]) {
			rn.clear = true
			m.confirmed[rn.best] = true
		}
	}
	m.out.Reset()
	m.out.Grow(len(text))
	changed := false
	last := 0
	for i := range runs {
		rn := &runs[i]
		if rn.best < 0 {
			continue
		}
		c := codecs[rn.best]
		if !rn.clear && !(rn.gain > 0 && m.confirmed[rn.best]) {
			continue
		}
		m.out.WriteString(text[last:rn.start])
		base := m.out.Len()
		line := lineTail(m.out.String())
		cand, ok := m.candidate(c, text, rn.start, rn.end, line)
		if !ok {
			m.out.WriteString(text[rn.start:rn.end])
			last = rn.end
			continue
		}
		for _, s := range m.seqs {
			if s.skip {
				continue
			}
			if s.guess {
				m.report.Guessed++
			}
			m.report.Changed++
		}
		for _, off := range m.dashAt {
			m.dashes = append(m.dashes, base+off)
		}
		m.out.WriteString(cand)
		m.report.addCodec(codecName(c, text[rn.start:rn.end]))
		last = rn.end
		changed = true
	}
	if !changed {
		return text, false
	}
	m.out.WriteString(text[last:])
	return m.out.String(), true
}

// unknownGuesses counts the units of the last candidate that lost a byte
// and could not be guessed: they read as U+FFFD.
func (m *mojibake) unknownGuesses() int {
	n := 0
	for _, s := range m.seqs {
		if !s.skip && s.guess && s.r == utf8.RuneError {
			n++
		}
	}
	return n
}

// maxLine bounds how far back the quote state of a line is read.
const maxLine = 2000

// lineTail returns the last line of s, at most maxLine bytes of it.
func lineTail(s string) string {
	if len(s) > maxLine {
		s = s[len(s)-maxLine:]
		for len(s) > 0 && !utf8.RuneStart(s[0]) {
			s = s[1:]
		}
	}
	return s[strings.LastIndexByte(s, '\n')+1:]
}

// noRepair marks a codec that cannot repair a run.
const noRepair = 1 << 30

// deepCost is the cost of cand, a repair of the run orig. When the repair
// still carries mojibake signatures (text damaged twice or more), it is
// repaired again, in isolation, as long as that is cheaper; the cost is then
// the end's plus the priors of the codecs used. ok is false when cand is no
// coherent repair of orig, or when the chain of repairs ends with signatures
// left: damage no codec explains, such as mojibake lowercased or a garble
// of several codecs, which a partial repair would only make worse.
func (m *mojibake) deepCost(orig, cand string, ctx costCtx) (cost int, ok bool) {
	cost, sig := runCost([]rune(cand), ctx)
	if !coherent(orig, cand, sig, ctx) {
		return 0, false
	}
	priors := 0
	for step := 1; sig > 0 && step < maxRounds; step++ {
		best, bestCost, bestSig, bestPrior := "", cost, 0, 0
		for _, c := range codecTable() {
			if c.cjk {
				continue
			}
			again, ok := m.candidate(c, cand, 0, len(cand), "")
			if !ok || again == cand {
				continue
			}
			c2, sig2 := runCost([]rune(again), ctx)
			if priors+c2+c.prior < bestCost && coherent(orig, again, sig2, ctx) {
				best, bestCost, bestSig, bestPrior = again, priors+c2+c.prior, sig2, c.prior
			}
		}
		if best == "" {
			break
		}
		cand, cost, sig = best, bestCost, bestSig
		priors += bestPrior
	}
	return cost, sig == 0
}

// clearlyDamaged reports whether a run's repair stands on its own evidence;
// weaker repairs are made only when the same codec clearly damaged another
// run of the document.
func clearlyDamaged(rn *run, ctx costCtx, c *codec) bool {
	if rn.signals > 0 && rn.gain > 0 {
		return true
	}
	if c.cjk && ctx.latin && rn.gain > 0 {
		return true
	}
	return rn.gain >= 3
}

// codecName names the codec for the report: Windows-1252 damage that shows
// C1 controls is Latin-1 damage.
func codecName(c *codec, orig string) string {
	if c.name == "windows-1252" && strings.ContainsFunc(orig, func(r rune) bool { return 0x80 <= r && r <= 0x9F }) {
		return "latin-1"
	}
	return c.name
}

// findRuns returns the runs of text worth a look: stretches of non-ASCII
// characters.
func findRuns(text string) []run {
	var runs []run
	i := 0
	for i < len(text) {
		if text[i] < utf8.RuneSelf {
			i++
			continue
		}
		start := i
		j := i
		for j < len(text) {
			if text[j] >= utf8.RuneSelf {
				_, n := utf8.DecodeRuneInString(text[j:])
				j += n
				continue
			}
			if (text[j] == ' ' || text[j] == '?') && j+1 < len(text) && text[j+1] >= utf8.RuneSelf {
				j++
				continue
			}
			break
		}
		if r, n := utf8.DecodeRuneInString(text[start:]); start+n == j && loneIsPlain(r) {
			i = j // one plain character alone: no codec reads it as UTF-8
			continue
		}
		if j < len(text) && (text[j] == ' ' || text[j] == '?') {
			j++
		}
		runs = append(runs, run{start: start, end: j})
		i = j
	}
	return runs
}

// loneIsPlain reports whether r standing alone between ASCII characters
// cannot be mojibake: it is no C1 control, no lead byte that may have lost
// its no-break space (Â Ã Å Î Ð Г) and no character of the CJK codecs.
func loneIsPlain(r rune) bool {
	switch r {
	case 'Â', 'Ã', 'Å', 'Î', 'Ð', 'Г', '\ufffd':
		return false
	}
	return 0xA0 <= r && r <= 0x24F || 0x2010 <= r && r <= 0x2027
}

// context returns the cost context of text[start:end].
func (m *mojibake) context(text string, start, end int) costCtx {
	var ctx costCtx
	if start > 0 {
		ctx.prev, _ = utf8.DecodeLastRuneInString(text[:start])
	}
	if end < len(text) {
		ctx.next, _ = utf8.DecodeRuneInString(text[end:])
	}
	before := nearestLetter(text[:start], true)
	after := nearestLetter(text[end:], false)
	ctx.latin = (before == 0 || isLatinLetter(before)) && (after == 0 || isLatinLetter(after)) && (before != 0 || after != 0)
	return ctx
}

func isLatinLetter(r rune) bool {
	return r < 0x80 && unicode.IsLetter(r) || r >= 0x80 && unicode.Is(unicode.Latin, r)
}

// nearestLetter finds the letter nearest to the cut, looking back or
// forward across at most 40 bytes; 0 when there is none.
func nearestLetter(s string, back bool) rune {
	for n := 0; n < 40 && s != ""; n++ {
		var r rune
		var size int
		if back {
			r, size = utf8.DecodeLastRuneInString(s)
			s = s[:len(s)-size]
		} else {
			r, size = utf8.DecodeRuneInString(s)
			s = s[size:]
		}
		if unicode.IsLetter(r) {
			return r
		}
	}
	return 0
}
