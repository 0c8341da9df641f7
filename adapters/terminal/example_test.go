package terminal_test

import (
	"os"

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
