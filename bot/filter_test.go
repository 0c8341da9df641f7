package bot

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/briefly-bot/briefly/summarize"
)

func TestParseSubscribeArgs(t *testing.T) {
	tests := []struct {
		name       string
		in         string
		want       []string
		wantDigest string
		wantErr    string
	}{
		{"empty", "", nil, "", ""},
		{"words and exclusions", "transit -sports", []string{"transit", "-sports"}, "", ""},
		{"phrases", `"city hall" -“bus strike”`, []string{"city hall", "-bus strike"}, "", ""},
		{"entities", `person:"Xi Jinping" place:Taiwan ORG:NATO -person:Smith`, []string{"person:Xi Jinping", "place:Taiwan", "org:NATO", "-person:Smith"}, "", ""},
		{"regex", `regex:^Breaking\b -regex:"(?i)live blog"`, []string{`regex:^Breaking\b`, "-regex:(?i)live blog"}, "", ""},
		{"digest", "--digest daily transit", []string{"transit"}, "daily", ""},
		{"digest with =", "transit --digest=HOURLY", []string{"transit"}, "hourly", ""},
		{"unknown kind is a word", "time:now", []string{"time:now"}, "", ""},
		{"bad digest", "--digest weekly", nil, "", "hourly or daily"},
		{"bad regex", "regex:(", nil, "", "not a valid pattern"},
		{"unclosed quote", `"city hall`, nil, "", "not closed"},
		{"empty entity", "person:", nil, "", "a filter is"},
		{"too long", strings.Repeat("x", 65), nil, "", "at most 64"},
		{"too many", "a b c d e f g h i j k", nil, "", "at most 10"},
		{"only punctuation", "-!!", nil, "", "no letters"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, digest, err := ParseSubscribeArgs(tt.in)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one saying %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tt.want) || digest != tt.wantDigest {
				t.Errorf("got %q %q, want %q %q", got, digest, tt.want, tt.wantDigest)
			}
		})
	}
}

func TestFilterMatch(t *testing.T) {
	a := &summarize.Analysis{
		Entities: []summarize.Entity{
			{Name: "Xi Jinping", Kind: summarize.Person},
			{Name: "Taiwan", Kind: summarize.Place},
			{Name: "World Health Organization", Kind: summarize.Organization},
		},
		Quotes: []summarize.Quote{{Text: "“We will respond,”", Speaker: "Lai Ching-te", Direct: true}},
	}
	title, text := "Leaders meet", "Xi Jinping spoke about Taiwan and the city hall budget; sports later."
	tests := []struct {
		name  string
		terms []string
		want  bool
	}{
		{"no filters", nil, true},
		{"a word", []string{"budget"}, true},
		{"a word not there", []string{"transit"}, false},
		{"word boundaries", []string{"port"}, false},
		{"a phrase", []string{"city hall"}, true},
		{"any include matches", []string{"transit", "budget"}, true},
		{"an exclude wins", []string{"budget", "-sports"}, false},
		{"only excludes", []string{"-transit"}, true},
		{"person by surname", []string{"person:Xi"}, true},
		{"person by full name", []string{"person:xi jinping"}, true},
		{"person as a speaker", []string{"person:Lai Ching-te"}, true},
		{"a place is not a person", []string{"person:Taiwan"}, false},
		{"place", []string{"place:Taiwan"}, true},
		{"org", []string{"org:World Health Organization"}, true},
		{"regex", []string{`regex:(?i)^leaders`}, true},
		{"regex no match", []string{`regex:^Breaking`}, false},
		{"excluded place", []string{"-place:Taiwan"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := CompileFilters(tt.terms)
			if err != nil {
				t.Fatal(err)
			}
			if got := f.Match(title, text, a); got != tt.want {
				t.Errorf("Match(%q) = %v, want %v", tt.terms, got, tt.want)
			}
		})
	}
	// Without an analysis, entity terms match words.
	f, _ := CompileFilters([]string{"person:Xi Jinping"})
	if !f.Match(title, text, nil) {
		t.Error("person term without an analysis did not match the words")
	}
}

func TestFormatFilter(t *testing.T) {
	for in, want := range map[string]string{
		"transit":           "transit",
		"-city hall":        "-“city hall”",
		"person:Xi Jinping": "person:“Xi Jinping”",
		"-place:Taiwan":     "-place:Taiwan",
	} {
		if got := FormatFilter(in); got != want {
			t.Errorf("FormatFilter(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzParseSubscribeArgs: no panic; what parses compiles, formats back to
// something that parses to the same terms, and is valid UTF-8.
func FuzzParseSubscribeArgs(f *testing.F) {
	for _, s := range []string{"transit -sports", `person:"Xi Jinping" place:Taiwan --digest daily`, `regex:^a(b|c)+$`, `“a b” -«c d»`, "--digest=hourly"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		terms, _, err := ParseSubscribeArgs(in)
		if err != nil {
			return
		}
		if _, err := CompileFilters(terms); err != nil {
			t.Fatalf("parsed terms %q do not compile: %v", terms, err)
		}
		var shown []string
		for _, term := range terms {
			if !utf8.ValidString(term) && utf8.ValidString(in) {
				t.Fatalf("term %q is not valid UTF-8", term)
			}
			shown = append(shown, FormatFilter(term))
		}
		again, _, err := ParseSubscribeArgs(strings.Join(shown, " "))
		if err == nil && !slices.Equal(again, terms) && !strings.ContainsAny(in, "\"“”„«»") {
			t.Fatalf("terms %q show as %q and parse back as %q", terms, shown, again)
		}
	})
}

func ExampleParseSubscribeArgs() {
	filters, digest, err := ParseSubscribeArgs(`person:"Xi Jinping" place:Taiwan -sports --digest daily`)
	fmt.Println(filters, digest, err)
	f, _ := CompileFilters(filters)
	fmt.Println(f.Match("Xi Jinping speaks on Taiwan", "", nil), f.Match("Taiwan sports round-up", "", nil))
	// Output:
	// [person:Xi Jinping place:Taiwan -sports] daily <nil>
	// true false
}
