package slackadapter

import (
	"strings"
	"testing"
	"time"

	"github.com/briefly-bot/briefly/adapters/slack/internal/fakeslack"
	"github.com/briefly-bot/briefly/bot"
)

func TestSocketSlashCommand(t *testing.T) {
	fake, _ := start(t, newBot(t, nil), nil)
	id := fake.Send("slash_commands", map[string]any{
		"command": "/briefly", "text": "help quotes", "channel_id": "C1", "user_id": "U1",
		"response_url": fake.ResponseURL("cmd1"), "trigger_id": "tr1",
	}, 0)
	fake.WaitAck(id, wait)
	calls := fake.WaitCalls("response_url", 1, wait)
	c := calls[0]
	if got, want := c.Get("response_type"), "in_channel"; got != want {
		t.Errorf("response_type: got %q, want %q", got, want)
	}
	if got := joined(c); !strings.Contains(got, "quotes") {
		t.Errorf("help quotes answered %q, want it to explain quotes", got)
	}
	if len(c.Blocks()) == 0 {
		t.Error("reply has no blocks")
	}
}

func TestSocketMentionInThread(t *testing.T) {
	for _, tc := range []struct {
		name, ts, thread, wantThread string
		wantConv                     string // the bot.Message's Thread
	}{
		{"top level starts a thread", "1700000100.000200", "", "1700000100.000200", ""},
		{"inside a thread stays there", "1700000100.000300", "1700000001.000001", "1700000001.000001", "1700000001.000001"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := &funcHandler{fn: func(m bot.Message) []bot.Reply {
				return []bot.Reply{{Paragraphs: []string{"You said: " + m.Text}}}
			}}
			fake, _ := start(t, h, nil)
			id := fake.Send("events_api", mention("Ev1", "C9", "U2", tc.ts, tc.thread, "<@"+fakeslack.BotUser+"> what did Qin say?"), 0)
			fake.WaitAck(id, wait)
			c := fake.WaitCalls("chat.postMessage", 1, wait)[0]
			if got := c.Get("thread_ts"); got != tc.wantThread {
				t.Errorf("thread_ts: got %q, want %q", got, tc.wantThread)
			}
			if got := c.Get("channel"); got != "C9" {
				t.Errorf("channel: got %q, want %q", got, "C9")
			}
			m := h.messages()[0]
			if m.Text != "what did Qin say?" || m.Thread != tc.wantConv || m.Platform != "slack" || m.User != "U2" {
				t.Errorf("handler got %+v, want the text without the mention in conversation thread %q", m, tc.wantConv)
			}
		})
	}
}

func TestSocketEphemeralInThread(t *testing.T) {
	fake, _ := start(t, newBot(t, nil), nil)
	fake.Send("events_api", mention("EvE", "C2", "U8", "1700000900.000200", "1700000900.000100", "<@"+fakeslack.BotUser+"> blorp"), 0)
	c := fake.WaitCalls("chat.postEphemeral", 1, wait)[0]
	if c.Get("user") != "U8" || c.Get("thread_ts") != "1700000900.000100" || c.Get("channel") != "C2" {
		t.Errorf("ephemeral reply to user %q in %q thread %q, want U8 in C2 thread 1700000900.000100", c.Get("user"), c.Get("channel"), c.Get("thread_ts"))
	}
	if n := len(fake.Calls("chat.postMessage")); n != 0 {
		t.Errorf("posted %d public messages for a reply only the asker needs", n)
	}
}

func TestSocketDMNothingEphemeral(t *testing.T) {
	fake, _ := start(t, newBot(t, nil), nil)
	fake.Send("events_api", dm("EvD", "D5", "U5", "1700000950.000100", "blorp"), 0)
	c := fake.WaitCalls("chat.postMessage", 1, wait)[0]
	if c.Get("channel") != "D5" || !strings.Contains(joined(c), "help") {
		t.Errorf("got %q in %q, want the hint posted in the DM", joined(c), c.Get("channel"))
	}
	if n := len(fake.Calls("chat.postEphemeral")); n != 0 {
		t.Errorf("%d ephemeral messages in a DM, want none", n)
	}
}

func TestSocketDMReadsArticle(t *testing.T) {
	fake, _ := start(t, newBot(t, nil), nil)
	fake.Send("events_api", dm("Ev2", "D1", "U3", "1700000200.000100", article), 0)
	c := fake.WaitCalls("chat.postMessage", 1, wait)[0]
	if got := c.Get("channel"); got != "D1" {
		t.Errorf("channel: got %q, want D1", got)
	}
	if got := c.Get("thread_ts"); got != "" {
		t.Errorf("a DM answer went to thread %q, want the conversation itself", got)
	}
	if got := joined(c); !strings.Contains(got, "light rail") {
		t.Errorf("summary %q does not mention the article's subject", got)
	}
	// The bot's own messages and edits are not answered.
	fake.Send("events_api", callback("Ev3", map[string]any{"type": "message", "channel_type": "im", "user": fakeslack.BotUser,
		"text": "help", "ts": "1700000200.000200", "channel": "D1"}), 0)
	fake.Send("events_api", callback("Ev4", map[string]any{"type": "message", "subtype": "message_changed", "channel_type": "im",
		"text": "help", "ts": "1700000200.000300", "channel": "D1"}), 0)
	time.Sleep(200 * time.Millisecond)
	if n := len(fake.Calls("chat.postMessage")); n != 1 {
		t.Errorf("posted %d messages, want 1: the bot's own message and an edit are not questions", n)
	}
}

