package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/briefly-bot/briefly/bot"
	"github.com/briefly-bot/briefly/bot/feed"
)

var _ feed.Store = (*Store)(nil)

// SetSubscriptionPaused pauses or resumes a channel's subscription. Resuming
// clears its source's failures, plans a poll at once and skips what
// appeared while it was paused.
func (s *Store) SetSubscriptionPaused(ctx context.Context, platform, channel, id string, paused bool) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: pause subscription: %w", err)
	}
	defer tx.Rollback()
	var url string
	err = tx.QueryRowContext(ctx, `SELECT url FROM subscriptions WHERE id = ? AND platform = ? AND channel = ?`,
		strings.ToLower(id), platform, channel).Scan(&url)
	if errors.Is(err, sql.ErrNoRows) {
		return bot.ErrNotFound
	}
	if err != nil {
		return fmt.Errorf("sqlite: pause subscription: %w", err)
	}
	if paused {
		_, err = tx.ExecContext(ctx, `UPDATE subscriptions SET paused = 1, pause_reason = '' WHERE id = ?`, strings.ToLower(id))
	} else {
		_, err = tx.ExecContext(ctx, `UPDATE subscriptions SET paused = 0, pause_reason = '',
			cursor = CASE WHEN primed THEN -1 ELSE cursor END WHERE id = ?`, strings.ToLower(id))
		if err == nil {
			_, err = tx.ExecContext(ctx, `UPDATE feed_sources SET failures = 0, next_check = 0 WHERE url = ?`, url)
		}
	}
	if err != nil {
		return fmt.Errorf("sqlite: pause subscription: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: pause subscription: %w", err)
	}
	return nil
}

// DueSources lists the sources due at now with a subscription not paused.
func (s *Store) DueSources(ctx context.Context, now time.Time, limit int) ([]feed.Source, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT u.url, COALESCE(f.feed_url, ''), COALESCE(f.kind, ''), COALESCE(f.etag, ''),
			COALESCE(f.last_modified, ''), COALESCE(f.body_hash, ''), COALESCE(f.last_check, 0), COALESCE(f.next_check, 0),
			COALESCE(f.failures, 0), COALESCE(f.last_error, ''), COALESCE(f.seq, 0), COALESCE(f.parsed, 0), f.story, COALESCE(f.story_title, '')
		FROM (SELECT DISTINCT url FROM subscriptions WHERE paused = 0) u
		LEFT JOIN feed_sources f ON f.url = u.url
		WHERE COALESCE(f.next_check, 0) <= ?
		ORDER BY COALESCE(f.next_check, 0), u.url LIMIT ?`, unix(now), limit)
	if err != nil {
		return nil, fmt.Errorf("sqlite: due sources: %w", err)
	}
	defer rows.Close()
	var out []feed.Source
	for rows.Next() {
		var src feed.Source
		var lastCheck, nextCheck, parsed int64
		var story []byte
		if err := rows.Scan(&src.URL, &src.FeedURL, &src.Kind, &src.ETag, &src.LastModified, &src.BodyHash,
			&lastCheck, &nextCheck, &src.Failures, &src.LastError, &src.Seq, &parsed, &story, &src.StoryTitle); err != nil {
			return nil, fmt.Errorf("sqlite: due sources: %w", err)
		}
		src.LastCheck, src.NextCheck, src.Parsed = fromUnix(lastCheck), fromUnix(nextCheck), fromUnix(parsed)
		if story != nil {
			src.Story = &feed.Fingerprint{}
			if err := json.Unmarshal(story, src.Story); err != nil {
				src.Story = nil // a story this version cannot read is watched anew
			}
		}
		out = append(out, src)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: due sources: %w", err)
	}
	return out, nil
}

// SourceSubscriptions lists the subscriptions to url.
func (s *Store) SourceSubscriptions(ctx context.Context, url string) ([]feed.SubState, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT id, platform, channel, filters, user, created, digest, paused, pause_reason,
			primed, cursor, last_item, last_item_at
		FROM subscriptions WHERE url = ? ORDER BY created, id`, url)
	if err != nil {
		return nil, fmt.Errorf("sqlite: source subscriptions: %w", err)
	}
	defer rows.Close()
	var out []feed.SubState
	for rows.Next() {
		st := feed.SubState{Subscription: bot.Subscription{URL: url}}
		var filters string
		var created, lastItemAt int64
		if err := rows.Scan(&st.ID, &st.Platform, &st.Channel, &filters, &st.User, &created, &st.Digest, &st.Paused,
			&st.Status.PauseReason, &st.Primed, &st.Cursor, &st.Status.LastItem, &lastItemAt); err != nil {
			return nil, fmt.Errorf("sqlite: source subscriptions: %w", err)
		}
		if err := json.Unmarshal([]byte(filters), &st.Filters); err != nil {
			return nil, fmt.Errorf("sqlite: decode filters: %w", err)
		}
		st.Created, st.Status.LastItemAt = fromUnix(created), fromUnix(lastItemAt)
		out = append(out, st)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: source subscriptions: %w", err)
	}
	return out, nil
}

