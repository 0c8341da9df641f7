package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// subscriptionLine is one subscription in the subscriptions listing: its
// ID, URL, filters and digest, then what the poller knows of it.
func subscriptionLine(s Subscription, now time.Time) string {
	var b strings.Builder
	b.WriteString(s.ID + "  " + s.URL)
	if len(s.Filters) > 0 {
		b.WriteString("  filters: " + showFilters(s.Filters))
	}
	if s.Digest != "" {
		b.WriteString("  " + s.Digest + " digest")
	}
	st := s.Status
	var facts []string
	switch {
	case s.Paused && st.PauseReason != "":
		facts = append(facts, "paused: "+st.PauseReason)
	case s.Paused:
		facts = append(facts, "paused")
	}
	if st.LastCheck.IsZero() {
		facts = append(facts, "not checked yet")
	} else {
		facts = append(facts, "checked "+ago(now, st.LastCheck))
	}
	if st.LastItem != "" {
		facts = append(facts, fmt.Sprintf("last item “%s” %s", shorten(st.LastItem, 60), ago(now, st.LastItemAt)))
	}
	if !s.Paused && !st.NextCheck.IsZero() {
		facts = append(facts, "next check "+until(now, st.NextCheck))
	}
	if st.LastError != "" {
		facts = append(facts, fmt.Sprintf("%d failed checks in a row, last: %s", st.Failures, st.LastError))
	}
	b.WriteString(" (" + strings.Join(facts, "; ") + ")")
	return b.String()
}

// ago writes how long before now t was, roughly.
func ago(now, t time.Time) string {
	d := now.Sub(t)
	if d < time.Minute {
		return "just now"
	}
	return roughly(d) + " ago"
}

// until writes how long after now t is, roughly.
func until(now, t time.Time) string {
	d := t.Sub(now)
	if d < time.Minute {
		return "in under a minute"
	}
	return "in " + roughly(d)
}

func roughly(d time.Duration) string {
	switch {
	case d < time.Hour:
		return fmt.Sprintf("%d min", int(d/time.Minute))
	case d < 48*time.Hour:
		return fmt.Sprintf("%d h", int(d/time.Hour))
	}
	return fmt.Sprintf("%d days", int(d/(24*time.Hour)))
}

func (t *turn) setPaused(ctx context.Context, id string, paused bool) ([]Reply, error) {
	id = strings.ToLower(strings.TrimSpace(id))
	err := t.bot.opt.Store.SetSubscriptionPaused(ctx, t.msg.Platform, t.msg.Channel, id, paused)
	if errors.Is(err, ErrNotFound) {
		return []Reply{failure(fmt.Sprintf("This channel has no subscription %s; subscriptions lists them.", id))}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("bot: pause subscription: %w", err)
	}
	t.bot.log.Info("subscription paused", "platform", t.msg.Platform, "channel", t.msg.Channel, "id", id, "paused", paused)
	if paused {
		return []Reply{{Paragraphs: []string{"Paused " + id + ". resume " + id + " picks it up again."}}}, nil
	}
	return []Reply{{Paragraphs: []string{"Resumed " + id + ". Items that appeared while it was paused are not posted; new ones are."}}}, nil
}

func (t *turn) preview(ctx context.Context, link, filterText string) ([]Reply, error) {
	if t.bot.opt.Preview == nil {
		return []Reply{failure("Previews are not set up on this bot.")}, nil
	}
	filters, _, err := ParseSubscribeArgs(filterText)
	if err != nil {
		return []Reply{failure(capitalize(err.Error()) + ".")}, nil
	}
	replies, err := t.bot.opt.Preview.Preview(ctx, link, filters)
	if err != nil {
		var um interface{ UserMessage() string }
		if errors.As(err, &um) {
			return []Reply{failure(um.UserMessage())}, nil
		}
		t.bot.log.Warn("preview failed", "url", link, "err", err)
		return []Reply{failure("I couldn't read that feed or page.")}, nil
	}
	return replies, nil
}

// capitalize upper-cases the first letter of s.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
