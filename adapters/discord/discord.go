// Package discord runs briefly on Discord with discordgo: slash commands and
// message context-menu commands generated from the bot's command table,
// answers to mentions and direct messages, over the gateway or an HTTP
// interactions endpoint.
package discord

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"

	"github.com/briefly-bot/briefly/bot"
)

// closeDisallowedIntents is the gateway's close code for a privileged
// intent the application has not enabled.
const closeDisallowedIntents = 4014

// Platform is the bot.Message Platform of Discord messages.
const Platform = "discord"

// Options configures an Adapter. Token and AppID are required.
type Options struct {
	Token   string // the bot token as the developer portal shows it, without "Bot "
	AppID   string // the application ID
	GuildID string // register commands in this guild only (development); "" registers them globally
	// APIURL sends every REST request, the gateway lookup included, to this
	// scheme and host instead of https://discord.com, keeping the path: a
	// REST proxy, or a fake Discord in tests. "" means Discord.
	APIURL     string
	ShardID    int // this process's shard, below ShardCount
	ShardCount int // 0 or 1: no sharding
	// ManagerRole is a role ID or name whose members may subscribe and
	// unsubscribe without Manage Channels.
	ManagerRole string
	// PublicKey is the application's Ed25519 public key in hex; required
	// by the HTTP interactions endpoint.
	PublicKey string
	// HTTPAddr, when set, makes Run serve interactions over HTTP on this
	// address instead of connecting to the gateway.
	HTTPAddr string
	Logger   *slog.Logger // nil: no logging
	// DeferAfter is how long an interaction's work may run before briefly
	// sends a deferred response; 0 means 2s (Discord allows 3s).
	DeferAfter time.Duration
	// Timeout bounds the work on one interaction or message; 0 means 10
	// minutes (an interaction token lasts 15).
	Timeout time.Duration
	Client  *http.Client // nil: a client with a 20s timeout
}

// Adapter connects a bot.Handler to Discord.
type Adapter struct {
	opt  Options
	log  *slog.Logger
	s    *discordgo.Session
	cmds []bot.Command
	wg   sync.WaitGroup
	now  func() time.Time
}

// New returns an Adapter; it does not connect until Run.
func New(opt Options) (*Adapter, error) {
	if opt.Token == "" {
		return nil, errors.New("discord: no bot token (set DISCORD_TOKEN)")
	}
	if opt.AppID == "" {
		return nil, errors.New("discord: no application ID (set DISCORD_APP_ID)")
	}
	if strings.HasPrefix(opt.Token, "Bot ") {
		opt.Token = strings.TrimPrefix(opt.Token, "Bot ")
	}
	if opt.ShardCount > 1 && (opt.ShardID < 0 || opt.ShardID >= opt.ShardCount) {
		return nil, fmt.Errorf("discord: shard %d is not below the shard count %d", opt.ShardID, opt.ShardCount)
	}
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	if opt.DeferAfter <= 0 {
		opt.DeferAfter = 2 * time.Second
	}
	if opt.Timeout <= 0 {
		opt.Timeout = 10 * time.Minute
	}
	s, err := discordgo.New("Bot " + opt.Token)
	if err != nil {
		return nil, fmt.Errorf("discord: %w", err)
	}
	client := opt.Client
	if client == nil {
		client = &http.Client{Timeout: 20 * time.Second}
	}
	if opt.APIURL != "" {
		rw, err := newRewrite(opt.APIURL, client.Transport)
		if err != nil {
			return nil, err
		}
		c := *client
		c.Transport = rw
		client = &c
	}
	s.Client = client
	s.UserAgent = "DiscordBot (https://github.com/briefly-bot/briefly, 1) briefly"
	s.ShouldReconnectOnError = true
	s.ShouldRetryOnRateLimit = true
	s.StateEnabled = true
	s.SyncEvents = false
	if opt.ShardCount > 1 {
		s.ShardID, s.ShardCount = opt.ShardID, opt.ShardCount
	}
	// Guild messages and DMs for mentions; guilds so the state knows roles
	// and channels for permissions; message content (privileged) for the
	// text of mentions. Slash commands need none of them.
	s.Identify.Intents = discordgo.IntentsGuilds | discordgo.IntentsGuildMessages |
		discordgo.IntentsDirectMessages | discordgo.IntentsMessageContent
	a := &Adapter{opt: opt, log: opt.Logger.With("adapter", Platform), s: s, cmds: bot.Commands(), now: time.Now}
	return a, nil
}

// Name is "discord".
func (a *Adapter) Name() string { return Platform }

// Session is the discordgo session, for abilities the adapter does not wrap.
func (a *Adapter) Session() *discordgo.Session { return a.s }

