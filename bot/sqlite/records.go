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
	"github.com/briefly-bot/briefly/summarize"
)

// Times are stored as Unix nanoseconds, 0 for the zero time.
func unix(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixNano()
}

func fromUnix(n int64) time.Time {
	if n == 0 {
		return time.Time{}
	}
	return time.Unix(0, n).UTC()
}

// PutArticle stores a once by hash; a stored article's analysis is replaced
// when a's is of another version.
func (s *Store) PutArticle(ctx context.Context, a *bot.Article) error {
	var blob []byte
	if a.Analysis != nil {
		// The analysis's text is the article's: store it once.
		c := *a.Analysis
		c.Text = ""
		// An analysis that cannot be encoded is not stored; the bot
		// redoes it when it reads the article again.
		blob, _ = json.Marshal(&c)
	}
	_, err := s.w.ExecContext(ctx, `INSERT INTO articles (hash, url, title, text, published, added, analysis, analysis_version)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (hash) DO UPDATE SET analysis = excluded.analysis, analysis_version = excluded.analysis_version
		WHERE excluded.analysis IS NOT NULL AND excluded.analysis_version != articles.analysis_version`,
		a.Hash, a.URL, a.Title, a.Text, unix(a.Published), unix(a.Added), blob, a.AnalysisVersion)
	if err != nil {
		return fmt.Errorf("sqlite: put article: %w", err)
	}
	return nil
}

// Article returns the article with the hash, or bot.ErrNotFound.
func (s *Store) Article(ctx context.Context, hash string) (*bot.Article, error) {
	a := &bot.Article{Hash: hash}
	var published, added int64
	var blob []byte
	err := s.getArticle.QueryRowContext(ctx, hash).Scan(&a.URL, &a.Title, &a.Text, &published, &added, &blob, &a.AnalysisVersion)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, bot.ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite: get article: %w", err)
	}
	a.Published, a.Added = fromUnix(published), fromUnix(added)
	if blob != nil {
		var an summarize.Analysis
		if err := json.Unmarshal(blob, &an); err != nil {
			// An analysis this version cannot read is redone.
			a.AnalysisVersion = ""
		} else {
			an.Text = a.Text
			a.Analysis = &an
		}
	}
	return a, nil
}

// state is a conversation's lists, stored as JSON.
type state struct {
	Articles []bot.RecentItem `json:"articles,omitempty"`
	Turns    []bot.Turn       `json:"turns,omitempty"`
}

// LoadContext returns the conversation under key, or bot.ErrNotFound.
func (s *Store) LoadContext(ctx context.Context, key bot.ContextKey) (*bot.Context, error) {
	if c, ok := s.pendingContext(key); ok {
		return c, nil
	}
	c := &bot.Context{Key: key}
	var blob []byte
	var updated int64
	err := s.loadContext.QueryRowContext(ctx, key.Platform, key.Channel, key.Thread).Scan(&c.Current, &blob, &updated)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, bot.ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite: load context: %w", err)
	}
	var st state
	if err := json.Unmarshal(blob, &st); err != nil {
		return nil, fmt.Errorf("sqlite: decode context: %w", err)
	}
	c.Articles, c.Turns, c.Updated = st.Articles, st.Turns, fromUnix(updated)
	return c, nil
}

// SaveContext stores c under c.Key. It returns once the save is queued; see
// commit.go.
func (s *Store) SaveContext(ctx context.Context, c *bot.Context) error {
	return s.queue(c)
}

// AddSubscription stores sub, or returns bot.ErrExists when its ID is taken.
func (s *Store) AddSubscription(ctx context.Context, sub *bot.Subscription) error {
	filters, err := json.Marshal(sub.Filters)
	if err != nil {
		return fmt.Errorf("sqlite: encode filters: %w", err)
	}
	res, err := s.w.ExecContext(ctx, `INSERT INTO subscriptions (id, platform, channel, url, filters, user, created, digest, paused)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
		sub.ID, sub.Platform, sub.Channel, sub.URL, string(filters), sub.User, unix(sub.Created), sub.Digest, sub.Paused)
	if err != nil {
		return fmt.Errorf("sqlite: add subscription: %w", err)
	}
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		return bot.ErrExists
	}
	return nil
}

// RemoveSubscription deletes the subscription with the ID when the channel
// owns it, else returns bot.ErrNotFound.
func (s *Store) RemoveSubscription(ctx context.Context, platform, channel, id string) error {
	res, err := s.w.ExecContext(ctx, `DELETE FROM subscriptions WHERE id = ? AND platform = ? AND channel = ?`,
		strings.ToLower(id), platform, channel)
	if err != nil {
		return fmt.Errorf("sqlite: remove subscription: %w", err)
	}
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		return bot.ErrNotFound
	}
	return nil
}

// Subscriptions lists a channel's subscriptions, oldest first.
func (s *Store) Subscriptions(ctx context.Context, platform, channel string) ([]bot.Subscription, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT s.id, s.url, s.filters, s.user, s.created, s.digest, s.paused, s.pause_reason,
			s.last_item, s.last_item_at, COALESCE(f.last_check, 0), COALESCE(f.next_check, 0), COALESCE(f.failures, 0), COALESCE(f.last_error, '')
		FROM subscriptions s LEFT JOIN feed_sources f ON f.url = s.url
		WHERE s.platform = ? AND s.channel = ? ORDER BY s.created, s.id`, platform, channel)
	if err != nil {
		return nil, fmt.Errorf("sqlite: list subscriptions: %w", err)
	}
	defer rows.Close()
	var out []bot.Subscription
	for rows.Next() {
		sub := bot.Subscription{Platform: platform, Channel: channel}
		var filters string
		var created, lastItemAt, lastCheck, nextCheck int64
		st := &sub.Status
		if err := rows.Scan(&sub.ID, &sub.URL, &filters, &sub.User, &created, &sub.Digest, &sub.Paused, &st.PauseReason,
			&st.LastItem, &lastItemAt, &lastCheck, &nextCheck, &st.Failures, &st.LastError); err != nil {
			return nil, fmt.Errorf("sqlite: list subscriptions: %w", err)
		}
		if err := json.Unmarshal([]byte(filters), &sub.Filters); err != nil {
			return nil, fmt.Errorf("sqlite: decode filters: %w", err)
		}
		sub.Created = fromUnix(created)
		st.LastItemAt, st.LastCheck, st.NextCheck = fromUnix(lastItemAt), fromUnix(lastCheck), fromUnix(nextCheck)
		out = append(out, sub)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: list subscriptions: %w", err)
	}
	return out, nil
}
