package discord

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/briefly-bot/briefly/bot"
)

// respondFunc sends an interaction's first response: the callback request
// over the gateway, the HTTP response body in HTTP mode.
type respondFunc func(*discordgo.InteractionResponse) error

// maxChoices is the most autocomplete choices Discord shows.
const maxChoices = 25

// interact answers one interaction.
func (a *Adapter) interact(ctx context.Context, h bot.Handler, i *discordgo.Interaction, first respondFunc) {
	var err error
	switch i.Type {
	case discordgo.InteractionPing:
		err = first(&discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong})
	case discordgo.InteractionApplicationCommandAutocomplete:
		err = first(a.autocomplete(ctx, h, i))
	case discordgo.InteractionApplicationCommand:
		err = a.command(ctx, h, i, first)
	default:
		a.log.Debug("ignored interaction", "type", int(i.Type))
		return
	}
	if err != nil {
		a.log.Warn("answer interaction", "id", i.ID, "guild", i.GuildID, "err", err)
	}
}

// command runs a slash or context-menu command. It answers at once when
// the work takes less than DeferAfter, else it defers (at once when a page
// must be fetched) and edits the deferred response when the work is done.
func (a *Adapter) command(ctx context.Context, h bot.Handler, i *discordgo.Interaction, first respondFunc) error {
	data := i.ApplicationCommandData()
	msg := bot.Message{Platform: Platform, Channel: i.ChannelID, User: interactionUser(i), Locale: string(i.Locale)}
	var (
		req     request
		manage  bool
		problem string
	)
	switch data.CommandType {
	case discordgo.MessageApplicationCommand:
		req, problem = a.menuRequest(data)
	default:
		var err error
		if req, err = commandRequest(a.cmds, data); err != nil {
			a.log.Warn("interaction", "err", err)
			problem = "I don't know that command; it may have been removed. Try /help."
		}
		for _, c := range a.cmds {
			if c.Name == data.Name {
				manage = c.Manage
			}
		}
		if a := req.Article; a != "" && !isLink(a) && len(strings.Fields(a)) <= articleWords {
			problem = "That is too short to be an article: paste the whole text, or give its link in url."
		}
	}
	if problem != "" {
		return a.deliver(ctx, i, first, []bot.Reply{{Paragraphs: []string{problem}, Error: true}}, false)
	}

	done := make(chan []bot.Reply, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				a.log.Error("handler panicked", "channel", msg.Channel, "panic", fmt.Sprint(p))
				done <- []bot.Reply{{Paragraphs: []string{"Something went wrong on my side; please try again."}, Error: true}}
			}
		}()
		if manage {
			// May look the manager role up over REST: inside the deadline.
			msg.Perms.ManageSubscriptions = a.memberMayManage(ctx, i.GuildID, i.Member)
		}
		done <- a.work(ctx, h, msg, req)
	}()
	deferred := false
	deferNow := func() error {
		deferred = true
		return first(&discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{AllowedMentions: allowNone()}})
	}
	var replies []bot.Reply
	if isLink(req.Article) {
		if err := deferNow(); err != nil {
			return fmt.Errorf("discord: defer: %w", err)
		}
	} else {
		t := time.NewTimer(a.opt.DeferAfter)
		select {
		case replies = <-done:
			t.Stop()
		case <-t.C:
			if err := deferNow(); err != nil {
				return fmt.Errorf("discord: defer: %w", err)
			}
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		}
	}
	if deferred {
		select {
		case replies = <-done:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return a.deliver(ctx, i, first, replies, deferred)
}

// work reads the request's article, if any, then runs its command.
func (a *Adapter) work(ctx context.Context, h bot.Handler, msg bot.Message, req request) []bot.Reply {
	if req.Article != "" {
		m := msg
		m.Text = req.Article
		if isLink(req.Article) {
			m.Links = []string{req.Article}
		}
		replies, err := h.Handle(ctx, m)
		if err != nil {
			a.log.Error("handle", "channel", msg.Channel, "err", err)
		}
		if !read(replies) {
			return replies
		}
	}
	msg.Text = req.Text
	replies, err := h.Handle(ctx, msg)
	if err != nil {
		a.log.Error("handle", "channel", msg.Channel, "err", err)
	}
	return replies
}

// read reports whether the bot's replies to an article say it was read.
func read(replies []bot.Reply) bool {
	if len(replies) == 0 {
		return false
	}
	for _, r := range replies {
		if r.Error || r.Ephemeral {
			return false
		}
	}
	return true
}

// deliver sends replies as the interaction's response and follow-ups. A
// deferred response is edited; when the answer is only for the asker (an
// error), the public "thinking" message is deleted and the answer follows
// as an ephemeral message.
func (a *Adapter) deliver(ctx context.Context, i *discordgo.Interaction, first respondFunc, replies []bot.Reply, deferred bool) error {
	parts := render(replies)
	if len(parts) == 0 {
		parts = []part{{Content: "I have nothing to say to that. Try /help.", Ephemeral: true}}
	}
	opt := discordgo.WithContext(ctx)
	rest := parts[1:]
	p := parts[0]
	switch {
	case !deferred:
		data := &discordgo.InteractionResponseData{Content: p.Content, Embeds: p.Embeds, AllowedMentions: allowNone()}
		if p.Ephemeral {
			data.Flags = discordgo.MessageFlagsEphemeral
		}
		if err := first(&discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: data}); err != nil {
			return fmt.Errorf("discord: respond: %w", err)
		}
	case p.Ephemeral:
		if err := a.s.InteractionResponseDelete(i, opt); err != nil {
			a.log.Warn("delete deferred response", "id", i.ID, "err", err)
		}
		rest = parts
	default:
		embeds := p.Embeds
		if embeds == nil {
			embeds = []*discordgo.MessageEmbed{}
		}
		edit := &discordgo.WebhookEdit{Content: &p.Content, Embeds: &embeds, AllowedMentions: allowNone()}
		if _, err := a.s.InteractionResponseEdit(i, edit, opt); err != nil {
			return fmt.Errorf("discord: edit deferred response: %w", err)
		}
	}
	for _, p := range rest {
		params := &discordgo.WebhookParams{Content: p.Content, Embeds: p.Embeds, AllowedMentions: allowNone()}
		if p.Ephemeral {
			params.Flags = discordgo.MessageFlagsEphemeral
		}
		if _, err := a.s.FollowupMessageCreate(i, true, params, opt); err != nil {
			return fmt.Errorf("discord: follow-up: %w", err)
		}
	}
	return nil
}

