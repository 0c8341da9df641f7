package bot_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/briefly-bot/briefly/bot"
	"github.com/briefly-bot/briefly/bot/example"
	"github.com/briefly-bot/briefly/bot/sqlite"
	"github.com/briefly-bot/briefly/summarize"
)

func newBot(t testing.TB, opt bot.Options) *bot.Bot {
	t.Helper()
	st, err := sqlite.Open(context.Background(), sqlite.Memory)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	opt.Store = st
	b, err := bot.New(opt)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// flat is the replies' text, one field a line, for matching.
func flat(rs []bot.Reply) string {
	var b strings.Builder
	for _, r := range rs {
		b.WriteString(r.Title + "\n")
		for _, p := range r.Paragraphs {
			b.WriteString(p + "\n")
		}
		for _, s := range r.Bullets {
			b.WriteString("• " + s + "\n")
		}
		for _, q := range r.Quotes {
			b.WriteString("> " + q.Text + " — " + q.Speaker + "\n")
		}
		b.WriteString(r.Source + "\n" + r.Footnote + "\n")
	}
	return b.String()
}

func msg(channel, thread, text string) bot.Message {
	return bot.Message{Platform: "test", Channel: channel, Thread: thread, User: "u1", Text: text,
		Perms: bot.Permissions{ManageSubscriptions: true}}
}

func say(t *testing.T, b *bot.Bot, m bot.Message) []bot.Reply {
	t.Helper()
	rs, err := b.Handle(context.Background(), m)
	if err != nil {
		t.Fatalf("Handle(%q): %v", m.Text, err)
	}
	return rs
}

// stubPage is a Fetcher serving one page, or failing with a user message.
type stubPage struct {
	page bot.Page
	err  error
}

func (s stubPage) Fetch(_ context.Context, url string) (bot.Page, error) {
	if s.err != nil {
		return bot.Page{}, s.err
	}
	p := s.page
	p.URL = url
	return p, nil
}

type userErr struct{ msg string }

func (e userErr) Error() string       { return "fetch: " + e.msg }
func (e userErr) UserMessage() string { return e.msg }

// answerFirst answers with the first sentence containing the question's
// last word, like a real answerer would cite its evidence.
func answerFirst(a *summarize.Analysis, q string) bot.Answer {
	f := strings.Fields(strings.Trim(q, "?"))
	if len(f) == 0 {
		return bot.Answer{}
	}
	for _, s := range a.Sentences {
		if strings.Contains(s.Text, f[len(f)-1]) {
			return bot.Answer{Text: "about that: yes", Evidence: s.Text, Confidence: 0.9, Found: true}
		}
	}
	return bot.Answer{}
}

func TestConversation(t *testing.T) {
	b := newBot(t, bot.Options{
		Fetcher: stubPage{page: bot.Page{Title: "Fetched headline", Text: strings.ReplaceAll(example.Article, "Port Alder", "Lake Ferris")}},
		Answer:  answerFirst,
	})
	steps := []struct {
		name, text string
		want       []string // substrings of the replies
		wantErr    bool     // the reply is an Error
	}{
		{"nothing yet", "summary", []string{"no article here yet"}, true},
		{"question before article", "what is this?", []string{"no article here yet"}, true},
		{"paste", example.Article, []string{"Port Alder council approves", "voted 6-3"}, false},
		{"summary 1", "summary 1", []string{"voted 6-3"}, false},
		{"summary out of range", "summary 11", []string{"1 to 10 sentences"}, true},
		{"bad usage", "use x", []string{"must be a number"}, true},
		{"ask", "ask who withdrew?", []string{"about that: yes", "From the article: She withdrew it"}, false},
		{"plain question", "how much was the reserve?", []string{"about that: yes"}, false},
		{"unanswerable", "ask zzzz?", []string{"The article doesn't say."}, false},
		{"link", "read https://news.example/bus", []string{"Fetched headline", "https://news.example/bus"}, false},
		{"articles", "articles", []string{"1. Fetched headline — https://news.example/bus (current)", "2. Port Alder council"}, false},
		{"use", "use 2", []string{"Port Alder council approves", "Now reading"}, false},
		{"use out of range", "use 3", []string{"from 1 to 2"}, true},
		{"thin", "Council votes on bus plan today in a long meeting that went on and on into the night with many speakers from all over and did not end well at all for anyone.", []string{"too short to summarize"}, true},
		{"chatter", "hello there", []string{"didn't catch that"}, false},
		{"help", "help", []string{"summary [SENTENCES]", "subscribe URL [FILTERS]"}, false},
		{"help one", "help quotes", []string{"quotes [PERSON]", "PERSON: only this speaker's quotes", "quotes Okafor"}, false},
	}
	for _, s := range steps {
		rs := say(t, b, msg("c1", "", s.text))
		got := flat(rs)
		for _, w := range s.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: got %q, want it to contain %q", s.name, got, w)
			}
		}
		if len(rs) == 0 || rs[0].Error != s.wantErr {
			t.Errorf("%s: Error = %v, want %v", s.name, len(rs) > 0 && rs[0].Error, s.wantErr)
		}
	}
}

