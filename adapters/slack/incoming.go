package slackadapter

import "strings"

// plainText turns Slack's message markup into the plain text the bot reads:
// <https://x|label> and <https://x> become the address (and are returned in
// links), a mention of the bot (botID) is dropped, other user mentions become
// "@name" or "@U…", channel references "#name", special mentions
// ("<!here>") "@here", and the entities &amp; &lt; &gt; are decoded.
func plainText(s, botID string) (text string, links []string) {
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			b.WriteString(unescape(s))
			break
		}
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			b.WriteString(unescape(s))
			break
		}
		b.WriteString(unescape(s[:i]))
		inner := s[i+1 : i+j]
		s = s[i+j+1:]
		target, label, _ := strings.Cut(inner, "|")
		switch {
		case strings.HasPrefix(target, "@"):
			if botID != "" && target[1:] == botID {
				continue
			}
			if label != "" {
				b.WriteString("@" + strings.TrimPrefix(unescape(label), "@"))
			} else {
				b.WriteString(target)
			}
		case strings.HasPrefix(target, "#"):
			if label != "" {
				b.WriteString("#" + unescape(label))
			} else {
				b.WriteString(target)
			}
		case strings.HasPrefix(target, "!"):
			if label != "" {
				b.WriteString(unescape(label))
			} else {
				name, _, _ := strings.Cut(target[1:], "^")
				b.WriteString("@" + name)
			}
		default:
			u := unescape(target)
			if strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "https://") {
				links = append(links, u)
				b.WriteString(u)
			} else if label != "" {
				b.WriteString(unescape(label))
			} else {
				b.WriteString(strings.TrimPrefix(u, "mailto:"))
			}
		}
	}
	return strings.TrimSpace(b.String()), links
}

var unescaper = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&")

func unescape(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	return unescaper.Replace(s)
}
