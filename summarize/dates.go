package summarize

import (
	"strconv"
	"strings"
	"time"
)

// Dates and times: weekdays, months, "May 5, 2023", "last week", "in May",
// "yesterday", "three days ago", years, "3 p.m.". Each is resolved against
// the publication date when one is known: a day to "2006-01-02", a week to
// an ISO 8601 interval "2023-06-05/2023-06-11", a month to "2023-05", a
// year to "2023". A phrase that cannot be resolved keeps an empty Value.

var weekdays = map[string]time.Weekday{
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
	"sunday": time.Sunday,
}

var months = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
	"december": 12, "jan.": 1, "feb.": 2, "aug.": 8, "sept.": 9, "sep.": 9,
	"oct.": 10, "nov.": 11, "dec.": 12,
}

// monthCues come right before a month that stands alone: "in May".
var monthCues = wordSet(`in since until till by last next this early late mid of on during
	from through before after between and to or every each`)

// relativeWords start "last week", "next month", "this year".
var relativeWords = map[string]int{"last": -1, "past": -1, "previous": -1, "this": 0,
	"next": 1, "coming": 1}

// futureCues shortly before a bare weekday or month make it point
// forward: "will meet Friday", "is expected in July".
var futureCues = wordSet(`will next upcoming scheduled plans planned planning expected due`)

// futureWindow is how many tokens before a date a future cue may stand.
const futureWindow = 8

// futureBefore reports whether a future cue stands shortly before toks[i]
// in the same sentence.
func (x *extractor) futureBefore(i int) bool {
	for k := i - 1; k >= max(i-futureWindow, x.sentStart(i)); k-- {
		if x.toks[k].lex&lexFuture != 0 {
			return true
		}
	}
	return false
}

// dateContext is what resolving a date phrase needs.
type dateContext struct {
	pub time.Time // publication date at midnight; zero when unknown
}

// dateMatch is one date or time phrase found at a token.
type dateMatch struct {
	n     int // tokens taken
	kind  EntityKind
	value string
}

// matchDate looks for a date or time phrase starting at x.toks[i].
func matchDate(x *extractor, i int, dc *dateContext) (dateMatch, bool) {
	t := &x.toks[i]
	if t.kind == tPunct {
		return dateMatch{}, false
	}
	w := x.lowerOf(t)
	if t.kind == tNum {
		return matchNumericDate(x, i, dc)
	}
	// every word of the lists below carries lexDate but the word numbers,
	// which carry lexNumber: most words need no map
	if t.lex&lexDate == 0 {
		return matchWordNumber(x, i, dc)
	}
	// "earlier this week", "later this month"
	if (w == "earlier" || w == "later") && i+1 < len(x.toks) && x.lower(i+1) == "this" {
		if m, ok := matchRelative(x, i+1, dc); ok {
			m.n++
			return m, true
		}
	}
	if _, ok := relativeWords[w]; ok {
		return matchRelative(x, i, dc)
	}
	if wd, ok := weekdays[w]; ok && t.upper {
		fut := x.futureBefore(i) // looked for only by the phrases that resolve a day
		n := 1
		if i+1 < len(x.toks) && dayParts[x.lower(i+1)] {
			n = 2
		}
		// "Wednesday, June 14, 2023": the full date says it all
		if i+3 < len(x.toks) && x.str(i+1) == "," && months[x.lower(i+2)] != 0 {
			if m, ok := matchMonth(x, i+2, dc, fut); ok && m.n > 1 {
				m.n += 2
				return m, true
			}
		}
		if n == 1 && x.weekdayAdjective(i) {
			return dateMatch{n: 1, kind: Date}, true // "Sunday routes": no day in particular
		}
		return dateMatch{n: n, kind: Date, value: resolveWeekday(dc.pub, wd, 0, fut)}, true
	}
	if months[w] != 0 && t.upper {
		return matchMonth(x, i, dc, x.futureBefore(i))
	}
	switch w {
	case "today", "tonight":
		return dateMatch{n: 1, kind: Date, value: day(dc.pub, 0)}, true
	case "yesterday":
		return dateMatch{n: 1, kind: Date, value: day(dc.pub, -1)}, true
	case "tomorrow":
		return dateMatch{n: 1, kind: Date, value: day(dc.pub, 1)}, true
	case "noon", "midday", "midnight":
		if t.upper && !t.first() {
			return dateMatch{}, false
		}
		v := "12:00"
		if w == "midnight" {
			v = "00:00"
		}
		return dateMatch{n: 1, kind: Time, value: v}, true
	}
	return matchWordNumber(x, i, dc)
}

