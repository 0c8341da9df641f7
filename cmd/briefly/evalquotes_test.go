package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestEvalQuotes(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "q.jsonl")
	line := `{"id":"t","text":"“We will win,” Patel said.","quotes":[{"quote":"We will win,","speaker":"Patel","cue":"said","direct":true,"quote_spans":[[1,13]],"speaker_spans":[[15,20]],"cue_spans":[[21,25]]}]}` + "\n"
	if err := os.WriteFile(data, []byte(line), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantOut  []string
	}{
		{"scores", []string{"eval", "quotes", "--data", data}, 0,
			[]string{"direct  P 100.0  R 100.0  F1 100.0", "speaker accuracy 100.0 (1/1; full name alone 100.0)", "all "}},
		{"no data flag", []string{"eval", "quotes"}, 2, nil},
		{"missing file", []string{"eval", "quotes", "--data", filepath.Join(dir, "none.jsonl")}, 1, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			env := &environ{stdin: strings.NewReader(""), stdout: &out, stderr: &errOut, getenv: func(string) string { return "" }}
			if code := run(context.Background(), env, tt.args); code != tt.wantCode {
				t.Fatalf("got exit code %d, want %d (stderr %q)", code, tt.wantCode, errOut.String())
			}
			for _, w := range tt.wantOut {
				if !strings.Contains(out.String(), w) {
					t.Errorf("got output %q, want it to contain %q", out.String(), w)
				}
			}
		})
	}
}
