package summarize

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // Text of each token
	}{
		{"plain", "Blinken met Qin in Beijing.", []string{"Blinken", "met", "Qin", "in", "Beijing"}},
		{"possessive", "Blinken's trip", []string{"Blinken", "'s", "trip"}},
		{"curly possessive", "China’s foreign minister", []string{"China", "’s", "foreign", "minister"}},
		{"contraction kept", "We don't know, O'Brien said.", []string{"We", "don't", "know", "O'Brien", "said"}},
		{"it's split", "it's late", []string{"it", "'s", "late"}},
		{"plural possessive", "the students' rights", []string{"the", "students", "rights"}},
		{"hyphen splits", "a state-owned, 30-year-old firm", []string{"a", "state", "owned", "30", "year", "old", "firm"}},
		{"numbers", "It cost $1,000.50, up 3.5% from 2,000 in 2020.", []string{"It", "cost", "1,000.50", "up", "3.5%", "from", "2,000", "in", "2020"}},
		{"list comma is not a number", "1, 2 and 3", []string{"1", "2", "and", "3"}},
		{"initialisms", "The U.S. and U.S.A. at 5 a.m. today", []string{"The", "U.S.", "and", "U.S.A.", "at", "5", "a.m.", "today"}},
		{"single initial", "John F. Kennedy", []string{"John", "F", "Kennedy"}},
		{"abbreviation", "Mr. Smith", []string{"Mr", "Smith"}},
		{"unicode", "Zürich café naïve Ελλάδα 東京", []string{"Zürich", "café", "naïve", "Ελλάδα", "東京"}},
		{"combining mark", "cafe\u0301 ok", []string{"cafe\u0301", "ok"}},
		{"punctuation only", "— … “ ” !", nil},
		{"empty", "", nil},
		{"quotes and dashes", "“Stop,” he said—loudly.", []string{"Stop", "he", "said", "loudly"}},
		{"url and email", "see example.com or a@b.org", []string{"see", "example", "com", "or", "a", "b", "org"}},
		{"ordinals and decades", "the 5th in the 1990s", []string{"the", "5th", "in", "the", "1990s"}},
		{"apostrophe at end of text", "rock'", []string{"rock"}},
		{"clitic at end of text", "Qin's", []string{"Qin", "'s"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := Tokenize(tt.text)
			var got []string
			for _, tok := range toks {
				got = append(got, tok.Text)
				if s := tok.Span.In(tt.text); s != tok.Text {
					t.Errorf("span %v covers %q, want %q", tok.Span, s, tok.Text)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestTokenizeForms(t *testing.T) {
	tests := []struct {
		text              string
		lower, stem, stop string // stop is "stop" or ""
	}{
		{"Running", "running", "run", ""},
		{"THE", "the", "the", "stop"},
		{"Don’t", "don't", "don't", "stop"},
		{"Generalizations", "generalizations", "gener", ""},
		{"ponies", "ponies", "poni", ""},
		{"U.S.", "u.s.", "u.s.", ""},
		{"1,000.5", "1,000.5", "1,000.5", ""},
		{"1990s", "1990s", "1990", ""},
		{"ÉTATS", "états", "état", ""},
		{"happy", "happy", "happi", ""},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.text)
		if len(toks) != 1 {
			t.Errorf("Tokenize(%q) gave %d tokens, want 1", tt.text, len(toks))
			continue
		}
		tok := toks[0]
		if tok.Lower != tt.lower {
			t.Errorf("Tokenize(%q) Lower: got %q, want %q", tt.text, tok.Lower, tt.lower)
		}
		if tok.Stem != tt.stem {
			t.Errorf("Tokenize(%q) Stem: got %q, want %q", tt.text, tok.Stem, tt.stem)
		}
		if tok.Stop != (tt.stop == "stop") {
			t.Errorf("Tokenize(%q) Stop: got %v, want %v", tt.text, tok.Stop, tt.stop == "stop")
		}
	}
}

func TestTokenizeIn(t *testing.T) {
	text := "First one. Blinken's second."
	sents := Segment(text)
	if len(sents) != 2 {
		t.Fatalf("got %d sentences, want 2", len(sents))
	}
	toks := TokenizeIn(text, sents[1].Span)
	var got []string
	for _, tok := range toks {
		got = append(got, tok.Span.In(text))
	}
	if want := []string{"Blinken", "'s", "second"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if toks := TokenizeIn(text, Span{5, 500}); toks != nil {
		t.Errorf("span out of range: got %d tokens, want nil", len(toks))
	}
}

func TestTokenizeClitic(t *testing.T) {
	toks := Tokenize("Qin’s")
	if len(toks) != 2 {
		t.Fatalf("got %d tokens, want 2", len(toks))
	}
	if c := toks[1]; c.Text != "’s" || c.Lower != "'s" || c.Stem != "'s" || !c.Stop {
		t.Errorf("got %+v, want Text ’s, Lower and Stem 's, a stopword", c)
	}
}

// TestTokenizeStemAgreesWithStem checks that the allocation-saving path in
// Tokenize gives what Stem gives.
func TestTokenizeStemAgreesWithStem(t *testing.T) {
	text := "Relational Generalizations of Caresses, Ponies and Skies were Hopefully DYING"
	for _, tok := range Tokenize(text) {
		if want := Stem(tok.Text); tok.Stem != want {
			t.Errorf("token %q: Stem %q, want %q", tok.Text, tok.Stem, want)
		}
	}
}

func TestTokenizeAllocs(t *testing.T) {
	text := "Secretary of State Antony Blinken discussed the relationship with Chinese Foreign Minister Qin Gang on Sunday."
	if n := testing.AllocsPerRun(50, func() { Tokenize(text) }); n > 2 {
		t.Errorf("Tokenize allocates %v times a call, want at most 2", n)
	}
}

func TestTokenizeLowerCaseAllocatesOnce(t *testing.T) {
	text := "the talks were held in geneva on sunday and lasted two hours"
	if n := testing.AllocsPerRun(50, func() { Tokenize(text) }); n != 1 {
		t.Errorf("Tokenize of lower-case text with prefix stems allocates %v times, want 1", n)
	}
}

func TestStopwords(t *testing.T) {
	for _, w := range []string{"the", "of", "don't", "don’t", "'s", "itself", "yourselves", "a", "wouldn't"} {
		if !IsStopword(w) {
			t.Errorf("IsStopword(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"minister", "blinken", "The", ""} {
		if IsStopword(w) {
			t.Errorf("IsStopword(%q) = true, want false", w)
		}
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{
		"Blinken's trip", "It cost $1,000.50, up 3.5%", "U.S.A. a.m.", "rock'", "'s", "’",
		"state-owned", "cafe\u0301", "\xff\xfe'ss", "1.2.3,4,5%%", "a.b.c.d.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		toks := Tokenize(text)
		if n := maxTokens(text); len(toks) > n {
			t.Fatalf("%d tokens, more than maxTokens %d", len(toks), n)
		}
		for _, tok := range toks {
			if tok.Span.Start < prev || tok.Span.End <= tok.Span.Start || tok.Span.End > len(text) {
				t.Fatalf("bad span %v after %d in %d bytes", tok.Span, prev, len(text))
			}
			if text[tok.Span.Start:tok.Span.End] != tok.Text {
				t.Fatalf("span %v covers %q, Text is %q", tok.Span, text[tok.Span.Start:tok.Span.End], tok.Text)
			}
			if utf8.ValidString(tok.Text) && (!utf8.ValidString(tok.Lower) || !utf8.ValidString(tok.Stem)) {
				t.Fatalf("token %q: invalid UTF-8 in %q or %q", tok.Text, tok.Lower, tok.Stem)
			}
			if tok.Lower == "" || tok.Stem == "" {
				t.Fatalf("token %q: empty Lower %q or Stem %q", tok.Text, tok.Lower, tok.Stem)
			}
			if strings.ContainsAny(tok.Text, " \n\t") {
				t.Fatalf("token %q contains space", tok.Text)
			}
			prev = tok.Span.End
		}
	})
}

func ExampleTokenize() {
	for _, tok := range Tokenize("Blinken's talks ran 3.5% longer in the U.S.") {
		fmt.Printf("%s %v %s %s %v\n", tok.Text, tok.Span, tok.Lower, tok.Stem, tok.Stop)
	}
	// Output:
	// Blinken {0 7} blinken blinken false
	// 's {7 9} 's 's true
	// talks {10 15} talks talk false
	// ran {16 19} ran ran false
	// 3.5% {20 24} 3.5% 3.5% false
	// longer {25 31} longer longer false
	// in {32 34} in in true
	// the {35 38} the the true
	// U.S. {39 43} u.s. u.s. false
}

func ExampleTokenizeIn() {
	text := "Talks ended. Blinken’s flight left at 6 p.m."
	second := Segment(text)[1]
	for _, tok := range TokenizeIn(text, second.Span) {
		fmt.Println(tok.Span, tok.Text, tok.Stem)
	}
	// Output:
	// {13 20} Blinken blinken
	// {20 24} ’s 's
	// {25 31} flight flight
	// {32 36} left left
	// {37 39} at at
	// {40 41} 6 6
	// {42 46} p.m. p.m.
}

func ExampleIsStopword() {
	fmt.Println(IsStopword("the"), IsStopword("don’t"), IsStopword("minister"))
	// Output: true true false
}