func TestSocketShortcutSlowLink(t *testing.T) {
	f := &slowFetcher{delay: 400 * time.Millisecond}
	fake, _ := start(t, newBot(t, f), func(o *Options) { o.PlaceholderAfter = 50 * time.Millisecond })
	sent := time.Now()
	id := fake.Send("interactive", map[string]any{
		"type": "message_action", "callback_id": ShortcutCallbackID, "trigger_id": "tr9",
		"channel": map[string]any{"id": "C5"}, "user": map[string]any{"id": "U5"},
		"message":      map[string]any{"type": "message", "ts": "1700000300.000100", "text": "worth a read <https://news.example/rail|the rail story> &amp; more"},
		"response_url": fake.ResponseURL("sc1"),
	}, 0)
	acked := fake.WaitAck(id, wait)
	calls := fake.WaitCalls("response_url", 2, wait)
	if acked.Sub(sent) > time.Second || !acked.Before(calls[0].At) {
		t.Errorf("acknowledged %v after sending, after the first post: want at once, before the work", acked.Sub(sent))
	}
	if got := f.asked(); len(got) != 1 || got[0] != "https://news.example/rail" {
		t.Errorf("fetched %q, want the message's link", got)
	}
	if got := joined(calls[0]); !strings.Contains(got, "Reading") {
		t.Errorf("first post %q, want the placeholder", got)
	}
	final := calls[1]
	if final.Get("replace_original") != "true" {
		t.Errorf("the answer did not replace the placeholder: %v", final.JSON)
	}
	if got := joined(final); !strings.Contains(got, "Council approves the river rail line") {
		t.Errorf("answer %q, want the article's title", got)
	}
}

func TestSocketSlowLinkPlaceholderUpdated(t *testing.T) {
	f := &slowFetcher{delay: 400 * time.Millisecond}
	fake, _ := start(t, newBot(t, f), func(o *Options) { o.PlaceholderAfter = 50 * time.Millisecond })
	fake.Send("events_api", mention("Ev5", "C7", "U7", "1700000400.000100", "", "<@"+fakeslack.BotUser+"> <https://news.example/rail>"), 0)
	placeholder := fake.WaitCalls("chat.postMessage", 1, wait)[0]
	upd := fake.WaitCalls("chat.update", 1, wait)[0]
	if got := joined(placeholder); !strings.Contains(got, "Reading") {
		t.Errorf("placeholder %q, want Reading…", got)
	}
	if got, want := upd.Get("ts"), "1700000000.000001"; got != want {
		t.Errorf("chat.update ts: got %q, want the placeholder's %q", got, want)
	}
	if got := joined(upd); !strings.Contains(got, "rail") {
		t.Errorf("update %q, want the summary", got)
	}
}

// A link read by a top-level mention is the channel's article: a question
// in the thread of the answer, and /briefly, are about it.
func TestMentionThreadFollowUp(t *testing.T) {
	f := &slowFetcher{}
	fake, _ := start(t, newBot(t, f), nil)
	fake.Send("events_api", mention("EvT1", "C4", "U4", "1700001300.000100", "", "<@"+fakeslack.BotUser+"> <https://news.example/rail>"), 0)
	fake.WaitCalls("chat.postMessage", 1, wait)
	fake.Send("events_api", mention("EvT2", "C4", "U4", "1700001300.000200", "1700001300.000100", "<@"+fakeslack.BotUser+"> summary 2"), 0)
	c := fake.WaitCalls("chat.postMessage", 2, wait)[1]
	if got := c.Get("thread_ts"); got != "1700001300.000100" {
		t.Errorf("thread_ts: got %q, want the thread", got)
	}
	if got := joined(c); !strings.Contains(got, "news.example/rail") {
		t.Errorf("summary in the thread answered %q, want the article's", got)
	}
	fake.Send("slash_commands", map[string]any{"command": "/briefly", "text": "quotes", "channel_id": "C4",
		"user_id": "U4", "response_url": fake.ResponseURL("f"), "trigger_id": "t"}, 0)
	if got := joined(fake.WaitCalls("response_url", 1, wait)[0]); !strings.Contains(got, "news.example/rail") {
		t.Errorf("/briefly quotes answered %q, want the article's", got)
	}
}

