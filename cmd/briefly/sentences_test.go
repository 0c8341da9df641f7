package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefly-bot/briefly/eval"
)

const sentencesInput = "WASHINGTON (AP) — U.S. Secretary of State Antony Blinken called Qin Gang. “It was candid,” he said.\n“\nWe talked,” Qin said."

func TestSentencesLines(t *testing.T) {
	code, out, errs := runCmd(t, sentencesInput, "sentences")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	want := "WASHINGTON (AP) — U.S. Secretary of State Antony Blinken called Qin Gang.\n" +
		"“It was candid,” he said.\n" +
		"“ We talked,” Qin said.\n"
	if out != want {
		t.Errorf("got %q, want %q", out, want)
	}
}

func TestSentencesJSONFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(path, []byte(sentencesInput), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCmd(t, "", "sentences", path, "--json")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	var got []struct {
		Text       string
		Start, End int
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	if len(got) != 3 {
		t.Fatalf("got %d sentences, want 3: %s", len(got), out)
	}
	for _, s := range got {
		if sentencesInput[s.Start:s.End] != s.Text {
			t.Errorf("offsets %d:%d give %q, want %q", s.Start, s.End, sentencesInput[s.Start:s.End], s.Text)
		}
	}
}

func TestSentencesErrors(t *testing.T) {
	if code, _, _ := runCmd(t, "", "sentences", "a", "b"); code != 2 {
		t.Errorf("two files: exit %d, want 2", code)
	}
	if code, _, _ := runCmd(t, "", "sentences", "--nope"); code != 2 {
		t.Errorf("unknown flag: exit %d, want 2", code)
	}
	if code, _, errs := runCmd(t, "", "sentences", filepath.Join(t.TempDir(), "missing.txt")); code != 1 || errs == "" {
		t.Errorf("missing file: exit %d, stderr %q; want 1 and a message", code, errs)
	}
}

func TestEvalSegment(t *testing.T) {
	path := eval.Need(t, "segment/golden-rules-en.jsonl")
	code, out, errs := runCmd(t, "", "eval", "segment", "--data", path)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if !strings.HasPrefix(out, "golden rules: 48 of 48 pass") {
		t.Errorf("got %q, want all 48 rules to pass", out)
	}
}

func TestEvalSegmentLines(t *testing.T) {
	dir := t.TempDir()
	rules := filepath.Join(dir, "rules.jsonl")
	arts := filepath.Join(dir, "articles.jsonl")
	if err := os.WriteFile(rules, []byte(`{"id": 1, "text": "One. Two.", "sentences": ["One.", "Two."]}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(arts, []byte(`{"article": "He met the U.S. envoy.\nThey talked."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCmd(t, "", "eval", "segment", "--data", rules, "--lines", arts)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if want := "line boundaries: 1, precision 1.000 recall 1.000 F1 1.000"; !strings.Contains(out, want) {
		t.Errorf("got %q, want it to contain %q", out, want)
	}
}

func TestEvalSegmentReportsFailures(t *testing.T) {
	path := filepath.Join(t.TempDir(), "rules.jsonl")
	rules := `{"id": 1, "text": "One. Two.", "sentences": ["One.", "Two."]}
{"id": 2, "text": "One. Two.", "sentences": ["One. Two."]}
`
	if err := os.WriteFile(path, []byte(rules), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCmd(t, "", "eval", "segment", "--data", path)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if !strings.HasPrefix(out, "golden rules: 1 of 2 pass") || !strings.Contains(out, "FAIL rule 2") {
		t.Errorf("got %q, want 1 of 2 and rule 2 listed", out)
	}
}
