package config

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// envMap is a getenv over a map.
func envMap(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func TestLoadDefaults(t *testing.T) {
	cfg, err := Load("", envMap(map[string]string{"HOME": "/home/ann"}))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.DB != "/home/ann/.local/share/briefly/briefly.db" {
		t.Errorf("DB = %q, want it under ~/.local/share/briefly", cfg.DB)
	}
	if err := cfg.Validate(); err != nil {
		t.Errorf("defaults do not validate: %v", err)
	}
	cfg, _ = Load("", envMap(map[string]string{"HOME": "/home/ann", "XDG_DATA_HOME": "/data"}))
	if cfg.DB != "/data/briefly/briefly.db" {
		t.Errorf("DB = %q, want /data/briefly/briefly.db", cfg.DB)
	}
}

const sampleFile = `
db = "/var/lib/briefly/briefly.db"

[log]
level = "debug"
format = "json"

[fetch]
timeout = "5s"
max_bytes = 1048576

[discord]
app_id = "123456789012345678"
shard_count = 2
shard_id = 1

[slack]
api_url = "http://127.0.0.1:9999/api/"
admins = ["U0001", "U0002"]

[feeds]
poll_interval = "15m"
`

func writeFile(t *testing.T, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "briefly.toml")
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestLoadFileThenEnv(t *testing.T) {
	path := writeFile(t, sampleFile)
	tests := []struct {
		name  string
		env   map[string]string
		path  string
		check func(Config) (got, want any)
	}{
		{"file sets db", nil, path, func(c Config) (any, any) { return c.DB, "/var/lib/briefly/briefly.db" }},
		{"env overrides db", map[string]string{"BRIEFLY_DB": "/tmp/x.db"}, path,
			func(c Config) (any, any) { return c.DB, "/tmp/x.db" }},
		{"file sets duration", nil, path, func(c Config) (any, any) { return c.Fetch.Timeout, 5 * time.Second }},
		{"env overrides duration", map[string]string{"BRIEFLY_FETCH_TIMEOUT": "30s"}, path,
			func(c Config) (any, any) { return c.Fetch.Timeout, 30 * time.Second }},
		{"allow private", map[string]string{"BRIEFLY_ALLOW_PRIVATE": "1"}, path,
			func(c Config) (any, any) { return c.Fetch.AllowPrivate, true }},
		{"file keeps untouched defaults", nil, path, func(c Config) (any, any) { return c.Fetch.MaxRedirects, 5 }},
		{"file sets list", nil, path, func(c Config) (any, any) { return c.Slack.Admins, []string{"U0001", "U0002"} }},
		{"env replaces list", map[string]string{"SLACK_ADMINS": "U9, U8 ,"}, path,
			func(c Config) (any, any) { return c.Slack.Admins, []string{"U9", "U8"} }},
		{"token from env", map[string]string{"DISCORD_TOKEN": "abc.def"}, path,
			func(c Config) (any, any) { return c.Discord.Token.Reveal(), "abc.def" }},
		{"public key from env", map[string]string{"DISCORD_PUBLIC_KEY": "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c"}, path,
			func(c Config) (any, any) {
				return c.Discord.PublicKey, "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c"
			}},
		{"shard from env", map[string]string{"DISCORD_SHARD_ID": "0", "DISCORD_SHARD_COUNT": "4"}, path,
			func(c Config) (any, any) { return [2]int{c.Discord.ShardID, c.Discord.ShardCount}, [2]int{0, 4} }},
		{"BRIEFLY_CONFIG names the file", map[string]string{"BRIEFLY_CONFIG": path}, "",
			func(c Config) (any, any) { return c.Log.Format, "json" }},
		{"flag wins over BRIEFLY_CONFIG", map[string]string{"BRIEFLY_CONFIG": "/nonexistent.toml"}, path,
			func(c Config) (any, any) { return c.Log.Level, "debug" }},
		{"empty variable is ignored", map[string]string{"BRIEFLY_LOG_LEVEL": ""}, path,
			func(c Config) (any, any) { return c.Log.Level, "debug" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := Load(tt.path, envMap(tt.env))
			if err != nil {
				t.Fatal(err)
			}
			if got, want := tt.check(cfg); !reflect.DeepEqual(got, want) {
				t.Errorf("got %v, want %v", got, want)
			}
			if err := cfg.Validate(); err != nil {
				t.Errorf("Validate: %v", err)
			}
		})
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, file string
		env        map[string]string
		want       string
	}{
		{"token in file", "[discord]\ntoken = \"abc\"\n", nil,
			"config: tokens come from the environment only: remove discord.token from briefly.toml and set DISCORD_TOKEN"},
		{"slack secret in file", "[slack]\nsigning_secret = \"s\"\n", nil,
			"config: tokens come from the environment only: remove slack.signing_secret from briefly.toml and set SLACK_SIGNING_SECRET"},
		{"unknown key", "[fetch]\ntimeout = \"5s\"\nretries = 3\n", nil, "config: briefly.toml: unknown key fetch.retries"},
		{"unknown table", "[telegram]\ntoken = \"x\"\n", nil, "config: briefly.toml: unknown key telegram, telegram.token"},
		{"syntax", "[log\nlevel = 1\n", nil, "config: briefly.toml line "},
		{"wrong type", "[feeds]\nmax_failures = \"ten\"\n", nil, "config: briefly.toml"},
		{"bad duration", "[feeds]\npoll_interval = \"often\"\n", nil, "config: briefly.toml"},
		{"bad env bool", "", map[string]string{"BRIEFLY_ALLOW_PRIVATE": "yes please"},
			`config: BRIEFLY_ALLOW_PRIVATE: want 1, 0, true or false, got "yes please"`},
		{"bad env int", "", map[string]string{"DISCORD_SHARD_COUNT": "two"},
			`config: DISCORD_SHARD_COUNT: want a whole number, got "two"`},
		{"bad env duration", "", map[string]string{"BRIEFLY_FEED_POLL_INTERVAL": "10"},
			`config: BRIEFLY_FEED_POLL_INTERVAL: want a duration such as 10s or 5m, got "10"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(writeFile(t, tt.file), envMap(tt.env))
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("got %v, want %q", err, tt.want)
			}
		})
	}
	if _, err := Load("/nonexistent/briefly.toml", envMap(nil)); err == nil {
		t.Error("missing file: got no error")
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name   string
		modify func(*Config)
		want   string
	}{
		{"slack api url without slash", func(c *Config) { c.Slack.APIURL = "https://slack.com/api" },
			`config: slack.api_url: must end in "/"`},
		{"slack api url not http", func(c *Config) { c.Slack.APIURL = "ftp://x/" },
			`config: slack.api_url: want an http or https URL, got "ftp://x/"`},
		{"discord public key", func(c *Config) { c.Discord.PublicKey = "abc" },
			`config: discord.public_key: want the application's public key, 64 hex digits, got "abc"`},
		{"discord api url", func(c *Config) { c.Discord.APIURL = "discord" },
			`config: discord.api_url: want an http or https URL, got "discord"`},
		{"log level", func(c *Config) { c.Log.Level = "loud" }, `config: log.level: want debug, info, warn or error, got "loud"`},
		{"log format", func(c *Config) { c.Log.Format = "xml" }, `config: log.format: want text or json, got "xml"`},
		{"poll interval", func(c *Config) { c.Feeds.PollInterval = time.Minute },
			"config: feeds.poll_interval: must be at least 2m0s, got 1m0s"},
		{"max failures", func(c *Config) { c.Feeds.MaxFailures = 0 }, "config: feeds.max_failures: must be at least 1, got 0"},
		{"timeout", func(c *Config) { c.Fetch.Timeout = 0 }, "config: fetch.timeout: want between 0 and 5m, got 0s"},
		{"max bytes", func(c *Config) { c.Fetch.MaxBytes = -1 }, "config: fetch.max_bytes: want between 1 and 1073741824, got -1"},
		{"shard id", func(c *Config) { c.Discord.ShardID, c.Discord.ShardCount = 3, 2 },
			"config: discord.shard_id: must be below discord.shard_count (2), got 3"},
		{"app id", func(c *Config) { c.Discord.AppID = "my-app" }, `config: discord.app_id: want a numeric Discord ID, got "my-app"`},
		{"http addr", func(c *Config) { c.Slack.HTTPAddr = "8080" }, `config: slack.http_addr: want host:port such as :8080, got "8080"`},
		{"admin", func(c *Config) { c.Slack.Admins = []string{"U1", "<@U2>"} },
			`config: slack.admins[1]: want a Slack user ID such as U0123ABCD, got "<@U2>"`},
		{"bot token", func(c *Config) { c.Slack.BotToken = "xapp-1" }, "config: SLACK_BOT_TOKEN: must start with xoxb-"},
		{"app token", func(c *Config) { c.Slack.AppToken = "xoxb-1" },
			"config: SLACK_APP_TOKEN: must start with xapp- (an app-level token for Socket Mode)"},
		{"db", func(c *Config) { c.DB = " " }, "config: db: must name a database file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := defaults(envMap(map[string]string{"HOME": "/h"}))
			tt.modify(&cfg)
			err := cfg.Validate()
			if err == nil || err.Error() != tt.want {
				t.Errorf("got %v, want %q", err, tt.want)
			}
			var fe *FieldError
			if !errors.As(err, &fe) {
				t.Errorf("err = %v, want a *FieldError", err)
			}
		})
	}
	t.Run("all problems are reported", func(t *testing.T) {
		cfg := defaults(envMap(nil))
		cfg.Log.Level, cfg.Feeds.MaxFailures = "x", 0
		if got := strings.Count(cfg.Validate().Error(), "\n") + 1; got != 2 {
			t.Errorf("got %d problems, want 2", got)
		}
	})
}

func TestRedaction(t *testing.T) {
	const (
		discordToken = "MTk4NjIyNDgzNDcxOTI1MjQ4.Cl2FMQ.ZnCjm1XVW7vRze4b7Cq4se7kKWs"
		botToken     = "xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy"
		appToken     = "xapp-1-A0000000000-0000000000000-abcdef"
		signing      = "8f742231b10e8888abcd99yyyzzz85a5"
	)
	cfg, err := Load("", envMap(map[string]string{"HOME": "/h", "DISCORD_TOKEN": discordToken,
		"SLACK_BOT_TOKEN": botToken, "SLACK_APP_TOKEN": appToken, "SLACK_SIGNING_SECRET": signing}))
	if err != nil {
		t.Fatal(err)
	}
	var text, js bytes.Buffer
	slog.New(slog.NewTextHandler(&text, nil)).Info("start", "config", cfg)
	slog.New(slog.NewJSONHandler(&js, nil)).Info("start", "config", cfg, "token", cfg.Discord.Token)
	marshaled, _ := json.Marshal(cfg)
	outputs := map[string]string{
		"String":    cfg.String(),
		"%v":        fmt.Sprintf("%v", cfg),
		"%+v":       fmt.Sprintf("%+v", cfg),
		"%#v":       fmt.Sprintf("%#v", cfg),
		"%+v slack": fmt.Sprintf("%+v", cfg.Slack),
		"%s token":  fmt.Sprintf("%s", cfg.Discord.Token),
		"slog text": text.String(),
		"slog json": js.String(),
		"json":      string(marshaled),
	}
	for name, out := range outputs {
		for _, secret := range []string{discordToken, botToken, appToken, signing} {
			if strings.Contains(out, secret) {
				t.Errorf("%s shows a secret: %s", name, out)
			}
		}
	}
	for _, want := range []string{"discord.token = (set, [redacted])", "slack.app_token = (set, [redacted])", "fetch.timeout = 10s"} {
		if !strings.Contains(cfg.String(), want) {
			t.Errorf("String() lacks %q:\n%s", want, cfg.String())
		}
	}
	if !strings.Contains(text.String(), "config.discord.token=[redacted]") {
		t.Errorf("text log = %q, want config.discord.token=[redacted]", text.String())
	}
}

func TestNewLogger(t *testing.T) {
	tests := []struct {
		log     Log
		want    string
		skipped bool
	}{
		{Log{Level: "info", Format: "json"}, `"msg":"hello"`, false},
		{Log{Level: "info", Format: "text"}, "msg=hello", false},
		{Log{Level: "error", Format: "text"}, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.log.Level+"/"+tt.log.Format, func(t *testing.T) {
			var buf bytes.Buffer
			NewLogger(&buf, tt.log).Info("hello")
			if got := buf.String(); tt.skipped != (got == "") || !strings.Contains(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(sampleFile))
	f.Add([]byte("[discord]\ntoken = \"x\"\n"))
	f.Add([]byte("[feeds]\npoll_interval = 5\nmax_age = \"-1h\"\n[slack]\nadmins = [\"\"]\n"))
	f.Add([]byte("db = \"\\u0000\"\n[[log]]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := parse(data, "briefly.toml", envMap(nil))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "config: ") {
				t.Errorf("error %q lacks the config: prefix", err)
			}
			return
		}
		_ = cfg.Validate()
		_ = cfg.String()
	})
}

func ExampleConfig_Validate() {
	cfg, _ := Load("", func(name string) string {
		return map[string]string{"HOME": "/home/ann", "SLACK_API_URL": "https://slack.com/api"}[name]
	})
	fmt.Println(cfg.Validate())
	// Output: config: slack.api_url: must end in "/"
}
