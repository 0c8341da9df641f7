package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestConfigCheck(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.toml")
	bad := filepath.Join(dir, "bad.toml")
	secret := filepath.Join(dir, "secret.toml")
	os.WriteFile(good, []byte("[log]\nformat = \"json\"\n"), 0o600)
	os.WriteFile(bad, []byte("[slack]\napi_url = \"https://slack.com/api\"\n[feeds]\npoll_interval = \"30s\"\n"), 0o600)
	os.WriteFile(secret, []byte("[discord]\ntoken = \"abc\"\n"), 0o600)
	tests := []struct {
		name       string
		args       []string
		env        map[string]string
		wantCode   int
		wantOut    string
		wantErr    string
		notVisible string
	}{
		{"defaults", []string{"config", "check"}, map[string]string{"HOME": "/h"}, 0,
			"config OK (defaults and environment)\ndb = /h/.local/share/briefly/briefly.db", "", ""},
		{"file by flag", []string{"config", "check", "--config", good}, nil, 0, "log.format = json", "", ""},
		{"file by env", []string{"config", "check"}, map[string]string{"BRIEFLY_CONFIG": good}, 0,
			"config OK (" + good + " and environment)", "", ""},
		{"token redacted", []string{"config", "check"}, map[string]string{"DISCORD_TOKEN": "sekrit.token"}, 0,
			"discord.token = (set, [redacted])", "", "sekrit.token"},
		{"faulty fields", []string{"config", "check", "--config", bad}, nil, 1, "",
			"config: slack.api_url: must end in \"/\"\nconfig: feeds.poll_interval: must be at least 2m0s, got 30s\nbriefly config: 2 problems in " + bad, ""},
		{"token in file", []string{"config", "check", "--config", secret}, nil, 1, "",
			"remove discord.token from secret.toml and set DISCORD_TOKEN", ""},
		{"no subcommand", []string{"config"}, nil, 2, "", "briefly config check [--config FILE]", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			env := &environ{stdin: strings.NewReader(""), stdout: &out, stderr: &errOut,
				getenv: func(k string) string { return tt.env[k] }}
			code := run(context.Background(), env, tt.args)
			if code != tt.wantCode {
				t.Errorf("exit code %d, want %d (stderr %q)", code, tt.wantCode, errOut.String())
			}
			if !strings.Contains(out.String(), tt.wantOut) {
				t.Errorf("stdout = %q, want it to contain %q", out.String(), tt.wantOut)
			}
			if !strings.Contains(errOut.String(), tt.wantErr) {
				t.Errorf("stderr = %q, want it to contain %q", errOut.String(), tt.wantErr)
			}
			if tt.notVisible != "" && strings.Contains(out.String()+errOut.String(), tt.notVisible) {
				t.Errorf("output shows %q", tt.notVisible)
			}
		})
	}
}
