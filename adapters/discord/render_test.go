package discord

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/briefly-bot/briefly/bot"
)

// partLimits returns what breaks Discord's limits in a part, "" when none.
func partLimits(p part) string {
	switch {
	case runes(p.Content) > maxContent:
		return "content too long"
	case len(p.Embeds) > maxEmbeds:
		return "too many embeds"
	case p.Content == "" && len(p.Embeds) == 0:
		return "empty message"
	case !utf8.ValidString(p.Content):
		return "invalid UTF-8 content"
	}
	total := 0
	for _, e := range p.Embeds {
		if runes(e.Title) > maxTitle || runes(e.Description) > maxDescription || len(e.Fields) > 25 {
			return "embed over a limit"
		}
		if e.Footer != nil && runes(e.Footer.Text) > maxFooter {
			return "footer too long"
		}
		if !utf8.ValidString(e.Title) || !utf8.ValidString(e.Description) {
			return "invalid UTF-8 embed"
		}
		total += embedSize(e)
	}
	if total > maxEmbedTotal {
		return "embeds over 6000"
	}
	return ""
}

func TestRender(t *testing.T) {
	long := strings.Repeat("Ünïcode wörds in a very long paragraph. ", 400) // 16,000 characters
	tests := []struct {
		name  string
		in    bot.Reply
		parts int
		check func(t *testing.T, ps []part)
	}{
		{"error is short ephemeral content", bot.Reply{Paragraphs: []string{"No article here."}, Error: true}, 1, func(t *testing.T, ps []part) {
			if ps[0].Content != "No article here." || !ps[0].Ephemeral || ps[0].Embeds != nil {
				t.Errorf("got %+v", ps[0])
			}
		}},
		{"summary is an embed linking its source", bot.Reply{Title: "Headline", Paragraphs: []string{"One."}, Source: "https://x.example/a", Footnote: "Try: quotes"}, 1, func(t *testing.T, ps []part) {
			e := ps[0].Embeds[0]
			if e.Title != "Headline" || e.URL != "https://x.example/a" || e.Description != "One." || e.Footer.Text != "Try: quotes" {
				t.Errorf("got %+v", e)
			}
		}},
		{"quotes are block quotes with the speaker", bot.Reply{Title: "Quotes", Quotes: []bot.QuoteLine{{Text: "We vote.", Speaker: "Helen Okafor"}, {Text: "Unattributed."}}}, 1, func(t *testing.T, ps []part) {
			want := "> We vote.\n— **Helen Okafor**\n\n> Unattributed."
			if got := ps[0].Embeds[0].Description; got != want {
				t.Errorf("got %q, want %q", got, want)
			}
		}},
		{"long title is trimmed", bot.Reply{Title: strings.Repeat("t", 300), Paragraphs: []string{"x"}}, 1, func(t *testing.T, ps []part) {
			if n := runes(ps[0].Embeds[0].Title); n != maxTitle {
				t.Errorf("title of %d characters, want %d", n, maxTitle)
			}
		}},
		{"long plain text splits into messages", bot.Reply{Paragraphs: []string{long}}, 8, func(t *testing.T, ps []part) {
			var b strings.Builder
			for _, p := range ps {
				b.WriteString(p.Content + " ")
			}
			if got := strings.Join(strings.Fields(b.String()), " "); got != strings.TrimSpace(long) {
				t.Errorf("text lost in splitting: %d of %d bytes", len(got), len(strings.TrimSpace(long)))
			}
		}},
		{"long embed text splits into embeds and messages", bot.Reply{Title: "T", Paragraphs: []string{long}}, 4, nil}, // 4,096 a description, 6,000 a message
		{"markdown in article text is escaped", bot.Reply{Paragraphs: []string{"a *b* _c_ `d` ||e|| see https://x.example/a_b_c"}}, 1, func(t *testing.T, ps []part) {
			want := `a \*b\* \_c\_ \` + "`d\\`" + ` \|\|e\|\| see https://x.example/a_b_c`
			if ps[0].Content != want {
				t.Errorf("got %q, want %q", ps[0].Content, want)
			}
		}},
		{"source without a title", bot.Reply{Paragraphs: []string{"x"}, Source: "https://x.example"}, 1, func(t *testing.T, ps []part) {
			if e := ps[0].Embeds[0]; e.Title != "Source" || e.URL != "https://x.example" {
				t.Errorf("got %+v", e)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := render([]bot.Reply{tt.in})
			if len(ps) != tt.parts {
				t.Fatalf("%d messages, want %d", len(ps), tt.parts)
			}
			for i, p := range ps {
				if why := partLimits(p); why != "" {
					t.Errorf("message %d: %s", i, why)
				}
			}
			if tt.check != nil {
				tt.check(t, ps)
			}
		})
	}
}

func FuzzRender(f *testing.F) {
	f.Add("Title", "para", "bullet", "quote", "Speaker", "https://x.example", "foot", 3)
	f.Add(strings.Repeat("é", 300), strings.Repeat("word ", 2000), strings.Repeat("x", 5000), "", "", "ftp://x", "", 40)
	f.Fuzz(func(t *testing.T, title, para, bullet, quote, speaker, source, foot string, n int) {
		n = n%50 + 1
		if n < 1 {
			n = 1
		}
		r := bot.Reply{Title: title, Source: source, Footnote: foot}
		for range n {
			r.Paragraphs = append(r.Paragraphs, para)
			r.Bullets = append(r.Bullets, bullet)
			r.Quotes = append(r.Quotes, bot.QuoteLine{Text: quote, Speaker: speaker})
		}
		for _, err := range []bool{false, true} {
			r.Error = err
			for i, p := range render([]bot.Reply{r}) {
				if why := partLimits(p); why != "" && !(why == "invalid UTF-8 content" || why == "invalid UTF-8 embed") {
					t.Fatalf("message %d: %s", i, why)
				}
			}
		}
	})
}

func BenchmarkRender(b *testing.B) {
	r := bot.Reply{Title: "Headline", Source: "https://x.example/a"}
	for range 40 {
		r.Bullets = append(r.Bullets, strings.Repeat("A fact about the council vote. ", 8))
		r.Quotes = append(r.Quotes, bot.QuoteLine{Text: strings.Repeat("We vote, *today*. ", 6), Speaker: "Helen Okafor"})
	}
	size := 0
	for _, s := range r.Bullets {
		size += len(s)
	}
	b.SetBytes(int64(2 * size))
	b.ReportAllocs()
	for b.Loop() {
		render([]bot.Reply{r})
	}
}

func TestRewriteKeepsPath(t *testing.T) {
	var got string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got = r.Host + " " + r.URL.RequestURI()
	}))
	defer srv.Close()
	tests := []struct{ base, in, want string }{
		{srv.URL, "https://discord.com/api/v9/gateway", "/api/v9/gateway"},
		{srv.URL + "/", "https://discord.com/api/v9/channels/1/messages?limit=2", "/api/v9/channels/1/messages?limit=2"},
		{srv.URL + "/proxy", "https://discord.com/api/v9/webhooks/1/t/messages/@original", "/proxy/api/v9/webhooks/1/t/messages/@original"},
	}
	for _, tt := range tests {
		rw, err := newRewrite(tt.base, nil)
		if err != nil {
			t.Fatal(err)
		}
		req, _ := http.NewRequestWithContext(context.Background(), "GET", tt.in, nil)
		resp, err := (&http.Client{Transport: rw}).Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if want := strings.TrimPrefix(srv.URL, "http://") + " " + tt.want; got != want {
			t.Errorf("%s via %s: got %q, want %q", tt.in, tt.base, got, want)
		}
	}
	for _, bad := range []string{"", "discord.com", "ftp://x", "http://"} {
		if _, err := newRewrite(bad, nil); err == nil {
			t.Errorf("newRewrite(%q) accepted", bad)
		}
	}
}

