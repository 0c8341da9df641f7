package discord

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/briefly-bot/briefly/adapters/discord/internal/fakediscord"
	"github.com/briefly-bot/briefly/bot"
	"github.com/briefly-bot/briefly/bot/example"
)

func TestRegisterAndIdentify(t *testing.T) {
	t.Parallel()
	e := start(t, nil, func(o *Options) { o.GuildID = testGuild; o.ShardID, o.ShardCount = 1, 2 })
	reqs := e.fake.Requests()
	if len(reqs) < 2 || reqs[0].Method != "PUT" || reqs[1].Path != "/api/v9/gateway" {
		t.Fatalf("first requests = %v, want the command overwrite then GET /api/v9/gateway", paths(reqs))
	}
	put := reqs[0]
	if want := "/api/v9/applications/" + e.fake.AppID + "/guilds/" + testGuild + "/commands"; put.Path != want {
		t.Errorf("overwrite path = %q, want %q", put.Path, want)
	}
	if put.Authorization != "Bot "+testToken {
		t.Errorf("authorization = %q, want %q", put.Authorization, "Bot "+testToken)
	}
	var cmds []struct {
		Name    string `json:"name"`
		Type    int    `json:"type"`
		Options []struct {
			Name         string `json:"name"`
			Type         int    `json:"type"`
			Required     bool   `json:"required"`
			Autocomplete bool   `json:"autocomplete"`
		} `json:"options"`
	}
	if err := put.JSON(&cmds); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, c := range cmds {
		var opts []string
		for _, o := range c.Options {
			s := o.Name
			if o.Required {
				s += "!"
			}
			if o.Autocomplete {
				s += "~"
			}
			opts = append(opts, s)
		}
		got[fmt.Sprintf("%d %s", c.Type, c.Name)] = strings.Join(opts, ",")
	}
	for key, want := range map[string]string{
		"1 summary": "url,text,sentences", "1 ask": "question!", "1 quotes": "person", "1 facts": "",
		"1 subscribe": "url!,filter", "1 unsubscribe": "id!~", "1 subscriptions": "", "1 help": "command",
		"3 Summarize": "", "3 Quotes": "",
	} {
		if opts, ok := got[key]; !ok || opts != want {
			t.Errorf("command %s: options %q (registered %v), want %q", key, opts, ok, want)
		}
	}

	ids := e.fake.Identifies()
	var id struct {
		Token   string `json:"token"`
		Intents int64  `json:"intents"`
		Shard   [2]int `json:"shard"`
	}
	if err := json.Unmarshal(ids[0], &id); err != nil {
		t.Fatal(err)
	}
	if id.Token != "Bot "+testToken {
		t.Errorf("identify token = %q, want the Bot prefix", id.Token)
	}
	const guildMessages, directMessages, messageContent = 1 << 9, 1 << 12, 1 << 15
	if want := int64(guildMessages | directMessages | messageContent); id.Intents&want != want {
		t.Errorf("intents = %b, want guild messages, DMs and message content", id.Intents)
	}
	if id.Shard != [2]int{1, 2} {
		t.Errorf("shard = %v, want [1 2]", id.Shard)
	}
	if e.a.BotID() != e.fake.BotID {
		t.Errorf("bot ID = %q, want %q from READY", e.a.BotID(), e.fake.BotID)
	}
}

