package main

import (
	"context"
	"fmt"

	"golang.org/x/sync/errgroup"

	"github.com/briefly-bot/briefly/adapters/terminal"
	"github.com/briefly-bot/briefly/bot/feed"

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

// chatConfig is the configuration the terminal chat reads links and feeds
// with: the fetch and feeds settings of BRIEFLY_CONFIG and the environment
// (BRIEFLY_FETCH_*, BRIEFLY_ALLOW_PRIVATE, BRIEFLY_FEED_*).
func chatConfig(env *environ) (config.Config, error) {
	cfg, err := config.Load("", env.getenv)
	if err != nil {
		return cfg, err
	}
	return cfg, cfg.Validate()
}

// runChatFeeds runs the chat and the subscription service beside it until
// the chat ends (or ctx does), then stops the service.
func runChatFeeds(ctx context.Context, t *terminal.Adapter, b *bot.Bot, feeds *feed.Service) error {
	ctx, endChat := context.WithCancel(ctx)
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error {
		defer endChat()
		return t.Run(gctx, b)
	})
	g.Go(func() error {
		if err := feeds.Run(gctx); err != nil {
			return fmt.Errorf("feeds: %w", err)
		}
		return nil
	})
	return g.Wait()
}