// SourceItems lists the items seen of url.
func (s *Store) SourceItems(ctx context.Context, url string) ([]feed.Item, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT key, content, seq, title, link, published, fp FROM feed_items WHERE source = ?`, url)
	if err != nil {
		return nil, fmt.Errorf("sqlite: source items: %w", err)
	}
	defer rows.Close()
	var out []feed.Item
	for rows.Next() {
		var it feed.Item
		var published int64
		var fp []byte
		if err := rows.Scan(&it.Key, &it.Content, &it.Seq, &it.Title, &it.Link, &published, &fp); err != nil {
			return nil, fmt.Errorf("sqlite: source items: %w", err)
		}
		it.Published = fromUnix(published)
		if fp != nil {
			it.FP = &feed.Fingerprint{}
			if json.Unmarshal(fp, it.FP) != nil {
				it.FP = nil
			}
		}
		out = append(out, it)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: source items: %w", err)
	}
	return out, nil
}

// PostedItem lists the subscriptions of url that were sent the item key.
func (s *Store) PostedItem(ctx context.Context, url, key string) ([]string, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT sub FROM outbox WHERE source = ? AND dedup = ? AND sent != 0 AND receipt != 'dropped'`, url, "item:"+key)
	if err != nil {
		return nil, fmt.Errorf("sqlite: posted item: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("sqlite: posted item: %w", err)
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// RecordPoll writes a poll's result in one transaction.
func (s *Store) RecordPoll(ctx context.Context, r *feed.PollResult) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: record poll: %w", err)
	}
	defer tx.Rollback()
	if err := recordPoll(ctx, tx, r); err != nil {
		return fmt.Errorf("sqlite: record poll: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: record poll: %w", err)
	}
	return nil
}

func recordPoll(ctx context.Context, tx *sql.Tx, r *feed.PollResult) error {
	src := &r.Source
	var story []byte
	if src.Story != nil {
		var err error
		if story, err = json.Marshal(src.Story); err != nil {
			return err
		}
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO feed_sources (url, feed_url, kind, etag, last_modified, body_hash, last_check,
			next_check, failures, last_error, seq, parsed, story, story_title)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (url) DO UPDATE SET feed_url = excluded.feed_url, kind = excluded.kind, etag = excluded.etag,
			last_modified = excluded.last_modified, body_hash = excluded.body_hash, last_check = excluded.last_check,
			next_check = excluded.next_check, failures = excluded.failures, last_error = excluded.last_error,
			seq = excluded.seq, parsed = excluded.parsed, story = excluded.story, story_title = excluded.story_title`,
		src.URL, src.FeedURL, src.Kind, src.ETag, src.LastModified, src.BodyHash, unix(src.LastCheck),
		unix(src.NextCheck), src.Failures, src.LastError, src.Seq, unix(src.Parsed), story, src.StoryTitle)
	if err != nil {
		return err
	}
	if len(r.Items) > 0 {
		st, err := tx.PrepareContext(ctx, `INSERT INTO feed_items (source, key, content, seq, title, link, published, last_seen, fp)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (source, key) DO UPDATE SET content = excluded.content, title = excluded.title, link = excluded.link,
				published = excluded.published, last_seen = excluded.last_seen, fp = excluded.fp`)
		if err != nil {
			return err
		}
		defer st.Close()
		for _, it := range r.Items {
			var fp []byte
			if it.FP != nil {
				if fp, err = json.Marshal(it.FP); err != nil {
					return err
				}
			}
			if _, err := st.ExecContext(ctx, src.URL, it.Key, it.Content, it.Seq, it.Title, it.Link, unix(it.Published), unix(r.Checked), fp); err != nil {
				return err
			}
		}
	}
	if len(r.Seen) > 0 {
		st, err := tx.PrepareContext(ctx, `UPDATE feed_items SET last_seen = ? WHERE source = ? AND key = ?`)
		if err != nil {
			return err
		}
		defer st.Close()
		for _, k := range r.Seen {
			if _, err := st.ExecContext(ctx, unix(r.Checked), src.URL, k); err != nil {
				return err
			}
		}
	}
	for _, u := range r.Subs {
		q := `UPDATE subscriptions SET primed = ?, cursor = ?`
		args := []any{u.Primed, u.Cursor}
		if u.LastItem != "" {
			q += `, last_item = ?, last_item_at = ?`
			args = append(args, u.LastItem, unix(u.LastItemAt))
		}
		if u.Pause != "" {
			q += `, paused = 1, pause_reason = ?`
			args = append(args, u.Pause)
		}
		if _, err := tx.ExecContext(ctx, q+` WHERE id = ?`, append(args, u.ID)...); err != nil {
			return err
		}
	}
	if len(r.Outbox) > 0 {
		st, err := tx.PrepareContext(ctx, `INSERT INTO outbox (sub, platform, channel, source, dedup, grp, notice, reply, created,
				due, next_attempt, attempts, batch, last_error, sent, receipt)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, '', '', 0, '') ON CONFLICT (sub, dedup) DO NOTHING`)
		if err != nil {
			return err
		}
		defer st.Close()
		for _, o := range r.Outbox {
			reply, err := json.Marshal(o.Reply)
			if err != nil {
				return err
			}
			if _, err := st.ExecContext(ctx, o.Sub, o.Platform, o.Channel, o.Source, o.Dedup, o.Group, o.Notice, reply,
				unix(o.Created), unix(o.Due)); err != nil {
				return err
			}
		}
	}
	return nil
}

// DueOutbox lists unsent outbox items due at now, oldest first.
func (s *Store) DueOutbox(ctx context.Context, now time.Time, limit int) ([]feed.OutboxItem, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT o.id, o.sub, o.platform, o.channel, o.source, o.dedup, o.grp, o.notice, o.reply,
			o.created, o.due, o.attempts, o.batch
		FROM outbox o JOIN subscriptions s ON s.id = o.sub
		WHERE o.sent = 0 AND o.due <= ? AND o.next_attempt <= ? AND (s.paused = 0 OR o.notice = 1)
		ORDER BY o.id LIMIT ?`, unix(now), unix(now), limit)
	if err != nil {
		return nil, fmt.Errorf("sqlite: due outbox: %w", err)
	}
	defer rows.Close()
	var out []feed.OutboxItem
	for rows.Next() {
		var o feed.OutboxItem
		var reply []byte
		var created, due int64
		if err := rows.Scan(&o.ID, &o.Sub, &o.Platform, &o.Channel, &o.Source, &o.Dedup, &o.Group, &o.Notice, &reply,
			&created, &due, &o.Attempts, &o.Batch); err != nil {
			return nil, fmt.Errorf("sqlite: due outbox: %w", err)
		}
		if err := json.Unmarshal(reply, &o.Reply); err != nil {
			return nil, fmt.Errorf("sqlite: decode outbox reply: %w", err)
		}
		o.Created, o.Due = fromUnix(created), fromUnix(due)
		out = append(out, o)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: due outbox: %w", err)
	}
	return out, nil
}

