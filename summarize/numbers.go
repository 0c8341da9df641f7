package summarize

import (
	"math"
	"strconv"
	"strings"
)

// Numbers, money, percentages and quantities: "1,200", "3.5 million",
// "two", "$5 million", "3 billion yuan", "€20", "5%", "12 percent",
// "10 km", "39-year-old". Values are normalized: a plain decimal number
// ("5000000"), money with its ISO 4217 code ("5000000 USD"), a percentage
// with "%" ("12%"), a quantity with its unit ("10 km").

// wordNumbers are the spelled-out cardinals news uses.
var wordNumbers = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
	"hundred": 100, "thousand": 1000, "million": 1e6, "billion": 1e9,
}

// scales multiply the number before them; the short forms are glued
// ("5bn") or follow it ("5 m" is left out: it is metres as often).
var scales = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "tn": 1e12,
	"millions": 1e6, "billions": 1e9, "thousands": 1e3, "hundreds": 100,
}

// currencySymbols and currencyWords map to ISO 4217 codes.
var currencySymbols = map[string]string{"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB"}

var currencyWords = map[string]string{
	"dollar": "USD", "dollars": "USD", "usd": "USD", "euro": "EUR", "euros": "EUR",
	"pound": "GBP", "pounds": "GBP", "sterling": "GBP", "yuan": "CNY", "renminbi": "CNY",
	"rmb": "CNY", "yen": "JPY", "rupee": "INR", "rupees": "INR", "won": "KRW",
	"ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "peso": "MXN",
	"pesos": "MXN", "franc": "CHF", "francs": "CHF", "real": "BRL", "reais": "BRL",
	"lira": "TRY", "shekel": "ILS", "shekels": "ILS", "rand": "ZAR", "naira": "NGN",
}

// units map unit words to the symbol the Value uses. Durations count as
// quantities too ("five years").
var units = map[string]string{
	"mile": "mi", "miles": "mi", "mi": "mi", "kilometer": "km", "kilometers": "km",
	"kilometre": "km", "kilometres": "km", "km": "km", "meter": "m", "meters": "m",
	"metre": "m", "metres": "m", "centimeters": "cm", "centimetres": "cm", "cm": "cm",
	"millimeters": "mm", "millimetres": "mm", "mm": "mm", "feet": "ft", "foot": "ft",
	"ft": "ft", "inch": "in", "inches": "in", "yard": "yd", "yards": "yd",
	"pound": "lb", "pounds": "lb", "lb": "lb", "lbs": "lb", "ounce": "oz", "ounces": "oz",
	"kilogram": "kg", "kilograms": "kg", "kg": "kg", "kilos": "kg", "gram": "g",
	"grams": "g", "ton": "t", "tons": "t", "tonne": "t", "tonnes": "t",
	"liter": "l", "liters": "l", "litre": "l", "litres": "l", "gallon": "gal",
	"gallons": "gal", "barrel": "bbl", "barrels": "bbl", "acre": "acre",
	"acres": "acre", "hectare": "ha", "hectares": "ha", "degree": "°", "degrees": "°",
	"mph": "mph", "kph": "km/h", "second": "s", "seconds": "s", "minute": "min",
	"minutes": "min", "hour": "h", "hours": "h", "day": "d", "days": "d",
	"week": "wk", "weeks": "wk", "month": "mo", "months": "mo", "year": "yr",
	"years": "yr", "people": "people", "men": "people", "women": "people",
	"children": "children", "cases": "cases", "deaths": "deaths", "votes": "votes",
	"goals": "goals", "points": "points", "runs": "runs", "homes": "homes",
	"troops": "troops", "soldiers": "soldiers", "jobs": "jobs",
}

// numberMatch is one number, money, percentage or quantity phrase.
type numberMatch struct {
	n     int
	kind  EntityKind
	value string
}

