package summarize

import (
	"strings"
	"unicode"
)

// The cost model that decides whether a re-decoded run reads better than the
// text it replaces. It follows the idea of ftfy's "text cost" (rspeer/
// python-ftfy, badness.py, Apache-2.0): count unlikely character sequences
// (letters of two scripts touching, stray modifiers, control characters,
// symbols of different kinds side by side) and add the length, so that
// among equally odd texts the shorter wins. The classes, pairs and weights
// here are briefly's own, tuned on ftfy's test cases and the articles of
// ../shared/eval/mojibake.

// Character classes.
const (
	clsLatinUpper = 'L'
	clsLatinLower = 'l'
	clsOtherUpper = 'A' // cased letter of another script
	clsOtherLower = 'a'
	clsUncased    = 'C' // letter of a script without case (Han, Arabic, kana, ...)
	clsControl    = 'X'
	clsMark       = 'M'
	clsModLetter  = 'm'
	clsNumber     = 'N' // numbers other than digits (½, ², Ⅳ)
	clsMathCur    = '1' // math and currency symbols
	clsModSym     = '2' // spacing modifier symbols (¨, ˜)
	clsOtherSym   = '3'
	clsPrivate    = 'P'
	clsUnassigned = '_'
	clsIPA        = 'i'
	clsSpace      = ' '
	clsOther      = 'o' // ASCII, digits, punctuation
)

func runeClass(r rune) byte {
	switch {
	case r < 0x80:
		switch {
		case r == '\n' || r == '\t' || r == '\r' || r == ' ':
			return clsSpace
		case r < 0x20 || r == 0x7F:
			return clsControl
		case 'A' <= r && r <= 'Z':
			return clsLatinUpper
		case 'a' <= r && r <= 'z':
			return clsLatinLower
		}
		return clsOther
	case r < 0xA0:
		return clsControl
	case r == 0xA0:
		return clsSpace
	case r == '´' || r == '˜' || r == 'ˆ' || r == '\ufffd':
		return clsOther // used as quotes and accents on their own
	case 0x250 <= r && r <= 0x2AF:
		return clsIPA
	}
	switch {
	case unicode.IsLetter(r):
		if unicode.Is(unicode.Lm, r) {
			return clsModLetter
		}
		latin := unicode.Is(unicode.Latin, r)
		switch {
		case unicode.IsUpper(r) || unicode.IsTitle(r):
			if latin {
				return clsLatinUpper
			}
			return clsOtherUpper
		case unicode.IsLower(r):
			if latin {
				return clsLatinLower
			}
			return clsOtherLower
		}
		return clsUncased
	case unicode.IsMark(r):
		return clsMark
	case unicode.Is(unicode.No, r):
		return clsNumber
	case unicode.Is(unicode.Sm, r) || unicode.Is(unicode.Sc, r):
		return clsMathCur
	case unicode.Is(unicode.Sk, r):
		return clsModSym
	case unicode.Is(unicode.So, r):
		return clsOtherSym
	case unicode.Is(unicode.Co, r):
		return clsPrivate
	case unicode.IsSpace(r):
		return clsSpace
	case unicode.IsControl(r) || unicode.Is(unicode.Cs, r):
		return clsControl
	case !unicode.Is(unicode.Cf, r) && !unicode.IsPunct(r) && !unicode.IsDigit(r):
		return clsUnassigned
	}
	return clsOther
}

// isCJK reports whether r belongs to the scripts the CJK codecs produce from
// UTF-8 bytes: ideographs, kana, hangul, their half-width forms.
func isCJK(r rune) bool {
	switch {
	case 0x3040 <= r && r <= 0x30FF, // kana
		0x3400 <= r && r <= 0x4DBF, // ideographs ext A
		0x4E00 <= r && r <= 0x9FFF, // ideographs
		0xAC00 <= r && r <= 0xD7AF, // hangul syllables
		0x3130 <= r && r <= 0x318F, // hangul compatibility jamo
		0xF900 <= r && r <= 0xFAFF, // compatibility ideographs
		0xFF61 <= r && r <= 0xFFDC, // half-width kana and hangul
		0xE000 <= r && r <= 0xF8FF: // private use (GBK maps some bytes there)
		return true
	}
	return false
}

