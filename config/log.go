package config

import (
	"fmt"
	"io"
	"log/slog"
	"strings"
)

// NewLogger returns a text or JSON logger at the configured level, writing
// to w. Unknown values fall back to text and info (Validate reports them).
func NewLogger(w io.Writer, l Log) *slog.Logger {
	var level slog.Level
	if err := level.UnmarshalText([]byte(l.Level)); err != nil {
		level = slog.LevelInfo
	}
	opts := &slog.HandlerOptions{Level: level}
	if strings.EqualFold(l.Format, "json") {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// LogValue implements slog.LogValuer: a logged Config shows every setting
// but no secret, only whether it is set.
func (c Config) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("db", c.DB),
		slog.Group("log", "level", c.Log.Level, "format", c.Log.Format),
		slog.Group("fetch", "allow_private", c.Fetch.AllowPrivate, "timeout", c.Fetch.Timeout,
			"max_bytes", c.Fetch.MaxBytes, "max_redirects", c.Fetch.MaxRedirects, "user_agent", c.Fetch.UserAgent),
		slog.Group("discord", "token", c.Discord.Token, "app_id", c.Discord.AppID, "guild_id", c.Discord.GuildID,
			"api_url", c.Discord.APIURL, "shard_id", c.Discord.ShardID, "shard_count", c.Discord.ShardCount,
			"manager_role", c.Discord.ManagerRole, "http_addr", c.Discord.HTTPAddr, "public_key", c.Discord.PublicKey),
		slog.Group("slack", "bot_token", c.Slack.BotToken, "app_token", c.Slack.AppToken,
			"signing_secret", c.Slack.SigningSecret, "api_url", c.Slack.APIURL, "admins", c.Slack.Admins,
			"http_addr", c.Slack.HTTPAddr),
		slog.Group("feeds", "poll_interval", c.Feeds.PollInterval, "max_failures", c.Feeds.MaxFailures,
			"max_items", c.Feeds.MaxItems, "max_age", c.Feeds.MaxAge),
	)
}

// String is a redacted summary, one "key = value" line a setting, in the
// shape of briefly.toml.
func (c Config) String() string {
	var b strings.Builder
	var write func(prefix string, attrs []slog.Attr)
	write = func(prefix string, attrs []slog.Attr) {
		for _, a := range attrs {
			if s, ok := a.Value.Any().(Secret); ok {
				val := "(not set)"
				if s.IsSet() {
					val = "(set, " + redacted + ")"
				}
				fmt.Fprintf(&b, "%s%s = %s\n", prefix, a.Key, val)
				continue
			}
			v := a.Value.Resolve()
			if v.Kind() == slog.KindGroup {
				write(prefix+a.Key+".", v.Group())
				continue
			}
			val := v.String()
			fmt.Fprintf(&b, "%s%s = %s\n", prefix, a.Key, val)
		}
	}
	write("", c.LogValue().Group())
	return b.String()
}
