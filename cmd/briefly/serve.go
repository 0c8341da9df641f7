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
// configuration sets up (Discord, Slack), until interrupted.
func runServe(ctx context.Context, env *environ, args []string) (err error) {
	fs := newFlags("serve", env.stderr)
	path := fs.String("config", "", "the `file` to read (default $BRIEFLY_CONFIG, else none)")
	discordHTTP := fs.String("discord-http", "", "serve Discord interactions over HTTP on `addr` (such as :8080) instead of the gateway (default $DISCORD_HTTP_ADDR)")
	slackHTTP := addSlackFlags(fs)
	fs.Usage = func() {
		fmt.Fprintln(env.stderr, "usage: briefly serve [--config FILE] [--discord-http ADDR] [--slack-http ADDR]")
		fmt.Fprintln(env.stderr, "Run the bot on every configured platform until interrupted: Discord (DISCORD_TOKEN and DISCORD_APP_ID,")
		fmt.Fprintln(env.stderr, "see docs/discord.md) and Slack (SLACK_BOT_TOKEN with SLACK_APP_TOKEN or SLACK_SIGNING_SECRET, see docs/slack.md).")
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
	adapters, err := platforms(cfg, log, *slackHTTP)
	if err != nil {
		return err
	}
	if len(adapters) == 0 {
		return errors.New("no chat platform is configured: set DISCORD_TOKEN and DISCORD_APP_ID (docs/discord.md), or SLACK_BOT_TOKEN and SLACK_APP_TOKEN (docs/slack.md)")
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
	client := newFetcher(env, cfg)
	feeds, err := newFeeds(env, cfg, store, client, adapters, log)
	if err != nil {
		return err
	}
	b, err := newBot(store, client, feeds, log)
	if err != nil {
		return err
	}
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error {
		if err := feeds.Run(gctx); err != nil {
			return fmt.Errorf("feeds: %w", err)
		}
		return nil
	})
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
// up. Each runs under the same errgroup and stops when its context ends;
// slackHTTP is --slack-http.
func platforms(cfg config.Config, log *slog.Logger, slackHTTP string) ([]bot.Adapter, error) {
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
	slack, err := slackAdapters(cfg, log, slackHTTP)
	if err != nil {
		return nil, err
	}
	return append(out, slack...), nil
}

// newBot builds the bot every platform shares: the store, the safe page
// fetcher and the subscription service's previews.
func newBot(store bot.Store, client *fetch.Client, preview bot.Previewer, log *slog.Logger) (*bot.Bot, error) {
	return bot.New(bot.Options{
		Store:   store,
		Logger:  log.With("component", "bot"),
		Fetcher: pageFetcher{client},
		Preview: preview,
	})
}
