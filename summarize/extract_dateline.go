package summarize

import "strings"

// Datelines: "PORT ALDER, Ore. (Briefly Wire) — ", "LONDON, England (CNN)
// -- ", "WASHINGTON (AP) — ", "(CNN) -- ". The city in capitals is a place
// even when no gazetteer holds it, the state or country after the comma a
// place, and the news agency in parentheses an organization. The city is
// remembered so that the article's other mentions of it ("Port Alder
// council approves") are places too.

// datelineStates maps the AP Stylebook's state abbreviations (used in
// datelines, written with their period) to the state. From the AP
// Stylebook's "state names" entry; the postal codes (OR, CA) are added
// for wires that use them.
var datelineStates = map[string]string{
	"ala": "Alabama", "ariz": "Arizona", "ark": "Arkansas", "calif": "California",
	"colo": "Colorado", "conn": "Connecticut", "del": "Delaware", "fla": "Florida",
	"ga": "Georgia", "ill": "Illinois", "ind": "Indiana", "kan": "Kansas", "ky": "Kentucky",
	"la": "Louisiana", "md": "Maryland", "mass": "Massachusetts", "mich": "Michigan",
	"minn": "Minnesota", "miss": "Mississippi", "mo": "Missouri", "mont": "Montana",
	"neb": "Nebraska", "nev": "Nevada", "n.h.": "New Hampshire", "n.j.": "New Jersey",
	"n.m.": "New Mexico", "n.y.": "New York", "n.c.": "North Carolina", "n.d.": "North Dakota",
	"okla": "Oklahoma", "ore": "Oregon", "pa": "Pennsylvania", "r.i.": "Rhode Island",
	"s.c.": "South Carolina", "s.d.": "South Dakota", "tenn": "Tennessee", "vt": "Vermont",
	"va": "Virginia", "wash": "Washington", "w.va.": "West Virginia", "wis": "Wisconsin",
	"wyo": "Wyoming", "d.c.": "District of Columbia",
	"al": "Alabama", "ak": "Alaska", "az": "Arizona", "ar": "Arkansas", "ca": "California",
	"co": "Colorado", "ct": "Connecticut", "de": "Delaware", "fl": "Florida",
	"hi": "Hawaii", "id": "Idaho", "il": "Illinois", "in": "Indiana", "ia": "Iowa",
	"ks": "Kansas", "me": "Maine", "ma": "Massachusetts", "mi": "Michigan", "mn": "Minnesota",
	"ms": "Mississippi", "mt": "Montana", "ne": "Nebraska", "nv": "Nevada", "nh": "New Hampshire",
	"nj": "New Jersey", "nm": "New Mexico", "ny": "New York", "nc": "North Carolina",
	"nd": "North Dakota", "oh": "Ohio", "ok": "Oklahoma", "or": "Oregon", "ri": "Rhode Island",
	"sc": "South Carolina", "sd": "South Dakota", "tn": "Tennessee", "tx": "Texas", "ut": "Utah",
	"wa": "Washington", "wi": "Wisconsin", "wv": "West Virginia", "wy": "Wyoming", "dc": "District of Columbia",
}

// maxDatelineCity bounds the words of a dateline city ("SALT LAKE CITY").
const maxDatelineCity = 4

// datelines finds the datelines of the text, records their places and
// agencies and marks their tokens used.
func (x *extractor) datelines() {
	// a dateline opens a sentence or line with a city in capitals or
	// "(CNN)"
	next := 0 // the token after the last dateline
	for _, k := range x.index.datelines {
		if i := int(k); i >= next {
			if n := x.dateline(i); n > 0 {
				next = i + n
			}
		}
	}
}

// lineStart reports whether only spaces lie between the start of the
// line and text[i].
func lineStart(text string, i int) bool {
	for k := i - 1; k >= 0; k-- {
		switch text[k] {
		case '\n':
			return true
		case ' ', '\t', '\r':
			continue
		}
		return false
	}
	return true
}

