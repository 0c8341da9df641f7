package feed_test

import (
	"context"
	"testing"

	"github.com/briefly-bot/briefly/bot"
	"github.com/briefly-bot/briefly/bot/feed"
)

func TestPostersRouteByPlatform(t *testing.T) {
	d, s := newPoster(true), newPoster(false)
	ps := feed.Posters{"discord": d, "slack": s}
	ctx := context.Background()
	if _, err := ps.Post(ctx, "slack", "C1", bot.Reply{Title: "x"}, "k1"); err != nil {
		t.Fatal(err)
	}
	if _, err := ps.Post(ctx, "matrix", "C1", bot.Reply{Title: "x"}, "k2"); err == nil {
		t.Error("a platform without a poster: got no error")
	}
	if len(s.posts) != 1 || len(d.posts) != 0 {
		t.Errorf("slack got %d posts and discord %d, want 1 and 0", len(s.posts), len(d.posts))
	}
}
