package slackadapter

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/briefly-bot/briefly/adapters/slack/internal/fakeslack"
	"github.com/briefly-bot/briefly/bot"
)

func TestEscape(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"plain", "Council votes 7-2", "Council votes 7-2"},
		{"channel", "<!channel> read this", "&lt;!channel&gt; read this"},
		{"user", "hi <@U123ABC>", "hi &lt;@U123ABC&gt;"},
		{"link", "<https://evil.example|bank>", "&lt;https://evil.example|bank&gt;"},
		{"ampersand first", "&lt;!here&gt;", "&amp;lt;!here&amp;gt;"},
		{"unicode", "“Qin” — 東京 <>", "“Qin” — 東京 &lt;&gt;"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Escape(tc.in); got != tc.want {
				t.Errorf("Escape(%q): got %q, want %q", tc.in, got, tc.want)
			}
			if got, want := escapedLen(tc.in), utf8.RuneCountInString(tc.want); got != want {
				t.Errorf("escapedLen(%q): got %d, want %d", tc.in, got, want)
			}
		})
	}
}

// checkLimits fails t when a message breaks a Block Kit limit or lacks a
// fallback.
func checkLimits(t *testing.T, msgs []Message) {
	t.Helper()
	for i, m := range msgs {
		if len(m.Blocks) == 0 || len(m.Blocks) > maxBlocks {
			t.Errorf("message %d has %d blocks, want 1 to %d", i, len(m.Blocks), maxBlocks)
		}
		if strings.TrimSpace(m.Text) == "" || utf8.RuneCountInString(m.Text) > maxFallback {
			t.Errorf("message %d fallback has %d characters, want 1 to %d", i, utf8.RuneCountInString(m.Text), maxFallback)
		}
		total := 0
		for j, b := range m.Blocks {
			switch b := b.(type) {
			case *slack.HeaderBlock:
				if n := utf8.RuneCountInString(b.Text.Text); n > maxHeader {
					t.Errorf("message %d block %d: header of %d characters, want at most %d", i, j, n, maxHeader)
				}
				total += utf8.RuneCountInString(b.Text.Text)
			case *slack.SectionBlock:
				if n := utf8.RuneCountInString(b.Text.Text); n > maxSection || n == 0 {
					t.Errorf("message %d block %d: section of %d characters, want 1 to %d", i, j, n, maxSection)
				}
				total += utf8.RuneCountInString(b.Text.Text)
			}
		}
		if total > maxMessageText {
			t.Errorf("message %d holds %d characters of text, want at most %d", i, total, maxMessageText)
		}
		if _, err := json.Marshal(m.Blocks); err != nil {
			t.Errorf("message %d: %v", i, err)
		}
	}
}

func TestRenderLongSummarySplit(t *testing.T) {
	para := strings.Repeat("The council approved the plan after a long debate & a close vote. ", 120) // about 8,000 characters
	r := bot.Reply{
		Title:      strings.Repeat("A very long headline about the river rail line ", 6),
		Paragraphs: []string{para, para, para},
		Bullets:    make([]string, 80),
		Source:     "https://news.example/rail?a=1&b=2",
		Footnote:   "Summary of 3 sentences.",
	}
	for i := range r.Bullets {
		r.Bullets[i] = "Fact number " + strings.Repeat("x", 100)
	}
	msgs := Render(r)
	if len(msgs) < 2 {
		t.Fatalf("got %d messages, want the summary split across several", len(msgs))
	}
	checkLimits(t, msgs)
	var sections []string
	var all strings.Builder
	for _, m := range msgs {
		for _, b := range m.Blocks {
			if s, ok := b.(*slack.SectionBlock); ok && !strings.HasPrefix(s.Text.Text, "•") {
				sections = append(sections, s.Text.Text)
			}
		}
		b, _ := json.Marshal(m.Blocks)
		all.Write(b)
	}
	want := strings.Fields(Escape(para + " " + para + " " + para))
	if got := strings.Fields(strings.Join(sections, " ")); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("the split kept %d of %d words of the paragraphs", len(got), len(want))
	}
	if !strings.Contains(all.String(), "a=1\\u0026amp;b=2") {
		t.Errorf("source not escaped: %s", all.String()[:200])
	}
}

func TestRenderShort(t *testing.T) {
	msgs := Render(bot.Reply{Title: "Council approves rail", Paragraphs: []string{"It will cost $1.2 billion."},
		Quotes: []bot.QuoteLine{{Text: "“A generation’s investment”", Speaker: "Helen Okafor"}}, Source: "https://news.example/r"})
	if len(msgs) != 1 {
		t.Fatalf("got %d messages, want 1", len(msgs))
	}
	checkLimits(t, msgs)
	var kinds []string
	for _, b := range msgs[0].Blocks {
		kinds = append(kinds, string(b.BlockType()))
	}
	if got, want := strings.Join(kinds, ","), "header,section,section,divider,context"; got != want {
		t.Errorf("blocks: got %s, want %s", got, want)
	}
	if got := msgs[0].Text; !strings.Contains(got, "Council approves rail") || !strings.Contains(got, "Helen Okafor") {
		t.Errorf("fallback %q lacks the title or the quote", got)
	}
}

