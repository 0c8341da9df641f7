package main

import (
	"context"
	"time"

	"github.com/briefly-bot/briefly/summarize"
)

// document is an article read from a file, stdin or a URL, already repaired.
type document struct {
	Text      string
	Title     string
	URL       string
	Published time.Time
}

// loadDocument reads FILE, stdin ("" or "-") or a URL and repairs the text.
func loadDocument(ctx context.Context, env *environ, name string) (document, error) {
	raw, err := readInput(env, name)
	if err != nil {
		return document{}, err
	}
	text, _ := summarize.Normalize(raw)
	return document{Text: text}, nil
}
