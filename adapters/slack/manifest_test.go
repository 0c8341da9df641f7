package slackadapter

import (
	"bytes"
	"strings"
	"testing"

	"github.com/briefly-bot/briefly/bot"
)

func TestManifest(t *testing.T) {
	cmds := bot.Commands()
	socket := string(Manifest(cmds, ManifestOptions{}))
	for _, want := range []string{
		"socket_mode_enabled: true", `command: "/briefly"`, "callback_id: " + ShortcutCallbackID,
		"type: message", "messages_tab_enabled: true", "messages_tab_read_only_enabled: false",
	} {
		if !strings.Contains(socket, want) {
			t.Errorf("socket mode manifest lacks %q", want)
		}
	}
	for _, s := range append(append([]string{}, Scopes...), BotEvents...) {
		if !strings.Contains(socket, "      - "+s+"\n") {
			t.Errorf("manifest lacks %q", s)
		}
	}
	for _, c := range cmds {
		if !strings.Contains(socket, "| "+c.Name) && !strings.Contains(socket, "usage_hint: "+c.Name) {
			t.Errorf("usage hint lacks the %s command", c.Name)
		}
	}
	if strings.Contains(socket, "request_url") {
		t.Error("a socket mode manifest names request URLs")
	}
	http := string(Manifest(cmds, ManifestOptions{Name: "news", RequestURL: "https://b.example.com/"}))
	for _, want := range []string{
		"socket_mode_enabled: false", "url: https://b.example.com" + CommandsPath,
		"request_url: https://b.example.com" + EventsPath, "request_url: https://b.example.com" + InteractivePath,
		`command: "/news"`, "name: Summarize with news", "display_name: news",
	} {
		if !strings.Contains(http, want) {
			t.Errorf("HTTP mode manifest lacks %q:\n%s", want, http)
		}
	}
}

func TestJSONToYAML(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"nested", `{"a":{"b":1,"c":true}}`, "a:\n  b: 1\n  c: true\n"},
		{"order kept", `{"z":1,"a":2}`, "z: 1\na: 2\n"},
		{"list of scalars", `{"l":["x","y"]}`, "l:\n  - x\n  - \"y\"\n"},
		{"list of objects", `{"l":[{"a":"1x","b":"z"}]}`, "l:\n  - a: \"1x\"\n    b: z\n"},
		{"empty", `{"e":[],"o":{}}`, "e: []\no: {}\n"},
		{"quoted when needed", `{"a":"yes","b":"#x","c":"k: v","d":"/cmd","e":"","f":"a # b","g":"line\nbreak"}`,
			"a: \"yes\"\nb: \"#x\"\nc: \"k: v\"\nd: \"/cmd\"\ne: \"\"\nf: \"a # b\"\ng: \"line\\nbreak\"\n"},
		{"plain", `{"a":"chat:write","b":"https://x.example/p"}`, "a: chat:write\nb: https://x.example/p\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := jsonToYAML(&b, []byte(tc.in)); err != nil {
				t.Fatal(err)
			}
			if got := b.String(); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