func TestRefusals(t *testing.T) {
	paywall := "Subscribe to continue reading. " + strings.Repeat("This story is for subscribers only and you need an account to see it. ", 6)
	tests := []struct {
		name    string
		fetcher bot.Fetcher
		text    string
		want    string
	}{
		{"no fetcher", nil, "https://news.example/a", "fetching pages is not set up"},
		{"fetch user message", stubPage{err: userErr{"That page needs JavaScript."}}, "https://news.example/a", "That page needs JavaScript."},
		{"fetch other error", stubPage{err: errors.New("dial tcp: refused")}, "https://news.example/a", "I couldn't read that page."},
		{"paywall page", stubPage{page: bot.Page{Text: paywall}}, "https://news.example/a", "paywall, cookie notice or robot check"},
		{"pasted paywall", nil, paywall, "paywall, cookie notice or robot check"},
		{"no sentences", nil, strings.Repeat("word ", 80), "no full sentences"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newBot(t, bot.Options{Fetcher: tt.fetcher})
			rs := say(t, b, msg("c", "", tt.text))
			if got := flat(rs); !strings.Contains(got, tt.want) || !rs[0].Error {
				t.Errorf("got %q (error %v), want an error containing %q", got, rs[0].Error, tt.want)
			}
			if got := flat(say(t, b, msg("c", "", "summary"))); !strings.Contains(got, "no article here yet") {
				t.Errorf("refused text became the current article: %q", got)
			}
		})
	}
}

func TestThreads(t *testing.T) {
	b := newBot(t, bot.Options{})
	say(t, b, msg("c", "", example.Article))
	// A new thread starts with the channel's article.
	if got := flat(say(t, b, msg("c", "t1", "summary 1"))); !strings.Contains(got, "voted 6-3") {
		t.Fatalf("thread summary = %q, want the channel's article", got)
	}
	other := strings.Replace(example.Article, "Port Alder", "Lake Ferris", -1)
	say(t, b, msg("c", "t1", other))
	if got := flat(say(t, b, msg("c", "", "summary 1"))); strings.Contains(got, "Lake Ferris") {
		t.Errorf("an article read in a thread changed the channel: %q", got)
	}
	if got := flat(say(t, b, msg("c", "t1", "summary 1"))); !strings.Contains(got, "Lake Ferris") {
		t.Errorf("thread summary = %q, want its own article", got)
	}
	if got := flat(say(t, b, msg("other", "", "summary"))); !strings.Contains(got, "no article here yet") {
		t.Errorf("another channel sees the article: %q", got)
	}
}

