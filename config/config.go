// Package config reads briefly's settings: defaults, then briefly.toml, then
// the environment. Tokens and secrets come from the environment only, and a
// Config never shows them when printed or logged.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
)

// Config is everything briefly can be configured with. The toml tags name
// the keys of briefly.toml; the env comments name the environment variables
// that override them.
type Config struct {
	DB      string  `toml:"db"` // env BRIEFLY_DB
	Log     Log     `toml:"log"`
	Fetch   Fetch   `toml:"fetch"`
	Discord Discord `toml:"discord"`
	Slack   Slack   `toml:"slack"`
	Feeds   Feeds   `toml:"feeds"`
}

// Log configures the process's logger.
type Log struct {
	Level  string `toml:"level"`  // debug, info, warn or error; env BRIEFLY_LOG_LEVEL
	Format string `toml:"format"` // text or json; env BRIEFLY_LOG_FORMAT
}

// Fetch configures how pasted URLs are fetched.
type Fetch struct {
	AllowPrivate bool          `toml:"allow_private"` // env BRIEFLY_ALLOW_PRIVATE=1
	Timeout      time.Duration `toml:"timeout"`       // env BRIEFLY_FETCH_TIMEOUT
	MaxBytes     int64         `toml:"max_bytes"`     // env BRIEFLY_FETCH_MAX_BYTES
	MaxRedirects int           `toml:"max_redirects"`
	UserAgent    string        `toml:"user_agent"`
}

// Discord configures the Discord adapter.
type Discord struct {
	Token       Secret `toml:"-"`            // env DISCORD_TOKEN only
	AppID       string `toml:"app_id"`       // env DISCORD_APP_ID
	GuildID     string `toml:"guild_id"`     // env DISCORD_GUILD_ID: register commands in one guild
	APIURL      string `toml:"api_url"`      // env DISCORD_API_URL: a fake server in tests
	ShardID     int    `toml:"shard_id"`     // env DISCORD_SHARD_ID
	ShardCount  int    `toml:"shard_count"`  // env DISCORD_SHARD_COUNT
	ManagerRole string `toml:"manager_role"` // env DISCORD_MANAGER_ROLE: may manage feeds
	HTTPAddr    string `toml:"http_addr"`    // env DISCORD_HTTP_ADDR: interactions endpoint
	PublicKey   string `toml:"public_key"`   // env DISCORD_PUBLIC_KEY: verifies the interactions endpoint
}

// Slack configures the Slack adapter.
type Slack struct {
	BotToken      Secret   `toml:"-"`         // env SLACK_BOT_TOKEN only (xoxb-)
	AppToken      Secret   `toml:"-"`         // env SLACK_APP_TOKEN only (xapp-, Socket Mode)
	SigningSecret Secret   `toml:"-"`         // env SLACK_SIGNING_SECRET only
	APIURL        string   `toml:"api_url"`   // env SLACK_API_URL, must end in "/"
	Admins        []string `toml:"admins"`    // env SLACK_ADMINS, comma-separated user IDs
	HTTPAddr      string   `toml:"http_addr"` // env SLACK_HTTP_ADDR: Events API endpoint
}

// Feeds configures feed subscriptions.
type Feeds struct {
	PollInterval time.Duration `toml:"poll_interval"` // env BRIEFLY_FEED_POLL_INTERVAL; at least 2m
	MaxFailures  int           `toml:"max_failures"`  // env BRIEFLY_FEED_MAX_FAILURES: disable a feed after this many
	MaxItems     int           `toml:"max_items"`     // items posted a feed per poll
	MaxAge       time.Duration `toml:"max_age"`       // items older than this are not posted
}

// Limits that Validate enforces.
const (
	MinPollInterval = 2 * time.Minute
	maxFileSize     = 1 << 20
)

// Default returns the defaults, with the database under the user's data
// directory.
func Default() Config { return defaults(os.Getenv) }