// matchWordNumber reads "two years ago" for matchDate; the "ago", which
// matchAgo wants, is looked for before the map.
func matchWordNumber(x *extractor, i int, dc *dateContext) (dateMatch, bool) {
	if t := &x.toks[i]; t.lex&lexNumber != 0 && i+2 < len(x.toks) && x.lower(i+2) == "ago" {
		if n, ok := wordNumbers[x.lowerOf(t)]; ok {
			return matchAgo(x, i, float64(n), dc)
		}
	}
	return dateMatch{}, false
}

// weekdayAdjective reports whether the weekday at x.toks[i] qualifies
// the noun after it ("trimmed Sunday routes", "the Sunday service")
// rather than naming a day ("on Sunday", "said Sunday that ...").
func (x *extractor) weekdayAdjective(i int) bool {
	if i+1 >= len(x.toks) {
		return false
	}
	nx := &x.toks[i+1]
	w := x.lowerOf(nx)
	if nx.kind != tWord || nx.upper || nx.lex&(lexSpeech|lexDate|lexJoin) != 0 || IsStopword(w) {
		return false
	}
	plural := len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "ous")
	if !plural && !weekdayNouns[w] {
		return false
	}
	if i > 0 {
		p := &x.toks[i-1]
		if p.kind != tWord || p.lex&(lexSpeech|lexDate) != 0 || weekdayPrepositions[x.lowerOf(p)] {
			return false
		}
	}
	return true
}

// weekdayNouns are the nouns a weekday qualifies most ("Sunday
// service"); a plural after a weekday ("Sunday routes") counts too.
var weekdayNouns = wordSet(`service school trading lunch roast brunch paper edition market mass
	worship league game match show shift schedule session sermon dinner class special`)

// weekdayPrepositions put a weekday to its use as a day: "on Sunday".
var weekdayPrepositions = wordSet(`on by since until till from before after last next this that
	every each of late early through`)

// dayParts may follow a weekday: "Wednesday morning".
var dayParts = wordSet(`morning afternoon evening night`)

// matchRelative reads "last week", "this year", "next Wednesday".
func matchRelative(x *extractor, i int, dc *dateContext) (dateMatch, bool) {
	if i+1 >= len(x.toks) {
		return dateMatch{}, false
	}
	dir := relativeWords[x.lower(i)]
	next := x.lower(i + 1)
	if wd, ok := weekdays[next]; ok {
		return dateMatch{n: 2, kind: Date, value: resolveWeekday(dc.pub, wd, dir, dir > 0)}, true
	}
	if mo := months[next]; mo != 0 && x.toks[i+1].upper {
		return dateMatch{n: 2, kind: Date, value: resolveMonth(dc.pub, mo, dir > 0, dir)}, true
	}
	p := dc.pub
	v := ""
	switch next {
	case "week":
		if !p.IsZero() {
			start := p.AddDate(0, 0, -((int(p.Weekday())+6)%7)+7*dir)
			v = start.Format("2006-01-02") + "/" + start.AddDate(0, 0, 6).Format("2006-01-02")
		}
	case "weekend":
		if !p.IsZero() {
			sat := p.AddDate(0, 0, -((int(p.Weekday())+6)%7)+7*dir+5)
			v = sat.Format("2006-01-02") + "/" + sat.AddDate(0, 0, 1).Format("2006-01-02")
		}
	case "month":
		if !p.IsZero() {
			v = time.Date(p.Year(), p.Month()+time.Month(dir), 1, 0, 0, 0, 0, time.UTC).Format("2006-01")
		}
	case "year":
		if !p.IsZero() {
			v = strconv.Itoa(p.Year() + dir)
		}
	case "morning", "afternoon", "evening":
		if dir != 0 {
			return dateMatch{}, false
		}
		v = day(p, 0)
	case "summer", "winter", "spring", "fall", "autumn", "season", "decade", "century":
	default:
		return dateMatch{}, false
	}
	return dateMatch{n: 2, kind: Date, value: v}, true
}

