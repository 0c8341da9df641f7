package main

import (
	"bytes"
	"context"
	"flag"
	"io"
	"os"
	"strings"
	"testing"

	slackadapter "github.com/briefly-bot/briefly/adapters/slack"
	"github.com/briefly-bot/briefly/config"
)

func TestSlackAdapters(t *testing.T) {
	for _, tc := range []struct {
		name     string
		env      map[string]string
		httpAddr string
		want     string // "" none, "socket", "http"
		wantErr  string
	}{
		{"not configured", nil, "", "", ""},
		{"socket mode", map[string]string{"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1"}, "", "socket", ""},
		{"http mode by flag", map[string]string{"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s"}, ":8080", "http", ""},
		{"http mode by env", map[string]string{"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s", "SLACK_HTTP_ADDR": ":9090"}, "", "http", ""},
		{"flag beats app token", map[string]string{"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1", "SLACK_SIGNING_SECRET": "s"}, ":8080", "http", ""},
		{"no bot token", map[string]string{"SLACK_APP_TOKEN": "xapp-1"}, "", "", "SLACK_BOT_TOKEN"},
		{"bot token alone", map[string]string{"SLACK_BOT_TOKEN": "xoxb-1"}, "", "", "SLACK_APP_TOKEN"},
		{"http without secret", map[string]string{"SLACK_BOT_TOKEN": "xoxb-1"}, ":8080", "", "SLACK_SIGNING_SECRET"},
		{"flag without slack", nil, ":8080", "", "--slack-http needs"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg, err := config.Load("", func(k string) string { return tc.env[k] })
			if err != nil {
				t.Fatal(err)
			}
			as, err := slackAdapters(cfg, nil, tc.httpAddr)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("got error %v, want one mentioning %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if tc.want == "" {
				if len(as) != 0 {
					t.Errorf("got %d adapters, want none", len(as))
				}
				return
			}
			if len(as) != 1 || as[0].Name() != "slack" {
				t.Fatalf("got %v, want the slack adapter", as)
			}
			if got := as[0].(*slackadapter.Adapter).Mode(); got != tc.want {
				t.Errorf("mode: got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestSlackHTTPFlag(t *testing.T) {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	addr := addSlackFlags(fs)
	if err := fs.Parse([]string{"--slack-http", ":8080"}); err != nil {
		t.Fatal(err)
	}
	if *addr != ":8080" {
		t.Errorf("got %q, want :8080", *addr)
	}
}

// The committed manifest is the generator's output; after changing the
// command table run: go generate ./adapters/slack
func TestSlackManifestUpToDate(t *testing.T) {
	var out, errs bytes.Buffer
	env := &environ{stdin: strings.NewReader(""), stdout: &out, stderr: &errs, getenv: func(string) string { return "" }}
	if code := run(context.Background(), env, []string{"slack-manifest"}); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	committed, err := os.ReadFile("../../slack-manifest.yml")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(committed, out.Bytes()) {
		t.Errorf("slack-manifest.yml is stale; run go generate ./adapters/slack")
	}
}

func TestSlackManifestFlags(t *testing.T) {
	for _, tc := range []struct {
		name     string
		args     []string
		wantCode int
		want     string
	}{
		{"http mode", []string{"slack-manifest", "--request-url", "https://b.example.com/"}, 0, "request_url: https://b.example.com/slack/events"},
		{"renamed", []string{"slack-manifest", "--name", "newsbot"}, 0, `command: "/newsbot"`},
		{"bad url", []string{"slack-manifest", "--request-url", "b.example.com"}, 2, "--request-url wants a URL"},
		{"extra argument", []string{"slack-manifest", "x"}, 2, "unexpected argument"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errs bytes.Buffer
			env := &environ{stdin: strings.NewReader(""), stdout: &out, stderr: &errs, getenv: func(string) string { return "" }}
			code := run(context.Background(), env, tc.args)
			if code != tc.wantCode {
				t.Fatalf("exit %d, want %d: %s", code, tc.wantCode, errs.String())
			}
			if got := out.String() + errs.String(); !strings.Contains(got, tc.want) {
				t.Errorf("output %q lacks %q", got, tc.want)
			}
		})
	}
}