func defaults(getenv func(string) string) Config {
	return Config{
		DB:  defaultDB(getenv),
		Log: Log{Level: "info", Format: "text"},
		Fetch: Fetch{
			Timeout:      10 * time.Second,
			MaxBytes:     5 << 20,
			MaxRedirects: 5,
		},
		// MonitoRSS disables a feed after repeated failures and skips items
		// older than a day; discorss caps items a poll at 5 (FIELD-NOTES.md).
		Feeds: Feeds{PollInterval: 10 * time.Minute, MaxFailures: 10, MaxItems: 5, MaxAge: 24 * time.Hour},
	}
}

// defaultDB is $XDG_DATA_HOME/briefly/briefly.db, else
// ~/.local/share/briefly/briefly.db, else briefly.db in the working
// directory.
func defaultDB(getenv func(string) string) string {
	if d := getenv("XDG_DATA_HOME"); filepath.IsAbs(d) {
		return filepath.Join(d, "briefly", "briefly.db")
	}
	if h := getenv("HOME"); h != "" {
		return filepath.Join(h, ".local", "share", "briefly", "briefly.db")
	}
	return "briefly.db"
}

// Load returns the defaults overlaid by the TOML file at path (or at
// $BRIEFLY_CONFIG when path is empty; no file when both are empty) and then
// by the environment. It does not validate; call Validate.
func Load(path string, getenv func(string) string) (Config, error) {
	if path == "" {
		path = getenv("BRIEFLY_CONFIG")
	}
	var data []byte
	if path != "" {
		f, err := os.Open(path)
		if err != nil {
			return Config{}, fmt.Errorf("config: %w", err)
		}
		defer f.Close()
		data, err = io.ReadAll(io.LimitReader(f, maxFileSize+1))
		if err != nil {
			return Config{}, fmt.Errorf("config: read %s: %w", path, err)
		}
		if len(data) > maxFileSize {
			return Config{}, fmt.Errorf("config: %s is larger than %d KiB", path, maxFileSize>>10)
		}
	}
	return parse(data, filepath.Base(path), getenv)
}

// parse overlays a TOML document and the environment on the defaults.
func parse(data []byte, name string, getenv func(string) string) (Config, error) {
	cfg := defaults(getenv)
	if len(data) > 0 {
		if err := decodeFile(data, name, &cfg); err != nil {
			return Config{}, err
		}
	}
	if err := overlayEnv(&cfg, getenv); err != nil {
		return Config{}, err
	}
	return cfg, nil
}

// secretKeys are keys that must not be in the file, with the variable that
// sets each.
var secretKeys = map[string]string{
	"discord.token":        "DISCORD_TOKEN",
	"slack.bot_token":      "SLACK_BOT_TOKEN",
	"slack.app_token":      "SLACK_APP_TOKEN",
	"slack.signing_secret": "SLACK_SIGNING_SECRET",
}

// decodeFile decodes strictly: a key briefly does not know is an error that
// names it, and a token in the file is an error that says where it belongs.
func decodeFile(data []byte, name string, cfg *Config) error {
	if name == "" || name == "." {
		name = "briefly.toml"
	}
	md, err := toml.NewDecoder(bytes.NewReader(data)).Decode(cfg)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return fmt.Errorf("config: %s line %d: %s", name, pe.Position.Line, pe.Message)
		}
		return fmt.Errorf("config: %s: %w", name, err)
	}
	var unknown []string
	for _, k := range md.Undecoded() {
		key := k.String()
		if env, ok := secretKeys[key]; ok {
			return fmt.Errorf("config: tokens come from the environment only: remove %s from %s and set %s", key, name, env)
		}
		unknown = append(unknown, key)
	}
	if len(unknown) > 0 {
		slices.Sort(unknown)
		return fmt.Errorf("config: %s: unknown key %s", name, strings.Join(unknown, ", "))
	}
	return nil
}
