package bot

import (
	"errors"
	"maps"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParseCommand(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		wantOK  bool
		wantCmd string
		want    map[string]string
		wantErr string // a substring of the usage message, "" for none
	}{
		{"bare", "summary", true, "summary", map[string]string{}, ""},
		{"number", "summary 5", true, "summary", map[string]string{"sentences": "5"}, ""},
		{"alias and slash", "/tldr 2", true, "summary", map[string]string{"sentences": "2"}, ""},
		{"bang and case", "!QUOTES", true, "quotes", map[string]string{}, ""},
		{"rest of line", "quotes Helen Okafor", true, "quotes", map[string]string{"person": "Helen Okafor"}, ""},
		{"question", "ask  how much does it cost?  ", true, "ask", map[string]string{"question": "how much does it cost?"}, ""},
		{"url and filters", "subscribe https://x.org/feed transit “city hall” -sports", true, "subscribe",
			map[string]string{"url": "https://x.org/feed", "filters": "transit “city hall” -sports"}, ""},
		{"slack brackets", "subscribe <https://x.org/feed>", true, "subscribe", map[string]string{"url": "https://x.org/feed"}, ""},
		{"not a number", "summary please", true, "summary", nil, "must be a number"},
		{"missing", "ask", true, "ask", nil, "question is missing"},
		{"too many", "use 1 2", true, "use", nil, "too many words"},
		{"bad scheme", "subscribe ftp://x.org/feed", true, "subscribe", nil, "only http and https"},
		{"no host", "subscribe news", true, "subscribe", nil, "not a link"},
		{"not a command", "what did Qin say?", false, "", nil, ""},
		{"quoted first word", "\"summary\" 5", false, "", nil, ""},
		{"empty", "   ", false, "", nil, ""},
	}
	cmds := Commands()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inv, ok, err := ParseCommand(cmds, tt.text)
			if ok != tt.wantOK {
				t.Fatalf("ok = %v, want %v", ok, tt.wantOK)
			}
			if inv.Command != tt.wantCmd {
				t.Errorf("command = %q, want %q", inv.Command, tt.wantCmd)
			}
			if tt.wantErr != "" {
				var ue *UsageError
				if !errors.As(err, &ue) || !strings.Contains(ue.Msg, tt.wantErr) {
					t.Fatalf("err = %v, want a usage error with %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("err = %v", err)
			}
			if ok && !maps.Equal(inv.Args, tt.want) {
				t.Errorf("args = %q, want %q", inv.Args, tt.want)
			}
		})
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{`a  b`, []string{"a", "b"}},
		{`"city hall" x`, []string{"city hall", "x"}},
		{`“city hall” x`, []string{"city hall", "x"}},
		{`«a b» c`, []string{"a b", "c"}},
		{`"unclosed phrase`, []string{"unclosed phrase"}},
		{`don't`, []string{"don't"}},
	}
	for _, tt := range tests {
		got := words(tt.text)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("words(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestCommandTable(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range Commands() {
		for _, w := range append([]string{c.Name}, c.Aliases...) {
			if seen[w] {
				t.Errorf("%q names two commands", w)
			}
			seen[w] = true
		}
		// Discord's rules for command and option names: lower case, 1-32
		// characters of letters, digits, - and _.
		for _, name := range append([]string{c.Name}, optionNames(c)...) {
			if !discordName.MatchString(name) {
				t.Errorf("%s: %q is not a valid Discord command or option name", c.Name, name)
			}
		}
		for _, o := range c.Options {
			if o.Description == "" || len(o.Description) > 100 {
				t.Errorf("%s %s: description has %d characters, want 1-100", c.Name, o.Name, len(o.Description))
			}
		}
		if len(c.Description) > 100 {
			t.Errorf("%s: description has %d characters, Discord allows 100", c.Name, len(c.Description))
		}
		if len(c.Examples) == 0 {
			t.Errorf("%s: no examples", c.Name)
		}
		for i, o := range c.Options {
			if o.Type == Text && i != len(c.Options)-1 {
				t.Errorf("%s: text option %s is not last", c.Name, o.Name)
			}
		}
		for _, ex := range c.Examples {
			inv, ok, err := ParseCommand(Commands(), ex)
			if ok && (err != nil || inv.Command != c.Name) {
				t.Errorf("example %q parses as %q, %v", ex, inv.Command, err)
			}
		}
	}
}

var discordName = regexp.MustCompile(`^[-_a-z0-9]{1,32}$`)

func optionNames(c Command) []string {
	var out []string
	for _, o := range c.Options {
		out = append(out, o.Name)
	}
	return out
}

// FuzzParseCommand checks that any text parses without panicking, that a
// parsed command is one of the table's with only its options, and that
// values are valid UTF-8 when the text is.
func FuzzParseCommand(f *testing.F) {
	for _, s := range []string{"summary 5", "quotes Qin Gang", "ask what?", "subscribe https://a.b/c x -y “p q”",
		"unsubscribe k3x9tq", "/use 2", "\"", "“", "ask \xff", "summary 99999999999999999999"} {
		f.Add(s)
	}
	cmds := Commands()
	f.Fuzz(func(t *testing.T, text string) {
		inv, ok, err := ParseCommand(cmds, text)
		if !ok {
			if err != nil || inv.Command != "" {
				t.Fatalf("not a command but inv %+v, err %v", inv, err)
			}
			return
		}
		c, found := lookup(cmds, inv.Command)
		if !found {
			t.Fatalf("unknown command %q", inv.Command)
		}
		for k, v := range inv.Args {
			known := false
			for _, o := range c.Options {
				known = known || o.Name == k
			}
			if !known {
				t.Fatalf("%s has no option %q", c.Name, k)
			}
			if utf8.ValidString(text) && !utf8.ValidString(v) {
				t.Fatalf("option %s = %q is not valid UTF-8", k, v)
			}
		}
		for _, w := range words(text) {
			if w == "" || utf8.ValidString(text) && !utf8.ValidString(w) {
				t.Fatalf("bad word %q", w)
			}
		}
	})
}