// matchMonth reads "May", "May 5", "May 5, 2023", "May 2023".
func matchMonth(x *extractor, i int, dc *dateContext, fut bool) (dateMatch, bool) {
	mo := months[x.lower(i)]
	if i+1 < len(x.toks) && x.toks[i+1].kind == tNum && x.toks[i+1].digits() {
		n, _ := strconv.Atoi(x.str(i + 1))
		switch {
		case n >= 1 && n <= 31 && len(x.str(i+1)) <= 2:
			year, taken := 0, 2
			if i+3 < len(x.toks) && x.str(i+2) == "," && x.isYear(i+3) {
				year, _ = strconv.Atoi(x.str(i + 3))
				taken = 4
			} else if i+2 < len(x.toks) && x.isYear(i+2) {
				year, _ = strconv.Atoi(x.str(i + 2))
				taken = 3
			}
			return dateMatch{n: taken, kind: Date, value: resolveDay(dc.pub, year, mo, n, fut)}, true
		case x.isYear(i + 1):
			return dateMatch{n: 2, kind: Date, value: strconv.Itoa(n) + "-" + twoDigits(int(mo))}, true
		}
	}
	// a month alone: "in May", "February"; "May" needs its cue, and a
	// month that starts a name ("April Ryan") is not a date
	cue := i > 0 && monthCues[x.lower(i-1)]
	if !cue && (mo == time.May || x.toks[i].first()) {
		return dateMatch{}, false
	}
	if !cue && i+1 < len(x.toks) && x.toks[i+1].kind == tWord && x.toks[i+1].upper {
		return dateMatch{}, false
	}
	dir := 0
	if i > 0 {
		dir = relativeWords[x.lower(i-1)]
	}
	return dateMatch{n: 1, kind: Date, value: resolveMonth(dc.pub, mo, fut, dir)}, true
}

// matchNumericDate reads "5 May 2023", years ("2023", "1990s"), times
// ("3 p.m.", "10:30am") and "three days ago".
func matchNumericDate(x *extractor, i int, dc *dateContext) (dateMatch, bool) {
	t := &x.toks[i]
	if i > 0 && isCurrencySymbol(x.str(i-1)) && x.toks[i].glued() {
		return dateMatch{}, false
	}
	if m, ok := matchClock(x, i); ok {
		return m, true
	}
	if !t.digits() {
		if len(x.strOf(t)) == 5 && x.strOf(t)[4] == 's' && isDigitByte(x.strOf(t)[3]) && x.strOf(t)[3] == '0' {
			return dateMatch{n: 1, kind: Date, value: x.strOf(t)[:4] + "s"}, true // "1990s"
		}
		return dateMatch{}, false
	}
	n, _ := strconv.Atoi(x.strOf(t))
	if n >= 1 && n <= 31 && i+1 < len(x.toks) && months[x.lower(i+1)] != 0 && x.toks[i+1].upper {
		mo := months[x.lower(i+1)]
		year, taken := 0, 2
		if i+2 < len(x.toks) && x.isYear(i+2) {
			year, _ = strconv.Atoi(x.str(i + 2))
			taken = 3
		}
		fut := x.futureBefore(i)
		return dateMatch{n: taken, kind: Date, value: resolveDay(dc.pub, year, mo, n, fut)}, true
	}
	if x.isYear(i) && !followedByUnit(x, i) {
		return dateMatch{n: 1, kind: Date, value: x.strOf(t)}, true
	}
	return matchAgo(x, i, float64(n), dc)
}

// matchAgo reads "three days ago", "two weeks ago".
func matchAgo(x *extractor, i int, n float64, dc *dateContext) (dateMatch, bool) {
	if i+2 >= len(x.toks) || x.lower(i+2) != "ago" {
		return dateMatch{}, false
	}
	k := int(n)
	p := dc.pub
	v := ""
	switch x.lower(i + 1) {
	case "day", "days":
		v = day(p, -k)
	case "week", "weeks":
		v = day(p, -7*k)
	case "month", "months":
		if !p.IsZero() {
			v = p.AddDate(0, -k, 0).Format("2006-01")
		}
	case "year", "years":
		if !p.IsZero() {
			v = strconv.Itoa(p.Year() - k)
		}
	default:
		return dateMatch{}, false
	}
	return dateMatch{n: 3, kind: Date, value: v}, true
}