// matchNumber looks for a numeric phrase starting at x.toks[i].
func matchNumber(x *extractor, i int) (numberMatch, bool) {
	t := &x.toks[i]
	cur := ""
	start := i
	if t.kind == tPunct {
		code, ok := currencySymbols[x.strOf(t)]
		if !ok || i+1 >= len(x.toks) || x.toks[i+1].kind != tNum || !x.toks[i+1].glued() {
			return numberMatch{}, false
		}
		cur = code
		i++
	}
	if cur == "" {
		if n, ok := matchTally(x, i); ok {
			return numberMatch{n: n, kind: Number, value: x.str(i) + "-" + x.str(i+n-1)}, true
		}
	}
	if cur == "" {
		if v, ok := gluedMetres(x.strOf(t)); ok {
			return numberMatch{n: 1, kind: Quantity, value: numberWith(v, " m", "")}, true
		}
	}
	// "US$5": the scanner gives "US" and "$"; the dollar is enough
	v, n, ok := readNumber(x, i)
	if !ok {
		return numberMatch{}, false
	}
	j := i + n
	if j < len(x.toks) {
		nx := x.lower(j)
		unit := x.toks[j].lex&lexUnit != 0 // currencyWords and units hold only words with the bit
		switch {
		case cur == "" && unit && currencyWords[nx] != "" && (nx != "pound" && nx != "pounds" || isMoneyPound(x, j)):
			cur = currencyWords[nx]
			j++
		case cur == "" && (nx == "%" || nx == "percent" || nx == "pct"):
			return numberMatch{n: j + 1 - start, kind: Percent, value: numberWith(v, "%", "")}, true
		case cur == "" && nx == "per" && j+1 < len(x.toks) && x.lower(j+1) == "cent":
			return numberMatch{n: j + 2 - start, kind: Percent, value: numberWith(v, "%", "")}, true
		case cur == "" && nx == "-" && x.toks[j].glued() && j+1 < len(x.toks) && x.toks[j+1].glued() && x.toks[j+1].lex&lexUnit != 0 && units[x.lower(j+1)] != "":
			// "39-year-old", "10-mile", "three-month"
			n := j + 2 - start
			if j+3 < len(x.toks) && x.str(j+2) == "-" && x.lower(j+3) == "old" {
				n += 2
			}
			return numberMatch{n: n, kind: Quantity, value: numberWith(v, " ", units[x.lower(j+1)])}, true
		case cur == "" && unit && units[nx] != "" && !(t.kind == tWord && v == 1):
			return numberMatch{n: j + 1 - start, kind: Quantity, value: numberWith(v, " ", units[nx])}, true
		}
	}
	if cur != "" {
		return numberMatch{n: j - start, kind: Money, value: numberWith(v, " ", cur)}, true
	}
	if t.kind == tWord && v == 1 && cur == "" {
		return numberMatch{}, false // "one" alone is rarely a count
	}
	return numberMatch{n: j - start, kind: Number, value: numberWith(v, "", "")}, true
}

// matchTally matches a vote tally or a score at x.toks[i]: "6-3", "4–1",
// two small whole numbers joined by a hyphen or dash with no space. It
// returns the tokens taken. A range of a quantity ("5-10 years") or a
// season ("2014-15") is no tally.
func matchTally(x *extractor, i int) (int, bool) {
	if i+2 >= len(x.toks) {
		return 0, false
	}
	a, d, b := &x.toks[i], &x.toks[i+1], &x.toks[i+2]
	if a.kind != tNum || !a.digits() || b.kind != tNum || !b.digits() || !d.glued() || !b.glued() || a.e()-a.s() > 3 || b.e()-b.s() > 3 {
		return 0, false
	}
	if s := x.strOf(d); s != "-" && s != "–" {
		return 0, false
	}
	if i+3 < len(x.toks) && (units[x.lower(i+3)] != "" || x.str(i+3) == "%" || x.lower(i+3) == "percent") {
		return 0, false
	}
	if i+3 < len(x.toks) && x.toks[i+3].glued() && (x.str(i+3) == "-" || x.str(i+3) == "–") {
		return 0, false // "4-5-2", a phone number or a formation
	}
	return 3, true
}

// gluedMetres reads "5,000m" or "100m" with no currency before it as
// metres: a million is written "5m" after a currency sign ("£5m") or as a
// small count, while heights and races are large round numbers.
func gluedMetres(s string) (float64, bool) {
	if len(s) < 2 || s[len(s)-1] != 'm' || !isDigitByte(s[len(s)-2]) {
		return 0, false
	}
	num := s[:len(s)-1]
	v, err := strconv.ParseFloat(strings.ReplaceAll(num, ",", ""), 64)
	if err != nil || (v < 100 && strings.IndexByte(num, ',') < 0) {
		return 0, false
	}
	return v, true
}

