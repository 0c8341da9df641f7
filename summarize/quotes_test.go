package summarize

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

// TestExtractQuotesSeed checks the seed article: all seven direct quotes
// with their speakers.
func TestExtractQuotesSeed(t *testing.T) {
	b, err := os.ReadFile("testdata/ap-blinken-qin-call.repaired.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	want := []struct{ start, speaker, cue string }{
		{"discussed the importance", "State Department", "according to"},
		{"addressed a range", "State Department", "added"},
		{"China’s core concerns", "Qin Gang", "urged"},
		{"stop interfering", "Qin Gang", "urged"},
		{"have encountered new difficulties", "Qin Gang", "noted"},
		{"guardrails", "Joe Biden", "called"},
		{"comprehensive containment and suppression", "Xi Jinping", "decried"},
	}
	var got []Quote
	for _, q := range ExtractQuotes(text, Segment(text)) {
		if q.Direct {
			got = append(got, q)
		}
	}
	if len(got) != len(want) {
		for _, q := range got {
			t.Logf("got %q by %q", q.Text, q.Speaker)
		}
		t.Fatalf("got %d direct quotes, want %d", len(got), len(want))
	}
	for i, w := range want {
		q := got[i]
		if !strings.HasPrefix(q.Text, w.start) {
			t.Errorf("quote %d: got %q, want it to start %q", i, q.Text, w.start)
		}
		if !strings.Contains(q.Speaker, w.speaker) {
			t.Errorf("quote %d (%q): got speaker %q, want %q", i, w.start, q.Speaker, w.speaker)
		}
		if q.Cue != w.cue {
			t.Errorf("quote %d (%q): got cue %q, want %q", i, w.start, q.Cue, w.cue)
		}
		if text[q.Span.Start:q.Span.End] != q.Text {
			t.Errorf("quote %d: span %v holds %q, not the text", i, q.Span, q.Span.In(text))
		}
	}
}

