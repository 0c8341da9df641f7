package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net/url"

	slackadapter "github.com/briefly-bot/briefly/adapters/slack"
	"github.com/briefly-bot/briefly/bot"
	"github.com/briefly-bot/briefly/config"
)

// addSlackFlags registers briefly serve's Slack flags and returns the HTTP
// mode address flag's value.
func addSlackFlags(fs *flag.FlagSet) *string {
	return fs.String("slack-http", "", "serve Slack's Events API, slash commands and interactivity on `addr` such as :8080 (HTTP mode; needs SLACK_SIGNING_SECRET; default $SLACK_HTTP_ADDR, else Socket Mode)")
}

// slackAdapters returns the Slack adapter when the configuration sets up
// Slack (any Slack token or secret), nil when it does not. httpAddr
// (--slack-http) overrides slack.http_addr and chooses HTTP mode.
func slackAdapters(cfg config.Config, logger *slog.Logger, httpAddr string) ([]bot.Adapter, error) {
	s := cfg.Slack
	if !s.BotToken.IsSet() && !s.AppToken.IsSet() && !s.SigningSecret.IsSet() {
		if httpAddr != "" {
			return nil, fmt.Errorf("%w: --slack-http needs SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET", errUsage)
		}
		return nil, nil
	}
	if httpAddr == "" {
		httpAddr = s.HTTPAddr
	}
	a, err := slackadapter.New(slackadapter.Options{
		BotToken:      s.BotToken.Reveal(),
		AppToken:      s.AppToken.Reveal(),
		SigningSecret: s.SigningSecret.Reveal(),
		HTTPAddr:      httpAddr,
		APIURL:        s.APIURL,
		Admins:        s.Admins,
		Logger:        logger,
	})
	if err != nil {
		return nil, err
	}
	return []bot.Adapter{a}, nil
}

// runSlackManifest is "briefly slack-manifest [--request-url URL] [--name
// NAME]": it prints the Slack app manifest made from the command table.
func runSlackManifest(ctx context.Context, env *environ, args []string) error {
	fs := newFlags("slack-manifest", env.stderr)
	reqURL := fs.String("request-url", "", "HTTP mode: the public https `base` URL that reaches briefly serve --slack-http (default: a Socket Mode manifest)")
	name := fs.String("name", "briefly", "the app's `name`, also the slash command (/NAME)")
	fs.Usage = func() {
		fmt.Fprintln(env.stderr, "usage: briefly slack-manifest [--request-url URL] [--name NAME] > slack-manifest.yml")
		fmt.Fprintln(env.stderr, "Print the Slack app manifest (paste it at api.slack.com/apps → Create New App → From a manifest).")
		fs.PrintDefaults()
	}
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, pos[0])
	}
	if *reqURL != "" {
		u, err := url.Parse(*reqURL)
		if err != nil || u.Scheme != "https" && u.Scheme != "http" || u.Host == "" {
			return fmt.Errorf("%w: --request-url wants a URL such as https://briefly.example.com, got %q", errUsage, *reqURL)
		}
	}
	if *name == "" {
		return errors.New("--name must not be empty")
	}
	_, err = env.stdout.Write(slackadapter.Manifest(bot.Commands(), slackadapter.ManifestOptions{Name: *name, RequestURL: *reqURL}))
	return err
}
