package summarize

import (
	"strings"
	"testing"
)

// TestBlankAndLower checks the one-allocation body and lower-case copy
// against the two steps it replaces.
func TestBlankAndLower(t *testing.T) {
	for _, text := range []string{
		"Port Alder Council Approves Budget\nPORT ALDER — The council voted 6-3 on Tuesday.",
		"Ünïcode Headline Ångström\nBody with ÉCOLE and U.S. text.",
		"X\n",
		"\nno headline line",
	} {
		n := strings.IndexByte(text, '\n')
		body, low := blankAndLower(text, n)
		wantBody := strings.Repeat(" ", n) + text[n:]
		if body != wantBody {
			t.Errorf("blankAndLower(%q, %d) body = %q, want %q", text, n, body, wantBody)
		}
		if want := lowerText(wantBody); low != want {
			t.Errorf("blankAndLower(%q, %d) low = %q, want %q", text, n, low, want)
		}
	}
}
