package main

import (
	"errors"
	"slices"
	"testing"
)

func TestParseFlags(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		wantPos  []string
		wantJSON bool
		wantErr  bool
	}{
		{"flags first", []string{"--json", "a.txt", "q"}, []string{"a.txt", "q"}, true, false},
		{"flags last", []string{"a.txt", "q", "--json"}, []string{"a.txt", "q"}, true, false},
		{"flags between", []string{"a.txt", "--json", "q"}, []string{"a.txt", "q"}, true, false},
		{"stdin dash", []string{"-", "q"}, []string{"-", "q"}, false, false},
		{"double dash", []string{"--", "--json"}, []string{"--json"}, false, false},
		{"unknown flag", []string{"--nope"}, nil, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := newFlags("test", discard{})
			js := fs.Bool("json", false, "")
			pos, err := parseFlags(fs, tt.args)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, want error %v", err, tt.wantErr)
			}
			if err != nil {
				if !errors.Is(err, errUsage) {
					t.Errorf("err = %v, want a usage error", err)
				}
				return
			}
			if !slices.Equal(pos, tt.wantPos) {
				t.Errorf("positional = %q, want %q", pos, tt.wantPos)
			}
			if *js != tt.wantJSON {
				t.Errorf("json = %v, want %v", *js, tt.wantJSON)
			}
		})
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
