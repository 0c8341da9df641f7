package bot

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/briefly-bot/briefly/summarize"
)

// summaryReply is an article's summary of n sentences.
func (b *Bot) summaryReply(a *Article, n int) Reply {
	an := a.Analysis
	idx := b.summaryOf(a, n)
	var parts []string
	for _, i := range idx {
		if i >= 0 && i < len(an.Sentences) {
			parts = append(parts, an.Sentences[i].Text)
		}
	}
	r := Reply{Title: a.Title, Source: a.URL}
	if len(parts) == 0 {
		r.Paragraphs = []string{"I couldn't find sentences to summarize in this article."}
		return r
	}
	r.Paragraphs = []string{strings.Join(parts, " ")}
	return r
}

// summaryKey names a summary of another length than the default.
type summaryKey struct {
	hash string
	n    int
}

// summaryOf returns the indices of an n-sentence summary of a. The stored
// analysis has the default length; others are made once and cached.
func (b *Bot) summaryOf(a *Article, n int) []int {
	if n == b.opt.Sentences {
		return a.Analysis.Summary
	}
	k := summaryKey{a.Hash, n}
	if idx, ok := b.summaries.get(k); ok {
		return idx
	}
	idx := a.Analysis.SummaryOf(n)
	b.summaries.put(k, idx)
	return idx
}

func (t *turn) summary(ctx context.Context, arg string) ([]Reply, error) {
	n := t.bot.opt.Sentences
	if arg != "" {
		n, _ = strconv.Atoi(arg)
		if n < 1 || n > 10 {
			return []Reply{failure("A summary has 1 to 10 sentences: summary 5.")}, nil
		}
	}
	a, err := t.current(ctx)
	if err != nil {
		return t.lost(err)
	}
	return []Reply{t.bot.summaryReply(a, n)}, nil
}

// lost answers when the current article can no longer be loaded.
func (t *turn) lost(err error) ([]Reply, error) {
	if err == ErrNotFound {
		t.conv.Current = ""
		return []Reply{noArticle()}, nil
	}
	return nil, err
}

// maxQuotes is how many quotes one reply lists.
const maxQuotes = 15

func (t *turn) quotes(ctx context.Context, person string) ([]Reply, error) {
	a, err := t.current(ctx)
	if err != nil {
		return t.lost(err)
	}
	person = strings.Trim(strings.TrimSpace(person), "?.!\"“”")
	var lines []QuoteLine
	for _, q := range a.Analysis.Quotes {
		if q.Direct && (person == "" || sameSpeaker(q.Speaker, person)) {
			lines = append(lines, QuoteLine{Text: q.Text, Speaker: q.Speaker})
		}
	}
	r := Reply{Title: "Quotes in " + a.Title, Source: a.URL}
	if person != "" {
		r.Title = "What " + person + " said"
	}
	if len(lines) == 0 {
		msg := "I found no direct quotes in this article."
		if person != "" {
			msg = fmt.Sprintf("I found no direct quotes from %s in this article.", person)
			if sp := a.Analysis.Speakers(); len(sp) > 0 {
				msg += " Quoted: " + strings.Join(sp, ", ") + "."
			}
		}
		r.Paragraphs = []string{msg}
		return []Reply{r}, nil
	}
	if len(lines) > maxQuotes {
		r.Footnote = fmt.Sprintf("%d more not shown; try quotes PERSON.", len(lines)-maxQuotes)
		lines = lines[:maxQuotes]
	}
	r.Quotes = lines
	return []Reply{r}, nil
}

// sameSpeaker reports whether the speaker is who the user named: the whole
// name or one of its words ("Okafor" is "Helen Okafor"), ignoring case.
func sameSpeaker(speaker, name string) bool {
	if speaker == "" {
		return false
	}
	if strings.EqualFold(speaker, name) {
		return true
	}
	nw := strings.Fields(strings.ToLower(name))
	sw := strings.Fields(strings.ToLower(speaker))
	for _, w := range nw {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if !slices.Contains(sw, w) {
			return false
		}
	}
	return len(nw) > 0
}

// factKinds are the entity kinds facts lists, in order, with their labels.
var factKinds = []struct {
	kind  summarize.EntityKind
	label string
}{
	{summarize.Person, "People"},
	{summarize.Organization, "Organizations"},
	{summarize.Place, "Places"},
	{summarize.Date, "Dates"},
	{summarize.Time, "Times"},
	{summarize.Money, "Money"},
	{summarize.Percent, "Percentages"},
	{summarize.Number, "Numbers"},
	{summarize.Quantity, "Quantities"},
}

// maxFacts is how many entities of one kind facts lists.
const maxFacts = 12

