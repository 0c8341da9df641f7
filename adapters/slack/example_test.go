package slackadapter_test

import (
	"context"
	"errors"
	"fmt"
	"os"

	slackadapter "github.com/briefly-bot/briefly/adapters/slack"
	"github.com/briefly-bot/briefly/bot"
)

func ExampleEscape() {
	fmt.Println(slackadapter.Escape("Tell <!channel> & <@U123>"))
	// Output: Tell &lt;!channel&gt; &amp; &lt;@U123&gt;
}

func ExampleRender() {
	msgs := slackadapter.Render(bot.Reply{
		Title:      "Council approves river rail line",
		Paragraphs: []string{"The council voted 7-2 to build the line."},
		Quotes:     []bot.QuoteLine{{Text: "We are borrowing money we do not have", Speaker: "Dan Reyes"}},
		Source:     "https://news.example/rail",
	})
	for _, m := range msgs {
		for _, b := range m.Blocks {
			fmt.Println(b.BlockType())
		}
		fmt.Println(m.Text)
	}
	// Output:
	// header
	// section
	// section
	// divider
	// context
	// *Council approves river rail line*
	// The council voted 7-2 to build the line.
	// &gt; “We are borrowing money we do not have” — Dan Reyes
	// Source: https://news.example/rail
}

func ExampleNew() {
	a, err := slackadapter.New(slackadapter.Options{
		BotToken: "xoxb-…",
		AppToken: "xapp-…", // Socket Mode
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Name(), a.Mode())
	// Output: slack socket
}

// Post sends a subscription's item to a channel; an error wrapping
// bot.ErrChannelGone means the channel was archived or the bot removed.
func ExampleAdapter_Post() {
	a, err := slackadapter.New(slackadapter.Options{BotToken: os.Getenv("SLACK_BOT_TOKEN"), AppToken: os.Getenv("SLACK_APP_TOKEN")})
	if err != nil {
		return
	}
	item := bot.Reply{Title: "Council approves river rail line", Paragraphs: []string{"The council voted 7-2."}, Source: "https://news.example/rail"}
	rc, err := a.Post(context.Background(), "slack", "C0123ABCD", item, "3f9a0c1d2e4b5a6978c0")
	if errors.Is(err, bot.ErrChannelGone) {
		return
	}
	_ = rc.ID // the message's ts
}
