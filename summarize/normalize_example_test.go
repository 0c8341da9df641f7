package summarize_test

import (
	"fmt"

	"github.com/briefly-bot/briefly/summarize"
)

func ExampleNormalize() {
	text, rep := summarize.Normalize("TAIPEI, Taiwan (AP) 鈥 The diplomats 鈥渄iscussed鈥 China鈥檚 concerns&nbsp;&amp; more.")
	fmt.Println(text)
	fmt.Println(rep)
	// Output:
	// TAIPEI, Taiwan (AP) — The diplomats “discussed” China’s concerns & more.
	// undid gbk: 4 characters changed (2 guessed); 2 HTML entities decoded; 1 odd space made plain
}
