package summarize

import (
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestExtractNumbers(t *testing.T) {
	tests := []struct {
		name, text, phrase, value string
		kind                      EntityKind
	}{
		{"dollars with scale", "It cost $5 million.", "$5 million", "5000000 USD", Money},
		{"decimal billions", "It raised $3.5 billion.", "$3.5 billion", "3500000000 USD", Money},
		{"glued scale", "It raised £2bn.", "£2bn", "2000000000 GBP", Money},
		{"euros symbol", "A ticket is €20.", "€20", "20 EUR", Money},
		{"currency word", "Trade reached 3 billion yuan.", "3 billion yuan", "3000000000 CNY", Money},
		{"thousands separator", "He paid $1,250,000.", "$1,250,000", "1250000 USD", Money},
		{"percent sign", "Prices rose 5%.", "5%", "5%", Percent},
		{"percent word", "Prices rose 12.5 percent.", "12.5 percent", "12.5%", Percent},
		{"per cent", "Prices rose 13 per cent.", "13 per cent", "13%", Percent},
		{"cardinal digits", "They found 1,200 bottles.", "1,200", "1200", Number},
		{"cardinal words", "They found two bottles.", "two", "2", Number},
		{"compound words", "They found twenty-five bottles.", "twenty-five", "25", Number},
		{"word with scale", "They counted two million bottles.", "two million", "2000000", Number},
		{"distance", "They walked 10 miles.", "10 miles", "10 mi", Quantity},
		{"weight", "It weighs 300 kilograms.", "300 kilograms", "300 kg", Quantity},
		{"age", "The 39-year-old won.", "39-year-old", "39 yr", Quantity},
		{"people", "Police said 7,687 people came.", "7,687 people", "7687 people", Quantity},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := onlyEntity(t, tt.text, time.Time{}, Number, Money, Percent, Quantity)
			if e.Name != tt.phrase || e.Value != tt.value || e.Kind != tt.kind {
				t.Errorf("got %q=%q (%s), want %q=%q (%s)", e.Name, e.Value, e.Kind, tt.phrase, tt.value, tt.kind)
			}
		})
	}
}

func TestNotNumbers(t *testing.T) {
	for _, text := range []string{
		"No one came.",
		"They helped one another.",
		"It came fifth.",
		"He won the 5th race.",
	} {
		f := ExtractFacts(text, nil, time.Time{})
		for _, e := range f.Entities {
			if e.Kind == Number || e.Kind == Quantity {
				t.Errorf("%q: got %s %q", text, e.Kind, e.Name)
			}
		}
	}
}

func TestNumbersMerge(t *testing.T) {
	f := ExtractFacts("Prices rose 13% in May. Wages rose 13 per cent too.", nil, time.Time{})
	var n int
	for _, e := range f.Entities {
		if e.Kind == Percent {
			n++
			if len(e.Mentions) != 2 {
				t.Errorf("13%%: got %d mentions, want 2", len(e.Mentions))
			}
		}
	}
	if n != 1 {
		t.Errorf("got %d percent entities, want 1", n)
	}
}

// TestNumberFastPaths checks the integer shortcuts of readNumber and
// numberWith against strconv, whose results they must equal.
func TestNumberFastPaths(t *testing.T) {
	for _, s := range []string{"0", "7", "1,200", "12,345,678", "999999999999999", "1000000000000000",
		"1.5", "", ",", "3,", "007", "123456789012345678"} {
		want, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
		if got, ok := parseDigits(s); ok && (err != nil || got != want) {
			t.Errorf("parseDigits(%q) = %v, ParseFloat %v (%v)", s, got, want, err)
		}
	}
	for _, v := range []float64{0, 1, 12, 1e6, 2.5e9, 0.5, 1.25, 999999999999999, 1e15, 1e21, 3e-7} {
		if got, want := numberWith(v, " ", "km"), strconv.FormatFloat(v, 'f', -1, 64)+" km"; got != want {
			t.Errorf("numberWith(%v) = %q, want %q", v, got, want)
		}
	}
}
