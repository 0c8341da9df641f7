package terminal

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/briefly-bot/briefly/bot"
)

var _ bot.Poster = (*Adapter)(nil)

// Post writes a reply that answers no message, such as a subscription's new
// item, rendered as replies are and under the same lock, so a post never
// lands inside a reply. When a prompt is waiting for the user, the post
// goes on the next line and the prompt is shown again after it. The
// terminal has one channel; platform, channel and key are not looked at.
// The receipt's ID counts the posts: "post-1", "post-2", ….
func (a *Adapter) Post(ctx context.Context, platform, channel string, r bot.Reply, key string) (bot.PostReceipt, error) {
	if err := ctx.Err(); err != nil {
		return bot.PostReceipt{}, err
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.prompting {
		if _, err := fmt.Fprintln(a.out); err != nil {
			return bot.PostReceipt{}, fmt.Errorf("terminal: write: %w", err)
		}
	}
	if err := a.write([]bot.Reply{r}); err != nil {
		return bot.PostReceipt{}, err
	}
	if a.prompting {
		if _, err := fmt.Fprint(a.out, "> "); err != nil {
			return bot.PostReceipt{}, fmt.Errorf("terminal: write: %w", err)
		}
	}
	a.posts++
	return bot.PostReceipt{ID: "post-" + strconv.FormatInt(a.posts, 10), At: time.Now()}, nil
}
