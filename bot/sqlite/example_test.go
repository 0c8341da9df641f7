package sqlite_test

import (
	"context"
	"fmt"
	"time"

	"github.com/briefly-bot/briefly/bot"
	"github.com/briefly-bot/briefly/bot/sqlite"
)

func ExampleOpen() {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, sqlite.Memory) // or a file path
	if err != nil {
		fmt.Println(err)
		return
	}
	defer st.Close()
	st.AddSubscription(ctx, &bot.Subscription{ID: "k3x9tq", Platform: "slack", Channel: "C1",
		URL: "https://news.example/feed", Filters: []string{"transit"}, Created: time.Now()})
	subs, _ := st.Subscriptions(ctx, "slack", "C1")
	fmt.Println(subs[0].ID, subs[0].URL, subs[0].Filters)
	// Output: k3x9tq https://news.example/feed [transit]
}
