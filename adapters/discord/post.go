package discord

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/briefly-bot/briefly/bot"
)

var _ bot.Poster = (*Adapter)(nil)

// Post sends a reply to a channel as one or more messages, with no mentions
// allowed: a subscription's item or notice. key (at most 22 characters; ""
// for none; bot/feed's keys are 20) is sent as each message's nonce with
// enforce_nonce, so a retried Post within Discord's window (a few minutes)
// gets the messages already posted back instead of posting them again. The
// receipt is the first message's. platform is not looked at: a Poster
// serves one platform, and feed.Posters routes to it.
//
// An error wraps bot.ErrChannelGone when the channel is unknown (10003, or
// a 404) or the bot may no longer post in it (50001 Missing Access, 50013
// Missing Permissions); any other error is worth a retry.
func (a *Adapter) Post(ctx context.Context, platform, channel string, r bot.Reply, key string) (bot.PostReceipt, error) {
	var rc bot.PostReceipt
	for n, p := range render([]bot.Reply{r}) {
		pn := ""
		if key != "" {
			pn = nonceFor(key, n)
		}
		resp, err := a.post(ctx, channel, p, pn, "")
		if err != nil {
			return rc, err
		}
		if n == 0 {
			rc = receipt(resp)
		}
	}
	return rc, nil
}

// receipt reads the message ID and time from a created message.
func receipt(resp []byte) bot.PostReceipt {
	var m struct {
		ID        string    `json:"id"`
		Timestamp time.Time `json:"timestamp"`
	}
	if json.Unmarshal(resp, &m) != nil {
		return bot.PostReceipt{}
	}
	return bot.PostReceipt{ID: m.ID, At: m.Timestamp}
}

// Discord's JSON error codes that mean the bot cannot post in a channel
// again without someone's action.
const (
	codeUnknownChannel     = 10003
	codeMissingAccess      = 50001
	codeMissingPermissions = 50013
)

// channelGone reports whether a REST error says the channel is gone or
// closed to the bot.
func channelGone(err error) bool {
	var re *discordgo.RESTError
	if !errors.As(err, &re) {
		return false
	}
	if re.Message != nil {
		switch re.Message.Code {
		case codeUnknownChannel, codeMissingAccess, codeMissingPermissions:
			return true
		}
	}
	return re.Response != nil && re.Response.StatusCode == http.StatusNotFound
}
