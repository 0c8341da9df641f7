module github.com/briefly-bot/briefly

go 1.26

require golang.org/x/text v0.44.0 // indirect