// specials are what article text must never produce in a Slack message.
var specials = []string{"<!channel>", "<!here>", "<!everyone>", "<@U", "<http"}

func TestArticleCannotMention(t *testing.T) {
	hostile := "Residents got a leaked memo that read <!channel> <!here> <!everyone> call <@U0ADMIN> now and visit <https://evil.example|the city bank> today, officials said on Monday. " + article
	for _, tc := range []struct{ name, text string }{
		{"pasted in a DM", Escape(hostile)},
		{"fetched from a link", "<https://news.example/memo>"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fake, _ := start(t, newBot(t, &slowFetcher{text: hostile}), nil)
			fake.Send("events_api", dm("EvX", "D9", "U9", "1700002000.000100", tc.text), 0)
			c := fake.WaitCalls("chat.postMessage", 1, wait)[0]
			got := joined(c)
			if !strings.Contains(got, "&lt;!channel&gt;") {
				t.Errorf("the reply %q lost the memo's text; want it shown escaped", got)
			}
			raw := c.Get("text") + c.Form.Get("blocks")
			for _, s := range specials {
				if strings.Contains(raw, s) {
					t.Errorf("the reply holds %q, which Slack would turn into a mention or link:\n%s", s, raw)
				}
			}
		})
	}
}

func FuzzRender(f *testing.F) {
	f.Add("Title <!channel>", "a & b <@U1> <https://x|y>", "Okafor")
	f.Add(strings.Repeat("&", 200), strings.Repeat("<", 4000), "")
	f.Fuzz(func(t *testing.T, title, text, speaker string) {
		if !utf8.ValidString(title) || !utf8.ValidString(text) || !utf8.ValidString(speaker) {
			return
		}
		msgs := Render(bot.Reply{Title: title, Paragraphs: []string{text}, Bullets: []string{text},
			Quotes: []bot.QuoteLine{{Text: text, Speaker: speaker}}, Source: text, Footnote: speaker})
		for _, m := range msgs {
			b, err := json.Marshal(m.Blocks)
			if err != nil {
				t.Fatal(err)
			}
			var decoded []map[string]any
			if err := json.Unmarshal(b, &decoded); err != nil {
				t.Fatal(err)
			}
			for _, blk := range decoded {
				for _, s := range append(blockTexts(blk), m.Text) {
					if strings.ContainsAny(s, "<>") {
						t.Fatalf("unescaped < or > in %q", s)
					}
				}
			}
		}
		if strings.TrimSpace(title+text+speaker) != "" {
			checkLimits(t, msgs)
		}
	})
}

func TestPlainText(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
		links          []string
	}{
		{"mention of the bot dropped", "<@" + fakeslack.BotUser + "> summary 5", "summary 5", nil},
		{"other user kept", "<@" + fakeslack.BotUser + "> what did <@U2|qin> say?", "what did @qin say?", nil},
		{"bare user", "ask <@U2>", "ask <@U2>"[:4] + "@U2", nil},
		{"link with label", "read <https://a.example/x?a=1&amp;b=2|this>", "read https://a.example/x?a=1&b=2", []string{"https://a.example/x?a=1&b=2"}},
		{"bare link", "<http://b.example>", "http://b.example", []string{"http://b.example"}},
		{"channel", "in <#C1|general>", "in #general", nil},
		{"special", "<!here> look", "@here look", nil},
		{"entities", "Q&amp;A &lt;3 &gt;", "Q&A <3 >", nil},
		{"mailto", "<mailto:a@b.example|a@b.example>", "a@b.example", nil},
		{"unclosed", "a < b", "a < b", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, links := plainText(tc.in, fakeslack.BotUser)
			if got != tc.want {
				t.Errorf("text: got %q, want %q", got, tc.want)
			}
			if strings.Join(links, " ") != strings.Join(tc.links, " ") {
				t.Errorf("links: got %q, want %q", links, tc.links)
			}
		})
	}
}

func FuzzPlainText(f *testing.F) {
	for _, s := range []string{"<@U1> hi", "<https://x|y> &amp;", "<<>>", "<!subteam^S1|@team>", "&lt;&gt;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		text, links := plainText(s, "U1")
		if len(text) > 2*len(s)+8 {
			t.Errorf("plainText(%q) grew to %d bytes", s, len(text))
		}
		for _, l := range links {
			if !strings.HasPrefix(l, "http://") && !strings.HasPrefix(l, "https://") {
				t.Errorf("link %q is not http(s)", l)
			}
		}
	})
}

func BenchmarkRender(b *testing.B) {
	para := strings.Repeat("The council approved the plan after a long debate & a close vote. ", 40)
	r := bot.Reply{Title: "Council approves rail", Paragraphs: []string{para, para}, Bullets: []string{para[:200], para[:300]},
		Quotes: []bot.QuoteLine{{Text: para[:150], Speaker: "Helen Okafor"}}, Source: "https://news.example/rail"}
	b.SetBytes(int64(2*len(para) + 650))
	b.ReportAllocs()
	for b.Loop() {
		Render(r)
	}
}