func TestCommandRequest(t *testing.T) {
	cmds := bot.Commands()
	str := func(name, v string) *discordgo.ApplicationCommandInteractionDataOption {
		return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionString, Value: v}
	}
	tests := []struct {
		name string
		data discordgo.ApplicationCommandInteractionData
		want request
	}{
		{"summary with url", discordgo.ApplicationCommandInteractionData{Name: "summary", Options: []*discordgo.ApplicationCommandInteractionDataOption{str("url", "https://x.example")}},
			request{Article: "https://x.example", Text: "summary"}},
		{"summary with sentences", discordgo.ApplicationCommandInteractionData{Name: "summary", Options: []*discordgo.ApplicationCommandInteractionDataOption{
			{Name: "sentences", Type: discordgo.ApplicationCommandOptionInteger, Value: float64(5)}}}, request{Text: "summary 5"}},
		{"subscribe filter fills filters", discordgo.ApplicationCommandInteractionData{Name: "subscribe", Options: []*discordgo.ApplicationCommandInteractionDataOption{
			str("filter", "transit -sports"), str("url", "https://x.example/rss")}}, request{Text: "subscribe https://x.example/rss transit -sports"}},
		{"ask keeps the question whole", discordgo.ApplicationCommandInteractionData{Name: "ask", Options: []*discordgo.ApplicationCommandInteractionDataOption{str("question", "what did Qin say?")}},
			request{Text: "ask what did Qin say?"}},
		{"a spaced id is quoted", discordgo.ApplicationCommandInteractionData{Name: "unsubscribe", Options: []*discordgo.ApplicationCommandInteractionDataOption{str("id", "k3x 9tq")}},
			request{Text: "unsubscribe “k3x 9tq”"}},
		{"a bare host gets https", discordgo.ApplicationCommandInteractionData{Name: "summary", Options: []*discordgo.ApplicationCommandInteractionDataOption{str("url", "news.example/a")}},
			request{Article: "https://news.example/a", Text: "summary"}},
		{"text stays text", discordgo.ApplicationCommandInteractionData{Name: "summary", Options: []*discordgo.ApplicationCommandInteractionDataOption{str("text", "The council. It voted.")}},
			request{Article: "The council. It voted.", Text: "summary"}},
		{"blank option is left out", discordgo.ApplicationCommandInteractionData{Name: "quotes", Options: []*discordgo.ApplicationCommandInteractionDataOption{str("person", "  ")}},
			request{Text: "quotes"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := commandRequest(cmds, tt.data)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
			inv, ok, err := bot.ParseCommand(cmds, got.Text)
			if !ok || err != nil || inv.Command != tt.data.Name {
				t.Errorf("the bot parses %q as %+v, %v, %v", got.Text, inv, ok, err)
			}
		})
	}
}

func TestStripMention(t *testing.T) {
	tests := []struct {
		in, want string
		found    bool
	}{
		{"<@42> what did Qin say?", "what did Qin say?", true},
		{"hey <@!42>   summary", "hey summary", true},
		{"<@43> hello", "<@43> hello", false},
		{"<@&42> role, not me", "<@&42> role, not me", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, found := stripMention(tt.in, "42")
		if got != tt.want || found != tt.found {
			t.Errorf("stripMention(%q) = %q, %v; want %q, %v", tt.in, got, found, tt.want, tt.found)
		}
	}
}

func FuzzStripMention(f *testing.F) {
	f.Add("<@42> hi <@!42>")
	f.Fuzz(func(t *testing.T, s string) {
		out, _ := stripMention(s, "42")
		if strings.Contains(out, "<@42>") || strings.Contains(out, "<@!42>") {
			t.Errorf("stripMention(%q) left a mention: %q", s, out)
		}
	})
}
