package main

import (
	"encoding/json"
	"strings"
	"testing"
)

const exampleArticle = "../../bot/example/council.txt"

func TestSummarizeJSON(t *testing.T) {
	code, out, errOut := runCmd(t, "", "summarize", "--json", "--sentences", "2", exampleArticle)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	// The documented schema: these keys are always present.
	var raw map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	for _, k := range []string{"title", "summary", "quotes", "people", "organizations", "places", "dates", "numbers"} {
		if _, ok := raw[k]; !ok {
			t.Errorf("key %q missing from %s", k, out)
		}
	}
	var r Result
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if got, want := r.Title, "Port Alder council approves $48.2 million plan to keep buses running"; got != want {
		t.Errorf("title = %q, want %q", got, want)
	}
	if len(r.Summary) != 2 {
		t.Errorf("summary has %d sentences, want 2: %q", len(r.Summary), r.Summary)
	}
	if !hasPerson(r, "Helen Okafor") {
		t.Errorf("people %+v lack Helen Okafor", r.People)
	}
}

func hasPerson(r Result, name string) bool {
	for _, p := range r.People {
		if p.Name == name {
			return true
		}
	}
	return false
}

func TestSummarizeFormats(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		wantHas []string
	}{
		{"text", []string{"summarize", exampleArticle}, []string{"Port Alder council approves", "Summary\n  • ", "Key facts"}},
		{"markdown", []string{"summarize", "--markdown", exampleArticle}, []string{"# Port Alder council approves", "## Summary\n\n- ", "## Key facts"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCmd(t, "", tt.args...)
			if code != 0 {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			for _, w := range tt.wantHas {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
		})
	}
}

func TestSummarizeJSONL(t *testing.T) {
	in := strings.Join([]string{
		`{"id": "a", "text": "The mayor said the bridge will reopen on Friday. Crews worked all week. Traffic will be light."}`,
		`not json`,
		`{"id": 7}`,
		``,
		`{"id": "b", "text": "Rain fell. It stopped."}`,
	}, "\n")
	code, out, errOut := runCmd(t, in, "summarize", "--jsonl")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 4 {
		t.Fatalf("got %d result lines, want 4:\n%s", len(lines), out)
	}
	want := []struct{ id, errHas string }{{"a", ""}, {"line 2", "not a JSON object"}, {"7", `missing "text"`}, {"b", ""}}
	for i, w := range want {
		var r Result
		if err := json.Unmarshal([]byte(lines[i]), &r); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if r.ID != w.id {
			t.Errorf("line %d: id = %q, want %q", i+1, r.ID, w.id)
		}
		if !strings.Contains(r.Error, w.errHas) || (w.errHas == "" && r.Error != "") {
			t.Errorf("line %d: error = %q, want it to hold %q", i+1, r.Error, w.errHas)
		}
		if w.errHas == "" && len(r.Summary) == 0 {
			t.Errorf("line %d: empty summary", i+1)
		}
	}
}

func TestSummarizeUsage(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		want    int
		wantErr string
	}{
		{"two files", []string{"summarize", "a", "b"}, 2, "usage"},
		{"bad sentences", []string{"summarize", "--sentences", "0", exampleArticle}, 2, "--sentences"},
		{"jsonl with file", []string{"summarize", "--jsonl", exampleArticle}, 2, "stdin"},
		{"missing file", []string{"summarize", "/nonexistent/article.txt"}, 1, "no such file"},
		{"private address", []string{"summarize", "http://127.0.0.1:1/"}, 1, "private or local"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := runCmd(t, "", tt.args...)
			if code != tt.want {
				t.Errorf("exit %d, want %d (stderr %q)", code, tt.want, errOut)
			}
			if !strings.Contains(errOut, tt.wantErr) {
				t.Errorf("stderr %q lacks %q", errOut, tt.wantErr)
			}
			if strings.Count(strings.TrimSpace(errOut), "\n") > 0 && tt.want == 1 {
				t.Errorf("error is not one line: %q", errOut)
			}
		})
	}
}
