package discord_test

import (
	"context"
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

// Post sends a reply to a channel, for example a feed item; the same nonce
// on a retry returns the message already posted instead of posting twice.
func ExampleAdapter_Post() {
	a, err := discord.New(discord.Options{Token: os.Getenv("DISCORD_TOKEN"), AppID: os.Getenv("DISCORD_APP_ID")})
	if err != nil {
		return
	}
	item := bot.Reply{Title: "Council approves bus plan", Paragraphs: []string{"The council voted 6-3."}, Source: "https://news.example/buses"}
	_ = a.Post(context.Background(), "123456789012345678", item, "feed-k3x9tq-1")
}
