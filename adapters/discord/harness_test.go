package discord

import (
	"context"
	"encoding/json"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/briefly-bot/briefly/adapters/discord/internal/fakediscord"
	"github.com/briefly-bot/briefly/bot"
	"github.com/briefly-bot/briefly/bot/example"
	"github.com/briefly-bot/briefly/bot/sqlite"
)

// Test fixtures: IDs are strings, as Discord sends them.
const (
	testGuild   = "300000000000000001"
	testUser    = "300000000000000002"
	testToken   = "MTAw.fake.token"
	everyPerm   = "2251799813685247" // all permissions, as a string
	noPerm      = "0"
	manageOnly  = "16" // MANAGE_CHANNELS
	articleLink = "https://news.example/council"
)

// pages is a Fetcher over fixed pages, with an optional delay.
type pages struct {
	delay time.Duration
	text  map[string]string
}

func (p pages) Fetch(ctx context.Context, url string) (bot.Page, error) {
	select {
	case <-time.After(p.delay):
	case <-ctx.Done():
		return bot.Page{}, ctx.Err()
	}
	t, ok := p.text[url]
	if !ok {
		return bot.Page{}, userErr("That page was not found (404).")
	}
	return bot.Page{URL: url, Text: t}, nil
}

type userErr string

func (e userErr) Error() string       { return string(e) }
func (e userErr) UserMessage() string { return string(e) }

// env is one adapter running against one fake Discord.
type env struct {
	t    *testing.T
	fake *fakediscord.Server
	a    *Adapter
	bot  *bot.Bot
	ctx  context.Context
}

// start runs an adapter with a bot over an in-memory store against a new
// fake Discord, until the test ends.
func start(t *testing.T, h func(*bot.Bot) bot.Handler, change func(*Options)) *env {
	t.Helper()
	fake := fakediscord.New()
	ctx, cancel := context.WithTimeout(context.Background(), 40*time.Second)
	store, err := sqlite.Open(ctx, sqlite.Memory)
	if err != nil {
		t.Fatal(err)
	}
	b, err := bot.New(bot.Options{Store: store, AnalysisVersion: "test",
		Fetcher: pages{delay: 50 * time.Millisecond, text: map[string]string{articleLink: example.Article}}})
	if err != nil {
		t.Fatal(err)
	}
	opt := Options{Token: testToken, AppID: fake.AppID, APIURL: fake.URL}
	if change != nil {
		change(&opt)
	}
	a, err := New(opt)
	if err != nil {
		t.Fatal(err)
	}
	var handler bot.Handler = b
	if h != nil {
		handler = h(b)
	}
	errc := make(chan error, 1)
	go func() { errc <- a.Run(ctx, handler) }()
	var stopped atomic.Bool
	t.Cleanup(func() {
		cancel()
		if stopped.Load() {
			fake.Close()
			store.Close()
			return
		}
		select {
		case err := <-errc:
			if err != nil {
				t.Errorf("Run: %v", err)
			}
		case <-time.After(10 * time.Second):
			t.Error("Run did not return 10s after its context ended")
		}
		fake.Close()
		store.Close()
	})
	if opt.HTTPAddr == "" {
		wctx, wcancel := context.WithCancel(ctx)
		go func() {
			select {
			case err := <-errc:
				stopped.Store(true)
				errc <- err
				wcancel()
			case <-wctx.Done():
			}
		}()
		err := fake.WaitSession(wctx, 1)
		for err == nil && a.BotID() == "" {
			select {
			case <-wctx.Done():
				err = wctx.Err()
			case <-time.After(5 * time.Millisecond):
			}
		}
		wcancel()
		if err != nil {
			t.Fatalf("no gateway session: %v", err)
		}
	}
	return &env{t: t, fake: fake, a: a, bot: b, ctx: ctx}
}

// interaction builds an INTERACTION_CREATE payload. perms "" means a DM
// (user, no member).
func (e *env) interaction(typ int, channel, perms string, roles []string, data map[string]any) map[string]any {
	id := e.fake.Snowflake()
	m := map[string]any{
		"id": id, "application_id": e.fake.AppID, "type": typ, "token": "itoken-" + id, "version": 1,
		"channel_id": channel, "locale": "en-US", "data": data,
		"app_permissions": everyPerm,
	}
	user := map[string]any{"id": testUser, "username": "ann", "discriminator": "0"}
	if perms == "" {
		m["user"] = user
	} else {
		if roles == nil {
			roles = []string{}
		}
		m["guild_id"] = testGuild
		m["member"] = map[string]any{"user": user, "roles": roles, "permissions": perms, "joined_at": "2024-01-01T00:00:00Z"}
	}
	return m
}

