package summarize

import (
	"unicode"
	"unicode/utf8"
)

// Script checks on a candidate repair. Re-encoding a run and reading the
// bytes as UTF-8 can always produce something; when the run was not
// mojibake of that codec, or was damaged beyond repair (ftfy's "absolutely
// hopeless garble": lowercased double mojibake), the decoded characters fall
// in scripts the run never showed, most often CJK and kana, since the UTF-8
// lead bytes E3-E9 read in Windows-1252 as the Latin letters ã-é. Real
// repairs are coherent: their new script stands alone, the mojibake
// signatures are gone, and CJK comes out as a run of common characters.

// Script classes of letters, as bits.
const (
	scriptLatin = 1 << iota
	scriptCJK
	scriptGreek
	scriptCyrillic
	scriptOther // Armenian, Hebrew, Arabic, Indic, ...
)

// letterScript returns the script class of r, 0 when r is no letter.
func letterScript(r rune) int {
	switch {
	case r < utf8.RuneSelf:
		if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
			return scriptLatin
		}
		return 0
	case isCJK(r):
		if 0xE000 <= r && r <= 0xF8FF {
			return 0 // private use: no script, judged by the cost model
		}
		return scriptCJK
	case !unicode.IsLetter(r) || unicode.Is(unicode.Common, r):
		return 0 // modifier letters such as ˆ belong to no script
	case unicode.Is(unicode.Latin, r):
		return scriptLatin
	case isGreek(r):
		return scriptGreek
	case unicode.Is(unicode.Cyrillic, r):
		return scriptCyrillic
	case unicode.Is(unicode.Han, r):
		return scriptCJK
	}
	return scriptOther
}

// isCommonCJK reports whether r is in a block of everyday CJK text: kana,
// the unified ideographs, hangul syllables. Extension A, the kanbun marks,
// compatibility ideographs and half-width forms are rare in real text and
// common in over-decoded Latin ("ã¢€" gives U+3880 㢀).
func isCommonCJK(r rune) bool {
	return 0x3041 <= r && r <= 0x30FA || 0x4E00 <= r && r <= 0x9FFF || 0xAC00 <= r && r <= 0xD7A3
}

// coherent reports whether cand, a repair of the run orig read between the
// neighbours of ctx, may stand. A candidate that brings letters of a script
// the run did not show (Cyrillic from "Ð¿", Arabic from "Ø±", CJK from
// "æ—¥") must be free of mojibake signatures, and no new letter may touch
// an accented Latin one ("ãľՋ", "ã㢀"): new letters next to leftover
// mojibake are a decoding of noise. CJK must moreover be common characters
// and, in Latin context, a run of at least two (a lost character, U+FFFD,
// counted in), since three Latin characters such as "é’”" read as one
// ideograph by chance. signals is the number of mojibake signatures left in
// cand.
func coherent(orig, cand string, signals int, ctx costCtx) bool {
	had := 0
	for _, r := range orig {
		had |= letterScript(r)
	}
	brought := 0
	rare, touching := false, false
	run, longest := 0, 0
	var prevNew, prevAccent bool // what the previous character was
	for _, r := range cand {
		s := letterScript(r)
		isNew := s&^had&^scriptLatin != 0
		if isNew {
			brought |= s
		}
		switch {
		case s == scriptCJK:
			rare = rare || !isCommonCJK(r)
			run++
		case r == utf8.RuneError:
			run++ // a character lost to U+FFFD: in a CJK run, most likely CJK
		case s != 0 || unicode.IsDigit(r):
			run = 0
		}
		longest = max(longest, run)
		accent := s == scriptLatin && r >= utf8.RuneSelf
		if isNew && prevAccent || accent && prevNew {
			touching = true // an accented Latin letter next to a new one
		}
		prevNew, prevAccent = isNew, accent
	}
	switch {
	case brought == 0:
		return true
	case signals > 0 || touching:
		return false
	case brought&scriptCJK == 0:
		return true
	}
	return !rare && (!ctx.latin || longest >= 2)
}
