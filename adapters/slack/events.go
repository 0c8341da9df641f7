package slackadapter

import (
	"context"
	"strings"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"github.com/briefly-bot/briefly/bot"
)

// onEvent answers an Events API event: an app mention (in the mention's
// thread) or a direct message. Each event is answered once however often
// Slack delivers it: by event_id, and by channel and timestamp (a mention in
// a DM can come both as app_mention and as message.im).
func (a *Adapter) onEvent(ctx context.Context, h bot.Handler, ev slackevents.EventsAPIEvent) {
	var eventID string
	if cb, ok := ev.Data.(*slackevents.EventsAPICallbackEvent); ok {
		eventID = cb.EventID
	}
	switch e := ev.InnerEvent.Data.(type) {
	case *slackevents.AppMentionEvent:
		if e.BotID != "" || e.User == "" || e.User == a.botID {
			return
		}
		if !a.seen.first(key("event", eventID), key("msg", e.Channel, e.TimeStamp)) {
			a.log.Debug("duplicate event", "event_id", eventID)
			return
		}
		// The answer goes in the mention's thread. A mention at the top
		// level speaks to the channel's conversation (as /briefly does), so
		// a thread started by it begins with the article it read.
		thread := e.ThreadTimeStamp
		if thread == "" {
			thread = e.TimeStamp
		}
		text, links := plainText(e.Text, a.botID)
		a.dispatch(ctx, h, request{kind: "mention",
			msg: bot.Message{Platform: "slack", Channel: e.Channel, Thread: e.ThreadTimeStamp, User: e.User, Text: orHelp(text), Links: links},
			to:  target{channel: e.Channel, thread: thread, user: e.User}})
	case *slackevents.MessageEvent:
		if e.ChannelType != "im" || e.SubType != "" || e.BotID != "" || e.User == "" || e.User == a.botID {
			return
		}
		if !a.seen.first(key("event", eventID), key("msg", e.Channel, e.TimeStamp)) {
			a.log.Debug("duplicate event", "event_id", eventID)
			return
		}
		text, links := plainText(e.Text, a.botID)
		a.dispatch(ctx, h, request{kind: "dm",
			msg: bot.Message{Platform: "slack", Channel: e.Channel, Thread: e.ThreadTimeStamp, User: e.User, Text: orHelp(text), Links: links},
			to:  target{channel: e.Channel, thread: e.ThreadTimeStamp, user: e.User, direct: true}})
	}
}

// onSlash answers "/briefly SUBCOMMAND ..." through its response_url, in the
// channel's conversation.
func (a *Adapter) onSlash(ctx context.Context, h bot.Handler, c slack.SlashCommand) {
	text, links := plainText(c.Text, a.botID)
	a.dispatch(ctx, h, request{kind: "command",
		msg: bot.Message{Platform: "slack", Channel: c.ChannelID, User: c.UserID, Text: orHelp(text), Links: links},
		to:  target{channel: c.ChannelID, user: c.UserID, responseURL: c.ResponseURL}})
}

// onInteraction answers the "Summarize with briefly" message shortcut: the
// message's first link, else its text, read in the channel's conversation.
func (a *Adapter) onInteraction(ctx context.Context, h bot.Handler, cb slack.InteractionCallback) {
	if cb.Type != slack.InteractionTypeMessageAction || cb.CallbackID != ShortcutCallbackID {
		a.log.Debug("ignored interaction", "type", cb.Type, "callback_id", cb.CallbackID)
		return
	}
	if !a.seen.first(key("shortcut", cb.TriggerID)) {
		return
	}
	text, links := plainText(cb.Message.Text, a.botID)
	if len(links) > 0 {
		text = links[0]
	}
	to := target{channel: cb.Channel.ID, user: cb.User.ID, responseURL: cb.ResponseURL}
	if strings.TrimSpace(text) == "" {
		a.work.Add(1)
		go func() {
			defer a.work.Done()
			if _, err := a.post(context.WithoutCancel(ctx), to, plainMessage("That message has no link or text for me to read."), true); err != nil {
				a.log.Error("post", "err", err)
			}
		}()
		return
	}
	a.dispatch(ctx, h, request{kind: "shortcut",
		msg: bot.Message{Platform: "slack", Channel: cb.Channel.ID, User: cb.User.ID, Text: text, Links: links},
		to:  to})
}

// orHelp is text, or "help" for an empty mention or command.
func orHelp(text string) string {
	if strings.TrimSpace(text) == "" {
		return "help"
	}
	return text
}

// key joins parts into a seen-set key, "" when the last part is empty.
func key(parts ...string) string {
	if parts[len(parts)-1] == "" {
		return ""
	}
	return strings.Join(parts, ":")
}
