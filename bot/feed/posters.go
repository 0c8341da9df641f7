package feed

import (
	"context"
	"fmt"

	"github.com/briefly-bot/briefly/bot"
)

// Posters routes each post to the Poster of its platform ("discord",
// "slack", "terminal"), so one Service can deliver for every adapter that
// runs in the process.
type Posters map[string]bot.Poster

// Post posts through the platform's Poster; a platform without one is an
// error, retried later (its adapter may not be running in this process).
func (p Posters) Post(ctx context.Context, platform, channel string, r bot.Reply, key string) (bot.PostReceipt, error) {
	to, ok := p[platform]
	if !ok || to == nil {
		return bot.PostReceipt{}, fmt.Errorf("feed: no poster for platform %q", platform)
	}
	return to.Post(ctx, platform, channel, r, key)
}
