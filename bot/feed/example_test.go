package feed_test

import (
	"fmt"
	"time"

	"github.com/briefly-bot/briefly/bot/feed"
)

func ExampleNormalizeLink() {
	fmt.Println(feed.NormalizeLink("HTTPS://News.Example:443/story?id=7&utm_source=rss&fbclid=x#top"))
	// Output: https://news.example/story?id=7
}

func ExampleItemKey() {
	fmt.Println(feed.ItemKey("", "https://news.example/a?utm_medium=email", "Title", time.Time{}))
	// Output: link:https://news.example/a
}