func TestSocketRetriedEventAnsweredOnce(t *testing.T) {
	h := &funcHandler{fn: func(bot.Message) []bot.Reply { return []bot.Reply{{Paragraphs: []string{"once"}}} }}
	fake, _ := start(t, h, nil)
	ev := mention("EvSame", "C1", "U1", "1700000500.000100", "", "<@"+fakeslack.BotUser+"> help")
	first := fake.Send("events_api", ev, 0)
	retry := fake.Send("events_api", ev, 1)
	fake.WaitAck(first, wait)
	fake.WaitAck(retry, wait) // a retry is acknowledged too, or Slack keeps retrying
	fake.WaitCalls("chat.postMessage", 1, wait)
	time.Sleep(200 * time.Millisecond)
	if n := len(fake.Calls("chat.postMessage")); n != 1 {
		t.Errorf("answered %d times, want once", n)
	}
	if n := len(h.messages()); n != 1 {
		t.Errorf("handled %d times, want once", n)
	}
}

func TestSocketReconnects(t *testing.T) {
	h := &funcHandler{fn: func(bot.Message) []bot.Reply { return []bot.Reply{{Paragraphs: []string{"back"}}} }}
	fake, _ := start(t, h, nil)
	fake.Drop()
	fake.WaitConnected(2, wait)
	if n := fake.Opens(); n < 2 {
		t.Errorf("apps.connections.open called %d times, want a new URL for the new connection", n)
	}
	fake.Send("events_api", dm("Ev6", "D2", "U2", "1700000600.000100", "help"), 0)
	fake.WaitCalls("chat.postMessage", 1, wait)

	// Slack asks for a reconnect before it refreshes a connection.
	fake.Send("disconnect", map[string]any{}, 0)
	fake.WaitConnected(3, wait)
	fake.Send("events_api", dm("Ev6b", "D2", "U2", "1700000600.000200", "help"), 0)
	fake.WaitCalls("chat.postMessage", 2, wait)
}

func TestSocketReconnectsWithoutPings(t *testing.T) {
	h := &funcHandler{fn: func(bot.Message) []bot.Reply { return nil }}
	fake, _ := start(t, h, func(o *Options) { o.PingInterval = 200 * time.Millisecond })
	// Pings keep the connection: nothing happens for several intervals.
	time.Sleep(700 * time.Millisecond)
	if n := fake.Connections(); n != 1 {
		t.Fatalf("%d connections while the fake pinged, want 1", n)
	}
	fake.SetPingEvery(time.Hour) // for the next connection, which then times out
	fake.Drop()
	fake.WaitConnected(3, wait)
}

func TestSocketRateLimited(t *testing.T) {
	h := &funcHandler{fn: func(bot.Message) []bot.Reply { return []bot.Reply{{Paragraphs: []string{"after the wait"}}} }}
	fake, _ := start(t, h, nil)
	fake.RateLimit("chat.postMessage", 1)
	fake.Send("events_api", dm("Ev7", "D3", "U3", "1700000700.000100", "help"), 0)
	ok := fake.WaitCalls("chat.postMessage", 1, wait)[0]
	limited := fake.Calls("chat.postMessage (429)")
	if len(limited) != 1 {
		t.Fatalf("got %d rate-limited calls, want 1", len(limited))
	}
	if gap := ok.At.Sub(limited[0].At); gap < 900*time.Millisecond {
		t.Errorf("retried after %v, want Retry-After's 1 s", gap)
	}
}

func TestSocketOneMessageASecondAChannel(t *testing.T) {
	h := &funcHandler{fn: func(bot.Message) []bot.Reply {
		return []bot.Reply{{Paragraphs: []string{"one"}}, {Paragraphs: []string{"two"}}}
	}}
	fake, _ := start(t, h, func(o *Options) { o.PerChannel = 0 })
	fake.Send("events_api", dm("Ev8", "D4", "U4", "1700000800.000100", "help"), 0)
	calls := fake.WaitCalls("chat.postMessage", 2, wait)
	if gap := calls[1].At.Sub(calls[0].At); gap < 900*time.Millisecond {
		t.Errorf("second message %v after the first in one channel, want at least 1 s", gap)
	}
}

func TestResponseURLUsedAtMostFiveTimes(t *testing.T) {
	h := &funcHandler{fn: func(bot.Message) []bot.Reply {
		out := make([]bot.Reply, 7)
		for i := range out {
			out[i] = bot.Reply{Paragraphs: []string{"part"}}
		}
		return out
	}}
	fake, _ := start(t, h, nil)
	fake.Send("slash_commands", map[string]any{"command": "/briefly", "text": "help", "channel_id": "C8",
		"user_id": "U8", "response_url": fake.ResponseURL("r"), "trigger_id": "t"}, 0)
	fake.WaitCalls("chat.postMessage", 2, wait)
	if n := len(fake.Calls("response_url")); n != maxResponseURLUses {
		t.Errorf("response_url used %d times, want %d and the rest posted directly", n, maxResponseURLUses)
	}
}
