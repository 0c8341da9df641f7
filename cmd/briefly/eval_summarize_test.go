package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func TestEvalSummarize(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantOut  []string
	}{
		{"scores", []string{"eval", "summarize", "--data", "testdata/summ.jsonl"}, 0,
			[]string{"2 articles from summ.jsonl, 3-sentence summaries", "briefly", "lead-3"}},
		{"lede", []string{"eval", "summarize", "--sentences", "1", "--data", "testdata/summ.jsonl"}, 0,
			[]string{"1-sentence summaries", "lede", "lead-1"}},
		{"no data", []string{"eval", "summarize"}, 2, nil},
		{"zero sentences", []string{"eval", "summarize", "--data", "testdata/summ.jsonl", "--sentences", "0"}, 2, nil},
		{"missing file", []string{"eval", "summarize", "--data", "testdata/none.jsonl"}, 1, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			env := &environ{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
			if code := run(context.Background(), env, tt.args); code != tt.wantCode {
				t.Fatalf("got exit code %d, want %d (stderr %q)", code, tt.wantCode, errb.String())
			}
			for _, w := range tt.wantOut {
				if !strings.Contains(out.String(), w) {
					t.Errorf("got output %q, want it to hold %q", out.String(), w)
				}
			}
		})
	}
}
