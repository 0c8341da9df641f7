// Package eval measures briefly's quality on the public evaluation data in
// ../shared/eval: repair pass rates, sentence rules, ROUGE, quote F1 and
// SQuAD EM/F1. The briefly eval command and the accuracy-floor tests both use
// it.
package eval

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// SharedDir returns the directory of the shared evaluation data: $BRIEFLY_EVAL
// when set, else ../shared/eval beside the repository. ok is false when it does
// not exist.
func SharedDir() (dir string, ok bool) {
	if d := os.Getenv("BRIEFLY_EVAL"); d != "" {
		dir = d
	} else {
		_, file, _, _ := runtime.Caller(0)
		dir = filepath.Join(filepath.Dir(file), "..", "..", "shared", "eval")
	}
	st, err := os.Stat(dir)
	return dir, err == nil && st.IsDir()
}

// Need returns the path of a file under the shared evaluation data, or skips
// the test with a message when the data is absent (a user's clone).
func Need(t testing.TB, rel string) string {
	t.Helper()
	dir, ok := SharedDir()
	if !ok {
		t.Skipf("evaluation data not found at %s (set BRIEFLY_EVAL): skipping", dir)
	}
	p := filepath.Join(dir, rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("evaluation file %s missing: skipping", p)
	}
	return p
}