// menuRequest reads the target message of a context-menu command: its
// first link, else its text as the article. problem says why it cannot.
func (a *Adapter) menuRequest(data discordgo.ApplicationCommandInteractionData) (req request, problem string) {
	c, ok := menuCommand(a.cmds, data.Name)
	if !ok {
		return request{}, "I don't know that command; it may have been removed. Try /help."
	}
	var m *discordgo.Message
	if data.Resolved != nil {
		m = data.Resolved.Messages[data.TargetID]
	}
	if m == nil {
		return request{}, "I couldn't see that message."
	}
	text := strings.TrimSpace(m.Content)
	for _, e := range m.Embeds {
		if text == "" && e.URL != "" {
			text = e.URL
		}
	}
	switch {
	case text == "":
		return request{}, "That message has no text I can read (I need the Message Content intent, or the message is only an image)."
	case firstLink(text) != "" && len(strings.Fields(text)) <= articleWords:
		req.Article = firstLink(text)
	case len(strings.Fields(text)) > articleWords:
		req.Article = text
	default:
		return request{}, "That message is too short to be an article: use it on a message with a link or an article's text."
	}
	req.Text = c.Name
	return req, ""
}

// articleWords is how many words the bot reads as an article, whatever
// they say (bot's own threshold).
const articleWords = 40

// firstLink returns the first http or https link in text, "" when none.
func firstLink(text string) string {
	for _, w := range strings.Fields(text) {
		w = strings.Trim(w, "<>()[]\"'.,;!?")
		if isLink(w) && len(w) > len("https://") {
			return w
		}
	}
	return ""
}

// autocomplete offers the channel's subscriptions for /unsubscribe's id.
func (a *Adapter) autocomplete(ctx context.Context, h bot.Handler, i *discordgo.Interaction) *discordgo.InteractionResponse {
	resp := &discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: []*discordgo.ApplicationCommandOptionChoice{}},
	}
	lister, ok := h.(interface {
		Subscriptions(ctx context.Context, platform, channel string) ([]bot.Subscription, error)
	})
	if !ok {
		return resp
	}
	typed := ""
	for _, o := range i.ApplicationCommandData().Options {
		if o.Focused {
			typed, _ = o.Value.(string)
		}
	}
	subs, err := lister.Subscriptions(ctx, Platform, i.ChannelID)
	if err != nil {
		a.log.Warn("autocomplete", "channel", i.ChannelID, "err", err)
		return resp
	}
	typed = strings.ToLower(strings.TrimSpace(typed))
	for _, s := range subs {
		if typed != "" && !strings.Contains(strings.ToLower(s.ID+" "+s.URL), typed) {
			continue
		}
		resp.Data.Choices = append(resp.Data.Choices, &discordgo.ApplicationCommandOptionChoice{
			Name:  truncate(s.ID+" · "+s.URL, 100),
			Value: s.ID,
		})
		if len(resp.Data.Choices) == maxChoices {
			break
		}
	}
	return resp
}

// interactionUser is the ID of who used the interaction.
func interactionUser(i *discordgo.Interaction) string {
	switch {
	case i.Member != nil && i.Member.User != nil:
		return i.Member.User.ID
	case i.User != nil:
		return i.User.ID
	}
	return ""
}