func TestSlashCommands(t *testing.T) {
	t.Parallel()
	e := start(t, nil, nil)
	ch := e.fake.Snowflake()
	// The article is pasted with /summary text, then every command runs
	// on it in order.
	tests := []struct {
		name  string
		in    map[string]any
		want  []string // in what the user sees
		flags int
	}{
		{"summary with text", e.slash(ch, everyPerm, "summary", "text", example.Article), []string{"48.2 million"}, 0},
		{"summary sentences", e.interaction(2, ch, everyPerm, nil, map[string]any{"id": "1", "name": "summary", "type": 1,
			"options": []map[string]any{{"name": "sentences", "type": 4, "value": 1}}}), []string{"Port Alder"}, 0},
		{"ask", e.slash(ch, everyPerm, "ask", "question", "Who voted against the plan?"), []string{"Reyes"}, 0},
		{"quotes", e.slash(ch, everyPerm, "quotes"), []string{"> This is not the budget", "— **Helen Okafor**"}, 0},
		{"quotes of a person", e.slash(ch, everyPerm, "quotes", "person", "Reyes"), []string{"last year’s savings"}, 0},
		{"facts", e.slash(ch, everyPerm, "facts"), []string{"Helen Okafor"}, 0},
		{"subscribe", e.slash(ch, manageOnly, "subscribe", "url", "https://news.example/feed.rss", "filter", "transit -sports"), []string{"now follows", "transit"}, 0},
		{"subscriptions", e.slash(ch, noPerm, "subscriptions"), []string{"https://news.example/feed.rss"}, 0},
		{"articles", e.slash(ch, noPerm, "articles"), []string{"Port Alder council"}, 0},
		{"use", e.interaction(2, ch, noPerm, nil, map[string]any{"id": "4", "name": "use", "type": 1,
			"options": []map[string]any{{"name": "number", "type": 4, "value": 1}}}), []string{"Port Alder"}, 0},
		{"help", e.slash(ch, noPerm, "help"), []string{"summary"}, 0},
		{"help for one", e.slash(ch, noPerm, "help", "command", "quotes"), []string{"PERSON"}, 0},
		{"unknown command", e.slash(ch, noPerm, "dance"), []string{"don't know that command"}, 64},
		{"summary of a short text", e.slash(ch, noPerm, "summary", "text", "help"), []string{"too short to be an article"}, 64},
		{"ask without an article elsewhere", e.slash(e.fake.Snowflake(), noPerm, "ask", "question", "who won?"), []string{"no article"}, 64},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := decodeCallback(t, e.send(tt.in, 1)[0])
			if c.Type != 4 {
				t.Fatalf("callback type = %d, want 4 (a message)", c.Type)
			}
			text := c.Data.text()
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("reply %q does not contain %q", text, w)
				}
			}
			if c.Data.Flags != tt.flags {
				t.Errorf("flags = %d, want %d", c.Data.Flags, tt.flags)
			}
			if string(c.Data.AllowedMentions) != `{"parse":[],"replied_user":false}` {
				t.Errorf("allowed_mentions = %s, want parse empty", c.Data.AllowedMentions)
			}
		})
	}
	// The unsubscribe ID comes from the channel's subscription, offered
	// by autocomplete.
	ac := e.interaction(4, ch, manageOnly, nil, map[string]any{"id": "2", "name": "unsubscribe", "type": 1,
		"options": []map[string]any{{"name": "id", "type": 3, "value": "", "focused": true}}})
	c := decodeCallback(t, e.send(ac, 1)[0])
	if c.Type != 8 || c.Data == nil || len(c.Data.Choices) != 1 || !strings.Contains(c.Data.Choices[0].Name, "feed.rss") {
		t.Fatalf("autocomplete = %+v, want type 8 with the one subscription", c)
	}
	id := c.Data.Choices[0].Value
	c = decodeCallback(t, e.send(e.slash(ch, manageOnly, "unsubscribe", "id", id), 1)[0])
	if !strings.Contains(c.Data.text(), "Unsubscribed "+id) {
		t.Errorf("unsubscribe said %q", c.Data.text())
	}
}

func TestPermissions(t *testing.T) {
	t.Parallel()
	const roleID = "400000000000000001"
	e := start(t, nil, func(o *Options) { o.ManagerRole = "Feed editors" })
	e.fake.Roles = []map[string]any{{"id": roleID, "name": "feed editors", "permissions": "0", "position": 1}}
	tests := []struct {
		name    string
		perms   string
		roles   []string
		allowed bool
	}{
		{"no permission", noPerm, nil, false},
		{"manage channels", manageOnly, nil, true},
		{"administrator", "8", nil, true},
		{"manager role by name", noPerm, []string{roleID}, true},
		{"other role", noPerm, []string{"400000000000000009"}, false},
		{"direct message", "", nil, true},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := e.interaction(2, e.fake.Snowflake(), tt.perms, tt.roles, map[string]any{"id": "3", "name": "subscribe", "type": 1,
				"options": []map[string]any{{"name": "url", "type": 3, "value": fmt.Sprintf("https://news.example/%d.rss", i)}}})
			c := decodeCallback(t, e.send(in, 1)[0])
			text := c.Data.text()
			if got := strings.Contains(text, "now follows"); got != tt.allowed {
				t.Fatalf("subscribed = %v, want %v (reply %q)", got, tt.allowed, text)
			}
			if !tt.allowed && (c.Data.Flags != 64 || len(text) > 200) {
				t.Errorf("refusal flags %d, %d bytes: want a short ephemeral message", c.Data.Flags, len(text))
			}
		})
	}
}

