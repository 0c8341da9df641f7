package terminal_test

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/briefly-bot/briefly/adapters/terminal"
	"github.com/briefly-bot/briefly/bot"
)

func ExampleRender() {
	r := bot.Reply{
		Title:      "What Okafor said",
		Quotes:     []bot.QuoteLine{{Text: "We bought ourselves time tonight.", Speaker: "Helen Okafor"}},
		Source:     "https://news.example/buses",
		Footnote:   "1 quote",
		Paragraphs: []string{"The mayor spoke after the vote."},
	}
	terminal.Render(os.Stdout, r, 60)
	// Output:
	// What Okafor said
	// The mayor spoke after the vote.
	// > “We bought ourselves time tonight.” — Helen Okafor
	// Source: https://news.example/buses
	// (1 quote)
}

// Post prints a message that answers nothing, such as a subscription's new
// item; the feed service calls it between the user's messages.
func ExampleAdapter_Post() {
	a := terminal.New(strings.NewReader(""), os.Stdout, terminal.Options{})
	item := bot.Reply{Title: "Council approves bus plan", Paragraphs: []string{"The council voted 6-3."},
		Source: "https://news.example/buses", Footnote: "subscription bzd3ye"}
	rc, err := a.Post(context.Background(), "terminal", "terminal", item, "3f9a0c1d2e4b5a6978c0")
	if err != nil {
		return
	}
	fmt.Println(rc.ID)
	// Output:
	// Council approves bus plan
	// The council voted 6-3.
	// Source: https://news.example/buses
	// (subscription bzd3ye)
	//
	// post-1
}
