package discord

import (
	"errors"
	"strings"
	"testing"

	"github.com/briefly-bot/briefly/adapters/discord/internal/fakediscord"
	"github.com/briefly-bot/briefly/bot"
)

func TestPostCarriesNonceAndNoMentions(t *testing.T) {
	t.Parallel()
	e := start(t, nil, nil)
	ch := e.fake.Snowflake()
	r := bot.Reply{Title: "New item @everyone", Paragraphs: []string{"text <@&1234>"}, Source: "https://news.example/1"}
	const key = "0123456789abcdef0123"
	var ids []string
	for range 2 {
		rc, err := e.a.Post(e.ctx, "discord", ch, r, key)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, rc.ID)
	}
	got, err := e.fake.WaitRequests(e.ctx, 2, func(r fakediscord.Request) bool { return strings.HasSuffix(r.Path, "/channels/"+ch+"/messages") })
	if err != nil {
		t.Fatal(err)
	}
	a, b := decodeMessage(t, got[0]), decodeMessage(t, got[1])
	if a.Nonce == "" || len(a.Nonce) > 25 || a.Nonce != b.Nonce || !a.EnforceNonce || !b.EnforceNonce {
		t.Errorf("nonces %q and %q (enforce %v, %v): want the same, at most 25 characters, enforced", a.Nonce, b.Nonce, a.EnforceNonce, b.EnforceNonce)
	}
	if !strings.Contains(a.Nonce, key) {
		t.Errorf("nonce %q does not carry the key %q", a.Nonce, key)
	}
	if string(a.AllowedMentions) != `{"parse":[],"replied_user":false}` {
		t.Errorf("allowed_mentions = %s, want none", a.AllowedMentions)
	}
	if ids[0] == "" || ids[0] != ids[1] {
		t.Errorf("receipts %q and %q: a retry with the same key must get the first message back", ids[0], ids[1])
	}
	rc, err := e.a.Post(e.ctx, "discord", ch, r, "ffffffffffffffffffff")
	if err != nil {
		t.Fatal(err)
	}
	if rc.ID == ids[0] {
		t.Errorf("another key got the same message %q, want a new one", rc.ID)
	}
}

func TestPostToAGoneChannel(t *testing.T) {
	t.Parallel()
	e := start(t, nil, nil)
	tests := []struct {
		name         string
		status, code int
		gone         bool
	}{
		{"unknown channel", 404, 10003, true},
		{"missing access", 403, 50001, true},
		{"missing permissions", 403, 50013, true},
		{"plain 404", 404, 0, true},
		{"server error", 500, 0, false},
		{"bad request", 400, 50035, false},
	}
	for _, tc := range tests {
		ch := e.fake.Snowflake()
		e.fake.Gone(ch, tc.status, tc.code)
		_, err := e.a.Post(e.ctx, "discord", ch, bot.Reply{Paragraphs: []string{"hello"}}, "00000000000000000001")
		if err == nil {
			t.Errorf("%s: no error", tc.name)
			continue
		}
		if got := errors.Is(err, bot.ErrChannelGone); got != tc.gone {
			t.Errorf("%s: errors.Is(%v, ErrChannelGone) = %v, want %v", tc.name, err, got, tc.gone)
		}
	}
}
