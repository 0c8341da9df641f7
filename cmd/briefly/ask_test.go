package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefly-bot/briefly/eval"
)

const seedPath = "../../summarize/testdata/ap-blinken-qin-call.repaired.txt"

func TestAskText(t *testing.T) {
	code, out, errs := runCmd(t, "", "ask", seedPath, "who is Kritenbrink?")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "assistant U.S. secretary of state") || !strings.Contains(out, "evidence: ") {
		t.Errorf("got %q, want the role and its evidence", out)
	}
	_, out, _ = runCmd(t, "", "ask", seedPath, "What is the capital of France?")
	if strings.TrimSpace(out) != "The article doesn't say." {
		t.Errorf("got %q, want the not-found reply", out)
	}
}

func TestAskJSON(t *testing.T) {
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCmd(t, string(seed), "ask", "-", "what did Qin say?", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("got %q: %v", out, err)
	}
	for _, k := range []string{"answer", "evidence", "speaker", "confidence", "found"} {
		if _, ok := got[k]; !ok {
			t.Errorf("JSON lacks %q: %s", k, out)
		}
	}
	if got["speaker"] != "Qin Gang" || got["found"] != true {
		t.Errorf("got speaker %v found %v, want Qin Gang true", got["speaker"], got["found"])
	}
}

func TestAskJSONL(t *testing.T) {
	in := `{"id":"q1","text":"Blinken is reportedly planning a trip to China this week.","question":"When is Blinken going?"}
{"id":"q2", bad json
{"id":"q3","text":"Blinken is planning a trip.","question":""}

{"id":"q4","text":"Blinken is planning a trip.","question":"Who won the election?"}
`
	code, out, errs := runCmd(t, in, "ask", "--jsonl")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 4 {
		t.Fatalf("got %d lines, want 4:\n%s", len(lines), out)
	}
	want := []struct {
		id, answer string
		found, err bool
	}{
		{"q1", "this week", true, false},
		{"q2", "", false, true},
		{"q3", "", false, true},
		{"q4", "", false, false},
	}
	for i, w := range want {
		var r askResult
		if err := json.Unmarshal([]byte(lines[i]), &r); err != nil {
			t.Fatalf("line %d %q: %v", i, lines[i], err)
		}
		if r.ID != w.id || r.Answer != w.answer || r.Found != w.found || (r.Error != "") != w.err {
			t.Errorf("line %d: got %+v, want id %q answer %q found %v error %v", i, r, w.id, w.answer, w.found, w.err)
		}
	}
}

func TestAskUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
	}{
		{"no question", []string{"ask", seedPath}, 2},
		{"empty question", []string{"ask", seedPath, " "}, 2},
		{"jsonl with arguments", []string{"ask", "--jsonl", seedPath}, 2},
		{"bad flag", []string{"ask", "--nope", seedPath, "q?"}, 2},
		{"missing file", []string{"ask", filepath.Join(t.TempDir(), "none.txt"), "q?"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if code, _, errs := runCmd(t, "", tt.args...); code != tt.code {
				t.Errorf("got exit %d (%s), want %d", code, errs, tt.code)
			}
		})
	}
}

func TestEvalQA(t *testing.T) {
	data := filepath.Join(t.TempDir(), "qa.jsonl")
	line := `{"id":"1","context":"The Panthers defense gave up just 308 points, ranking sixth in the league.","question":"How many points did the Panthers defense give up?","answers":["308"]}` + "\n"
	if err := os.WriteFile(data, []byte(line), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCmd(t, "", "eval", "qa", "--data", data)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "EM 100.0  F1 100.0") {
		t.Errorf("got %q, want EM and F1 100", out)
	}
	if code, _, _ := runCmd(t, "", "eval", "qa"); code != 2 {
		t.Errorf("no --data: got exit %d, want 2", code)
	}
}

// TestAskRepairsInput asks the seed article as it reached us, GBK mojibake
// and all: ask repairs it before answering.
func TestAskRepairsInput(t *testing.T) {
	path := eval.Need(t, "articles/ap-blinken-qin-call.txt")
	code, out, errs := runCmd(t, "", "ask", path, "what did Qin say?", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got askResult
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("got %q: %v", out, err)
	}
	if !strings.Contains(got.Answer, "China’s core concerns") || strings.Contains(got.Answer, "鈥") {
		t.Errorf("got answer %q, want the repaired quote", got.Answer)
	}
}

// FuzzAskLines feeds --jsonl arbitrary input: every non-blank line gets one
// JSON result line and the run never stops early.
func FuzzAskLines(f *testing.F) {
	f.Add(`{"id":"1","text":"Blinken is planning a trip to China this week.","question":"When is Blinken going?"}`)
	f.Add(`{"id":2,"text":5}`)
	f.Add("{bad\n\n{\"id\":\"x\"}")
	f.Fuzz(func(t *testing.T, in string) {
		var out bytes.Buffer
		if err := askLines(context.Background(), strings.NewReader(in), &out); err != nil {
			return // a line too long for the scanner
		}
		want := 0
		for _, l := range strings.Split(in, "\n") {
			if strings.TrimSpace(l) != "" {
				want++
			}
		}
		got := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
		if out.Len() == 0 {
			got = nil
		}
		if len(got) != want {
			t.Fatalf("%d input lines, %d output lines:\n%s", want, len(got), out.String())
		}
		for _, l := range got {
			var r askResult
			if err := json.Unmarshal([]byte(l), &r); err != nil {
				t.Errorf("output line %q: %v", l, err)
			}
		}
	})
}
