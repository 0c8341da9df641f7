package eval

import (
	"testing"

	"github.com/briefly-bot/briefly/summarize"
)

// Floors for quote extraction on PolNeAR dev, the figures ExtractQuotes
// reached when they were set (briefly eval quotes --data
// ../shared/eval/quotes/polnear-dev.jsonl). A drop below them fails.
const (
	floorDirectF1             = 94.7
	floorDirectSpeakerAcc     = 87.3
	floorDirectSpeakerNameAcc = 85.9
	floorAllF1                = 66.4
	floorAllRecall            = 51.5
	floorAllSpeakerAcc        = 89.7
)

func TestQuotesPolNeARDev(t *testing.T) {
	exs, err := LoadQuotes(Need(t, "quotes/polnear-dev.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	sc, _ := ScoreQuotes(exs)
	t.Logf("direct P %.1f R %.1f F1 %.1f speaker %.1f; all P %.1f R %.1f F1 %.1f speaker %.1f",
		sc.Direct.P(), sc.Direct.R(), sc.Direct.F1(), sc.Direct.SpeakerAcc(), sc.All.P(), sc.All.R(), sc.All.F1(), sc.All.SpeakerAcc())
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"direct F1", sc.Direct.F1(), floorDirectF1},
		{"direct speaker accuracy", sc.Direct.SpeakerAcc(), floorDirectSpeakerAcc},
		{"direct speaker accuracy by full name", sc.Direct.SpeakerNameAcc(), floorDirectSpeakerNameAcc},
		{"all attributions F1", sc.All.F1(), floorAllF1},
		{"all attributions recall", sc.All.R(), floorAllRecall},
		{"all attributions speaker accuracy", sc.All.SpeakerAcc(), floorAllSpeakerAcc},
	} {
		if c.got < c.want {
			t.Errorf("%s: got %.1f, want at least %.1f", c.name, c.got, c.want)
		}
	}
}

func TestScoreQuotesMatching(t *testing.T) {
	he := "he"
	name := "Mayor Helen Okafor"
	text := "“The bridge is safe,” said Mayor Helen Okafor. She added that it would reopen on Monday, officials said."
	// Gold spans are code-point offsets: “ is one code point but three bytes.
	ex := QuoteExample{ID: "t", Text: text, Quotes: []GoldQuote{
		{Quote: "The bridge is safe,", Speaker: &name, Direct: true, QuoteSpans: [][2]int{{1, 20}}},
		{Quote: "it would reopen on Monday", Speaker: &he, QuoteSpans: [][2]int{{58, 83}}},
	}}
	sc, misses := ScoreQuotes([]QuoteExample{ex})
	if sc.Direct.Gold != 1 || sc.Direct.MatchedGold != 1 {
		t.Errorf("direct: got %d of %d gold matched, want 1 of 1", sc.Direct.MatchedGold, sc.Direct.Gold)
	}
	if sc.Direct.SpeakerTotal != 1 || sc.Direct.SpeakerRight != 1 {
		t.Errorf("direct speaker: got %d of %d right, want 1 of 1 (misses %v)", sc.Direct.SpeakerRight, sc.Direct.SpeakerTotal, misses)
	}
	if sc.All.Gold != 2 {
		t.Errorf("all: got %d gold, want 2", sc.All.Gold)
	}
	if sc.All.SpeakerTotal != 1 {
		t.Errorf("all: a pronoun gold speaker must not count: got %d speakers scored, want 1", sc.All.SpeakerTotal)
	}
	// The prediction list itself: the second sentence is reported speech.
	var indirect int
	for _, q := range summarize.ExtractQuotes(text, summarize.Segment(text)) {
		if !q.Direct {
			indirect++
		}
	}
	if indirect == 0 {
		t.Errorf("got no indirect attribution in %q", text)
	}
}

func TestSameSpeaker(t *testing.T) {
	tests := []struct {
		gold, got string
		want      bool
	}{
		{"Mr. Barrett", "Tom Barrett", true},
		{"President Obama", "President Trump", false},
		{"the senator", "the senator", true},
		{"the senator", "Ted Cruz", false},
		{"Victor Cha, who served as Asia director", "Victor Cha", true},
		{"sources", "", false},
		{"The New York Post", "New York Post", true},
	}
	for _, tt := range tests {
		if got := sameSpeaker(tt.gold, tt.got); got != tt.want {
			t.Errorf("sameSpeaker(%q, %q): got %v, want %v", tt.gold, tt.got, got, tt.want)
		}
	}
}
