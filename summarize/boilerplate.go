package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// boilerplatePhrases mark a sentence as page furniture rather than news when
// they appear anywhere in it (compared in lower case). Gathered from the
// CNN/Daily Mail and BBC pages in ../shared/eval/summ and from the phrases
// news sites put around their articles: sharing and subscription prompts,
// picture credits, copyright lines and the Daily Mail's byline block.
var boilerplatePhrases = [...]string{
	"read more",
	"sign up",
	"click here",
	"scroll down for",
	"follow us on",
	"follow @",
	"share this",
	"share on facebook",
	"all rights reserved",
	"©",
	"published:",
	"updated:",
	"last updated at",
	"subscribe to",
	"our newsletter",
	"download the app",
	"comments (",
	"this article was originally",
	"this article first appeared",
	"this story has been",
	"contributed to this report",
	"for confidential support",
	"getty images",
	"(photo:",
	"photo credit",
	"picture credit",
	"image copyright",
	"image caption",
	"media playback is",
	"watch the video",
	"video courtesy",
	"sorry, we are not",
}

// boilerplatePrefixes mark a sentence as furniture when it starts with them
// (lower case): captions and credit lines.
var boilerplatePrefixes = [...]string{
	"photo:",
	"photos:",
	"picture:",
	"pictures:",
	"image:",
	"images:",
	"video:",
	"pictured:",
	"caption:",
	"source:",
	"related:",
	"see also",
	"advertisement",
	"copyright",
	"editor's note",
	"editor’s note",
}

// prefixesByFirst holds the boilerplatePrefixes by their first byte, so a
// sentence is compared only with those that start as it does.
var prefixesByFirst = func() (t [256][]string) {
	for _, p := range boilerplatePrefixes {
		t[p[0]] = append(t[p[0]], p)
	}
	return t
}()

// isBoilerplate reports whether a sentence is page furniture: a byline or
// dateline on its own, a caption or credit, a sharing or subscription prompt,
// a copyright line. words is the number of words in the sentence; phrases
// are the boilerplatePhrases the article can hold (see possiblePhrases);
// low is s with its ASCII letters lowered, or "" when not at hand.
func isBoilerplate(s, low string, words int, phrases []string) bool {
	if words == 0 {
		return true
	}
	for _, p := range phrases {
		if len(low) == len(s) && containsLower(low, p) || len(low) != len(s) && containsFold(s, p) {
			return true
		}
	}
	if s != "" {
		for _, p := range prefixesByFirst[s[0]|0x20] { // a byte lowered if a letter
			if hasPrefixFold(s, p) {
				return true
			}
		}
	}
	if isByline(s, words) {
		return true
	}
	// A short label ending in a colon ("Strictly business:") heads a
	// caption on the Daily Mail's pages.
	if words <= 6 && strings.HasSuffix(strings.TrimSpace(s), ":") {
		return true
	}
	return false
}

// isByline reports whether s is a short "By Jane Doe" or "By Jane Doe,
// Reuters" line, or an all-capitals dateline label.
func isByline(s string, words int) bool {
	if words > 12 {
		return false
	}
	if strings.HasPrefix(s, "By ") || strings.HasPrefix(s, "BY ") {
		// Every word after "By" is a name or a joining word: "By Jane Doe
		// and John Roe, Reuters"; "By Monday, prices fell" is news.
		for _, w := range strings.Fields(s[3:]) {
			w = strings.Trim(w, ",;|-–—")
			if w == "" || isBylineJoiner(strings.ToLower(w)) {
				continue
			}
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) {
				return false
			}
		}
		return !strings.HasSuffix(s, ".") || strings.HasSuffix(s, "Jr.")
	}
	if words <= 4 {
		upper, letters := 0, 0
		for _, r := range s {
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					upper++
				}
			}
		}
		return letters > 0 && upper == letters
	}
	return false
}

// isBylineJoiner reports whether w is a lower-case word a byline may hold
// between names.
func isBylineJoiner(w string) bool {
	switch w {
	case "and", "in", "for", "of", "the", "de", "van", "von":
		return true
	}
	return false
}

// phraseKey is a boilerplate phrase and the article's id of its longest
// word, -1 when the phrase has no word ("©").
type phraseKey struct {
	phrase string
	term   int32
}

// boilerplateKeys holds the longest word of each boilerplate phrase, ""
// when the phrase has none.
var boilerplateKeys = longestWords(boilerplatePhrases[:])

// possiblePhrases returns the boilerplate phrases whose longest word the
// article uses at all (lookup gives the word's id), so each sentence is
// searched only for the phrases whose key word it holds. It appends them to
// out.
func possiblePhrases(out []phraseKey, lookup func(word string) (int32, bool)) []phraseKey {
	for i, p := range boilerplatePhrases {
		key := boilerplateKeys[i]
		if key == "" {
			out = append(out, phraseKey{p, -1})
		} else if id, ok := lookup(key); ok {
			out = append(out, phraseKey{p, id})
		}
	}
	return out
}

// longestWords returns the longest word of each phrase (see longestWord).
func longestWords(phrases []string) []string {
	out := make([]string, len(phrases))
	for i, p := range phrases {
		out[i] = longestWord(p)
	}
	return out
}

// longestWord returns the longest run of a-z in p, "" when there is none.
func longestWord(p string) string {
	best := ""
	for i := 0; i < len(p); {
		j := i
		for j < len(p) && 'a' <= p[j] && p[j] <= 'z' {
			j++
		}
		if j-i > len(best) {
			best = p[i:j]
		}
		i = j + 1
	}
	return best
}

// containsFold reports whether s holds the lower-case phrase p at the start
// of a word, ignoring ASCII case in s.
func containsFold(s, p string) bool {
	for i := 0; i+len(p) <= len(s); i++ {
		if i > 0 && isASCIIAlnum(s[i-1]) {
			continue
		}
		if hasPrefixFold(s[i:], p) {
			return true
		}
	}
	return false
}

// containsLower is containsFold for s already lowered: it finds p with
// strings.Index, which is much faster than trying every byte.
func containsLower(s, p string) bool {
	for i := 0; i+len(p) <= len(s); {
		k := strings.Index(s[i:], p)
		if k < 0 {
			return false
		}
		i += k
		if i == 0 || !isASCIIAlnum(s[i-1]) {
			return true
		}
		i++
	}
	return false
}

// hasPrefixFold reports whether s starts with the lower-case prefix p,
// ignoring ASCII case in s.
func hasPrefixFold(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[i] {
			return false
		}
	}
	return true
}