func TestExtractQuotes(t *testing.T) {
	type want struct{ text, speaker, cue string }
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"cue after", "“We will win,” Patel said.",
			[]want{{"We will win", "Patel", "said"}}},
		{"inverted cue with title", "“The bridge is safe,” said Mayor Helen Okafor.",
			[]want{{"The bridge is safe", "Helen Okafor", "said"}}},
		{"cue before with colon", "Sen. Ted Cruz told reporters: “This is a disgrace.”",
			[]want{{"This is a disgrace.", "Ted Cruz", "told"}}},
		{"surname resolves to full name", "Secretary of State Antony Blinken arrived on Monday.\n“We talked,” Blinken said.",
			[]want{{"We talked", "Antony Blinken", "said"}}},
		{"pronoun resolves to the last person", "Mayor Helen Okafor opened the bridge.\n“It is safe,” she said.",
			[]want{{"It is safe", "Helen Okafor", "said"}}},
		{"she skips a man named since", "Mayor Helen Okafor thanked John Smith.\n“It is done,” she said.",
			[]want{{"It is done", "Helen Okafor", "said"}}},
		{"he is the subject, not the object", "Donald Trump attacked Jeb Bush on Monday.\n“He is weak,” he said.",
			[]want{{"He is weak", "Donald Trump", "said"}}},
		{"title resolves to the person", "Chinese Foreign Minister Qin Gang spoke first.\n“We disagree,” the minister said.",
			[]want{{"We disagree", "Qin Gang", "said"}}},
		{"appositive", "“Prices will fall,” John Smith, an economist at the bank, said.",
			[]want{{"Prices will fall", "John Smith", "said"}}},
		{"split quote shares the speaker", "“We tried,” Patel said, “and we failed.”",
			[]want{{"We tried", "Patel", "said"}, {"and we failed.", "Patel", "said"}}},
		{"partial quote", "President Joe Biden has called for “guardrails” in the talks.",
			[]want{{"guardrails", "Joe Biden", "called"}}},
		{"according to", "The talks were “frank,” according to a statement from the Foreign Ministry.",
			[]want{{"frank", "Foreign Ministry", "according to"}}},
		{"time phrase before the cue", "Donald Trump on Tuesday said the deal was “a disaster.”",
			[]want{{"a disaster.", "Donald Trump", "said"}}},
		{"paragraph after a colon", "Cruz continued:\n\n“You look at the questions.”",
			[]want{{"You look at the questions.", "Cruz", "continued"}}},
		{"multi-paragraph quote", "“The first part,” said Ann Lee. “It goes on\n\n“and ends here.”",
			[]want{{"The first part", "Ann Lee", "said"}, {"It goes on", "Ann Lee", ""}, {"and ends here.", "Ann Lee", ""}}},
		{"quote after reported speech", "Senator Ann Lee said the deal was bad.\n\n“It is a disaster.”",
			[]want{{"It is a disaster.", "Ann Lee", ""}}},
		{"straight quotes", `"We are ready," Smith said.`,
			[]want{{"We are ready", "Smith", "said"}}},
		{"guillemets", "«Nous gagnerons», said Marie Curie.",
			[]want{{"Nous gagnerons", "Marie Curie", "said"}}},
		{"German quotes", "„Wir schaffen das“, said Angela Merkel.",
			[]want{{"Wir schaffen das", "Angela Merkel", "said"}}},
		{"corner brackets", "「頑張ります」 said Taro Yamada.",
			[]want{{"頑張ります", "Taro Yamada", "said"}}},
		{"single quotes in a text without double ones", "‘We’ll see,’ said the Prime Minister.",
			[]want{{"We’ll see", "Prime Minister", "said"}}},
		{"nested single quotes stay inside", "“He said ‘no’ twice,” Lee said.",
			[]want{{"He said ‘no’ twice", "Lee", "said"}}},
		{"naming is no speech", "She founded a group called “Moms Rising” last year.",
			[]want{{"Moms Rising", "", ""}}},
		{"phrasal cue after the quote", "Jeb Bush attacked him.\n“Jeb wants to be a tough guy,” Trump shot back.",
			[]want{{"Jeb wants to be a tough guy", "Trump", "shot"}}},
		{"phrasal cue before the quote", "After Jerry Brown criticized her, Hillary shot back, “I chose my profession.”",
			[]want{{"I chose my profession.", "Hillary", "shot"}}},
		{"the antecedent of who speaks", "Braynard, a South Carolina native who writes fiction, liked “the main course.”",
			[]want{{"the main course.", "Braynard", "writes"}}},
		{"the reporting clause speaks", "Rep. Gregory Meeks said Clinton reassured them that “we are not like Trump.”",
			[]want{{"we are not like Trump.", "Gregory Meeks", "said"}}},
		{"a place in the appositive is no speaker", "Cory James, 22, of Flint, Mich., said he was “still hopeful.”",
			[]want{{"still hopeful.", "Cory James", "said"}}},
		{"long speaker after the quote", "“It was my priority,” the bespectacled, 71-year-old diplomat said in an interview.",
			[]want{{"It was my priority", "71-year-old diplomat", "said"}}},
		{"title run before the name after the quote", "“We will search,” Justice Department senior trial counsel Caroline Wolverton wrote.",
			[]want{{"We will search", "Caroline Wolverton", "wrote"}}},
		{"weak cue before a colon", "President Bill Clinton released the following statement:\n\n“We mourn him.”",
			[]want{{"We mourn him.", "Bill Clinton", "released"}}},
		{"the name in a title's appositive", "Trump's attorney, Alan Garten, said Nunberg was “looking for publicity.”",
			[]want{{"looking for publicity.", "Alan Garten", "said"}}},
		{"no quotes", "Nothing was said here.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []Quote
			for _, q := range ExtractQuotes(tt.in, Segment(tt.in)) {
				if q.Direct {
					got = append(got, q)
				}
			}
			if len(got) != len(tt.want) {
				for _, q := range got {
					t.Logf("got %q by %q (%q)", q.Text, q.Speaker, q.Cue)
				}
				t.Fatalf("got %d quotes, want %d", len(got), len(tt.want))
			}
			for i, w := range tt.want {
				if got[i].Text != w.text {
					t.Errorf("quote %d: got %q, want %q", i, got[i].Text, w.text)
				}
				if got[i].Speaker != w.speaker {
					t.Errorf("quote %d: got speaker %q, want %q", i, got[i].Speaker, w.speaker)
				}
				if got[i].Cue != w.cue {
					t.Errorf("quote %d: got cue %q, want %q", i, got[i].Cue, w.cue)
				}
			}
		})
	}
}

