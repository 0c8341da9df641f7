package main

import (
	"context"

	"github.com/briefly-bot/briefly/bot"
	"github.com/briefly-bot/briefly/config"
	"github.com/briefly-bot/briefly/fetch"
)

// pageFetcher lets the bot read links through the safe fetcher; a
// *fetch.Error's UserMessage is what the chat user sees.
type pageFetcher struct{ c *fetch.Client }

func (f pageFetcher) Fetch(ctx context.Context, url string) (bot.Page, error) {
	p, err := f.c.Fetch(ctx, url)
	if err != nil {
		return bot.Page{}, err
	}
	return bot.Page{URL: p.URL, CanonicalURL: p.CanonicalURL, Title: p.Title, Author: p.Author, Published: p.Published, Text: p.Text}, nil
}

// chatFetcher is how the terminal chat reads links: the configuration's
// fetch settings (BRIEFLY_CONFIG, BRIEFLY_FETCH_*).
func chatFetcher(env *environ) (bot.Fetcher, error) {
	cfg, err := config.Load("", env.getenv)
	if err != nil {
		return nil, err
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	return pageFetcher{newFetcher(env, cfg)}, nil
}