// dateline matches a dateline at x.toks[i] and returns how many tokens it
// took, 0 when there is none.
func (x *extractor) dateline(i int) int {
	k := i
	// the city, in capitals: "PORT ALDER", "WINSTON-SALEM"
	for k < len(x.toks) && k-i < maxDatelineCity*2 {
		t := &x.toks[k]
		if t.kind == tWord && t.caps() {
			k++
			continue
		}
		if k > i && x.strOf(t) == "-" && t.glued() && k+1 < len(x.toks) && x.toks[k+1].glued() && x.toks[k+1].caps() {
			k++
			continue
		}
		break
	}
	city := k
	region, regionEnd := "", k
	if city > i && k < len(x.toks) && x.str(k) == "," {
		region, regionEnd = x.datelineRegion(k + 1)
		if region == "" {
			return 0
		}
		k = regionEnd
	}
	agency := k
	if k < len(x.toks) && x.str(k) == "(" {
		e := k + 1
		for e < len(x.toks) && e-k <= 5 && x.toks[e].kind == tWord && x.toks[e].upper {
			e++
		}
		if e == k+1 || e >= len(x.toks) || x.str(e) != ")" {
			return 0
		}
		k = e + 1
	}
	paren := k > agency
	if k >= len(x.toks) || !x.isDash(k) || city == i && !paren {
		return 0
	}
	// a word in capitals and a dash alone ("UPDATE —") is a city only
	// when the gazetteer knows it
	if region == "" && !paren && gaz.place[x.low[x.toks[i].s():x.toks[city-1].e()]] == "" {
		return 0
	}
	if city > i {
		lower := x.low[x.toks[i].s():x.toks[city-1].e()]
		name := gaz.place[lower]
		if name == "" {
			name = titleCase(x.text[x.toks[i].s():x.toks[city-1].e()])
		}
		if x.local == nil {
			x.local = map[string]string{}
		}
		x.local[strings.ToLower(name)] = name
		x.add(i, city, Place, name, name, "", "")
	}
	if region != "" {
		x.add(city+1, regionEnd, Place, region, region, "", "")
	}
	if agency < k {
		a, b := agency+1, k-1
		full := x.text[x.toks[a].s():x.toks[b-1].e()]
		lower := x.low[x.toks[a].s():x.toks[b-1].e()]
		if name, ok := knownOrgs[lower]; ok {
			x.add(a, b, Organization, name, name, "", "")
		} else {
			x.add(a, b, Organization, full, lower, "", "")
		}
	}
	for m := i; m <= k; m++ {
		x.toks[m].bits |= tokUsed
	}
	return k - i + 1
}

// datelineRegion reads the state or country after a dateline's comma: an
// AP abbreviation ("Ore.", "N.Y."), a postal code, or a place the
// gazetteer knows ("England", "Taiwan"). It returns its name and the
// token after it, or "" when there is none.
func (x *extractor) datelineRegion(k int) (string, int) {
	if k >= len(x.toks) || x.toks[k].kind != tWord || !x.toks[k].upper {
		return "", k
	}
	w := x.lower(k)
	if st := datelineStates[w]; st != "" {
		switch {
		case strings.HasSuffix(w, "."):
			return st, k + 1
		case k+1 < len(x.toks) && x.str(k+1) == "." && x.toks[k+1].glued() && !x.toks[k].caps():
			return st, k + 2
		case x.toks[k].caps() && len(w) == 2:
			return st, k + 1
		}
	}
	for e := min(len(x.toks), k+gaz.placeLen); e > k; e-- {
		if c := gaz.place[x.low[x.toks[k].s():x.toks[e-1].e()]]; c != "" {
			return c, e
		}
	}
	return "", k
}

// isDash reports whether x.toks[k] is a dash that ends a dateline: "—",
// "–", "-" or "--".
func (x *extractor) isDash(k int) bool {
	switch x.str(k) {
	case "—", "–", "-":
		return true
	}
	return false
}

// titleCase writes a word in capitals as a name: "PORT ALDER" -> "Port
// Alder", "WINSTON-SALEM" -> "Winston-Salem".
func titleCase(s string) string {
	b := []byte(strings.ToLower(s))
	up := true
	for i, c := range b {
		if up && c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
		up = c == ' ' || c == '-'
	}
	return string(b)
}
