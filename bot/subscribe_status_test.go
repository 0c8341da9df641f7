package bot

import (
	"testing"
	"time"
)

func TestSubscriptionLine(t *testing.T) {
	now := time.Date(2026, 1, 10, 12, 0, 0, 0, time.UTC)
	base := Subscription{ID: "k3x9tq", URL: "https://news.example/feed"}
	tests := []struct {
		name string
		edit func(s *Subscription)
		want string
	}{
		{"new", func(s *Subscription) {}, "k3x9tq  https://news.example/feed (not checked yet)"},
		{"checked", func(s *Subscription) {
			s.Filters = []string{"transit", "-person:Xi Jinping"}
			s.Digest = "daily"
			s.Status = SubscriptionStatus{LastCheck: now.Add(-3 * time.Minute), NextCheck: now.Add(7 * time.Minute),
				LastItem: "Buses return", LastItemAt: now.Add(-2 * time.Hour)}
		}, "k3x9tq  https://news.example/feed  filters: transit -person:“Xi Jinping”  daily digest (checked 3 min ago; last item “Buses return” 2 h ago; next check in 7 min)"},
		{"failing", func(s *Subscription) {
			s.Status = SubscriptionStatus{LastCheck: now, NextCheck: now.Add(40 * time.Minute), Failures: 3, LastError: "the site answered 500"}
		}, "k3x9tq  https://news.example/feed (checked just now; next check in 40 min; 3 failed checks in a row, last: the site answered 500)"},
		{"paused by failures", func(s *Subscription) {
			s.Paused = true
			s.Status = SubscriptionStatus{LastCheck: now.Add(-72 * time.Hour), PauseReason: "10 failed checks in a row", NextCheck: now}
		}, "k3x9tq  https://news.example/feed (paused: 10 failed checks in a row; checked 3 days ago)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := base
			tt.edit(&s)
			if got := subscriptionLine(s, now); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
