package feed

import (
	"strings"
	"unicode"

	"github.com/briefly-bot/briefly/bot"
	"github.com/briefly-bot/briefly/summarize"
)

// Fingerprint is what the poller keeps of a story or an item's text to tell
// a material change from a cosmetic one: its sentences and quotes in a
// normalized form (lower case, letters, digits and single spaces, links
// without tracking parameters).
type Fingerprint struct {
	Sentences []string `json:"s,omitempty"`
	Quotes    []string `json:"q,omitempty"`
}

// FingerprintOf returns the fingerprint of an analysed text.
func FingerprintOf(a *summarize.Analysis) *Fingerprint {
	fp := &Fingerprint{}
	for _, s := range a.Sentences {
		if n := normSentence(s.Span.In(a.Text)); n != "" {
			fp.Sentences = append(fp.Sentences, n)
		}
	}
	for _, q := range a.Quotes {
		if !q.Direct {
			continue
		}
		if n := normSentence(q.Text); n != "" {
			fp.Quotes = append(fp.Quotes, n)
		}
	}
	return fp
}

// Update is what is materially new in a changed text.
type Update struct {
	Sentences []string        // new sentences, as written
	Numbers   []NumberChange  // sentences whose numbers changed
	Quotes    []bot.QuoteLine // new direct quotes with their speakers
}

// NumberChange is a sentence kept but for its numbers.
type NumberChange struct {
	Was, Now []string // the numbers that differ
	Sentence string   // the new sentence, as written
}

// Material reports whether the update has anything to post.
func (u *Update) Material() bool {
	return len(u.Sentences)+len(u.Numbers)+len(u.Quotes) > 0
}

// Diff returns what a's text says that old did not. Whitespace, case,
// punctuation, tracking parameters in links and small edits (typos: an edit
// distance of at most 2, or 1 in 20 characters) are cosmetic; a sentence
// that only lost words is not news either.
func Diff(old *Fingerprint, a *summarize.Analysis) *Update {
	u := &Update{}
	if old == nil {
		old = &Fingerprint{}
	}
	known := make(map[string]bool, len(old.Sentences))
	for _, s := range old.Sentences {
		known[s] = true
	}
	oldWords := make([][]string, len(old.Sentences))
	for i, s := range old.Sentences {
		oldWords[i] = strings.Fields(s)
	}
	var quoteSpans []summarize.Span
	knownQuotes := make(map[string]bool, len(old.Quotes))
	for _, q := range old.Quotes {
		knownQuotes[q] = true
	}
	for _, q := range a.Quotes {
		if !q.Direct {
			continue
		}
		n := normSentence(q.Text)
		if n == "" || knownQuotes[n] || nearAny(n, old.Quotes) {
			continue
		}
		knownQuotes[n] = true
		u.Quotes = append(u.Quotes, bot.QuoteLine{Text: q.Text, Speaker: q.Speaker})
		quoteSpans = append(quoteSpans, q.Span)
	}
	for _, s := range a.Sentences {
		text := s.Span.In(a.Text)
		n := normSentence(text)
		if n == "" || known[n] || insideAny(s.Span, quoteSpans) {
			continue
		}
		known[n] = true
		words := strings.Fields(n)
		best, score := -1, 0.0
		for i, ow := range oldWords {
			if sc := overlap(words, ow); sc > score {
				best, score = i, sc
			}
		}
		if best >= 0 {
			ow := oldWords[best]
			if was, now, ok := numbersOnly(ow, words); ok {
				u.Numbers = append(u.Numbers, NumberChange{Was: was, Now: now, Sentence: strings.TrimSpace(text)})
				continue
			}
			if cosmetic(old.Sentences[best], n) || subset(words, ow) {
				continue
			}
		}
		u.Sentences = append(u.Sentences, strings.TrimSpace(text))
	}
	return u
}

// insideAny reports whether s overlaps one of spans.
func insideAny(s summarize.Span, spans []summarize.Span) bool {
	for _, q := range spans {
		if q.Start < s.End && s.Start < q.End {
			return true
		}
	}
	return false
}

// nearAny reports whether s is a cosmetic edit of one of list.
func nearAny(s string, list []string) bool {
	for _, o := range list {
		if cosmetic(o, s) {
			return true
		}
	}
	return false
}

// cosmetic reports whether b is a before a small edit: a distance of at
// most 2, or 1 in 20 characters, that changes no number.
func cosmetic(a, b string) bool {
	la, lb := len([]rune(a)), len([]rune(b))
	limit := max(2, max(la, lb)/20)
	if la-lb > limit || lb-la > limit {
		return false
	}
	if !sameNumbers(strings.Fields(a), strings.Fields(b)) {
		return false
	}
	return editDistance(a, b, limit) <= limit
}

// overlap is the Jaccard similarity of two word lists as sets.
func overlap(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	set := make(map[string]bool, len(a))
	for _, w := range a {
		set[w] = true
	}
	inter, union := 0, len(set)
	seen := make(map[string]bool, len(b))
	for _, w := range b {
		if seen[w] {
			continue
		}
		seen[w] = true
		if set[w] {
			inter++
		} else {
			union++
		}
	}
	return float64(inter) / float64(union)
}

// subset reports whether every word of a is in b.
func subset(a, b []string) bool {
	set := make(map[string]bool, len(b))
	for _, w := range b {
		set[w] = true
	}
	for _, w := range a {
		if !set[w] {
			return false
		}
	}
	return true
}

func isNumber(w string) bool { return strings.ContainsFunc(w, unicode.IsDigit) }

// numbersOnly reports whether a and b are the same words but for numbers,
// and returns the numbers that differ.
func numbersOnly(a, b []string) (was, now []string, ok bool) {
	if len(a) != len(b) {
		return nil, nil, false
	}
	for i := range a {
		if a[i] == b[i] {
			continue
		}
		if !isNumber(a[i]) || !isNumber(b[i]) {
			return nil, nil, false
		}
		was = append(was, a[i])
		now = append(now, b[i])
	}
	return was, now, len(was) > 0
}

// sameNumbers reports whether a and b hold the same numbers in order.
func sameNumbers(a, b []string) bool {
	var na, nb []string
	for _, w := range a {
		if isNumber(w) {
			na = append(na, w)
		}
	}
	for _, w := range b {
		if isNumber(w) {
			nb = append(nb, w)
		}
	}
	if len(na) != len(nb) {
		return false
	}
	for i := range na {
		if na[i] != nb[i] {
			return false
		}
	}
	return true
}

// editDistance is the Levenshtein distance of a and b in runes, or limit+1
// as soon as it must exceed limit.
func editDistance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// normSentence is s in lower case with links cleaned of tracking
// parameters and everything but letters, digits and the dots and commas
// inside numbers turned into single spaces.
func normSentence(s string) string {
	var b strings.Builder
	for _, w := range strings.Fields(s) {
		if IsLink(w) {
			w = NormalizeLink(strings.TrimRight(w, ".,;:)]\"'”’"))
		}
		rs := []rune(strings.ToLower(w))
		for i, r := range rs {
			keep := unicode.IsLetter(r) || unicode.IsDigit(r)
			if !keep && (r == '.' || r == ',') && i > 0 && i+1 < len(rs) && unicode.IsDigit(rs[i-1]) && unicode.IsDigit(rs[i+1]) {
				keep = true
			}
			if keep {
				b.WriteRune(r)
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteByte(' ')
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