// isMoneyPound tells "5 pounds" of money from weight: only "pounds
// sterling" is sure; British text writes money as "£5".
func isMoneyPound(x *extractor, j int) bool {
	return j+1 < len(x.toks) && x.lower(j+1) == "sterling"
}

// readNumber reads a number at x.toks[i] with its scale words: "3.5
// million", "5bn", "twenty-five", "two hundred". It returns the value and
// how many tokens it took.
func readNumber(x *extractor, i int) (float64, int, bool) {
	t := &x.toks[i]
	var v float64
	n := 1
	switch t.kind {
	case tNum:
		s := x.strOf(t)
		mult := 1.0
		// glued suffix: "5bn", "10k", "5th", "10km"
		k := len(s)
		for k > 0 && isASCIILetter(s[k-1]) {
			k--
		}
		if k < len(s) {
			suf := lowerASCII(s[k:])
			if sc, ok := scales[suf]; ok {
				mult = sc
			} else {
				return 0, 0, false
			}
			s = s[:k]
		}
		if indexByte(s, ':') >= 0 {
			return 0, 0, false
		}
		f, ok := parseDigits(s)
		if !ok {
			var err error
			if f, err = strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64); err != nil {
				return 0, 0, false
			}
		}
		v = f * mult
	case tWord:
		if t.lex&lexNumber == 0 {
			return 0, 0, false // not in wordNumbers
		}
		w, ok := wordNumbers[x.lowerOf(t)]
		if !ok || w >= 100 {
			return 0, 0, false
		}
		v = float64(w)
		// "twenty-five"
		if w >= 20 && w < 100 && i+2 < len(x.toks) && x.str(i+1) == "-" && x.toks[i+1].glued() {
			if u, ok := wordNumbers[x.lower(i+2)]; ok && u < 10 {
				v += float64(u)
				n = 3
			}
		}
	default:
		return 0, 0, false
	}
	for i+n < len(x.toks) && x.toks[i+n].lex&lexUnit != 0 { // scales' words have the bit
		sc, ok := scales[x.lower(i+n)]
		if !ok || (len(x.lower(i+n)) <= 2 && !x.toks[i+n].glued()) {
			break
		}
		v *= sc
		n++
	}
	return v, n, true
}

// numberWith prints the value v without exponent or trailing zeros,
// followed by sep and unit, in one allocation.
func numberWith(v float64, sep, unit string) string {
	var buf [64]byte
	b := appendNumber(buf[:0], v)
	b = append(b, sep...)
	return string(append(b, unit...))
}

// appendNumber appends v to b without exponent or trailing zeros. Whole numbers below 10^15,
// most of the article's, print as integers, which is the same text for
// less work.
func appendNumber(b []byte, v float64) []byte {
	if v >= 0 && v < 1e15 && !math.Signbit(v) && v == float64(int64(v)) {
		return strconv.AppendInt(b, int64(v), 10)
	}
	return strconv.AppendFloat(b, v, 'f', -1, 64)
}

// parseDigits reads a number made of at most fifteen digits, perhaps
// grouped by commas ("1,200"), which a float64 holds exactly: the value
// strconv.ParseFloat gives once the commas are dropped. It reports false
// for anything else (a decimal point, a longer number, no digit).
func parseDigits(s string) (float64, bool) {
	n, digits := int64(0), 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case '0' <= c && c <= '9':
			n = n*10 + int64(c-'0')
			digits++
		case c != ',':
			return 0, false
		}
	}
	if digits == 0 || digits > 15 {
		return 0, false
	}
	return float64(n), true
}

func isCurrencySymbol(s string) bool {
	// every sign but "$" is beyond ASCII
	return s != "" && (s[0] == '$' || s[0] >= 0x80) && currencySymbols[s] != ""
}

func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

func indexByte(s string, c byte) int { return strings.IndexByte(s, c) }
