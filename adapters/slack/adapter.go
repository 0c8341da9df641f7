// Package slackadapter runs briefly on Slack with github.com/slack-go/slack:
// in Socket Mode (a bot token and an app-level token, no public URL) or in
// HTTP mode (a signing secret and a listening address for the Events API,
// slash commands and interactivity). Its entry points are the /briefly
// slash command, app mentions (answered in the mention's thread), direct
// messages and the "Summarize with briefly" message shortcut.
package slackadapter

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/slack-go/slack"
	"golang.org/x/time/rate"

	"github.com/briefly-bot/briefly/bot"
)

// Options configures an Adapter. BotToken is required, and either AppToken
// (Socket Mode) or SigningSecret with HTTPAddr or Listener (HTTP mode). The
// zero value of every other field means its default.
type Options struct {
	BotToken      string // xoxb-
	AppToken      string // xapp-: Socket Mode
	SigningSecret string // HTTP mode: verifies Slack's requests
	// HTTPAddr is the address HTTP mode listens on (":8080"); setting it
	// (or Listener) chooses HTTP mode.
	HTTPAddr string
	Listener net.Listener // HTTP mode on this listener instead of HTTPAddr
	// APIURL is the Web API base, ending in "/"; "" means Slack's.
	APIURL string
	// Admins are user IDs that may manage subscriptions besides the
	// workspace's admins and owners.
	Admins     []string
	Logger     *slog.Logger // nil: no logging
	HTTPClient *http.Client // nil: http.DefaultClient's settings

	PingInterval     time.Duration // Socket Mode: reconnect when Slack sends no ping for this long; 0 means slack-go's 30 s
	PerChannel       rate.Limit    // messages a second in one channel; 0 means 1
	PlaceholderAfter time.Duration // show "Reading…" when an answer takes longer; 0 means 1.5 s
	MaxRetries       int           // retries of a rate-limited (429) call; 0 means 3
	MaxRetryAfter    time.Duration // longest Retry-After honoured; 0 means 2 min
	AdminTTL         time.Duration // how long users.info's answer is kept; 0 means 10 min
	Workers          int           // messages handled at once; 0 means 8
}

// Callback IDs and paths the app manifest names.
const (
	ShortcutCallbackID = "briefly_summarize"
	EventsPath         = "/slack/events"
	CommandsPath       = "/slack/commands"
	InteractivePath    = "/slack/interactive"
)

// Adapter is briefly on Slack; it implements bot.Adapter.
type Adapter struct {
	opt    Options
	log    *slog.Logger
	api    *slack.Client
	admins map[string]bool

	botID string // the bot's user ID, from auth.test

	seen  *seenSet
	perms *adminCache

	mu       sync.Mutex
	limiters map[string]*limiterEntry

	work sync.WaitGroup // messages being handled
	sem  chan struct{}
}

// New checks opt and returns an Adapter; it does not connect yet.
func New(opt Options) (*Adapter, error) {
	if opt.BotToken == "" {
		return nil, errors.New("slack: a bot token (SLACK_BOT_TOKEN, xoxb-) is required")
	}
	httpMode := opt.HTTPAddr != "" || opt.Listener != nil
	switch {
	case httpMode && opt.SigningSecret == "":
		return nil, errors.New("slack: HTTP mode needs the signing secret (SLACK_SIGNING_SECRET)")
	case !httpMode && opt.AppToken == "":
		return nil, errors.New("slack: set SLACK_APP_TOKEN for Socket Mode, or SLACK_SIGNING_SECRET and --slack-http for HTTP mode")
	}
	if opt.APIURL != "" && !strings.HasSuffix(opt.APIURL, "/") {
		return nil, fmt.Errorf("slack: API URL %q must end in /", opt.APIURL)
	}
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	if opt.PerChannel <= 0 {
		opt.PerChannel = 1
	}
	if opt.PlaceholderAfter <= 0 {
		opt.PlaceholderAfter = 1500 * time.Millisecond
	}
	if opt.MaxRetries <= 0 {
		opt.MaxRetries = 3
	}
	if opt.MaxRetryAfter <= 0 {
		opt.MaxRetryAfter = 2 * time.Minute
	}
	if opt.AdminTTL <= 0 {
		opt.AdminTTL = 10 * time.Minute
	}
	if opt.Workers <= 0 {
		opt.Workers = 8
	}
	a := &Adapter{
		opt:      opt,
		log:      opt.Logger.With("platform", "slack"),
		admins:   map[string]bool{},
		seen:     newSeenSet(10000, 30*time.Minute),
		perms:    newAdminCache(4096, opt.AdminTTL),
		limiters: map[string]*limiterEntry{},
		sem:      make(chan struct{}, opt.Workers),
	}
	for _, id := range opt.Admins {
		a.admins[id] = true
	}
	a.api = slack.New(opt.BotToken, a.clientOptions()...)
	return a, nil
}

func (a *Adapter) clientOptions() []slack.Option {
	var o []slack.Option
	if a.opt.APIURL != "" {
		o = append(o, slack.OptionAPIURL(a.opt.APIURL))
	}
	if a.opt.HTTPClient != nil {
		o = append(o, slack.OptionHTTPClient(a.opt.HTTPClient))
	}
	if a.opt.AppToken != "" {
		o = append(o, slack.OptionAppLevelToken(a.opt.AppToken))
	}
	o = append(o, slack.OptionLog(logOutput{a.log}))
	return o
}

// Name is "slack".
func (a *Adapter) Name() string { return "slack" }

// Mode is "http" or "socket".
func (a *Adapter) Mode() string {
	if a.opt.HTTPAddr != "" || a.opt.Listener != nil {
		return "http"
	}
	return "socket"
}

// Run serves Slack until ctx ends, then waits (at most 10 s) for messages
// being answered. It returns an error when the tokens are refused or the
// address cannot be listened on.
func (a *Adapter) Run(ctx context.Context, h bot.Handler) error {
	auth, err := a.api.AuthTestContext(ctx)
	if err != nil {
		return fmt.Errorf("slack: auth.test with the bot token: %w", err)
	}
	a.botID = auth.UserID
	a.log.Info("connected", "mode", a.Mode(), "bot_user", auth.UserID, "team", auth.Team)
	if a.Mode() == "http" {
		err = a.runHTTP(ctx, h)
	} else {
		err = a.runSocket(ctx, h)
	}
	done := make(chan struct{})
	go func() { a.work.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		a.log.Warn("stopped with answers still in progress")
	}
	return err
}

// logOutput sends slack-go's debug lines to the logger.
type logOutput struct{ l *slog.Logger }

func (o logOutput) Output(_ int, s string) error {
	o.l.Debug(strings.TrimSpace(s), "source", "slack-go")
	return nil
}
