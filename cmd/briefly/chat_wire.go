package main

import (
	"github.com/briefly-bot/briefly/bot"
	"github.com/briefly-bot/briefly/summarize"
)

// chatFetcher is how the terminal chat reads links.
func chatFetcher() bot.Fetcher { return noFetcher{} }

// chatAnswer is how the bot answers questions.
func chatAnswer() func(*summarize.Analysis, string) bot.Answer { return nil }
