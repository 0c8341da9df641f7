package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"golang.org/x/sync/errgroup"

	"github.com/briefly-bot/briefly/adapters/discord"
	"github.com/briefly-bot/briefly/bot"
	"github.com/briefly-bot/briefly/bot/sqlite"
	"github.com/briefly-bot/briefly/config"
	"github.com/briefly-bot/briefly/fetch"
)

// runServe is "briefly serve": the bot on every chat platform the
// configuration sets up, until interrupted.
func runServe(ctx context.Context, env *environ, args []string) (err error) {
	fs := newFlags("serve", env.stderr)
	path := fs.String("config", "", "the `file` to read (default $BRIEFLY_CONFIG, else none)")
	discordHTTP := fs.String("discord-http", "", "serve Discord interactions over HTTP on `addr` (such as :8080) instead of the gateway (default $DISCORD_HTTP_ADDR)")
	fs.Usage = func() {
		fmt.Fprintln(env.stderr, "usage: briefly serve [--config FILE] [--discord-http ADDR]")
		fmt.Fprintln(env.stderr, "Run the bot on Discord (DISCORD_TOKEN and DISCORD_APP_ID) until interrupted; see docs/discord.md.")
		fs.PrintDefaults()
	}
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, pos[0])
	}
	cfg, err := config.Load(*path, env.getenv)
	if err != nil {
		return err
	}
	if *discordHTTP != "" {
		cfg.Discord.HTTPAddr = *discordHTTP
	}
	if err := cfg.Validate(); err != nil {
		return err
	}
	log := config.NewLogger(env.stderr, cfg.Log)
	adapters, err := platforms(cfg, log)
	if err != nil {
		return err
	}
	if len(adapters) == 0 {
		return errors.New("no chat platform is configured: set DISCORD_TOKEN and DISCORD_APP_ID (see docs/discord.md)")
	}

	store, err := sqlite.Open(ctx, cfg.DB)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := store.Close(); err == nil {
			err = cerr
		}
	}()
	b, err := newBot(env, cfg, store, log)
	if err != nil {
		return err
	}
	g, gctx := errgroup.WithContext(ctx)
	for _, a := range adapters {
		g.Go(func() error {
			log.Info("starting", "platform", a.Name())
			if err := a.Run(gctx, b); err != nil {
				return fmt.Errorf("%s: %w", a.Name(), err)
			}
			log.Info("stopped", "platform", a.Name())
			return nil
		})
	}
	return g.Wait()
}

// platforms builds an adapter for each platform the configuration sets
// up. Each runs under the same errgroup and stops when its context ends.
func platforms(cfg config.Config, log *slog.Logger) ([]bot.Adapter, error) {
	var out []bot.Adapter
	if d := cfg.Discord; d.Token.IsSet() || d.AppID != "" {
		a, err := discord.New(discord.Options{
			Token:       d.Token.Reveal(),
			AppID:       d.AppID,
			GuildID:     d.GuildID,
			APIURL:      d.APIURL,
			ShardID:     d.ShardID,
			ShardCount:  d.ShardCount,
			ManagerRole: d.ManagerRole,
			PublicKey:   d.PublicKey,
			HTTPAddr:    d.HTTPAddr,
			Logger:      log,
		})
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}

// newBot builds the bot every platform shares: the store, the safe page
// fetcher and the question answerer.
func newBot(env *environ, cfg config.Config, store bot.Store, log *slog.Logger) (*bot.Bot, error) {
	return bot.New(bot.Options{
		Store:   store,
		Logger:  log.With("component", "bot"),
		Fetcher: pageFetcher{newFetcher(env, cfg)},
		Answer:  chatAnswer(),
	})
}

// pageFetcher gives the bot pages from the fetch package.
type pageFetcher struct{ c *fetch.Client }

func (f pageFetcher) Fetch(ctx context.Context, url string) (bot.Page, error) {
	p, err := f.c.Fetch(ctx, url)
	if err != nil {
		return bot.Page{}, err
	}
	return bot.Page{URL: p.URL, CanonicalURL: p.CanonicalURL, Title: p.Title, Author: p.Author, Published: p.Published, Text: p.Text}, nil
}
