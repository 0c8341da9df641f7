package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/briefly-bot/briefly/config"
	"github.com/briefly-bot/briefly/fetch"
)

// readSource reads an article from a URL, a file, or stdin ("" or "-"). For
// a URL it also returns the fetched page's metadata; for a file, page is
// nil. A failed fetch is one line saying why, as a chat user would read it.
func readSource(ctx context.Context, env *environ, name string) (text string, page *fetch.Page, err error) {
	if !fetch.IsURL(name) {
		text, err = readInput(env, name)
		return text, nil, err
	}
	cfg, err := config.Load("", env.getenv)
	if err != nil {
		return "", nil, err
	}
	if err := cfg.Validate(); err != nil {
		return "", nil, err
	}
	page, err = newFetcher(env, cfg).Fetch(ctx, name)
	if err != nil {
		var fe *fetch.Error
		if errors.As(err, &fe) {
			return "", nil, fmt.Errorf("%s: %s", name, fe.UserMessage())
		}
		return "", nil, err
	}
	return page.Text, page, nil
}

// newFetcher builds the fetch client from the configuration. It logs to
// stderr only when BRIEFLY_LOG_LEVEL asks for logs, so that a terminal user
// sees the answer and not the fetch log.
func newFetcher(env *environ, cfg config.Config) *fetch.Client {
	var logger *slog.Logger
	if env.getenv("BRIEFLY_LOG_LEVEL") != "" {
		logger = config.NewLogger(env.stderr, cfg.Log).With("component", "fetch")
	}
	return fetch.New(fetch.Options{
		AllowPrivate: cfg.Fetch.AllowPrivate,
		Timeout:      cfg.Fetch.Timeout,
		MaxBytes:     cfg.Fetch.MaxBytes,
		MaxRedirects: cfg.Fetch.MaxRedirects,
		UserAgent:    cfg.Fetch.UserAgent,
		Logger:       logger,
	})
}
