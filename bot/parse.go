package bot

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Invocation is a message parsed as a command.
type Invocation struct {
	Command string            // the command's name, also when an alias was typed
	Args    map[string]string // option name to value as typed; absent when not given
}

// UsageError says, in words for the user, why a command's arguments do not
// fit.
type UsageError struct {
	Command string // the command's name
	Msg     string // what is wrong: "sentences must be a number"
}

func (e *UsageError) Error() string {
	return fmt.Sprintf("bot: %s: %s", e.Command, e.Msg)
}

// ParseCommand reads text as one of cmds. ok is false when the first word is
// not a command's name or alias (a leading "/" or "!" is allowed); err is a
// *UsageError when it is one but the arguments do not fit its options.
func ParseCommand(cmds []Command, text string) (inv Invocation, ok bool, err error) {
	toks := tokenize(text)
	if len(toks) == 0 {
		return Invocation{}, false, nil
	}
	word := strings.ToLower(strings.TrimLeft(toks[0].val, "/!"))
	c, ok := lookup(cmds, word)
	if !ok || toks[0].quoted {
		return Invocation{}, false, nil
	}
	inv = Invocation{Command: c.Name, Args: map[string]string{}}
	i := 1
	for _, o := range c.Options {
		if i >= len(toks) {
			if o.Required {
				return inv, true, &UsageError{c.Name, fmt.Sprintf("%s is missing; try: %s", o.Name, usageLine(c))}
			}
			continue
		}
		if o.Type == Text {
			inv.Args[o.Name] = strings.TrimSpace(text[toks[i].start:])
			i = len(toks)
			continue
		}
		v := toks[i].val
		i++
		switch o.Type {
		case Integer:
			if _, err := strconv.Atoi(v); err != nil {
				return inv, true, &UsageError{c.Name, fmt.Sprintf("%s must be a number; try: %s", o.Name, usageLine(c))}
			}
		case URL:
			v = strings.TrimSuffix(strings.TrimPrefix(v, "<"), ">")
			if msg := checkURL(v); msg != "" {
				return inv, true, &UsageError{c.Name, msg}
			}
		}
		inv.Args[o.Name] = v
	}
	if i < len(toks) {
		return inv, true, &UsageError{c.Name, fmt.Sprintf("too many words; try: %s", usageLine(c))}
	}
	return inv, true, nil
}

// checkURL returns why raw is not an http or https link, or "".
func checkURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || u.User != nil {
		return fmt.Sprintf("%q is not a link I can follow; give a full http:// or https:// address", raw)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Sprintf("only http and https links work, not %s", u.Scheme)
	}
	return ""
}

// usageLine is how help writes a command: "summary [sentences]".
func usageLine(c Command) string {
	var b strings.Builder
	b.WriteString(c.Name)
	for _, o := range c.Options {
		if o.Required {
			b.WriteString(" " + strings.ToUpper(o.Name))
		} else {
			b.WriteString(" [" + strings.ToUpper(o.Name) + "]")
		}
	}
	return b.String()
}

// token is one word of a message, or a phrase in quote marks.
type token struct {
	val        string // without the quote marks
	start, end int    // byte offsets of the token as typed, marks included
	quoted     bool
}

// closers maps an opening quote mark to its closing one.
var closers = map[rune]rune{'"': '"', '“': '”', '„': '“', '«': '»'}

// tokenize splits text at white space, keeping a phrase in quote marks
// ("city hall", “city hall”) as one token. An unclosed quote runs to the end.
func tokenize(text string) []token {
	var out []token
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		start := i
		if cl, ok := closers[r]; ok {
			j := strings.IndexRune(text[i+n:], cl)
			if j < 0 {
				out = append(out, token{val: text[i+n:], start: start, end: len(text), quoted: true})
				break
			}
			end := i + n + j + utf8.RuneLen(cl)
			out = append(out, token{val: text[i+n : i+n+j], start: start, end: end, quoted: true})
			i = end
			continue
		}
		for i < len(text) {
			r, n := utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				break
			}
			i += n
		}
		out = append(out, token{val: text[start:i], start: start, end: i})
	}
	return out
}

// words returns the tokens' values.
func words(text string) []string {
	toks := tokenize(text)
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.val != "" {
			out = append(out, t.val)
		}
	}
	return out
}
