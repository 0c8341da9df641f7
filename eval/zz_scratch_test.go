package eval

import (
	"fmt"
	"os"
	"testing"

	"github.com/briefly-bot/briefly/summarize"
)

func TestScratchArticles(t *testing.T) {
	if os.Getenv("SCRATCH") == "" {
		t.Skip()
	}
	arts, _ := LoadMojibakeArticles(Need(t, "mojibake/articles-dev.jsonl"))
	for _, a := range arts {
		if os.Getenv("CODEC") != "" && a.Codec != os.Getenv("CODEC") {
			continue
		}
		got, _ := summarize.Normalize(a.Corrupted)
		g, w := []rune(Canonical(got)), []rune(Canonical(a.Original))
		shown := 0
		for i, j := 0, 0; i < len(g) && j < len(w) && shown < 30; {
			if g[i] == w[j] {
				i++
				j++
				continue
			}
			// skip traceless losses: want has a char not in got
			if w[j] == '’' || w[j] == '‘' || w[j] == '“' || w[j] == '”' || w[j] == '–' || w[j] == '—' || w[j] == '\u00a0' || w[j] == ' ' || w[j] == '…' {
				j++
				continue
			}
			fmt.Printf("%s %s\n  got:  %q\n  want: %q\n", a.Codec, a.ID[:14], string(g[max(0, i-30):min(len(g), i+30)]), string(w[max(0, j-30):min(len(w), j+30)]))
			shown++
			for i < len(g) && g[i] != '\n' {
				i++
			}
			for j < len(w) && w[j] != '\n' {
				j++
			}
		}
	}
}