func TestDeferredLink(t *testing.T) {
	t.Parallel()
	e := start(t, nil, nil)
	ch := e.fake.Snowflake()
	in := e.slash(ch, everyPerm, "summary", "url", articleLink)
	got := e.send(in, 2)
	if c := decodeCallback(t, got[0]); c.Type != 5 {
		t.Fatalf("first answer type %d, want 5 (deferred)", c.Type)
	}
	edit := got[1]
	if want := "/api/v9/webhooks/" + e.fake.AppID + "/" + in["token"].(string) + "/messages/@original"; edit.Method != "PATCH" || edit.Path != want {
		t.Fatalf("second request %s %s, want PATCH %s", edit.Method, edit.Path, want)
	}
	m := decodeMessage(t, edit)
	if len(m.Embeds) == 0 || m.Embeds[0].URL != articleLink || !strings.Contains(m.text(), "48.2 million") {
		t.Errorf("edited response %+v, want the summary linking to the source", m)
	}
	if string(m.AllowedMentions) != `{"parse":[],"replied_user":false}` {
		t.Errorf("allowed_mentions = %s", m.AllowedMentions)
	}

	// A page that cannot be read: the public "thinking" message goes and
	// the error follows, ephemeral.
	in = e.slash(ch, everyPerm, "summary", "url", "https://news.example/missing")
	got = e.send(in, 3)
	if got[1].Method != "DELETE" {
		t.Fatalf("requests %v, want the deferred response deleted", paths(got))
	}
	if m := decodeMessage(t, got[2]); m.Flags != 64 || !strings.Contains(m.Content, "not found") {
		t.Errorf("follow-up %+v, want an ephemeral error", m)
	}
}

func TestSlowWorkIsDeferred(t *testing.T) {
	t.Parallel()
	slow := func(b *bot.Bot) bot.Handler {
		return &hooked{Handler: b, hook: func(m bot.Message) ([]bot.Reply, bool) {
			time.Sleep(300 * time.Millisecond)
			return nil, false
		}}
	}
	e := start(t, slow, func(o *Options) { o.DeferAfter = 50 * time.Millisecond })
	got := e.send(e.slash(e.fake.Snowflake(), noPerm, "help"), 2)
	if c := decodeCallback(t, got[0]); c.Type != 5 {
		t.Fatalf("first answer type %d, want 5", c.Type)
	}
	if m := decodeMessage(t, got[1]); got[1].Method != "PATCH" || !strings.Contains(m.text(), "summary") {
		t.Errorf("then %s with %q, want the help in an edit", got[1].Method, m.text())
	}
}

// checkLimits fails when a message breaks one of Discord's limits.
func checkLimits(t *testing.T, m *message) {
	t.Helper()
	if n := runes(m.Content); n > maxContent {
		t.Errorf("content of %d characters", n)
	}
	if len(m.Embeds) > maxEmbeds {
		t.Errorf("%d embeds", len(m.Embeds))
	}
	total := 0
	for _, e := range m.Embeds {
		if runes(e.Title) > maxTitle || runes(e.Description) > maxDescription {
			t.Errorf("embed title %d, description %d characters", runes(e.Title), runes(e.Description))
		}
		total += runes(e.Title) + runes(e.Description)
		if e.Footer != nil {
			total += runes(e.Footer.Text)
		}
	}
	if total > maxEmbedTotal {
		t.Errorf("embeds of %d characters in all", total)
	}
}

func TestLongAnswerFollowsUp(t *testing.T) {
	t.Parallel()
	var bullets []string
	for i := range 60 {
		bullets = append(bullets, fmt.Sprintf("item %02d %s", i, strings.Repeat("word ", 100)))
	}
	long := []bot.Reply{{Title: strings.Repeat("Long title ", 40), Bullets: bullets, Footnote: "end of list"}}
	e := start(t, func(b *bot.Bot) bot.Handler {
		return &hooked{Handler: b, hook: func(bot.Message) ([]bot.Reply, bool) { return long, true }}
	}, nil)
	in := e.slash(e.fake.Snowflake(), noPerm, "help")
	first := e.send(in, 1)
	// 60 bullets of ~510 characters: about 31,000 characters, at most
	// 6,000 a message.
	n := len(render(long))
	if n < 6 {
		t.Fatalf("%d messages for 31,000 characters", n)
	}
	got := e.answers(in, n)
	var all strings.Builder
	for i, r := range got {
		var m *message
		if i == 0 {
			c := decodeCallback(t, first[0])
			m = c.Data
		} else {
			if r.Method != "POST" || !strings.HasPrefix(r.Path, "/api/v9/webhooks/") {
				t.Fatalf("request %d is %s %s, want a follow-up", i, r.Method, r.Path)
			}
			m = decodeMessage(t, r)
		}
		checkLimits(t, m)
		all.WriteString(m.text())
	}
	for i := range 60 {
		if !strings.Contains(all.String(), fmt.Sprintf("item %02d", i)) {
			t.Errorf("item %02d is missing", i)
		}
	}
}