// isCommonSymbol lists characters that occur in mojibake but are common on
// their own; seeing them makes a text slightly less suspect.
func isCommonSymbol(r rune) bool {
	switch r {
	case '…', '—', '–', '‘', '’', '“', '”', '¡', '¿', '°', '™', '®', '‹', '›', '«', '»',
		'\u00a0', '´', '×', 'ß', '\ufeff', '€', '£', '©':
		return true
	}
	return false
}

// afterAHat lists what follows Â or Ã in Windows-1252 mojibake of Latin-1
// letters and symbols; real text almost never has these pairs.
func afterAHat(r rune, next rune) bool {
	if 0x80 <= r && r <= 0x9F {
		return true
	}
	switch r {
	case '€', 'ƒ', '‚', '„', '†', '‡', 'ˆ', '‰', '‹', 'Œ', '“', '•', '˜', 'œ', 'Ÿ',
		'¡', '¢', '£', '¤', '¦', '§', '¨', 'ª', '«', '¬', '¯', '°', '±', '²', '³',
		'µ', '¶', '·', '¸', '¹', 'º', '¼', '½', '¾', '¿', 'ž', 'Š', 'š', '\u00ad', '–', '—':
		return true
	case '›', '»', '‘', '”', '´', '©', '™', '®':
		return next == 0 || unicode.IsLetter(next) || next == ' ' || unicode.IsPunct(next)
	}
	return false
}

// pairSignals maps a character to those that, following it, are the
// signature of mojibake in one of the single-byte codecs (Windows-1251 "Ð°",
// Windows-1250 "Ĺˇ", MacRoman "◊ë", CP437 "╨┐", Arabic in Windows-1252 "Ø±").
var pairSignals = map[rune]string{
	'Ð': "¸°µ½¾ƒ€‚±²³¹º¼¿·¶»·",
	'Ñ': "¸°µ½¾ƒ€‚ŒŠ‹‡†…„ˆ‰š›œ",
	'Р': "µ°‚ѓёЂЃѕј\u00a0—Ћ",
	'С': "µ°‚ѓёЂЃѕј\u00a0—Ћ",
	'Ø': "\u0080\u0081\u0090\u009d€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ¡¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿",
	'Ù': "\u0080\u0081\u0090\u009d€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ¡¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿",
	'×': "‘’”•¢¨™žŸ\u0090\u0091ª˘©ˇ\u0090",
	'ï': "¼»¸¿",
	'Ä': "\u008d\u0081±°¡¾½¸¹Ÿžˇ\u008cŒŽ†·«“›ƒ\u009b",
	'Å': "\u008d\u0081±°¡¾½¸¹Ÿžˇ\u008cŒŽ†·«“›ƒ¡¾¼",
	'Ĺ': "‚„…†‡‰Š‹ŚŤŽŹ‘’“”•–—™š›śťžźˇ˘ŁĄ¦§¨©Ş«¬®Ż°±˛ł´µ¶·¸ąş»Ľ˝ľż",
	'Ř': "‚„…†‡‰Š‹ŚŤŽŹ‘’“”•–—™š›śťžźˇ˘ŁĄ¦§¨©Ş«¬®Ż°±˛ł´µ¶·¸ąş»Ľ˝ľż",
	'Ů': "‚„…†‡‰Š‹ŚŤŽŹ‘’“”•–—™š›śťžźˇ˘ŁĄ¦§¨©Ş«¬®Ż°±˛ł´µ¶·¸ąş»Ľ˝ľż",
	'◊': "êëìíîïòôö",
	'ÿ': "±≥ßÑÅ´ß©",
	'Ÿ': "ÑÅ",
	'╨': "┐░▒▓│┤╡╢╖╕╣║╗╝╜╛┌└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘",
	'╤': "Çüéâäàåçêëèïîì",
	'─': "îíéç",
	'┼': "íñ",
	'ß': "║╗",
	'Г': " ",
	'ƒ': macFollowers,
}

