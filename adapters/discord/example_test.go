package discord_test

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/briefly-bot/briefly/adapters/discord"
	"github.com/briefly-bot/briefly/bot"
)

// An adapter is built from the bot token (without "Bot ") and the
// application ID; APIURL points it at a REST proxy or a fake Discord. Run
// blocks until its context ends.
func ExampleNew() {
	a, err := discord.New(discord.Options{
		Token:  "MTAw.example.token",
		AppID:  "123456789012345678",
		APIURL: "http://127.0.0.1:8080", // every request goes here, path kept: /api/v9/...
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	var _ bot.Adapter = a // what briefly serve runs
	fmt.Println(a.Name())

	_, err = discord.New(discord.Options{AppID: "123456789012345678"})
	fmt.Println(err)
	// Output:
	// discord
	// discord: no bot token (set DISCORD_TOKEN)
}

// Post sends a reply to a channel, for example a feed item; the same key on
// a retry returns the message already posted instead of posting twice.
func ExampleAdapter_Post() {
	a, err := discord.New(discord.Options{Token: os.Getenv("DISCORD_TOKEN"), AppID: os.Getenv("DISCORD_APP_ID")})
	if err != nil {
		return
	}
	item := bot.Reply{Title: "Council approves bus plan", Paragraphs: []string{"The council voted 6-3."}, Source: "https://news.example/buses"}
	rc, err := a.Post(context.Background(), "discord", "123456789012345678", item, "3f9a0c1d2e4b5a6978c0")
	if errors.Is(err, bot.ErrChannelGone) {
		return // the channel was deleted, or the bot removed from it
	}
	_ = rc.ID // the message's snowflake
}
