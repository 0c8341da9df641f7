package summarize_test

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefly-bot/briefly/eval"
	"github.com/briefly-bot/briefly/summarize"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// TestNormalizeSeed checks the repair of the article briefly was first built
// for, byte for byte, against testdata/ap-blinken-qin-call.repaired.txt
// (made with -update and checked by eye: every quote, apostrophe and dash).
func TestNormalizeSeed(t *testing.T) {
	in, err := os.ReadFile(eval.Need(t, "articles/ap-blinken-qin-call.txt"))
	if err != nil {
		t.Fatal(err)
	}
	got, rep := summarize.Normalize(string(in))
	golden := filepath.Join("testdata", "ap-blinken-qin-call.repaired.txt")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := range min(len(gl), len(wl)) {
			if gl[i] != wl[i] {
				t.Fatalf("line %d:\ngot  %q\nwant %q", i+1, gl[i], wl[i])
			}
		}
		t.Fatalf("got %d lines, want %d", len(gl), len(wl))
	}
	if len(rep.Codecs) != 1 || rep.Codecs[0] != "gbk" {
		t.Errorf("Codecs = %q, want [gbk]", rep.Codecs)
	}
	if rep.Guessed == 0 || rep.Guessed > rep.Changed {
		t.Errorf("Guessed = %d of Changed = %d, want some guesses among the changes", rep.Guessed, rep.Changed)
	}
	for _, phrase := range []string{
		"TAIPEI, Taiwan (AP) — U.S. Secretary",
		"“discussed the importance",
		"conflict,” according to",
		"“China’s core concerns,”",
		"such as , “stop",
		"Blinken had in February",
		"the two sides’ responsibility",
		"“guardrails” to prevent the countries’ competition",
	} {
		if !strings.Contains(got, phrase) {
			t.Errorf("repaired text lacks %q", phrase)
		}
	}
	for _, r := range got {
		if 0x3000 <= r && r <= 0x9FFF {
			t.Errorf("stray CJK character %q left in the repaired text", r)
			break
		}
	}
	again, _ := summarize.Normalize(got)
	if again != got {
		t.Errorf("Normalize is not idempotent on the repaired seed")
	}
}