func (t *turn) facts(ctx context.Context) ([]Reply, error) {
	a, err := t.current(ctx)
	if err != nil {
		return t.lost(err)
	}
	r := Reply{Title: "Facts in " + a.Title, Source: a.URL}
	for _, k := range factKinds {
		var names []string
		for _, e := range a.Analysis.Entities {
			if e.Kind != k.kind || len(names) == maxFacts {
				continue
			}
			s := e.Name
			switch {
			case e.Role != "":
				s += " (" + e.Role + ")"
			case e.Kind == summarize.Date && e.Value != "" && e.Value != e.Name:
				// The resolved date; a number's normalized value
				// only repeats it.
				s += " (" + e.Value + ")"
			}
			names = append(names, s)
		}
		if len(names) > 0 {
			r.Bullets = append(r.Bullets, k.label+": "+strings.Join(names, "; "))
		}
	}
	if len(r.Bullets) == 0 {
		r.Paragraphs = []string{"I found no names, places, dates or numbers in this article."}
	}
	return []Reply{r}, nil
}

func (t *turn) ask(ctx context.Context, q string) ([]Reply, error) {
	if countWords(q) == 0 {
		return []Reply{failure("Ask a question about the article, for example: ask how much does the plan cost?")}, nil
	}
	if t.conv.Current == "" {
		return []Reply{noArticle()}, nil
	}
	a, err := t.current(ctx)
	if err != nil {
		return t.lost(err)
	}
	if who := saidWho(q); who != "" {
		for _, qu := range a.Analysis.Quotes {
			if qu.Direct && sameSpeaker(qu.Speaker, who) {
				t.command = "quotes"
				return t.quotes(ctx, who)
			}
		}
	}
	ans := t.bot.opt.Answer(a.Analysis, q)
	r := Reply{Source: a.URL}
	if !ans.Found || ans.Text == "" {
		r.Paragraphs = []string{summarize.NotFoundText}
		r.Footnote = "Try rephrasing with words the article uses, or see facts and quotes."
		return []Reply{r}, nil
	}
	r.Paragraphs = []string{ans.Text}
	if ans.Evidence != "" && ans.Evidence != ans.Text {
		if ans.Speaker != "" {
			r.Quotes = []QuoteLine{{Text: ans.Evidence, Speaker: ans.Speaker}}
		} else {
			r.Paragraphs = append(r.Paragraphs, "From the article: "+ans.Evidence)
		}
	}
	if ans.Confidence > 0 && ans.Confidence < 0.5 {
		r.Footnote = "I'm not sure about this one; check the source sentence."
	}
	return []Reply{r}, nil
}

// saidWho returns NAME from "what did NAME say", "what has NAME said about
// …" and the like, or "".
func saidWho(q string) string {
	f := strings.Fields(strings.ToLower(strings.TrimRight(q, "?!. ")))
	if len(f) < 4 || f[0] != "what" {
		return ""
	}
	switch f[1] {
	case "did", "does", "has", "had":
	default:
		return ""
	}
	orig := strings.Fields(strings.TrimRight(q, "?!. "))
	for i := 3; i < len(f); i++ {
		switch f[i] {
		case "say", "said", "says", "tell", "told", "think", "argue", "argued":
			return strings.Join(orig[2:i], " ")
		}
	}
	return ""
}

func (t *turn) articles() []Reply {
	if len(t.conv.Articles) == 0 {
		return []Reply{noArticle()}
	}
	r := Reply{Title: "Recent articles"}
	for i, it := range t.conv.Articles {
		s := fmt.Sprintf("%d. %s", i+1, it.Title)
		if it.URL != "" {
			s += " — " + it.URL
		}
		if it.Hash == t.conv.Current {
			s += " (current)"
		}
		r.Bullets = append(r.Bullets, s)
	}
	r.Footnote = "use N switches to one."
	return []Reply{r}
}

func (t *turn) use(ctx context.Context, arg string) ([]Reply, error) {
	n, _ := strconv.Atoi(arg)
	if n < 1 || n > len(t.conv.Articles) {
		if len(t.conv.Articles) == 0 {
			return []Reply{noArticle()}, nil
		}
		return []Reply{failure(fmt.Sprintf("Pick a number from 1 to %d; articles lists them.", len(t.conv.Articles)))}, nil
	}
	a, err := t.bot.load(ctx, t.conv.Articles[n-1].Hash)
	if err != nil {
		if err == ErrNotFound {
			return []Reply{failure("That article is no longer stored; paste it again.")}, nil
		}
		return nil, err
	}
	it := t.conv.Articles[n-1]
	shown := *a
	shown.Title, shown.URL = it.Title, it.URL
	t.setCurrent(&shown)
	r := t.bot.summaryReply(&shown, t.bot.opt.Sentences)
	r.Footnote = "Now reading this article."
	return []Reply{r}, nil
}
