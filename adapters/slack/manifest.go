package slackadapter

//go:generate sh -c "go run ../../cmd/briefly slack-manifest > ../../slack-manifest.yml"

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/briefly-bot/briefly/bot"
)

// ManifestOptions shapes the app manifest.
type ManifestOptions struct {
	Name string // the app's and bot's name; "" means "briefly"
	// RequestURL is where HTTP mode listens, as Slack reaches it
	// ("https://briefly.example.com"); "" makes a Socket Mode manifest.
	RequestURL string
}

// Scopes are the bot token scopes briefly needs: mentions, posting,
// /briefly and the shortcut, direct messages, and users.info to tell
// workspace admins.
var Scopes = []string{"app_mentions:read", "chat:write", "commands", "im:history", "users:read"}

// BotEvents are the events briefly subscribes to.
var BotEvents = []string{"app_mention", "message.im"}

// The app manifest's schema (Slack's "App manifest reference"), in the order
// the file shows it.
type (
	manifest struct {
		Metadata struct {
			Major int `json:"major_version"`
			Minor int `json:"minor_version"`
		} `json:"_metadata"`
		Display struct {
			Name        string `json:"name"`
			Description string `json:"description"`
			Background  string `json:"background_color"`
		} `json:"display_information"`
		Features struct {
			AppHome struct {
				Home     bool `json:"home_tab_enabled"`
				Messages bool `json:"messages_tab_enabled"`
				ReadOnly bool `json:"messages_tab_read_only_enabled"`
			} `json:"app_home"`
			BotUser struct {
				DisplayName  string `json:"display_name"`
				AlwaysOnline bool   `json:"always_online"`
			} `json:"bot_user"`
			Shortcuts     []manifestShortcut `json:"shortcuts"`
			SlashCommands []manifestCommand  `json:"slash_commands"`
		} `json:"features"`
		OAuth struct {
			Scopes struct {
				Bot []string `json:"bot"`
			} `json:"scopes"`
		} `json:"oauth_config"`
		Settings struct {
			Events struct {
				RequestURL string   `json:"request_url,omitempty"`
				BotEvents  []string `json:"bot_events"`
			} `json:"event_subscriptions"`
			Interactivity struct {
				Enabled    bool   `json:"is_enabled"`
				RequestURL string `json:"request_url,omitempty"`
			} `json:"interactivity"`
			OrgDeploy     bool `json:"org_deploy_enabled"`
			SocketMode    bool `json:"socket_mode_enabled"`
			TokenRotation bool `json:"token_rotation_enabled"`
		} `json:"settings"`
	}
	manifestShortcut struct {
		Name        string `json:"name"`
		Type        string `json:"type"`
		CallbackID  string `json:"callback_id"`
		Description string `json:"description"`
	}
	manifestCommand struct {
		Command      string `json:"command"`
		URL          string `json:"url,omitempty"`
		Description  string `json:"description"`
		UsageHint    string `json:"usage_hint"`
		ShouldEscape bool   `json:"should_escape"`
	}
)

// Manifest returns the Slack app manifest (YAML) for cmds: one /briefly
// command whose usage hint lists every subcommand, the "Summarize with
// briefly" message shortcut, the scopes and events briefly needs, and Socket
// Mode or the HTTP request URLs.
func Manifest(cmds []bot.Command, o ManifestOptions) []byte {
	name := o.Name
	if name == "" {
		name = "briefly"
	}
	var m manifest
	m.Metadata.Major, m.Metadata.Minor = 1, 1
	m.Display.Name = name
	m.Display.Description = "Reads news articles for your team: summaries, quotes with their speakers, answers with evidence."
	m.Display.Background = "#1d3557"
	m.Features.AppHome.Messages = true
	m.Features.BotUser.DisplayName = name
	m.Features.BotUser.AlwaysOnline = true
	m.Features.Shortcuts = []manifestShortcut{{Name: "Summarize with " + name, Type: "message", CallbackID: ShortcutCallbackID,
		Description: "Summarize the article this message links to, or its text"}}
	cmd := manifestCommand{Command: "/" + name, Description: "Summaries, quotes and answers from news articles", UsageHint: usageHint(cmds)}
	m.OAuth.Scopes.Bot = Scopes
	m.Settings.Events.BotEvents = BotEvents
	m.Settings.Interactivity.Enabled = true
	if base := strings.TrimRight(o.RequestURL, "/"); base != "" {
		cmd.URL = base + CommandsPath
		m.Settings.Events.RequestURL = base + EventsPath
		m.Settings.Interactivity.RequestURL = base + InteractivePath
	} else {
		m.Settings.SocketMode = true
	}
	m.Features.SlashCommands = []manifestCommand{cmd}
	js, err := json.Marshal(m)
	if err != nil {
		panic(err) // a fixed struct of strings and bools always marshals
	}
	var b bytes.Buffer
	b.WriteString("# Slack app manifest for briefly, generated from its command table by\n")
	b.WriteString("# `briefly slack-manifest` (go generate ./adapters/slack); do not edit.\n")
	if err := jsonToYAML(&b, js); err != nil {
		panic(err)
	}
	return b.Bytes()
}

