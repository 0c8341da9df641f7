package slackadapter_test

import (
	"fmt"

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