func FuzzExtractQuotes(f *testing.F) {
	if b, err := os.ReadFile("testdata/ap-blinken-qin-call.repaired.txt"); err == nil {
		f.Add(string(b))
	}
	for _, s := range []string{
		"“We will win,” Patel said.", `"a" "b`, "„x“ «y» 「z」 ‘w’", "“open\n\n“still open", "said “", ", “”", "\"",
		"Said Dorothy Poynter, who grew up there, “We were proud.”", "X (R-Ariz.) said: “y”", "according to",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		sents := Segment(text)
		qs := ExtractQuotes(text, sents)
		for i, q := range qs {
			if q.Span.Start < 0 || q.Span.End > len(text) || q.Span.Start > q.Span.End {
				t.Fatalf("quote %d: span %v out of bounds (len %d)", i, q.Span, len(text))
			}
			if text[q.Span.Start:q.Span.End] != q.Text {
				t.Fatalf("quote %d: text %q is not text[span] %q", i, q.Text, text[q.Span.Start:q.Span.End])
			}
			for _, sp := range []Span{q.SpeakerSpan, q.CueSpan} {
				if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
					t.Fatalf("quote %d: span %v out of bounds (len %d)", i, sp, len(text))
				}
			}
			if q.Cue != "" && q.CueSpan.In(text) != q.Cue {
				t.Fatalf("quote %d: cue %q is not text[cue span] %q", i, q.Cue, q.CueSpan.In(text))
			}
			if len(sents) > 0 && (q.Sentence < 0 || q.Sentence >= len(sents)) {
				t.Fatalf("quote %d: sentence %d out of range", i, q.Sentence)
			}
			if i > 0 && qs[i-1].Span.Start > q.Span.Start {
				t.Fatalf("quotes out of order: %v before %v", qs[i-1].Span, q.Span)
			}
		}
	})
}

func TestExtractQuotesIndirect(t *testing.T) {
	tests := []struct {
		name, in           string
		text, speaker, cue string
	}{
		{"said that", "Senator Ann Lee said that the deal was bad for workers.", "the deal was bad for workers", "Ann Lee", "said"},
		{"after a quote that ends its sentence", "“We won.” Cruz says he is not familiar with the bill.", "he is not familiar with the bill", "Cruz", "says"},
		{"content verb", "A new poll shows Clinton leads in Ohio.", "Clinton leads in Ohio", "A new poll", "shows"},
		{"a clause after the cue is no tail attribution", "Simone Perry, a black activist, says Trump's rise is crippling the party.", "Trump's rise is crippling the party", "Simone Perry", "says"},
		{"subject after a dateline dash", "WASHINGTON (Reuters) - Senator Ann Lee on Tuesday said that the vote is a mistake.", "the vote is a mistake", "Ann Lee", "said"},
		{"a poll's share as the subject", "Most backed him, but six in 10 said they want more of the same policies.", "they want more of the same policies", "six in 10", "said"},
		{"a headline in title case", "Clinton Says Russians Hacked the DNC Servers", "Russians Hacked the DNC Servers", "Clinton", "Says"},
		{"reported speech around a quote", "Ann Lee said the deal was “a disaster” for workers.", "the deal was “a disaster” for workers", "Ann Lee", "said"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []Quote
			for _, q := range ExtractQuotes(tt.in, Segment(tt.in)) {
				if !q.Direct {
					got = append(got, q)
				}
			}
			if len(got) != 1 {
				t.Fatalf("got %d indirect quotes %v, want 1", len(got), got)
			}
			if got[0].Text != tt.text || got[0].Speaker != tt.speaker || got[0].Cue != tt.cue {
				t.Errorf("got %q by %q (%q), want %q by %q (%q)", got[0].Text, got[0].Speaker, got[0].Cue, tt.text, tt.speaker, tt.cue)
			}
		})
	}
}

// TestExtractQuotesScratchReuse extracts from texts in turn with one
// scratch: each result must be what a call of its own gives, and a later
// call must leave the quotes returned before unchanged.
func TestExtractQuotesScratchReuse(t *testing.T) {
	b, err := os.ReadFile("testdata/ap-blinken-qin-call.repaired.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		string(b),
		"“We want stable ties,” Qin said. The talks were “frank,” according to a statement from the Foreign Ministry.",
		"Sen. Maria Lopez said the bill would fail. “It has no votes,” she said.\n“None,” added Rep. John Park.",
		string(b), // a shorter text before it leaves longer buffers behind
	}
	var s quoteScratch
	var got [][]Quote
	var kept [][]Quote // copies of what each call returned
	for _, text := range texts {
		sents := Segment(text)
		qs := extractQuotesWith(text, sents, "", &s)
		if want := ExtractQuotes(text, sents); !reflect.DeepEqual(qs, want) {
			t.Errorf("with a used scratch:\n%+v\nwant\n%+v", qs, want)
		}
		got = append(got, qs)
		kept = append(kept, append([]Quote(nil), qs...))
	}
	if len(got[0]) == 0 || len(got[2]) < 2 {
		t.Fatalf("too few quotes to check: %d, %d", len(got[0]), len(got[2]))
	}
	for i := range got {
		if !reflect.DeepEqual(got[i], kept[i]) {
			t.Errorf("text %d: its quotes changed by later calls:\n%+v\nwas\n%+v", i, got[i], kept[i])
		}
	}
}