// usageHint is "summary [SENTENCES] | quotes [PERSON] | …".
func usageHint(cmds []bot.Command) string {
	parts := make([]string, 0, len(cmds))
	for _, c := range cmds {
		s := c.Name
		for _, o := range c.Options {
			if o.Required {
				s += " " + strings.ToUpper(o.Name)
			} else {
				s += " [" + strings.ToUpper(o.Name) + "]"
			}
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " | ")
}

// jsonToYAML writes a JSON document as block-style YAML, keeping the order
// of keys. Strings are written as JSON strings, which YAML reads the same.
func jsonToYAML(b *bytes.Buffer, js []byte) error {
	var v orderedValue
	if err := json.Unmarshal(js, &v); err != nil {
		return err
	}
	writeYAML(b, v, 0, false)
	return nil
}

// orderedValue is a JSON value that keeps its object keys in order.
type orderedValue struct {
	keys   []string
	fields []orderedValue
	items  []orderedValue
	isObj  bool
	isArr  bool
	scalar json.RawMessage
}

func (o *orderedValue) UnmarshalJSON(data []byte) error {
	data = bytes.TrimSpace(data)
	switch {
	case len(data) > 0 && data[0] == '{':
		o.isObj = true
		dec := json.NewDecoder(bytes.NewReader(data))
		if _, err := dec.Token(); err != nil {
			return err
		}
		for dec.More() {
			t, err := dec.Token()
			if err != nil {
				return err
			}
			var f orderedValue
			if err := dec.Decode(&f); err != nil {
				return err
			}
			o.keys = append(o.keys, t.(string))
			o.fields = append(o.fields, f)
		}
		return nil
	case len(data) > 0 && data[0] == '[':
		o.isArr = true
		return json.Unmarshal(data, &o.items)
	default:
		o.scalar = append(json.RawMessage(nil), data...)
		return nil
	}
}

func writeYAML(b *bytes.Buffer, v orderedValue, indent int, inList bool) {
	pad := strings.Repeat("  ", indent)
	switch {
	case v.isObj:
		for i, k := range v.keys {
			p := pad
			if inList && i == 0 {
				p = ""
			}
			f := v.fields[i]
			switch {
			case f.isObj && len(f.keys) > 0, f.isArr && len(f.items) > 0:
				fmt.Fprintf(b, "%s%s:\n", p, k)
				writeYAML(b, f, indent+1, false)
			case f.isObj:
				fmt.Fprintf(b, "%s%s: {}\n", p, k)
			case f.isArr:
				fmt.Fprintf(b, "%s%s: []\n", p, k)
			default:
				fmt.Fprintf(b, "%s%s: %s\n", p, k, yamlScalar(f.scalar))
			}
		}
	case v.isArr:
		for _, it := range v.items {
			if it.isObj {
				fmt.Fprintf(b, "%s- ", pad)
				writeYAML(b, it, indent+1, true)
				continue
			}
			fmt.Fprintf(b, "%s- %s\n", pad, yamlScalar(it.scalar))
		}
	}
}

// yamlScalar writes a JSON scalar for YAML: plain when it reads back as the
// same string, quoted otherwise.
func yamlScalar(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) != nil {
		return string(raw) // number, bool, null
	}
	if s != "" && plainSafe(s) {
		return s
	}
	return string(raw)
}

// plainSafe reports whether s can be a plain YAML scalar that reads back as
// the string s.
func plainSafe(s string) bool {
	switch strings.ToLower(s) {
	case "true", "false", "yes", "no", "on", "off", "null", "~", "y", "n":
		return false
	}
	if strings.ContainsAny(s[:1], "-?:,[]{}#&*!|>'\"%@`/ 0123456789.+") || strings.HasSuffix(s, " ") {
		return false
	}
	return !strings.Contains(s, ": ") && !strings.Contains(s, " #") && !strings.ContainsAny(s, "\n\t\\")
}
