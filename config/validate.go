package config

import (
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"
	"time"
)

// FieldError is a setting with a bad value. Field is the TOML key
// ("slack.api_url") or, for secrets, the environment variable.
type FieldError struct {
	Field string
	Msg   string
}

func (e *FieldError) Error() string { return "config: " + e.Field + ": " + e.Msg }

// Validate checks every field and returns all problems joined, each a
// *FieldError that names its field.
func (c Config) Validate() error {
	var errs []error
	bad := func(field, format string, args ...any) {
		errs = append(errs, &FieldError{Field: field, Msg: fmt.Sprintf(format, args...)})
	}

	if strings.TrimSpace(c.DB) == "" {
		bad("db", "must name a database file")
	}
	switch strings.ToLower(c.Log.Level) {
	case "debug", "info", "warn", "error":
	default:
		bad("log.level", "want debug, info, warn or error, got %q", c.Log.Level)
	}
	switch strings.ToLower(c.Log.Format) {
	case "text", "json":
	default:
		bad("log.format", "want text or json, got %q", c.Log.Format)
	}

	if c.Fetch.Timeout <= 0 || c.Fetch.Timeout > 5*time.Minute {
		bad("fetch.timeout", "want between 0 and 5m, got %v", c.Fetch.Timeout)
	}
	if c.Fetch.MaxBytes <= 0 || c.Fetch.MaxBytes > 1<<30 {
		bad("fetch.max_bytes", "want between 1 and 1073741824, got %d", c.Fetch.MaxBytes)
	}
	if c.Fetch.MaxRedirects < 0 || c.Fetch.MaxRedirects > 20 {
		bad("fetch.max_redirects", "want between 0 and 20, got %d", c.Fetch.MaxRedirects)
	}
	if strings.ContainsAny(c.Fetch.UserAgent, "\r\n") {
		bad("fetch.user_agent", "must be one line")
	}

	if msg := checkSnowflake(c.Discord.AppID); msg != "" {
		bad("discord.app_id", "%s", msg)
	}
	if msg := checkSnowflake(c.Discord.GuildID); msg != "" {
		bad("discord.guild_id", "%s", msg)
	}
	if msg := checkBaseURL(c.Discord.APIURL, false); msg != "" {
		bad("discord.api_url", "%s", msg)
	}
	switch {
	case c.Discord.ShardCount < 0:
		bad("discord.shard_count", "must not be negative, got %d", c.Discord.ShardCount)
	case c.Discord.ShardID < 0:
		bad("discord.shard_id", "must not be negative, got %d", c.Discord.ShardID)
	case c.Discord.ShardID > 0 && c.Discord.ShardID >= max(c.Discord.ShardCount, 1):
		bad("discord.shard_id", "must be below discord.shard_count (%d), got %d", c.Discord.ShardCount, c.Discord.ShardID)
	}
	if msg := checkAddr(c.Discord.HTTPAddr); msg != "" {
		bad("discord.http_addr", "%s", msg)
	}
	if k := c.Discord.PublicKey; k != "" {
		if b, err := hex.DecodeString(k); err != nil || len(b) != 32 {
			bad("discord.public_key", "want the application's public key, 64 hex digits, got %q", k)
		}
	}
	if c.Discord.Token.IsSet() && strings.ContainsAny(c.Discord.Token.Reveal(), " \t\r\n") {
		bad("DISCORD_TOKEN", "must not contain spaces (give the token alone, without \"Bot \")")
	}

	if msg := checkBaseURL(c.Slack.APIURL, true); msg != "" {
		bad("slack.api_url", "%s", msg)
	}
	if msg := checkAddr(c.Slack.HTTPAddr); msg != "" {
		bad("slack.http_addr", "%s", msg)
	}
	for i, a := range c.Slack.Admins {
		if a == "" || strings.ContainsAny(a, " \t,<>@") {
			bad(fmt.Sprintf("slack.admins[%d]", i), "want a Slack user ID such as U0123ABCD, got %q", a)
		}
	}
	if t := c.Slack.BotToken; t.IsSet() && !strings.HasPrefix(t.Reveal(), "xoxb-") {
		bad("SLACK_BOT_TOKEN", "must start with xoxb-")
	}
	if t := c.Slack.AppToken; t.IsSet() && !strings.HasPrefix(t.Reveal(), "xapp-") {
		bad("SLACK_APP_TOKEN", "must start with xapp- (an app-level token for Socket Mode)")
	}

	if c.Feeds.PollInterval < MinPollInterval {
		bad("feeds.poll_interval", "must be at least %v, got %v", MinPollInterval, c.Feeds.PollInterval)
	}
	if c.Feeds.MaxFailures < 1 {
		bad("feeds.max_failures", "must be at least 1, got %d", c.Feeds.MaxFailures)
	}
	if c.Feeds.MaxItems < 1 || c.Feeds.MaxItems > 50 {
		bad("feeds.max_items", "want between 1 and 50, got %d", c.Feeds.MaxItems)
	}
	if c.Feeds.MaxAge < 0 {
		bad("feeds.max_age", "must not be negative, got %v", c.Feeds.MaxAge)
	}
	return errors.Join(errs...)
}

// checkSnowflake accepts an empty value or a Discord ID: digits only.
func checkSnowflake(s string) string {
	if s == "" {
		return ""
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return fmt.Sprintf("want a numeric Discord ID, got %q", s)
		}
	}
	return ""
}

// checkBaseURL accepts an empty value or an absolute http(s) URL, ending in
// "/" when slash is true (the Slack client joins method names onto it).
func checkBaseURL(s string, slash bool) string {
	if s == "" {
		return ""
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Sprintf("want an http or https URL, got %q", s)
	}
	if slash && !strings.HasSuffix(s, "/") {
		return `must end in "/"`
	}
	return ""
}

// checkAddr accepts an empty value or a listen address such as ":8080".
func checkAddr(s string) string {
	if s == "" {
		return ""
	}
	if _, port, err := net.SplitHostPort(s); err != nil || port == "" {
		return fmt.Sprintf("want host:port such as :8080, got %q", s)
	}
	return ""
}