func TestMentionsAndDMs(t *testing.T) {
	t.Parallel()
	e := start(t, nil, nil)
	ch, dm := e.fake.Snowflake(), e.fake.Snowflake()
	msg := func(channel, guild, content string) map[string]any {
		m := map[string]any{"id": e.fake.Snowflake(), "channel_id": channel, "content": content, "type": 0,
			"author": map[string]any{"id": testUser, "username": "ann"}, "mentions": []any{},
			"timestamp": "2026-01-01T00:00:00Z"}
		if guild != "" {
			m["guild_id"] = guild
			m["member"] = map[string]any{"roles": []string{}}
		}
		return m
	}
	// An article with a ping in it, pasted with a mention.
	article := strings.Replace(example.Article, "keep buses running\n", "keep buses running @everyone @here <@&123>\n", 1)
	posts := func(n int) []fakediscord.Request {
		t.Helper()
		got, err := e.fake.WaitRequests(e.ctx, n, func(r fakediscord.Request) bool {
			return r.Method == "POST" && strings.HasSuffix(r.Path, "/messages")
		})
		if err != nil {
			t.Fatalf("%v: %v", err, paths(e.fake.Requests()))
		}
		return got
	}
	steps := []struct {
		name, channel, guild, content string
		want                          string
	}{
		{"article with a mention", ch, testGuild, "<@" + e.fake.BotID + "> " + article, "48.2 million"},
		{"question with a nickname mention", ch, testGuild, "<@!" + e.fake.BotID + "> what did Reyes argue?", "Reyes"},
		{"the ping shows as text", ch, testGuild, "<@" + e.fake.BotID + "> summary", "@everyone @here <@&123>"},
		{"direct message", dm, "", "help", "summary"},
	}
	// A guild message without a mention is not answered: the next post
	// must be the first step's.
	if err := e.fake.Dispatch(e.ctx, "MESSAGE_CREATE", msg(ch, testGuild, "what did Reyes argue?")); err != nil {
		t.Fatal(err)
	}
	for i, s := range steps {
		if err := e.fake.Dispatch(e.ctx, "MESSAGE_CREATE", msg(s.channel, s.guild, s.content)); err != nil {
			t.Fatal(err)
		}
		got := posts(i + 1)
		r := got[i]
		if want := "/api/v9/channels/" + s.channel + "/messages"; r.Path != want {
			t.Errorf("%s: posted to %s, want %s", s.name, r.Path, want)
		}
		m := decodeMessage(t, r)
		if !strings.Contains(m.text(), s.want) {
			t.Errorf("%s: reply %q does not contain %q", s.name, m.text(), s.want)
		}
		if string(m.AllowedMentions) != `{"parse":[],"replied_user":false}` {
			t.Errorf("%s: allowed_mentions = %s", s.name, m.AllowedMentions)
		}
		if m.Nonce == "" || !m.EnforceNonce {
			t.Errorf("%s: nonce %q, enforce %v: want both", s.name, m.Nonce, m.EnforceNonce)
		}
	}
}