// c1Followers are the Windows-1252 characters of bytes 0x80-0xBF that
// follow a lead byte in mojibake of two-byte UTF-8, less those common after
// capital letters in real text (’ … ® ™ — £ ¥ and the no-break space).
const c1Followers = "\ufffd\u0080\u0081\u008d\u008f\u0090\u009d€‚ƒ„†‡ˆ‰Š‹ŒŽ‘“”•–˜š›œžŸ¡¢¤¦§¨©ª«¬¯°±²³´µ¶·¸¹º»¼½¾¿"

// leadSignal reports whether r, a Windows-1252 reading of a UTF-8 lead byte
// that starts Latin, combining, Greek, Cyrillic, Hebrew or Arabic letters,
// followed by nx is mojibake.
func leadSignal(r, nx rune) bool {
	switch r {
	case 'Â', 'Ã', 'Ä', 'Å', 'Ì', 'Í', 'Î', 'Ï', 'Ð', 'Ñ', 'Ø', 'Ù', 'Ú', 'Û':
		return strings.ContainsRune(c1Followers, nx)
	case '×':
		return strings.ContainsRune("\u0090\u0091\u0092\u0093\u0094‘’”•¢¨™žŸª˘©ˇ", nx)
	case 'â', 'ã', 'ä', 'å', 'æ', 'ç', 'è', 'é':
		return 0x80 <= nx && nx <= 0x9F || strings.ContainsRune("\ufffd€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ", nx)
	case 'ð':
		return nx == 'Ÿ' || nx == 0x9F || nx == 'ž'
	case 'ï':
		return strings.ContainsRune("¼»¸¿½", nx)
	}
	return false
}

// mojibakeSignals counts character pairs that are the signature of
// mojibake: evidence that a run is damaged, not merely odd.
func mojibakeSignals(rs []rune, lo, hi int) int {
	n := 0
	at := func(i int) rune {
		if i < 0 || i >= len(rs) {
			return 0
		}
		return rs[i]
	}
	for i := lo; i < hi; i++ {
		r, nx := rs[i], at(i+1)
		switch {
		case 0x80 <= r && r <= 0x9F:
			n++
		case (r == 'Â' || r == 'Ã') && afterAHat(nx, at(i+2)):
			n++
		case r == 'Ã' && (nx == ' ' || nx == 0 || nx == '\u00a0'):
			n++
		case r == 'Â' && nx == '\u00a0' && !unicode.IsUpper(at(i-1)):
			n++ // "ofÂ\u00a0Marie"; after capitals it may be a name ("MISUTÂ")
		case r == '√' && unicode.IsLetter(at(i-1)) && strings.ContainsRune(macFollowers, nx):
			n++ // "pi√π": MacRoman ù inside a word, not a square root
		case r == 'Å' && (nx == '’' || nx == '\u00a0') && unicode.IsLower(at(i+2)):
			n++ // "Å’uvre" is Œuvre, "Å\u00a0koda" Škoda
		case leadSignal(r, nx):
			n++
		case isBox(r) && nx >= 0xC0 && nx <= 0x24F:
			n++
		case r == 'Ă' && 0x80 <= nx && nx <= 0xBF:
			n++
		case (r == '¬' || r == '√') && macRomanAfter(nx):
			n++
		case (r == 'ð' || r == 'đ') && (nx == 'Ÿ' || nx == 0x9F):
			n++
		case r == 'â' && (nx == '€' || nx == '\u0080'):
			n++
		case r == 'в' && nx == 'Ђ':
			n++
		case r == '‚' && at(i+1) == 'Ä':
			n++
		default:
			if set, ok := pairSignals[r]; ok && strings.ContainsRune(set, nx) {
				n++
			}
		}
	}
	return n
}

// macFollowers are the MacRoman characters of bytes 0x80-0xBF.
const macFollowers = "ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿"

