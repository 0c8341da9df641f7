package bot

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefly-bot/briefly/summarize"
)

// Filter kinds a term may name before a colon; a term without one is a word
// or phrase.
var filterKinds = map[string]summarize.EntityKind{
	"person": summarize.Person,
	"org":    summarize.Organization,
	"place":  summarize.Place,
	"regex":  "",
}

// Digest modes of a subscription.
var digestModes = map[string]bool{"hourly": true, "daily": true}

// ParseSubscribeArgs reads what follows a subscribe command's URL: filter
// terms and an optional --digest hourly|daily. Terms come back in canonical
// form: an optional "-" (exclude), an optional "person:", "org:", "place:"
// or "regex:", then the word, phrase or pattern without quote marks. The
// error says, for the user, what is wrong.
func ParseSubscribeArgs(text string) (filters []string, digest string, err error) {
	i := 0
	for {
		for i < len(text) {
			r, n := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsSpace(r) {
				break
			}
			i += n
		}
		if i >= len(text) {
			break
		}
		if rest := text[i:]; strings.HasPrefix(rest, "--digest") {
			var mode string
			mode, i = digestArg(text, i+len("--digest"))
			if !digestModes[mode] {
				return nil, "", fmt.Errorf("--digest takes hourly or daily, not %q", mode)
			}
			digest = mode
			continue
		}
		var term string
		term, i, err = filterTerm(text, i)
		if err != nil {
			return nil, "", err
		}
		filters = append(filters, term)
	}
	if len(filters) > maxFilters {
		return nil, "", fmt.Errorf("at most %d filters, please", maxFilters)
	}
	if _, err := CompileFilters(filters); err != nil {
		return nil, "", err
	}
	return filters, digest, nil
}

// digestArg reads the mode after --digest, as "=mode" or " mode".
func digestArg(text string, i int) (string, int) {
	if i < len(text) && text[i] == '=' {
		i++
	} else {
		for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
			i++
		}
	}
	j := i
	for j < len(text) && !unicode.IsSpace(rune(text[j])) {
		j++
	}
	return strings.ToLower(text[i:j]), j
}

// filterTerm reads one term at text[i:].
func filterTerm(text string, i int) (string, int, error) {
	var b strings.Builder
	if text[i] == '-' {
		b.WriteByte('-')
		i++
	}
	if j := strings.IndexByte(text[i:], ':'); j > 0 {
		if _, ok := filterKinds[strings.ToLower(text[i:i+j])]; ok {
			b.WriteString(strings.ToLower(text[i:i+j]) + ":")
			i += j + 1
		}
	}
	var val string
	r, n := utf8.DecodeRuneInString(text[i:])
	if cl, ok := closers[r]; ok && i < len(text) {
		k := strings.IndexRune(text[i+n:], cl)
		if k < 0 {
			return "", 0, fmt.Errorf("a quote mark in the filters is not closed")
		}
		val = text[i+n : i+n+k]
		i += n + k + utf8.RuneLen(cl)
	} else {
		j := i
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		val = text[i:j]
		i = j
	}
	val = strings.Join(strings.Fields(val), " ")
	if val == "" {
		return "", 0, fmt.Errorf("a filter is a word, a phrase in quotes, person:NAME, place:NAME, org:NAME or regex:PATTERN")
	}
	if utf8.RuneCountInString(val) > maxFilterLen {
		return "", 0, fmt.Errorf("a filter is at most %d characters; %q is longer", maxFilterLen, shorten(val, 30))
	}
	b.WriteString(val)
	return b.String(), i, nil
}

// Filter decides which items a subscription posts: an item passes when it
// matches at least one include term (or there are none) and no exclude term.
type Filter struct {
	include, exclude []matcher
}

type matcher struct {
	kind  string // "", "person", "org", "place", "regex"
	words []string
	re    *regexp.Regexp
}

// CompileFilters compiles canonical filter terms; a bad regex is an error
// for the user.
func CompileFilters(terms []string) (*Filter, error) {
	f := &Filter{}
	for _, t := range terms {
		neg := strings.HasPrefix(t, "-")
		t = strings.TrimPrefix(t, "-")
		var m matcher
		if k, v, ok := strings.Cut(t, ":"); ok {
			if _, known := filterKinds[k]; known {
				m.kind, t = k, v
			}
		}
		if m.kind == "regex" {
			re, err := regexp.Compile(t)
			if err != nil {
				return nil, fmt.Errorf("regex:%s is not a valid pattern (Go RE2 syntax)", shorten(t, 30))
			}
			m.re = re
		} else {
			m.words = foldWords(t)
			if len(m.words) == 0 {
				return nil, fmt.Errorf("filter %q has no letters or digits", shorten(t, 30))
			}
		}
		if neg {
			f.exclude = append(f.exclude, m)
		} else {
			f.include = append(f.include, m)
		}
	}
	return f, nil
}

// NeedsAnalysis reports whether Match uses the item's analysis: a person:,
// org: or place: term.
func (f *Filter) NeedsAnalysis() bool {
	if f == nil {
		return false
	}
	for _, m := range append(append([]matcher(nil), f.include...), f.exclude...) {
		if m.kind != "" && m.kind != "regex" {
			return true
		}
	}
	return false
}

// Match reports whether an item with the title and text passes. a is the
// item's analysis, used by person:, org: and place: terms; nil matches them
// against the text's words.
func (f *Filter) Match(title, text string, a *summarize.Analysis) bool {
	if f == nil || (len(f.include) == 0 && len(f.exclude) == 0) {
		return true
	}
	all := title + "\n" + text
	words := foldWords(all)
	for _, m := range f.exclude {
		if m.match(all, words, a) {
			return false
		}
	}
	if len(f.include) == 0 {
		return true
	}
	for _, m := range f.include {
		if m.match(all, words, a) {
			return true
		}
	}
	return false
}

func (m matcher) match(all string, words []string, a *summarize.Analysis) bool {
	if m.re != nil {
		return m.re.MatchString(all)
	}
	if m.kind == "" || a == nil {
		return containsRun(words, m.words)
	}
	want := filterKinds[m.kind]
	for _, e := range a.Entities {
		if e.Kind == want && containsRun(foldWords(e.Name), m.words) {
			return true
		}
	}
	if want == summarize.Person {
		for _, q := range a.Quotes {
			if containsRun(foldWords(q.Speaker), m.words) {
				return true
			}
		}
	}
	return false
}

// foldWords splits s into lower-case runs of letters and digits.
func foldWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// containsRun reports whether run occurs in words as consecutive words.
func containsRun(words, run []string) bool {
	if len(run) == 0 {
		return false
	}
outer:
	for i := 0; i+len(run) <= len(words); i++ {
		for j, w := range run {
			if words[i+j] != w {
				continue outer
			}
		}
		return true
	}
	return false
}

// FormatFilter writes a canonical term as the user would type it.
func FormatFilter(term string) string {
	neg := strings.HasPrefix(term, "-")
	term = strings.TrimPrefix(term, "-")
	prefix := ""
	if k, v, ok := strings.Cut(term, ":"); ok {
		if _, known := filterKinds[k]; known {
			prefix, term = k+":", v
		}
	}
	if strings.ContainsFunc(term, unicode.IsSpace) {
		term = "“" + term + "”"
	}
	if neg {
		prefix = "-" + prefix
	}
	return prefix + term
}