// matchClock reads "3 p.m.", "10:30 a.m.", "3pm".
func matchClock(x *extractor, i int) (dateMatch, bool) {
	t := x.str(i)
	suffix := ""
	n := 1
	switch {
	case len(t) > 2 && (hasSuffixFold(t, "am") || hasSuffixFold(t, "pm")):
		suffix, t = lowerASCII(t[len(t)-2:]), t[:len(t)-2]
	case i+1 < len(x.toks) && (x.lower(i+1) == "a.m." || x.lower(i+1) == "p.m." ||
		x.lower(i+1) == "am" || x.lower(i+1) == "pm"):
		suffix = x.lower(i + 1)[:1] + "m"
		n = 2
	default:
		return dateMatch{}, false
	}
	hh, mm := t, "00"
	if k := indexByte(t, ':'); k >= 0 {
		hh, mm = t[:k], t[k+1:]
	}
	h, err1 := strconv.Atoi(hh)
	m, err2 := strconv.Atoi(mm)
	if err1 != nil || err2 != nil || h < 1 || h > 12 || m < 0 || m > 59 || len(mm) != 2 {
		return dateMatch{}, false
	}
	if suffix == "pm" && h != 12 {
		h += 12
	}
	if suffix == "am" && h == 12 {
		h = 0
	}
	return dateMatch{n: n, kind: Time, value: twoDigits(h) + ":" + mm}, true
}

// isYearToken reports whether a token is a plausible year, 1800 to 2100.
func isYearToken(t *token, s string) bool {
	if t.kind != tNum || !t.digits() || len(s) != 4 {
		return false
	}
	n, _ := strconv.Atoi(s)
	return n >= 1800 && n <= 2100
}

// followedByUnit reports whether a number is a quantity rather than a year.
func followedByUnit(x *extractor, i int) bool {
	if i+1 >= len(x.toks) {
		return false
	}
	nx := x.lower(i + 1)
	return nx == "%" || scales[nx] != 0 || units[nx] != "" || currencyWords[nx] != ""
}

// resolveWeekday finds the date of a weekday near pub: the latest one on or
// before it, the next one after it when the sentence looks forward, moved
// a week by "last" or "next".
func resolveWeekday(pub time.Time, wd time.Weekday, dir int, fut bool) string {
	if pub.IsZero() {
		return ""
	}
	diff := int(wd) - int(pub.Weekday())
	switch {
	case dir > 0 || (fut && dir == 0):
		if diff <= 0 {
			diff += 7
		}
		if dir == 0 && fut && int(wd) == int(pub.Weekday()) {
			diff = 0
		}
	case dir < 0:
		if diff >= 0 {
			diff -= 7
		}
	default:
		if diff > 0 {
			diff -= 7
		}
	}
	return pub.AddDate(0, 0, diff).Format("2006-01-02")
}

// resolveMonth gives the year-month of a month name near pub: the latest
// such month up to pub, or the next one when the sentence looks forward.
func resolveMonth(pub time.Time, mo time.Month, fut bool, dir int) string {
	if pub.IsZero() {
		return ""
	}
	y := pub.Year()
	switch {
	case dir < 0:
		if mo >= pub.Month() {
			y--
		}
	case fut || dir > 0:
		if mo < pub.Month() {
			y++
		}
	default:
		if mo > pub.Month() {
			y--
		}
	}
	return strconv.Itoa(y) + "-" + twoDigits(int(mo))
}

// resolveDay gives the date of a day of a month; year 0 means "near pub".
func resolveDay(pub time.Time, year int, mo time.Month, d int, fut bool) string {
	if year == 0 {
		if pub.IsZero() {
			return ""
		}
		ym := resolveMonth(pub, mo, fut, 0)
		year, _ = strconv.Atoi(ym[:4])
		if !fut && mo == pub.Month() && d > pub.Day() {
			year = pub.Year()
		}
	}
	t := time.Date(year, mo, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return ""
	}
	return t.Format("2006-01-02")
}

// day formats pub moved by n days, or "" when pub is unknown.
func day(pub time.Time, n int) string {
	if pub.IsZero() {
		return ""
	}
	return pub.AddDate(0, 0, n).Format("2006-01-02")
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
