package summarize

import (
	"os"
	"strings"
	"testing"
	"unicode"
)

func TestFindPerson(t *testing.T) {
	b, err := os.ReadFile("testdata/ap-blinken-qin-call.repaired.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	f := ExtractFacts(text, nil, june14)
	tests := []struct {
		query string
		at    int
		want  string
	}{
		{"Antony Blinken", -1, "Antony Blinken"},
		{"Blinken", -1, "Antony Blinken"},
		{"Blinken's", -1, "Antony Blinken"},
		{"Qin", -1, "Qin Gang"},
		{"Mr. Qin", -1, "Qin Gang"},
		{"the foreign minister", -1, "Qin Gang"},
		{"Kritenbrink", -1, "Daniel Kritenbrink"},
		{"Secretary of Commerce", -1, "Gina Raimondo"},
		{"Xi", -1, "Xi Jinping"},
		{"Biden", -1, "Joe Biden"},
		{"Nobody", -1, ""},
		{"", -1, ""},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			i := f.FindPerson(tt.query, tt.at)
			got := ""
			if i >= 0 {
				got = f.Entities[i].Name
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	// "the president" fits Biden and Xi: the last one named before the
	// offset wins
	xi := indexOf(text, "Xi Jinping")
	biden := indexOf(text, "Joe Biden")
	if i := f.FindPerson("the president", biden+20); i < 0 || f.Entities[i].Name != "Joe Biden" {
		t.Errorf("president after Biden: got %d", i)
	}
	if i := f.FindPerson("the president", xi+20); i < 0 || f.Entities[i].Name != "Xi Jinping" {
		t.Errorf("president after Xi: got %d", i)
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

// TestAppendInitialsMatchesRuneLoop checks appendInitials' byte loop
// against the rune loop it replaced, on spaces and marks beyond ASCII.
func TestAppendInitialsMatchesRuneLoop(t *testing.T) {
	runeLoop := func(name string) string {
		if strings.IndexByte(name, ' ') < 0 {
			return ""
		}
		var b []byte
		inWord := false
		for i, r := range name {
			space := unicode.IsSpace(r)
			if c := name[i]; !space && !inWord && c >= 'A' && c <= 'Z' {
				b = append(b, c)
			}
			inWord = !space
		}
		return string(b)
	}
	for _, name := range []string{
		"Federal Bureau of Investigation", "World\u00a0Health Organization", "Médecins Sans Frontières",
		"A\tB\nC\vD\fE\rF G", "Ünited Nations", "x\x85Y Z", "bad\xffUtf8 Name", "Café Éclair Union", " ",
	} {
		if got, want := string(appendInitials(nil, name)), runeLoop(name); got != want {
			t.Errorf("appendInitials(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestLowerWordSeqMatchesToLower checks FindPerson's ASCII matching
// against lowering the name first.
func TestLowerWordSeqMatchesToLower(t *testing.T) {
	names := []string{"Antony Blinken", "Qin Gang", "Mary Ann van der Berg", "AB", "Blinken", "A  B"}
	queries := []string{"blinken", "antony blinken", "qin", "gang", "van der berg", "ann", "ab", "b", "a", "a  b", "nken", "antony b"}
	for _, n := range names {
		for _, q := range queries {
			low := strings.ToLower(n)
			if got, want := lowerEqual(n, q), low == q; got != want {
				t.Errorf("lowerEqual(%q, %q) = %v, want %v", n, q, got, want)
			}
			if got, want := hasLowerWordSeq(n, q), hasWordSeq(low, q); got != want {
				t.Errorf("hasLowerWordSeq(%q, %q) = %v, want %v", n, q, got, want)
			}
		}
	}
}
