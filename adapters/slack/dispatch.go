package slackadapter

import (
	"context"
	"time"

	"github.com/briefly-bot/briefly/bot"
)

// request is one thing a user asked, from any entry point, with where its
// answer goes.
type request struct {
	kind string // "command", "mention", "dm" or "shortcut", for the log
	msg  bot.Message
	to   target
}

// target is where replies go: a channel (and thread), or a response_url
// (slash commands and shortcuts), and the user for ephemeral replies.
type target struct {
	channel     string
	thread      string // thread_ts to reply in, "" for the channel
	user        string
	responseURL string
	direct      bool // a DM: only the user sees it anyway, so nothing is ephemeral
}

// dispatch answers r in the background, after the caller has acknowledged
// Slack's envelope or request. It holds a worker slot while it runs.
func (a *Adapter) dispatch(ctx context.Context, h bot.Handler, r request) {
	a.work.Add(1)
	go func() {
		defer a.work.Done()
		// Finish answering after shutdown begins; Run waits a little.
		ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Minute)
		defer cancel()
		select {
		case a.sem <- struct{}{}:
		case <-ctx.Done():
			return
		}
		defer func() { <-a.sem }()
		a.answer(ctx, h, r)
	}()
}

// answer runs the handler and posts its replies. When the handler is slow (a
// link being fetched) a placeholder is posted first and then replaced by the
// first reply.
func (a *Adapter) answer(ctx context.Context, h bot.Handler, r request) {
	start := time.Now()
	if needsManage(r.msg.Text) {
		if !a.mayManage(ctx, r.msg.User) {
			if _, err := a.post(ctx, r.to, plainMessage(notAllowed), true); err != nil {
				a.log.Error("post permission notice", "channel", r.to.channel, "err", err)
			}
			return
		}
		r.msg.Perms.ManageSubscriptions = true
	}
	type result struct {
		replies []bot.Reply
		err     error
	}
	done := make(chan result, 1)
	go func() {
		replies, err := h.Handle(ctx, r.msg)
		done <- result{replies, err}
	}()
	var res result
	placeholder := ""
	timer := time.NewTimer(a.opt.PlaceholderAfter)
	select {
	case res = <-done:
		timer.Stop()
	case <-timer.C:
		ts, err := a.post(ctx, r.to, plainMessage("Reading… I'll update this message when I'm done."), false)
		if err != nil {
			a.log.Warn("post placeholder", "channel", r.to.channel, "err", err)
		}
		placeholder = ts
		res = <-done
	}
	if res.err != nil {
		a.log.Error("handle", "kind", r.kind, "channel", r.msg.Channel, "err", res.err)
	}
	uses := 0
	if placeholder == responseURLTS {
		uses = 1
	}
	for _, rep := range res.replies {
		for _, m := range Render(rep) {
			if r.to.responseURL != "" {
				// A response_url takes 5 messages (the placeholder and its
				// update count); post the rest directly.
				if uses++; uses > maxResponseURLUses {
					r.to.responseURL = ""
				}
			}
			var err error
			switch {
			case placeholder != "" && !rep.Ephemeral:
				err = a.update(ctx, r.to, placeholder, m)
				placeholder = ""
			default:
				_, err = a.post(ctx, r.to, m, rep.Ephemeral)
			}
			if err != nil {
				a.log.Error("post reply", "kind", r.kind, "channel", r.to.channel, "err", err)
				return
			}
		}
	}
	if placeholder != "" {
		if err := a.remove(ctx, r.to, placeholder); err != nil {
			a.log.Warn("delete placeholder", "channel", r.to.channel, "err", err)
		}
	}
	a.log.Debug("answered", "kind", r.kind, "channel", r.msg.Channel, "replies", len(res.replies), "took", time.Since(start))
}

// maxResponseURLUses is how many messages Slack takes through one
// response_url (within 30 minutes).
const maxResponseURLUses = 5

// notAllowed is the ephemeral answer to subscribe and unsubscribe from
// other users.
const notAllowed = "Only workspace admins and owners, and the users listed in briefly's configuration (SLACK_ADMINS), can subscribe or unsubscribe this channel. Ask one of them, or use subscriptions to see what it follows."

// needsManage reports whether text is a command that needs permission to
// manage subscriptions, so that users.info is asked only then.
func needsManage(text string) bool {
	cmds := bot.Commands()
	inv, ok, _ := bot.ParseCommand(cmds, text)
	if !ok {
		return false
	}
	for _, c := range cmds {
		if c.Name == inv.Command {
			return c.Manage
		}
	}
	return false
}

// mayManage reports whether user may subscribe and unsubscribe: a user
// listed in the configuration, or a workspace admin or owner.
func (a *Adapter) mayManage(ctx context.Context, user string) bool {
	if a.admins[user] {
		return true
	}
	if ok, cached := a.perms.get(user); cached {
		return ok
	}
	var ok bool
	err := a.retry(ctx, func() error {
		u, err := a.api.GetUserInfoContext(ctx, user)
		if err == nil {
			ok = u.IsAdmin || u.IsOwner || u.IsPrimaryOwner
		}
		return err
	})
	if err != nil {
		a.log.Warn("users.info", "user", user, "err", err)
		return false
	}
	a.perms.put(user, ok)
	return ok
}
