package feed

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/briefly-bot/briefly/bot"
)

// maxAttempts is how many times one post is tried before it is dropped
// with an error in the log; with the backoff capped at an hour that is
// about two days.
const maxAttempts = 50

// batch is one message to post: one outbox item, a digest, or the rest of a
// flood.
type batch struct {
	key   string // the idempotency key
	items []OutboxItem
}

// Deliver posts what is due in the outbox, in order per channel and within
// each channel's rate limit, and returns how many messages it posted. A
// channel whose limit is used up, or whose post failed, waits for the next
// pass. Each message is claimed with its idempotency key before it is
// posted, so a retry after a crash uses the same key.
func (s *Service) Deliver(ctx context.Context) (int, error) {
	if s.opt.Poster == nil {
		return 0, errors.New("feed: Options.Poster is nil")
	}
	now := s.opt.Now()
	due, err := s.opt.Store.DueOutbox(ctx, now, 500)
	if err != nil {
		return 0, err
	}
	batches := group(due)
	blocked := map[string]bool{} // channels that wait for the next pass
	sent := 0
	for _, b := range batches {
		first := b.items[0]
		ch := first.Platform + "\x00" + first.Channel
		if blocked[ch] {
			continue
		}
		if !s.limiter(first.Platform, first.Channel).AllowN(s.opt.Now(), 1) {
			blocked[ch] = true
			continue
		}
		if first.Batch == "" {
			ids := make([]int64, len(b.items))
			for i, o := range b.items {
				ids[i] = o.ID
			}
			if err := s.opt.Store.ClaimOutbox(ctx, ids, b.key); err != nil {
				return sent, err
			}
		}
		reply := first.Reply
		if first.Group != "" {
			reply = groupReply(strings.Contains(first.Group, "@"), b.items)
		}
		rec, err := s.opt.Poster.Post(ctx, first.Platform, first.Channel, reply, b.key)
		switch {
		case err == nil:
			if err := s.opt.Store.MarkSent(ctx, b.key, rec, s.opt.Now()); err != nil {
				return sent, err
			}
			sent++
		case ctx.Err() != nil:
			return sent, ctx.Err()
		case errors.Is(err, bot.ErrChannelGone):
			blocked[ch] = true
			n, serr := s.opt.Store.EndChannel(ctx, first.Platform, first.Channel)
			if serr != nil {
				return sent, serr
			}
			s.log.Warn("channel gone; its subscriptions ended", "platform", first.Platform, "channel", first.Channel,
				"subscriptions", n, "err", err)
		default:
			blocked[ch] = true
			attempts := first.Attempts + 1
			if attempts >= maxAttempts {
				s.log.Error("post dropped after retries", "platform", first.Platform, "channel", first.Channel,
					"subscription", first.Sub, "attempts", attempts, "err", err)
				if err := s.opt.Store.MarkSent(ctx, b.key, bot.PostReceipt{ID: "dropped"}, s.opt.Now()); err != nil {
					return sent, err
				}
				continue
			}
			s.log.Warn("post failed; will retry", "platform", first.Platform, "channel", first.Channel,
				"subscription", first.Sub, "attempts", attempts, "err", err)
			if err := s.opt.Store.RetryOutbox(ctx, b.key, now.Add(retryDelay(attempts)), err.Error()); err != nil {
				return sent, err
			}
		}
	}
	return sent, nil
}

// group turns due outbox items into messages, in the order of their first
// item: items claimed together stay together; unclaimed items of one
// Group form one message.
func group(due []OutboxItem) []batch {
	var out []batch
	index := map[string]int{}
	for _, o := range due {
		k := o.Batch
		switch {
		case k != "":
		case o.Group != "":
			k = "g:" + o.Group
		default:
			k = fmt.Sprintf("o:%d", o.ID)
		}
		if i, ok := index[k]; ok {
			out[i].items = append(out[i].items, o)
			continue
		}
		index[k] = len(out)
		out = append(out, batch{key: o.Batch, items: []OutboxItem{o}})
	}
	for i := range out {
		if out[i].key == "" {
			first := out[i].items[0]
			out[i].key = idempotencyKey(first.Sub, first.Dedup, first.Group, first.ID)
		}
	}
	return out
}

// idempotencyKey is 20 hex digits (80 bits; Discord takes nonces of up to
// 25 characters and its adapter prefixes a part number) derived from what
// the message is, so every retry of it uses the same key.
func idempotencyKey(sub, dedup, group string, id int64) string {
	h := sha256.Sum256(fmt.Appendf(nil, "%s\x00%s\x00%s\x00%d", sub, dedup, group, id))
	return hex.EncodeToString(h[:10])
}

// retryDelay is the wait before the n-th retry of a post: 30 s doubled
// each time, at most an hour.
func retryDelay(n int) time.Duration {
	d := 30 * time.Second
	for i := 1; i < n && d < time.Hour; i++ {
		d *= 2
	}
	return min(d, time.Hour)
}
