package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefly-bot/briefly/eval"
)

func runCmd(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &environ{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
	code = run(context.Background(), env, args)
	return code, out.String(), errb.String()
}

func TestRepairCommand(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "in.txt")
	if err := os.WriteFile(file, []byte("Kilmarnock鈥檚 manager (AP) 鈥 done\r\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		stdin      string
		args       []string
		wantCode   int
		wantOut    string
		wantErrHas string
	}{
		{"stdin", "cafÃ© au lait", []string{"repair"}, 0, "café au lait", ""},
		{"stdin dash", "a&amp;b", []string{"repair", "-"}, 0, "a&b", ""},
		{"file with report", "", []string{"repair", file, "--report"}, 0, "Kilmarnock’s manager (AP) — done\n", "undid gbk: 2 characters changed (1 guessed); 1 CR line end made LF"},
		{"report first", "plain\n", []string{"repair", "--report"}, 0, "plain\n", "stdin: nothing to repair"},
		{"two files", "", []string{"repair", "a", "b"}, 2, "", "usage"},
		{"bad flag", "", []string{"repair", "--nope"}, 2, "", "not defined"},
		{"missing file", "", []string{"repair", filepath.Join(dir, "none.txt")}, 1, "", "no such file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCmd(t, tt.stdin, tt.args...)
			if code != tt.wantCode {
				t.Errorf("exit code %d, want %d (stderr %q)", code, tt.wantCode, errs)
			}
			if out != tt.wantOut {
				t.Errorf("stdout %q, want %q", out, tt.wantOut)
			}
			if !strings.Contains(errs, tt.wantErrHas) {
				t.Errorf("stderr %q, want it to contain %q", errs, tt.wantErrHas)
			}
		})
	}
}

func TestEvalRepairCommand(t *testing.T) {
	mojibake := filepath.Dir(eval.Need(t, "mojibake/articles-dev.jsonl"))
	code, out, errs := runCmd(t, "", "eval", "repair", "--data", filepath.Dir(mojibake))
	if code != 0 {
		t.Fatalf("exit code %d, stderr %q", code, errs)
	}
	for _, want := range []string{"ftfy-negative.json", "ftfy pass cases", "known failures", "gbk-ignore", "cp1252-twice", "latin-1", "%"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}
