package main

import (
	"bytes"
	"context"
	"flag"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefly-bot/briefly/bot/example"
	"github.com/briefly-bot/briefly/bot/feed"
)

var update = flag.Bool("update", false, "rewrite the golden transcripts in testdata/chat")

// chat runs briefly with args, stdin and environment, and returns stdout,
// stderr and the exit code.
func chat(t *testing.T, args []string, stdin string, env map[string]string) (string, string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	e := &environ{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errOut, getenv: func(k string) string { return env[k] },
		tuneFeeds: func(o *feed.Options) { o.Store = noPolls{o.Store} }}
	code := run(context.Background(), e, args)
	return out.String(), errOut.String(), code
}

// noPolls is a feed store with no source ever due: the transcripts'
// subscriptions are listed as never checked however slow the machine, and
// nothing is fetched (TestChatSubscriptionDelivers tests polling).
type noPolls struct{ feed.Store }

func (noPolls) DueSources(context.Context, time.Time, int) ([]feed.Source, error) { return nil, nil }

// TestChatTranscripts drives scripted chat sessions end to end and compares
// the transcripts with testdata/chat/NAME.golden (go test -update rewrites
// them).
func TestChatTranscripts(t *testing.T) {
	scripts, err := filepath.Glob("testdata/chat/*.in")
	if err != nil || len(scripts) == 0 {
		t.Fatalf("no scripts: %v", err)
	}
	for _, in := range scripts {
		name := strings.TrimSuffix(filepath.Base(in), ".in")
		t.Run(name, func(t *testing.T) {
			script, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			out, errOut, code := chat(t, []string{"chat", "--echo"}, string(script), nil)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			golden := strings.TrimSuffix(in, ".in") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if out != string(want) {
				t.Errorf("transcript differs from %s (go test -update rewrites it):\n%s", golden, diffLines(string(want), out))
			}
		})
	}
}

// diffLines shows the first line where got and want differ.
func diffLines(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return "line " + itoa(i+1) + ":\n  got  " + gl + "\n  want " + wl
		}
	}
	return ""
}

func itoa(n int) string {
	var b []byte
	for ; n > 0 || len(b) == 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

func TestChatNoArguments(t *testing.T) {
	out, errOut, code := chat(t, nil, "facts\n", nil)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.HasPrefix(out, "Port Alder council approves") {
		t.Errorf("briefly with no arguments: got %q, want the example's summary first", out)
	}
	if strings.Contains(out, "> ") {
		t.Errorf("a prompt was shown although stdin is not a terminal: %q", out)
	}
}

func TestChatFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.txt")
	text := "Harbor tolls\n" + strings.Repeat("The harbor commission raised tolls by 5% on Friday, citing repair costs. ", 8)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := chat(t, []string{"chat", path}, "", nil)
	if code != 0 || !strings.HasPrefix(out, "Harbor tolls\nThe harbor commission") {
		t.Errorf("chat FILE: exit %d, out %q, err %q", code, out, errOut)
	}
	for _, tt := range []struct {
		name string
		args []string
		code int
	}{
		{"missing file", []string{"chat", filepath.Join(t.TempDir(), "nope.txt")}, 1},
		{"two articles", []string{"chat", path, path}, 2},
		{"stdin article", []string{"chat", "-"}, 2},
		{"bad flag", []string{"--nope"}, 2},
	} {
		if _, _, code := chat(t, tt.args, "", nil); code != tt.code {
			t.Errorf("%s: exit %d, want %d", tt.name, code, tt.code)
		}
	}
}

// TestChatDatabase checks that with BRIEFLY_DB (or --db) the conversation
// survives to the next run, and that without it nothing is written.
func TestChatDatabase(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "briefly.db")
	env := map[string]string{"BRIEFLY_DB": db}
	if _, errOut, code := chat(t, nil, "subscribe https://news.example/feed\n", env); code != 0 {
		t.Fatalf("first run: exit %d: %s", code, errOut)
	}
	out, _, _ := chat(t, []string{"--db", db}, "subscriptions\n", nil)
	if !strings.Contains(out, "https://news.example/feed") {
		t.Errorf("second run with --db: got %q, want the subscription", out)
	}
	t.Chdir(t.TempDir())
	chat(t, nil, "subscribe https://news.example/feed\n", map[string]string{"HOME": dir})
	if entries, _ := os.ReadDir("."); len(entries) != 0 {
		t.Errorf("an in-memory chat wrote %d files", len(entries))
	}
}

// TestChatURL reads the opening article from a page on a loopback server
// through the safe fetcher.
func TestChatURL(t *testing.T) {
	var page strings.Builder
	page.WriteString("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Buses saved | Port Alder Ledger</title>" +
		"<meta property=\"og:title\" content=\"Council keeps the buses running\"></head><body><article>")
	for _, p := range strings.Split(strings.TrimSpace(example.Article), "\n")[1:] {
		page.WriteString("<p>" + html.EscapeString(p) + "</p>\n")
	}
	page.WriteString("</article></body></html>")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, page.String())
	}))
	defer srv.Close()
	env := map[string]string{"BRIEFLY_ALLOW_PRIVATE": "1"}
	out, errOut, code := chat(t, []string{"chat", srv.URL + "/buses"}, "summary 1\n", env)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.HasPrefix(out, "Council keeps the buses running\n") || !strings.Contains(out, "Source: "+srv.URL+"/buses") {
		t.Errorf("chat URL: got %q, want the page's title and its address", out)
	}
	if out, _, _ := chat(t, []string{"chat", srv.URL + "/buses"}, "", nil); !strings.Contains(out, "private or local") {
		t.Errorf("without BRIEFLY_ALLOW_PRIVATE: got %q, want the fetcher's refusal", out)
	}
}