func TestSubscriptions(t *testing.T) {
	b := newBot(t, bot.Options{})
	rs := say(t, b, msg("c", "", "subscribe https://news.example/feed.rss transit “city hall” -sports"))
	if rs[0].Error {
		t.Fatalf("subscribe failed: %q", flat(rs))
	}
	id := strings.Fields(strings.TrimPrefix(rs[0].Footnote, "unsubscribe "))[0]
	if len(id) != 6 {
		t.Fatalf("id = %q, want six characters", id)
	}
	tests := []struct {
		name    string
		m       bot.Message
		want    string
		wantErr bool
	}{
		{"list", msg("c", "", "subscriptions"), id + "  https://news.example/feed.rss  filters: transit “city hall” -sports", false},
		{"list from a thread", msg("c", "t", "subs"), id, false},
		{"duplicate", msg("c", "", "subscribe https://news.example/feed.rss"), "already follows", true},
		{"bad url", msg("c", "", "subscribe javascript:alert(1)"), "not a link", true},
		{"no permission", bot.Message{Platform: "test", Channel: "c", Text: "unsubscribe " + id}, "You need permission", true},
		{"other channel", msg("d", "", "unsubscribe "+id), "no subscription " + id, true},
		{"other channel lists none", msg("d", "", "subscriptions"), "no subscriptions", false},
		{"unsubscribe", msg("c", "", "unsubscribe "+strings.ToUpper(id)), "Unsubscribed " + id, false},
		{"gone", msg("c", "", "subscriptions"), "no subscriptions", false},
		{"too many filters", msg("c", "", "subscribe https://a.example/ 1 2 3 4 5 6 7 8 9 10 11"), "At most 10 filters", true},
	}
	for _, tt := range tests {
		rs := say(t, b, tt.m)
		if got := flat(rs); !strings.Contains(got, tt.want) || rs[0].Error != tt.wantErr {
			t.Errorf("%s: got %q (error %v), want %q (error %v)", tt.name, got, rs[0].Error, tt.want, tt.wantErr)
		}
	}
}

func TestNewNeedsStore(t *testing.T) {
	if _, err := bot.New(bot.Options{}); err == nil {
		t.Error("New without a Store: got no error")
	}
}

// TestConcurrentTurns runs turns from several channels and threads at once;
// run it with -race.
func TestConcurrentTurns(t *testing.T) {
	b := newBot(t, bot.Options{})
	say(t, b, msg("c0", "", example.Article))
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 15 {
				m := msg(fmt.Sprintf("c%d", g%3), fmt.Sprintf("t%d", i%2), []string{"summary", "articles", "quotes", example.Article}[i%4])
				if _, err := b.Handle(context.Background(), m); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	if got := flat(say(t, b, msg("c1", "t1", "summary 1"))); !strings.Contains(got, "voted 6-3") {
		t.Errorf("after concurrent turns: %q", got)
	}
}

// TestRepairsPastedText checks that damaged text is repaired before it is
// read: the same article, decoded with the wrong codec, is the same article.
func TestRepairsPastedText(t *testing.T) {
	b := newBot(t, bot.Options{})
	damaged := strings.ReplaceAll(example.Article, "’", "â€™")
	say(t, b, msg("c", "", damaged))
	say(t, b, msg("c", "", example.Article))
	rs := say(t, b, msg("c", "", "articles"))
	if len(rs[0].Bullets) != 1 {
		t.Errorf("articles = %q, want the repaired and the clean text to be one article", rs[0].Bullets)
	}
	if got := flat(say(t, b, msg("c", "", "summary"))); strings.Contains(got, "â€") || !strings.Contains(got, "city’s") {
		t.Errorf("summary = %q, want repaired apostrophes", got)
	}
}

// FuzzHandle sends any text, after an article, and checks that the bot
// answers without failing and with valid UTF-8.
func FuzzHandle(f *testing.F) {
	for _, s := range []string{"summary 3", "quotes Okafor", "what did Chen say?", "use 1", "subscribe https://a.example/ x",
		"unsubscribe abcdef", "https://a.example/", strings.Repeat("word ", 45), example.Article[:300], "\xff\xfe"} {
		f.Add(s)
	}
	b := newBot(f, bot.Options{Answer: answerFirst})
	say := func(text string) []bot.Reply {
		rs, err := b.Handle(context.Background(), msg("c", "", text))
		if err != nil {
			f.Fatalf("Handle(%q): %v", text, err)
		}
		return rs
	}
	say(example.Article)
	f.Fuzz(func(t *testing.T, text string) {
		rs, err := b.Handle(context.Background(), msg("c", "", text))
		if err != nil {
			t.Fatalf("Handle(%q): %v", text, err)
		}
		if got := flat(rs); !utf8.ValidString(got) {
			t.Errorf("reply is not valid UTF-8: %q", got)
		}
	})
}
