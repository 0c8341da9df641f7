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

// loadDocument reads a URL, FILE or stdin ("" or "-") and repairs the text.
// A fetched page is already repaired; Normalize is idempotent, so the text
// goes through it either way.
func loadDocument(ctx context.Context, env *environ, name string) (document, error) {
	raw, page, err := readSource(ctx, env, name)
	if err != nil {
		return document{}, err
	}
	text, _ := summarize.Normalize(raw)
	doc := document{Text: text}
	if page != nil {
		doc.Title = page.Title
		doc.URL = page.CanonicalURL
		if doc.URL == "" {
			doc.URL = page.URL
		}
		doc.Published = page.Published
	}
	return doc, nil
}
