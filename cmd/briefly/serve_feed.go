package main

import (
	"log/slog"

	"github.com/briefly-bot/briefly/bot"
	"github.com/briefly-bot/briefly/bot/feed"
	"github.com/briefly-bot/briefly/config"
	"github.com/briefly-bot/briefly/fetch"
)

// newFeeds builds the subscription service: it polls through client (the
// configuration's fetch guards) and posts through the Poster of each
// adapter that runs, by platform name. It is also the bot's Previewer.
func newFeeds(env *environ, cfg config.Config, store feed.Store, client *fetch.Client, adapters []bot.Adapter, log *slog.Logger) (*feed.Service, error) {
	posters := feed.Posters{}
	for _, a := range adapters {
		if p, ok := a.(bot.Poster); ok {
			posters[a.Name()] = p
		}
	}
	opt := feed.Options{
		Store:       store,
		Client:      client,
		Poster:      posters,
		Logger:      log.With("component", "feeds"),
		Interval:    cfg.Feeds.PollInterval,
		MaxFailures: cfg.Feeds.MaxFailures,
		MaxItems:    cfg.Feeds.MaxItems,
		MaxAge:      cfg.Feeds.MaxAge,
	}
	if env.tuneFeeds != nil {
		env.tuneFeeds(&opt)
	}
	return feed.New(opt)
}
