package config

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// envVar is one environment variable and how it sets a field.
type envVar struct {
	name string
	set  func(c *Config, v string) error
}

// envVars are the variables that override the file, in the order of the
// Config fields.
var envVars = []envVar{
	{"BRIEFLY_DB", setString(func(c *Config) *string { return &c.DB })},
	{"BRIEFLY_LOG_LEVEL", setString(func(c *Config) *string { return &c.Log.Level })},
	{"BRIEFLY_LOG_FORMAT", setString(func(c *Config) *string { return &c.Log.Format })},
	{"BRIEFLY_ALLOW_PRIVATE", setBool(func(c *Config) *bool { return &c.Fetch.AllowPrivate })},
	{"BRIEFLY_FETCH_TIMEOUT", setDuration(func(c *Config) *time.Duration { return &c.Fetch.Timeout })},
	{"BRIEFLY_FETCH_MAX_BYTES", func(c *Config, v string) error {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			return fmt.Errorf("want a number of bytes, got %q", v)
		}
		c.Fetch.MaxBytes = n
		return nil
	}},
	{"DISCORD_TOKEN", setSecret(func(c *Config) *Secret { return &c.Discord.Token })},
	{"DISCORD_APP_ID", setString(func(c *Config) *string { return &c.Discord.AppID })},
	{"DISCORD_GUILD_ID", setString(func(c *Config) *string { return &c.Discord.GuildID })},
	{"DISCORD_API_URL", setString(func(c *Config) *string { return &c.Discord.APIURL })},
	{"DISCORD_SHARD_ID", setInt(func(c *Config) *int { return &c.Discord.ShardID })},
	{"DISCORD_SHARD_COUNT", setInt(func(c *Config) *int { return &c.Discord.ShardCount })},
	{"DISCORD_MANAGER_ROLE", setString(func(c *Config) *string { return &c.Discord.ManagerRole })},
	{"DISCORD_HTTP_ADDR", setString(func(c *Config) *string { return &c.Discord.HTTPAddr })},
	{"DISCORD_PUBLIC_KEY", setString(func(c *Config) *string { return &c.Discord.PublicKey })},
	{"SLACK_BOT_TOKEN", setSecret(func(c *Config) *Secret { return &c.Slack.BotToken })},
	{"SLACK_APP_TOKEN", setSecret(func(c *Config) *Secret { return &c.Slack.AppToken })},
	{"SLACK_SIGNING_SECRET", setSecret(func(c *Config) *Secret { return &c.Slack.SigningSecret })},
	{"SLACK_API_URL", setString(func(c *Config) *string { return &c.Slack.APIURL })},
	{"SLACK_ADMINS", func(c *Config, v string) error {
		c.Slack.Admins = nil
		for f := range strings.SplitSeq(v, ",") {
			if f = strings.TrimSpace(f); f != "" {
				c.Slack.Admins = append(c.Slack.Admins, f)
			}
		}
		return nil
	}},
	{"SLACK_HTTP_ADDR", setString(func(c *Config) *string { return &c.Slack.HTTPAddr })},
	{"BRIEFLY_FEED_POLL_INTERVAL", setDuration(func(c *Config) *time.Duration { return &c.Feeds.PollInterval })},
	{"BRIEFLY_FEED_MAX_FAILURES", setInt(func(c *Config) *int { return &c.Feeds.MaxFailures })},
}

// EnvVars lists the environment variables Load reads, for help text.
func EnvVars() []string {
	names := []string{"BRIEFLY_CONFIG"}
	for _, e := range envVars {
		names = append(names, e.name)
	}
	return names
}

// overlayEnv sets every field whose variable is set and not empty. A value
// that does not parse is an error naming the variable.
func overlayEnv(c *Config, getenv func(string) string) error {
	for _, e := range envVars {
		v := strings.TrimSpace(getenv(e.name))
		if v == "" {
			continue
		}
		if err := e.set(c, v); err != nil {
			return fmt.Errorf("config: %s: %w", e.name, err)
		}
	}
	return nil
}

func setString(field func(*Config) *string) func(*Config, string) error {
	return func(c *Config, v string) error { *field(c) = v; return nil }
}

func setSecret(field func(*Config) *Secret) func(*Config, string) error {
	return func(c *Config, v string) error { *field(c) = Secret(v); return nil }
}

func setBool(field func(*Config) *bool) func(*Config, string) error {
	return func(c *Config, v string) error {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return fmt.Errorf("want 1, 0, true or false, got %q", v)
		}
		*field(c) = b
		return nil
	}
}

func setInt(field func(*Config) *int) func(*Config, string) error {
	return func(c *Config, v string) error {
		n, err := strconv.Atoi(v)
		if err != nil {
			return fmt.Errorf("want a whole number, got %q", v)
		}
		*field(c) = n
		return nil
	}
}

func setDuration(field func(*Config) *time.Duration) func(*Config, string) error {
	return func(c *Config, v string) error {
		d, err := time.ParseDuration(v)
		if err != nil {
			return fmt.Errorf("want a duration such as 10s or 5m, got %q", v)
		}
		*field(c) = d
		return nil
	}
}
