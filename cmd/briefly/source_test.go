package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadSource(t *testing.T) {
	article := "<html><head><title>Ferry</title></head><body><article>" +
		strings.Repeat("<p>The harbor commission met on Tuesday to review the plan for the new ferry terminal, delayed twice since the storm.</p>", 4) +
		"</article></body></html>"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(article))
	}))
	defer srv.Close()
	file := filepath.Join(t.TempDir(), "a.txt")
	os.WriteFile(file, []byte("file text"), 0o600)

	tests := []struct {
		name, src string
		env       map[string]string
		wantText  string
		wantErr   string
	}{
		{"file", file, nil, "file text", ""},
		{"url allowed", srv.URL, map[string]string{"BRIEFLY_ALLOW_PRIVATE": "1"}, "The harbor commission met on Tuesday", ""},
		{"url refused", srv.URL, nil, "",
			srv.URL + ": That address is private or local; an operator can allow it with BRIEFLY_ALLOW_PRIVATE=1."},
		{"bad config", srv.URL, map[string]string{"BRIEFLY_ALLOW_PRIVATE": "maybe"}, "", "config: BRIEFLY_ALLOW_PRIVATE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := &environ{stdin: strings.NewReader(""), stdout: discard{}, stderr: discard{},
				getenv: func(k string) string { return tt.env[k] }}
			text, _, err := readSource(context.Background(), env, tt.src)
			if tt.wantErr != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tt.wantErr) || strings.Contains(err.Error(), "\n") {
					t.Fatalf("err = %v, want one line starting %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(text, tt.wantText) {
				t.Errorf("text = %q, want it to start with %q", text, tt.wantText)
			}
		})
	}
}
