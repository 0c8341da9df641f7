package bot_test

import (
	"context"
	"fmt"

	"github.com/briefly-bot/briefly/bot"
	"github.com/briefly-bot/briefly/bot/example"
	"github.com/briefly-bot/briefly/bot/sqlite"
)

func ExampleBot_Handle() {
	ctx := context.Background()
	store, err := sqlite.Open(ctx, sqlite.Memory)
	if err != nil {
		panic(err)
	}
	defer store.Close()
	b, err := bot.New(bot.Options{Store: store})
	if err != nil {
		panic(err)
	}
	m := bot.Message{Platform: "terminal", Channel: "demo", User: "you", Text: example.Article}
	replies, _ := b.Handle(ctx, m)
	fmt.Println(replies[0].Title)

	m.Text = "subscriptions"
	replies, _ = b.Handle(ctx, m)
	fmt.Println(replies[0].Paragraphs[0])
	// Output:
	// Port Alder council approves $48.2 million plan to keep buses running
	// This channel has no subscriptions. subscribe URL adds one.
}