// Run registers the commands, then answers over the gateway (or over HTTP
// when Options.HTTPAddr is set) until ctx ends. It returns nil when ctx
// ends, an error when it cannot start.
func (a *Adapter) Run(ctx context.Context, h bot.Handler) error {
	var endpoint http.Handler
	if a.opt.HTTPAddr != "" {
		var err error
		if endpoint, err = a.InteractionsHandler(ctx, h); err != nil {
			return err
		}
	}
	if err := a.Register(ctx); err != nil {
		return err
	}
	defer a.wg.Wait()
	if endpoint != nil {
		return a.serveHTTP(ctx, endpoint)
	}
	return a.runGateway(ctx, h)
}

// Register overwrites the application's commands with briefly's, in one
// request: globally, or in Options.GuildID.
func (a *Adapter) Register(ctx context.Context) error {
	cmds := applicationCommands(a.cmds)
	if _, err := a.s.ApplicationCommandBulkOverwrite(a.opt.AppID, a.opt.GuildID, cmds, discordgo.WithContext(ctx)); err != nil {
		return fmt.Errorf("discord: register commands: %w", err)
	}
	a.log.Info("registered commands", "count", len(cmds), "guild", a.opt.GuildID)
	return nil
}

// runGateway connects to the gateway and answers its events until ctx ends.
// discordgo reconnects, and resumes the session, when the connection drops.
func (a *Adapter) runGateway(ctx context.Context, h bot.Handler) error {
	remove := []func(){
		a.s.AddHandler(func(_ *discordgo.Session, r *discordgo.Ready) {
			a.log.Info("connected", "user", userName(r.User), "guilds", len(r.Guilds), "shard", a.opt.ShardID)
		}),
		a.s.AddHandler(func(_ *discordgo.Session, _ *discordgo.Resumed) { a.log.Info("resumed") }),
		a.s.AddHandler(func(_ *discordgo.Session, _ *discordgo.Disconnect) { a.log.Warn("disconnected") }),
		a.s.AddHandler(func(_ *discordgo.Session, ic *discordgo.InteractionCreate) {
			a.spawn(ctx, func(ctx context.Context) {
				a.interact(ctx, h, ic.Interaction, func(r *discordgo.InteractionResponse) error {
					return a.s.InteractionRespond(ic.Interaction, r, discordgo.WithContext(ctx))
				})
			})
		}),
		a.s.AddHandler(func(_ *discordgo.Session, mc *discordgo.MessageCreate) {
			a.spawn(ctx, func(ctx context.Context) { a.message(ctx, h, mc.Message) })
		}),
	}
	defer func() {
		for _, f := range remove {
			f()
		}
	}()
	err := a.s.Open()
	var ce *websocket.CloseError
	if errors.As(err, &ce) && ce.Code == closeDisallowedIntents && a.s.Identify.Intents&discordgo.IntentsMessageContent != 0 {
		// Slash commands work without the privileged intent; mentions
		// arrive without their text.
		a.log.Warn("the Message Content intent is not enabled for this application in the Developer Portal; " +
			"slash commands work, but mentions cannot be read (see docs/discord.md)")
		a.s.Identify.Intents &^= discordgo.IntentsMessageContent
		err = a.s.Open()
	}
	if err != nil {
		return fmt.Errorf("discord: connect to the gateway: %w", err)
	}
	<-ctx.Done()
	// No reconnecting after this Close, even if a reconnect loop is running.
	a.s.Lock()
	a.s.ShouldReconnectOnError = false
	a.s.Unlock()
	if err := a.s.Close(); err != nil {
		a.log.Warn("close gateway", "err", err)
	}
	return nil
}

// spawn runs f for one event with its own deadline; a panic is logged, so
// one failing guild or message never stops the rest.
func (a *Adapter) spawn(ctx context.Context, f func(context.Context)) {
	if ctx.Err() != nil {
		return
	}
	a.wg.Add(1)
	go func() {
		defer a.wg.Done()
		defer func() {
			if p := recover(); p != nil {
				a.log.Error("event handler panicked", "panic", fmt.Sprint(p))
			}
		}()
		ctx, cancel := context.WithTimeout(ctx, a.opt.Timeout)
		defer cancel()
		f(ctx)
	}()
}

// BotID is the bot's user ID, known once the gateway sent READY (discordgo
// records it in its state before any handler runs).
func (a *Adapter) BotID() string {
	st := a.s.State
	if st == nil {
		return ""
	}
	st.RLock()
	defer st.RUnlock()
	if st.User == nil {
		return ""
	}
	return st.User.ID
}

func userName(u *discordgo.User) string {
	if u == nil {
		return ""
	}
	return u.Username
}
