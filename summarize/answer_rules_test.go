package summarize

import (
	"slices"
	"testing"
)

func TestQAPrefixKey(t *testing.T) {
	tests := []struct{ name, word, want string }{
		{"long word", "announcement", "~annou"},
		{"derivation shares it", "announced", "~annou"},
		{"short word has none", "plane", ""},
		{"word-forming prefix joins nothing", "interceptions", ""},
		{"non-ASCII prefix has none", "ögedeikhan", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := qaPrefixKey(tt.word); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestQAParaphrases(t *testing.T) {
	for w, syns := range qaParaphrases {
		for _, s := range syns {
			if !slices.Contains(qaParaphrases[s], w) {
				t.Errorf("%q lists %q but %q does not list %q", w, s, s, w)
			}
			if s == w {
				t.Errorf("%q lists itself", w)
			}
		}
	}
	if !slices.Contains(qaParaphrases["purchase"], "buy") {
		t.Errorf("got %q for purchase, want it to hold buy", qaParaphrases["purchase"])
	}
}

func TestAppositive(t *testing.T) {
	tests := []struct {
		name, sentence, question, cand string
		want                           bool
	}{
		{"name before its description", "The complex included Momus, Warsaw's first literary cabaret, and a theatre.", "What was Warsaw's first literary cabaret?", "Momus", true},
		{"name after its description", "He ennobled the Hauteville leader, Drogo, as duke.", "Who was the Hauteville leader?", "Drogo", true},
		{"one word of the question is a list, not apposition", "Members of unions such as ATL, NUT or NASUWT met.", "What is NUT?", "ATL", false},
		{"no comma", "Momus was Warsaw's first literary cabaret.", "What was Warsaw's first literary cabaret?", "Momus", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ws := qaWords(tt.sentence)
			q := ParseQuestion(tt.question)
			inQ := make([]bool, len(ws))
			for i, w := range ws {
				for _, qw := range q.words {
					if !w.Punct && !w.Stop && qw.Stem == w.Stem {
						inQ[i] = true
					}
				}
			}
			start := slices.IndexFunc(ws, func(w qaWord) bool { return w.Text == tt.cand })
			if start < 0 {
				t.Fatalf("no %q in %q", tt.cand, tt.sentence)
			}
			if got := appositive(ws, start, start+1, inQ); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestSharesName(t *testing.T) {
	a := Analyze("Kawann Short led the team in sacks. The weather was fine.", Options{})
	ix := a.index()
	tests := []struct {
		name, q string
		sent    int
		want    bool
	}{
		{"name in the sentence", "Who led the Short family?", 0, true},
		{"name elsewhere", "Who led the Short family?", 1, false},
		{"capital at the start is not a name", "Weather was how?", 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ix.sharesName(tt.sent, ParseQuestion(tt.q)); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestNameKindCalendar checks that a month or weekday after "in" or "on"
// is a time, not a place, so that a where-question cannot be answered
// "August".
func TestNameKindCalendar(t *testing.T) {
	for _, tt := range []struct {
		text, word string
		want       AnswerType
	}{
		{"Okafor had proposed a smaller plan in August that would have trimmed routes.", "August", ATime},
		{"The union had planned a strike on Sunday if the council failed to act.", "Sunday", ATime},
		{"The strike was set for Oct. 3 in Portland.", "Portland", APlace},
	} {
		ws := qaWords(tt.text)
		i := slices.IndexFunc(ws, func(w qaWord) bool { return w.Text == tt.word })
		if i < 0 {
			t.Fatalf("%q not among the words of %q", tt.word, tt.text)
		}
		if got := nameKind(ws, i, i+1); got != tt.want {
			t.Errorf("nameKind(%q in %q) = %q, want %q", tt.word, tt.text, got, tt.want)
		}
	}
}