// ClaimOutbox gives the unsent items the idempotency key batch.
func (s *Store) ClaimOutbox(ctx context.Context, ids []int64, batch string) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: claim outbox: %w", err)
	}
	defer tx.Rollback()
	for _, id := range ids {
		if _, err := tx.ExecContext(ctx, `UPDATE outbox SET batch = ? WHERE id = ? AND sent = 0`, batch, id); err != nil {
			return fmt.Errorf("sqlite: claim outbox: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: claim outbox: %w", err)
	}
	return nil
}

// MarkSent records batch as posted.
func (s *Store) MarkSent(ctx context.Context, batch string, r bot.PostReceipt, at time.Time) error {
	_, err := s.w.ExecContext(ctx, `UPDATE outbox SET sent = ?, receipt = ?, last_error = '' WHERE batch = ? AND sent = 0`,
		unix(at), r.ID, batch)
	if err != nil {
		return fmt.Errorf("sqlite: mark sent: %w", err)
	}
	return nil
}

// RetryOutbox records a failed post of batch.
func (s *Store) RetryOutbox(ctx context.Context, batch string, next time.Time, errText string) error {
	_, err := s.w.ExecContext(ctx, `UPDATE outbox SET attempts = attempts + 1, next_attempt = ?, last_error = ?
		WHERE batch = ? AND sent = 0`, unix(next), errText, batch)
	if err != nil {
		return fmt.Errorf("sqlite: retry outbox: %w", err)
	}
	return nil
}

// EndChannel removes a channel's subscriptions and unsent outbox items.
func (s *Store) EndChannel(ctx context.Context, platform, channel string) (int, error) {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("sqlite: end channel: %w", err)
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `DELETE FROM subscriptions WHERE platform = ? AND channel = ?`, platform, channel)
	if err != nil {
		return 0, fmt.Errorf("sqlite: end channel: %w", err)
	}
	n, _ := res.RowsAffected()
	if _, err := tx.ExecContext(ctx, `DELETE FROM outbox WHERE platform = ? AND channel = ? AND sent = 0`, platform, channel); err != nil {
		return 0, fmt.Errorf("sqlite: end channel: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("sqlite: end channel: %w", err)
	}
	return int(n), nil
}

// Prune forgets items gone from their feed (not seen in its last reading)
// since before, sent outbox items older than before, unsent ones of removed
// subscriptions, and sources nobody follows. An item still in a feed that
// answers 304 for months is kept.
func (s *Store) Prune(ctx context.Context, before time.Time) error {
	for _, q := range []string{
		`DELETE FROM feed_items WHERE last_seen < ?1 AND (source NOT IN (SELECT url FROM feed_sources)
			OR last_seen < (SELECT parsed FROM feed_sources f WHERE f.url = feed_items.source))`,
		`DELETE FROM outbox WHERE sent != 0 AND sent < ?`,
		`DELETE FROM outbox WHERE sent = 0 AND created < ? AND sub NOT IN (SELECT id FROM subscriptions)`,
		`DELETE FROM feed_sources WHERE last_check < ? AND url NOT IN (SELECT url FROM subscriptions)`,
	} {
		if _, err := s.w.ExecContext(ctx, q, unix(before)); err != nil {
			return fmt.Errorf("sqlite: prune: %w", err)
		}
	}
	return nil
}