func TestEveryMessageAllowsNoMentions(t *testing.T) {
	t.Parallel()
	// An article whose every line pings: whatever path a reply takes, the
	// request says no mentions.
	pings := strings.ReplaceAll(example.Article, "\n", " @everyone <@&1234> <@5678> @here\n")
	e := start(t, nil, nil)
	ch := e.fake.Snowflake()
	e.send(e.slash(ch, everyPerm, "summary", "text", pings), 1)
	e.send(e.slash(ch, everyPerm, "quotes"), 1)
	e.send(e.slash(ch, everyPerm, "facts"), 1)
	if _, err := e.a.Post(e.ctx, "discord", ch, bot.Reply{Paragraphs: []string{"@everyone look"}}, "n1"); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, r := range e.fake.Requests() {
		if r.Method == "GET" || r.Method == "DELETE" || strings.HasSuffix(r.Path, "/commands") || strings.HasSuffix(r.Path, "/typing") {
			continue
		}
		body := string(r.Body)
		n++
		if !strings.Contains(body, `"allowed_mentions":{"parse":[]`) {
			t.Errorf("%s %s without empty allowed_mentions: %.200s", r.Method, r.Path, body)
		}
		if !strings.Contains(body, "@everyone") && !strings.Contains(body, `"type":5`) {
			t.Errorf("%s %s: the ping text is gone: %.200s", r.Method, r.Path, body)
		}
	}
	if n < 4 {
		t.Errorf("%d messages checked, want at least 4", n)
	}
}

func TestContextMenus(t *testing.T) {
	t.Parallel()
	e := start(t, nil, nil)
	ch := e.fake.Snowflake()
	menu := func(name, content string) map[string]any {
		target := e.fake.Snowflake()
		return e.interaction(2, ch, noPerm, nil, map[string]any{"id": "5", "name": name, "type": 3, "target_id": target,
			"resolved": map[string]any{"messages": map[string]any{target: map[string]any{
				"id": target, "channel_id": ch, "content": content, "author": map[string]any{"id": testUser, "username": "ann"},
				"timestamp": "2026-01-01T00:00:00Z"}}}})
	}
	c := decodeCallback(t, e.send(menu("Summarize", example.Article), 1)[0])
	if c.Type != 4 || !strings.Contains(c.Data.text(), "48.2 million") {
		t.Errorf("Summarize on text: type %d, %q", c.Type, c.Data.text())
	}
	got := e.send(menu("Quotes", "read this "+articleLink+" please"), 2)
	if c := decodeCallback(t, got[0]); c.Type != 5 {
		t.Errorf("Quotes on a link: first answer type %d, want 5", c.Type)
	}
	if m := decodeMessage(t, got[1]); !strings.Contains(m.text(), "— **Helen Okafor**") {
		t.Errorf("Quotes on a link: %q, want the article's quotes", m.text())
	}
	c = decodeCallback(t, e.send(menu("Summarize", "nice"), 1)[0])
	if c.Data.Flags != 64 || !strings.Contains(c.Data.Content, "too short") {
		t.Errorf("Summarize on a word: %+v, want a short ephemeral refusal", c.Data)
	}
}

func TestResumeAfterDrop(t *testing.T) {
	t.Parallel()
	e := start(t, nil, nil)
	ch := e.fake.Snowflake()
	e.send(e.slash(ch, noPerm, "help"), 1)
	e.fake.DropConnection()
	if err := e.fake.WaitSession(e.ctx, 2); err != nil {
		t.Fatalf("no new session after the drop: %v", err)
	}
	resumes, _ := e.fake.Counts()
	if resumes != 1 || len(e.fake.Identifies()) != 1 {
		t.Errorf("%d resumes, %d identifies: want the session resumed (op 6), not a new one", resumes, len(e.fake.Identifies()))
	}
	c := decodeCallback(t, e.send(e.slash(ch, noPerm, "help", "command", "ask"), 1)[0])
	if !strings.Contains(c.Data.text(), "QUESTION") {
		t.Errorf("after resuming: %q", c.Data.text())
	}
	// The client heartbeats and the fake acks (op 1, op 11).
	ctx, cancel := context.WithTimeout(e.ctx, 5*time.Second)
	defer cancel()
	for {
		if _, hb := e.fake.Counts(); hb >= 2 {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatal("no heartbeats")
		case <-time.After(20 * time.Millisecond):
		}
	}
}

func TestRateLimitedRequestsAreRetried(t *testing.T) {
	t.Parallel()
	e := start(t, nil, nil)
	ch := e.fake.Snowflake()
	e.fake.RateLimit("POST", "/interactions/", 1, 0.05)
	e.fake.RateLimit("POST", "/channels/"+ch+"/messages", 1, 0.05)
	in := e.slash(ch, noPerm, "help")
	if c := decodeCallback(t, e.send(in, 1)[0]); c.Type != 4 {
		t.Errorf("callback type %d after a 429", c.Type)
	}
	if _, err := e.a.Post(e.ctx, "discord", ch, bot.Reply{Paragraphs: []string{"hello"}}, "x1"); err != nil {
		t.Fatalf("Post after a 429: %v", err)
	}
	var limited, ok int
	for _, r := range e.fake.Requests() {
		if strings.Contains(r.Path, "/interactions/") || strings.Contains(r.Path, "/channels/") {
			switch r.Status {
			case 429:
				limited++
			default:
				ok++
			}
		}
	}
	if limited != 2 || ok != 2 {
		t.Errorf("%d limited and %d answered, want 2 and 2", limited, ok)
	}
}

