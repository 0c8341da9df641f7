package bot_test

import (
	"strings"
	"testing"

	"github.com/briefly-bot/briefly/bot"
)

func TestPauseResumePreview(t *testing.T) {
	b := newBot(t, bot.Options{})
	rs := say(t, b, msg("c", "", "subscribe https://news.example/feed.rss --digest hourly"))
	if rs[0].Error {
		t.Fatalf("subscribe failed: %q", flat(rs))
	}
	id := strings.Fields(strings.TrimPrefix(rs[0].Footnote, "unsubscribe "))[0]
	tests := []struct {
		name    string
		m       bot.Message
		want    string
		wantErr bool
	}{
		{"digest shown", msg("c", "", "subscriptions"), "hourly digest", false},
		{"pause", msg("c", "", "pause "+id), "Paused " + id, false},
		{"listed as paused", msg("c", "", "subscriptions"), "(paused;", false},
		{"pause needs permission", bot.Message{Platform: "test", Channel: "c", Text: "pause " + id}, "You need permission", true},
		{"pause of another channel", msg("d", "", "pause "+id), "no subscription " + id, true},
		{"resume", msg("c", "", "resume "+strings.ToUpper(id)), "Resumed " + id, false},
		{"not paused any more", msg("c", "", "subscriptions"), "(not checked yet)", false},
		{"preview not set up", msg("c", "", "preview https://news.example/feed.rss"), "not set up", true},
		{"preview needs a link", msg("c", "", "preview"), "Url is missing", true},
		{"bad digest", msg("c", "", "subscribe https://b.example/ --digest weekly"), "hourly or daily", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := say(t, b, tt.m)
			got := flat(rs)
			if !strings.Contains(got, tt.want) {
				t.Errorf("got %q, want %q in it", got, tt.want)
			}
			if rs[0].Error != tt.wantErr {
				t.Errorf("error = %v, want %v", rs[0].Error, tt.wantErr)
			}
		})
	}
}