// slash builds a chat-input command interaction with string options.
func (e *env) slash(channel, perms, name string, opts ...string) map[string]any {
	var os []map[string]any
	for i := 0; i+1 < len(opts); i += 2 {
		os = append(os, map[string]any{"name": opts[i], "type": 3, "value": opts[i+1]})
	}
	return e.interaction(2, channel, perms, nil, map[string]any{"id": e.fake.Snowflake(), "name": name, "type": 1, "options": os})
}

// send dispatches an interaction and returns the requests answering it:
// the callback and then every webhook request with its token, once want
// of them arrived.
func (e *env) send(in map[string]any, want int) []fakediscord.Request {
	e.t.Helper()
	if err := e.fake.Dispatch(e.ctx, "INTERACTION_CREATE", in); err != nil {
		e.t.Fatal(err)
	}
	return e.answers(in, want)
}

// answers waits for want requests about the interaction in.
func (e *env) answers(in map[string]any, want int) []fakediscord.Request {
	e.t.Helper()
	id, token := in["id"].(string), in["token"].(string)
	ctx, cancel := context.WithTimeout(e.ctx, 10*time.Second)
	defer cancel()
	got, err := e.fake.WaitRequests(ctx, want, func(r fakediscord.Request) bool {
		return r.Status < 300 && (strings.Contains(r.Path, "/interactions/"+id+"/") || strings.Contains(r.Path, "/"+token))
	})
	if err != nil {
		e.t.Fatalf("interaction %s: %v; requests: %v", id, err, paths(e.fake.Requests()))
	}
	return got
}

func paths(rs []fakediscord.Request) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Method+" "+r.Path)
	}
	return out
}

// callback is an interaction callback body.
type callback struct {
	Type int      `json:"type"`
	Data *message `json:"data"`
}

// message is what the bot sent: a callback's data, an edit, a follow-up
// or a channel message.
type message struct {
	Content string `json:"content"`
	Embeds  []struct {
		Title       string `json:"title"`
		URL         string `json:"url"`
		Description string `json:"description"`
		Footer      *struct {
			Text string `json:"text"`
		} `json:"footer"`
	} `json:"embeds"`
	Flags           int             `json:"flags"`
	AllowedMentions json.RawMessage `json:"allowed_mentions"`
	Nonce           string          `json:"nonce"`
	EnforceNonce    bool            `json:"enforce_nonce"`
	Choices         []struct {
		Name  string `json:"name"`
		Value string `json:"value"`
	} `json:"choices"`
}

// text is everything a message shows.
func (m *message) text() string {
	if m == nil {
		return ""
	}
	var b strings.Builder
	b.WriteString(m.Content)
	for _, e := range m.Embeds {
		b.WriteString("\n" + e.Title + "\n" + e.Description)
		if e.Footer != nil {
			b.WriteString("\n" + e.Footer.Text)
		}
	}
	return b.String()
}

func decodeCallback(t *testing.T, r fakediscord.Request) callback {
	t.Helper()
	var c callback
	if err := r.JSON(&c); err != nil {
		t.Fatalf("%s %s: %v", r.Method, r.Path, err)
	}
	return c
}

func decodeMessage(t *testing.T, r fakediscord.Request) *message {
	t.Helper()
	var m message
	if err := r.JSON(&m); err != nil {
		t.Fatalf("%s %s: %v", r.Method, r.Path, err)
	}
	return &m
}

// once makes a Handler wrapper run a hook before each message.
type hooked struct {
	bot.Handler
	mu   sync.Mutex
	hook func(bot.Message) ([]bot.Reply, bool)
}

func (h *hooked) Handle(ctx context.Context, m bot.Message) ([]bot.Reply, error) {
	if r, ok := h.hook(m); ok {
		return r, nil
	}
	return h.Handler.Handle(ctx, m)
}

// Subscriptions passes through, for autocomplete.
func (h *hooked) Subscriptions(ctx context.Context, platform, channel string) ([]bot.Subscription, error) {
	return h.Handler.(*bot.Bot).Subscriptions(ctx, platform, channel)
}
