package slackadapter

import (
	"strings"
	"testing"
	"time"

	"github.com/briefly-bot/briefly/bot"
)

func TestSubscribePermissions(t *testing.T) {
	for _, tc := range []struct {
		name      string
		user      string
		admin     bool // users.info says is_admin
		listed    bool // in Options.Admins
		allowed   bool
		usersInfo int // users.info calls for two commands
	}{
		{"member", "U1", false, false, false, 1},
		{"workspace admin", "U2", true, false, true, 1},
		{"listed in config", "U3", false, true, true, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := &funcHandler{fn: func(m bot.Message) []bot.Reply {
				return []bot.Reply{{Paragraphs: []string{"handled " + m.Text}}}
			}}
			fake, _ := start(t, h, func(o *Options) {
				if tc.listed {
					o.Admins = []string{tc.user}
				}
			})
			if tc.admin {
				fake.SetAdmin(tc.user)
			}
			for i, text := range []string{"subscribe https://news.example/feed.rss", "unsubscribe k3x9tq"} {
				fake.Send("slash_commands", map[string]any{"command": "/briefly", "text": text, "channel_id": "C1",
					"user_id": tc.user, "response_url": fake.ResponseURL("p"), "trigger_id": "t"}, 0)
				c := fake.WaitCalls("response_url", i+1, wait)[i]
				if tc.allowed {
					if got := joined(c); !strings.Contains(got, "handled") {
						t.Errorf("%s: got %q, want it handled", text, got)
					}
					continue
				}
				if got := c.Get("response_type"); got != "ephemeral" {
					t.Errorf("%s: response_type %q, want ephemeral", text, got)
				}
				if got := joined(c); !strings.Contains(got, "workspace admins") {
					t.Errorf("%s: got %q, want the explanation", text, got)
				}
			}
			msgs := h.messages()
			if tc.allowed && (len(msgs) != 2 || !msgs[0].Perms.ManageSubscriptions) {
				t.Errorf("handler got %+v, want both commands with ManageSubscriptions", msgs)
			}
			if !tc.allowed && len(msgs) != 0 {
				t.Errorf("handler got %d messages from a user who may not subscribe", len(msgs))
			}
			if n := len(fake.Calls("users.info")); n != tc.usersInfo {
				t.Errorf("users.info called %d times, want %d (cached)", n, tc.usersInfo)
			}
		})
	}
}

func TestOtherCommandsSkipUsersInfo(t *testing.T) {
	h := &funcHandler{fn: func(bot.Message) []bot.Reply { return []bot.Reply{{Paragraphs: []string{"ok"}}} }}
	fake, _ := start(t, h, nil)
	fake.Send("slash_commands", map[string]any{"command": "/briefly", "text": "subscriptions", "channel_id": "C1",
		"user_id": "U1", "response_url": fake.ResponseURL("q"), "trigger_id": "t"}, 0)
	fake.WaitCalls("response_url", 1, wait)
	time.Sleep(50 * time.Millisecond)
	if n := len(fake.Calls("users.info")); n != 0 {
		t.Errorf("users.info called %d times for a command anyone may use", n)
	}
}
