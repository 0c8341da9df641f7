package bot

import (
	"context"
	"errors"
	"net/url"
	"strings"
	"time"
	"unicode"
)

// turn is one message being handled.
type turn struct {
	bot     *Bot
	msg     Message
	conv    *Context
	command string // what the message was taken as, for the log and the history
}

// articleWords is how many words make a message an article rather than a
// command or a question.
const articleWords = 40

// route decides what the message asks for and answers it.
func (t *turn) route(ctx context.Context) ([]Reply, error) {
	text := strings.TrimSpace(strings.ToValidUTF8(t.msg.Text, "\uFFFD"))
	if text == "" {
		t.command = "empty"
		return nil, nil
	}
	n := countWords(text)
	if n > articleWords || n > 25 && sentenceEnds(text) >= 3 {
		t.command = "read"
		return t.readText(ctx, text, "", "", time.Time{})
	}
	inv, ok, err := ParseCommand(t.bot.cmds, text)
	if ok && err != nil && !isQuestion(text) {
		t.command = inv.Command
		var ue *UsageError
		if errors.As(err, &ue) {
			return []Reply{failure(sentence(ue.Msg))}, nil
		}
		return nil, err
	}
	if ok && err == nil {
		t.command = inv.Command
		return t.run(ctx, inv)
	}
	if link := t.link(text); link != "" {
		t.command = "read"
		return t.readLink(ctx, link)
	}
	if isQuestion(text) {
		t.command = "ask"
		return t.ask(ctx, text)
	}
	if n >= 20 {
		// Prose too short to count as an article: say so.
		t.command = "read"
		return t.readText(ctx, text, "", "", time.Time{})
	}
	t.command = "unknown"
	return []Reply{{
		Paragraphs: []string{"I didn't catch that. Paste a link or the text of an article, ask a question about it, or type help."},
		Ephemeral:  true,
	}}, nil
}

// run dispatches a parsed command.
func (t *turn) run(ctx context.Context, inv Invocation) ([]Reply, error) {
	c, _ := lookup(t.bot.cmds, inv.Command)
	if c.Manage && !t.msg.Perms.ManageSubscriptions {
		return []Reply{{
			Paragraphs: []string{"You need permission to manage this channel's subscriptions for that."},
			Ephemeral:  true, Error: true,
		}}, nil
	}
	if c.Article && t.conv.Current == "" {
		return []Reply{noArticle()}, nil
	}
	switch inv.Command {
	case "summary":
		return t.summary(ctx, inv.Args["sentences"])
	case "quotes":
		return t.quotes(ctx, inv.Args["person"])
	case "facts":
		return t.facts(ctx)
	case "ask":
		return t.ask(ctx, inv.Args["question"])
	case "articles":
		return t.articles(), nil
	case "use":
		return t.use(ctx, inv.Args["number"])
	case "subscribe":
		return t.subscribe(ctx, inv.Args["url"], inv.Args["filters"])
	case "unsubscribe":
		return t.unsubscribe(ctx, inv.Args["id"])
	case "subscriptions":
		return t.subscriptions(ctx)
	case "pause", "resume":
		return t.setPaused(ctx, inv.Args["id"], inv.Command == "pause")
	case "preview":
		return t.preview(ctx, inv.Args["url"], inv.Args["filters"])
	case "help":
		return []Reply{help(t.bot.cmds, inv.Args["command"])}, nil
	}
	return nil, errors.New("bot: command " + inv.Command + " has no handler")
}

func noArticle() Reply {
	return Reply{
		Paragraphs: []string{"There is no article here yet. Paste a link or the text of an article first."},
		Ephemeral:  true, Error: true,
	}
}

// link returns the first http(s) link of the message when the message is
// mostly that link ("https://…" or "read this https://…"), else "".
func (t *turn) link(text string) string {
	links := t.msg.Links
	if links == nil {
		links = findLinks(text)
	}
	if len(links) == 0 || countWords(text) > 12 {
		return ""
	}
	return links[0]
}

// findLinks returns the http and https links in text.
func findLinks(text string) []string {
	var out []string
	for _, w := range strings.Fields(text) {
		w = strings.TrimRightFunc(strings.Trim(w, "<>()[]"), func(r rune) bool {
			return unicode.IsPunct(r) && r != '/'
		})
		if !strings.HasPrefix(w, "http://") && !strings.HasPrefix(w, "https://") {
			continue
		}
		if u, err := url.Parse(w); err == nil && u.Host != "" {
			out = append(out, w)
		}
	}
	return out
}

// questionWords start a question even without a question mark.
var questionWords = map[string]bool{
	"what": true, "who": true, "whom": true, "whose": true, "when": true, "where": true,
	"why": true, "how": true, "which": true, "did": true, "does": true, "do": true,
	"is": true, "are": true, "was": true, "were": true, "will": true, "can": true,
	"could": true, "should": true, "has": true, "have": true,
}

func isQuestion(text string) bool {
	if strings.HasSuffix(strings.TrimSpace(text), "?") {
		return true
	}
	f := strings.Fields(text)
	return len(f) > 1 && questionWords[strings.ToLower(f[0])]
}

func countWords(text string) int {
	n := 0
	in := false
	for _, r := range text {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
		}
		in = w || (in && (r == '\'' || r == '’' || r == '-'))
	}
	return n
}

// sentenceEnds counts '.', '!' and '?' followed by a space or the end.
func sentenceEnds(text string) int {
	n := 0
	for i := 0; i < len(text); i++ {
		if c := text[i]; (c == '.' || c == '!' || c == '?') && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n') {
			n++
		}
	}
	return n
}

// sentence makes msg start with a capital letter and end with a period.
func sentence(msg string) string {
	if msg == "" {
		return msg
	}
	r := []rune(msg)
	r[0] = unicode.ToUpper(r[0])
	s := string(r)
	if !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "?") {
		s += "."
	}
	return s
}
