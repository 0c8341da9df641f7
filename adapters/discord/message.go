package discord

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/briefly-bot/briefly/bot"
)

// administrator is Discord's ADMINISTRATOR permission bit.
const administrator = int64(1) << 3

// message answers a mention of the bot in a guild channel, or any direct
// message, in the same channel.
func (a *Adapter) message(ctx context.Context, h bot.Handler, m *discordgo.Message) {
	me := a.BotID()
	if m.Author == nil || m.Author.Bot || me == "" || m.Author.ID == me {
		return
	}
	dm := m.GuildID == ""
	text, mentioned := stripMention(m.Content, me)
	if !mentioned {
		for _, u := range m.Mentions {
			mentioned = mentioned || u.ID == me
		}
	}
	if !dm && !mentioned {
		return
	}
	msg := bot.Message{Platform: Platform, Channel: m.ChannelID, User: m.Author.ID, Text: text}
	if inv, ok, _ := bot.ParseCommand(a.cmds, text); ok && a.manages(inv.Command) {
		msg.Perms.ManageSubscriptions = dm || a.authorMayManage(ctx, m)
	}
	if dm {
		msg.Perms.ManageSubscriptions = true
	}
	if strings.TrimSpace(text) == "" {
		msg.Text = "help"
	}
	typing := make(chan struct{})
	go func() {
		if err := a.s.ChannelTyping(m.ChannelID, discordgo.WithContext(ctx)); err != nil {
			a.log.Debug("typing", "channel", m.ChannelID, "err", err)
		}
		close(typing)
	}()
	replies, err := h.Handle(ctx, msg)
	if err != nil {
		a.log.Error("handle", "channel", m.ChannelID, "err", err)
	}
	<-typing
	for n, p := range render(replies) {
		// A reply to the user's message; the nonce makes a retried post
		// return the first one instead of posting twice.
		nonce := nonceFor(m.ID, n)
		ref := ""
		if n == 0 {
			ref = m.ID
		}
		if _, err := a.post(ctx, m.ChannelID, p, nonce, ref); err != nil {
			a.log.Warn("reply", "channel", m.ChannelID, "guild", m.GuildID, "err", err)
			return
		}
	}
}

// mentionRE matches a user mention, <@ID> or <@!ID>, and the spaces after it.
var mentionRE = regexp.MustCompile(`<@!?([0-9]+)>[ \t]*`)

// stripMention removes mentions of the user id from text, keeping its line
// breaks (an article pasted with a mention keeps its paragraphs), and
// reports whether there was one.
func stripMention(text, id string) (string, bool) {
	found := false
	for {
		again := false
		text = mentionRE.ReplaceAllStringFunc(text, func(s string) string {
			if mentionRE.FindStringSubmatch(s)[1] == id {
				found, again = true, true
				return ""
			}
			return s
		})
		if !again {
			break
		}
	}
	return strings.TrimSpace(text), found
}

// manages reports whether the command needs permission to manage
// subscriptions.
func (a *Adapter) manages(name string) bool {
	for _, c := range a.cmds {
		if c.Name == name {
			return c.Manage
		}
	}
	return false
}

// memberMayManage reports whether an interaction's member has Manage
// Channels (Discord computes it for the channel) or the manager role. In
// a DM there is no member, and the user manages their own DM.
func (a *Adapter) memberMayManage(ctx context.Context, guildID string, m *discordgo.Member) bool {
	if m == nil {
		return guildID == ""
	}
	if m.Permissions&(manageChannels|administrator) != 0 {
		return true
	}
	return a.hasManagerRole(ctx, guildID, m.Roles)
}

// authorMayManage decides the same for a message's author, from the
// gateway's state of the guild (roles and channel overwrites).
func (a *Adapter) authorMayManage(ctx context.Context, m *discordgo.Message) bool {
	if m.Member == nil {
		return false
	}
	if perms, err := a.s.State.MessagePermissions(m); err == nil && perms&(manageChannels|administrator) != 0 {
		return true
	} else if err != nil {
		a.log.Debug("message permissions", "guild", m.GuildID, "err", err)
	}
	return a.hasManagerRole(ctx, m.GuildID, m.Member.Roles)
}

// hasManagerRole reports whether roles hold the configured manager role,
// named by ID or by name.
func (a *Adapter) hasManagerRole(ctx context.Context, guildID string, roles []string) bool {
	want := a.opt.ManagerRole
	if want == "" || guildID == "" {
		return false
	}
	for _, r := range roles {
		if r == want {
			return true
		}
	}
	var all []*discordgo.Role
	if g, err := a.s.State.Guild(guildID); err == nil {
		all = g.Roles
	} else {
		rs, err := a.s.GuildRoles(guildID, discordgo.WithContext(ctx))
		if err != nil {
			a.log.Warn("guild roles", "guild", guildID, "err", err)
			return false
		}
		all = rs
	}
	for _, role := range all {
		if strings.EqualFold(role.Name, want) {
			for _, r := range roles {
				if r == role.ID {
					return true
				}
			}
		}
	}
	return false
}

// nonceFor is the nonce of the n-th message answering message id: at most
// 25 characters, as Discord allows.
func nonceFor(id string, n int) string {
	s := "b" + strconv.Itoa(n) + "-" + id
	if len(s) > 25 {
		s = s[:25]
	}
	return s
}

// outMessage is a create-message body: discordgo's MessageSend has no
// nonce fields, so briefly sends its own.
type outMessage struct {
	Content          string                            `json:"content,omitempty"`
	Embeds           []*discordgo.MessageEmbed         `json:"embeds,omitempty"`
	AllowedMentions  *discordgo.MessageAllowedMentions `json:"allowed_mentions"`
	Nonce            string                            `json:"nonce,omitempty"`
	EnforceNonce     bool                              `json:"enforce_nonce,omitempty"`
	MessageReference *messageReference                 `json:"message_reference,omitempty"`
}

type messageReference struct {
	MessageID       string `json:"message_id"`
	FailIfNotExists bool   `json:"fail_if_not_exists"`
}

// post creates one message in a channel and returns Discord's answer, the
// message; ref, when set, makes it a reply to that message.
func (a *Adapter) post(ctx context.Context, channel string, p part, nonce, ref string) ([]byte, error) {
	body := outMessage{Content: p.Content, Embeds: p.Embeds, AllowedMentions: allowNone(), Nonce: nonce, EnforceNonce: nonce != ""}
	if ref != "" {
		body.MessageReference = &messageReference{MessageID: ref}
	}
	endpoint := discordgo.EndpointChannelMessages(channel)
	resp, err := a.s.RequestWithBucketID("POST", endpoint, body, endpoint, discordgo.WithContext(ctx))
	if err != nil {
		if channelGone(err) {
			return nil, fmt.Errorf("discord: post message to %s: %w: %w", channel, bot.ErrChannelGone, err)
		}
		return nil, fmt.Errorf("discord: post message: %w", err)
	}
	return resp, nil
}
