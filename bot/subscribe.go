package bot

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"strings"
)

// Limits on subscriptions, so one channel cannot fill the store.
const (
	maxSubscriptions = 25 // a channel
	maxFilters       = 10 // a subscription
	maxFilterLen     = 64 // runes a filter
)

func (t *turn) subscribe(ctx context.Context, link, filterText string) ([]Reply, error) {
	filters, digest, err := ParseSubscribeArgs(filterText)
	if err != nil {
		return []Reply{failure(capitalize(err.Error()) + ".")}, nil
	}
	store := t.bot.opt.Store
	have, err := store.Subscriptions(ctx, t.msg.Platform, t.msg.Channel)
	if err != nil {
		return nil, fmt.Errorf("bot: list subscriptions: %w", err)
	}
	for _, s := range have {
		if s.URL == link {
			return []Reply{failure(fmt.Sprintf("This channel already follows %s (ID %s).", link, s.ID))}, nil
		}
	}
	if len(have) >= maxSubscriptions {
		return []Reply{failure(fmt.Sprintf("This channel has %d subscriptions, the most it can have; unsubscribe one first.", len(have)))}, nil
	}
	s := &Subscription{Platform: t.msg.Platform, Channel: t.msg.Channel, URL: link, Filters: filters, User: t.msg.User, Created: t.bot.opt.Now(), Digest: digest}
	for attempt := 0; ; attempt++ {
		s.ID = subscriptionID(s.Platform, s.Channel, link, attempt)
		err = store.AddSubscription(ctx, s)
		if !errors.Is(err, ErrExists) || attempt == 20 {
			break
		}
	}
	if err != nil {
		return nil, fmt.Errorf("bot: add subscription: %w", err)
	}
	t.bot.log.Info("subscribed", "platform", s.Platform, "channel", s.Channel, "id", s.ID, "url", link)
	r := Reply{
		Title:      "Subscribed",
		Paragraphs: []string{fmt.Sprintf("This channel now follows %s as %s.", link, s.ID)},
		Footnote:   "unsubscribe " + s.ID + " stops it; pause " + s.ID + " pauses it. The newest item comes first, then each new one as it appears.",
	}
	if digest != "" {
		r.Paragraphs = append(r.Paragraphs, "Items come as one "+digest+" digest.")
	}
	if len(filters) > 0 {
		r.Paragraphs = append(r.Paragraphs, "Filters: "+showFilters(filters))
	}
	return []Reply{r}, nil
}

// idAlphabet has no letters that look alike (no i, l, o, 0, 1).
const idAlphabet = "abcdefghjkmnpqrstuvwxyz23456789"

// subscriptionID is a six-character ID derived from what the subscription
// is, so it is the same on every run; attempt varies it after a collision.
func subscriptionID(platform, channel, link string, attempt int) string {
	h := fnv.New64a()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%d", platform, channel, link, attempt)
	v := h.Sum64()
	b := make([]byte, 6)
	for i := range b {
		b[i] = idAlphabet[v%uint64(len(idAlphabet))]
		v /= uint64(len(idAlphabet))
	}
	return string(b)
}

func (t *turn) unsubscribe(ctx context.Context, id string) ([]Reply, error) {
	id = strings.ToLower(strings.TrimSpace(id))
	err := t.bot.opt.Store.RemoveSubscription(ctx, t.msg.Platform, t.msg.Channel, id)
	if errors.Is(err, ErrNotFound) {
		return []Reply{failure(fmt.Sprintf("This channel has no subscription %s; subscriptions lists them.", id))}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("bot: remove subscription: %w", err)
	}
	t.bot.log.Info("unsubscribed", "platform", t.msg.Platform, "channel", t.msg.Channel, "id", id)
	return []Reply{{Paragraphs: []string{"Unsubscribed " + id + "."}}}, nil
}

func (t *turn) subscriptions(ctx context.Context) ([]Reply, error) {
	subs, err := t.bot.opt.Store.Subscriptions(ctx, t.msg.Platform, t.msg.Channel)
	if err != nil {
		return nil, fmt.Errorf("bot: list subscriptions: %w", err)
	}
	if len(subs) == 0 {
		return []Reply{{Paragraphs: []string{"This channel has no subscriptions. subscribe URL adds one."}}}, nil
	}
	r := Reply{Title: "Subscriptions"}
	for _, s := range subs {
		r.Bullets = append(r.Bullets, subscriptionLine(s, t.bot.opt.Now()))
	}
	return []Reply{r}, nil
}

// showFilters writes filters as the user would type them, a phrase in
// quote marks.
func showFilters(filters []string) string {
	out := make([]string, len(filters))
	for i, f := range filters {
		out[i] = FormatFilter(f)
	}
	return strings.Join(out, " ")
}

// Subscriptions lists a channel's subscriptions, oldest first, for an
// adapter's completion of subscription IDs.
func (b *Bot) Subscriptions(ctx context.Context, platform, channel string) ([]Subscription, error) {
	subs, err := b.opt.Store.Subscriptions(ctx, platform, channel)
	if err != nil {
		return nil, fmt.Errorf("bot: list subscriptions: %w", err)
	}
	return subs, nil
}