func TestOneFailingEventDoesNotStopTheRest(t *testing.T) {
	t.Parallel()
	e := start(t, func(b *bot.Bot) bot.Handler {
		return &hooked{Handler: b, hook: func(m bot.Message) ([]bot.Reply, bool) {
			if m.Channel == "666" {
				panic("broken guild")
			}
			return nil, false
		}}
	}, nil)
	if err := e.fake.Dispatch(e.ctx, "INTERACTION_CREATE", e.slash("666", noPerm, "help")); err != nil {
		t.Fatal(err)
	}
	if c := decodeCallback(t, e.send(e.slash(e.fake.Snowflake(), noPerm, "help"), 1)[0]); c.Type != 4 {
		t.Errorf("after a panic elsewhere: type %d", c.Type)
	}
}

func TestWithoutMessageContentIntent(t *testing.T) {
	t.Parallel()
	const messageContent = 1 << 15
	fake := fakediscord.New()
	fake.Disallowed = messageContent
	defer fake.Close()
	a, err := New(Options{Token: testToken, AppID: fake.AppID, APIURL: fake.URL})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	errc := make(chan error, 1)
	go func() {
		errc <- a.Run(ctx, &hooked{hook: func(bot.Message) ([]bot.Reply, bool) { return []bot.Reply{{Paragraphs: []string{"ok"}}}, true }})
	}()
	if err := fake.WaitSession(ctx, 1); err != nil {
		t.Fatalf("no session without the intent: %v", err)
	}
	var id struct {
		Intents int64 `json:"intents"`
	}
	json.Unmarshal(fake.Identifies()[0], &id)
	if id.Intents&messageContent != 0 {
		t.Errorf("intents %b still ask for message content", id.Intents)
	}
	cancel()
	if err := <-errc; err != nil {
		t.Errorf("Run: %v", err)
	}
}

func TestMentionPermissionsFromState(t *testing.T) {
	t.Parallel()
	const mods = "400000000000000002"
	e := start(t, nil, nil)
	ch := e.fake.Snowflake()
	guild := map[string]any{"id": testGuild, "name": "news", "owner_id": "1",
		"roles": []map[string]any{
			{"id": testGuild, "name": "@everyone", "permissions": "1024", "position": 0},
			{"id": mods, "name": "mods", "permissions": manageOnly, "position": 1},
		},
		"channels": []map[string]any{{"id": ch, "type": 0, "name": "news", "permission_overwrites": []any{}}},
	}
	if err := e.fake.Dispatch(e.ctx, "GUILD_CREATE", guild); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		roles []string
		want  string
	}{
		{"without the role", []string{}, "You need permission"},
		{"with Manage Channels from a role", []string{mods}, "now follows"},
	}
	for i, tt := range tests {
		m := map[string]any{"id": e.fake.Snowflake(), "channel_id": ch, "guild_id": testGuild, "type": 0,
			"content":   fmt.Sprintf("<@%s> subscribe https://news.example/%d.rss", e.fake.BotID, i),
			"author":    map[string]any{"id": testUser, "username": "ann"},
			"member":    map[string]any{"roles": tt.roles},
			"mentions":  []any{},
			"timestamp": "2026-01-01T00:00:00Z"}
		if err := e.fake.Dispatch(e.ctx, "MESSAGE_CREATE", m); err != nil {
			t.Fatal(err)
		}
		got, err := e.fake.WaitRequests(e.ctx, i+1, func(r fakediscord.Request) bool {
			return r.Method == "POST" && strings.HasSuffix(r.Path, "/channels/"+ch+"/messages")
		})
		if err != nil {
			t.Fatal(err)
		}
		if text := decodeMessage(t, got[i]).text(); !strings.Contains(text, tt.want) {
			t.Errorf("%s: reply %q, want %q", tt.name, text, tt.want)
		}
	}
}