func isGreek(r rune) bool { return 0x370 <= r && r <= 0x3FF }

func isBox(r rune) bool { return 0x2500 <= r && r <= 0x257F }

func macRomanAfter(r rune) bool {
	switch r {
	case 'Ä', 'Å', 'Ç', 'É', 'Ñ', 'Ö', 'Ü', 'á', 'à', 'â', 'ä', 'ã', 'å', 'ç', 'é', 'è', 'ê',
		'ë', 'í', 'ì', 'î', 'ï', 'ñ', 'ú', 'ù', 'û', 'ü', '†', '¢', '£', '§', '¶', 'ß', '®',
		'©', '™', '≠', 'Æ', 'Ø', '¥', 'ª', 'æ', 'ø', '≤', '≥', 'ò', 'ô', 'ö', 'ó', '∂', '±':
		return true
	}
	return false
}

// costCtx is what the cost of a run depends on beyond the run itself.
type costCtx struct {
	prev, next rune // neighbours outside the run, 0 at the text's ends
	latin      bool // the nearest letters around the run are Latin
}

// runCost returns the cost of rs read between ctx.prev and ctx.next: its
// length plus twice the unlikely pairs and characters, with a bonus for
// common symbols and a penalty for mojibake signatures. signals is the number
// of mojibake signatures alone.
func runCost(rs []rune, ctx costCtx) (cost, signals int) {
	all := make([]rune, 0, len(rs)+2)
	all = append(all, ctx.prev)
	all = append(all, rs...)
	all = append(all, ctx.next)
	weird := 0
	cls := make([]byte, len(all))
	for i, r := range all {
		if r == 0 {
			cls[i] = clsSpace
			continue
		}
		cls[i] = runeClass(r)
	}
	for i := 1; i < len(all)-1; i++ {
		r, c := all[i], cls[i]
		switch c {
		case clsControl, clsPrivate, clsUnassigned, clsModSym:
			weird++
		case clsIPA:
			weird++
		}
		if ctx.latin && 0x590 <= r && r <= 0x6FF { // a lone Hebrew or Arabic letter
			weird++
		}
		if isCJK(r) && ctx.latin {
			weird++
			if 0xFF61 <= r && r <= 0xFF9F {
				weird++
			}
		}
		if isCommonSymbol(r) {
			cost--
		}
	}
	// Pairs touching the run.
	for i := 0; i < len(all)-1; i++ {
		a, b := cls[i], cls[i+1]
		ra, rb := all[i], all[i+1]
		if rb == 0 || ra == 0 {
			continue
		}
		switch {
		case b == clsMark && a != clsUncased && a != clsMark && !(ra >= 0x300 && ra < 0x370):
			weird++
		case (a == clsLatinUpper || a == clsLatinLower) && (b == clsOtherUpper || b == clsOtherLower || b == clsUncased) && !isGreek(rb):
			weird++
		case (a == clsOtherUpper || a == clsOtherLower || a == clsUncased) && (b == clsLatinUpper || b == clsLatinLower) && !isGreek(ra):
			weird++
		case isASCIIDigitRune(ra) && (b == clsOtherUpper || b == clsOtherLower || b == clsUncased) && !isCJK(rb):
			weird++
		case (a == clsOtherUpper || a == clsOtherLower || a == clsUncased) && !isCJK(ra) && isASCIIDigitRune(rb):
			weird++
		case a != b && isExclusive(a) && isExclusive(b):
			weird++
		case a == clsLatinLower && b == clsLatinUpper && ra >= 0x80:
			weird++
		}
	}
	signals = mojibakeSignals(all, 1, len(all)-1)
	cost += len(rs) + 2*weird + 2*signals
	return cost, signals
}

func isASCIIDigitRune(r rune) bool { return '0' <= r && r <= '9' }

func isExclusive(c byte) bool {
	return c == clsMark || c == clsModLetter || c == clsNumber || c == clsMathCur || c == clsOtherSym
}
