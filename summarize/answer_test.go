package summarize_test

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/briefly-bot/briefly/summarize"
)

func seedAnalysis(t testing.TB) *summarize.Analysis {
	t.Helper()
	b, err := os.ReadFile("testdata/ap-blinken-qin-call.repaired.txt")
	if err != nil {
		t.Fatal(err)
	}
	return summarize.Analyze(string(b), summarize.Options{})
}

// TestAnswerSeed asks the repaired seed article (an AP story on a call
// between Blinken and Qin Gang) the questions people ask in chat. want is a
// part the answer must contain; "" means the article does not say.
func TestAnswerSeed(t *testing.T) {
	a := seedAnalysis(t)
	tests := []struct {
		name, q, want, speaker, evidence string
	}{
		{"what did Qin say", "what did Qin say?", "China’s core concerns", "Qin Gang", "Qin urged"},
		{"Qin's second quote", "What did Qin say?", "have encountered new difficulties", "Qin Gang", ""},
		{"what did Xi decry", "What did Xi Jinping decry?", "comprehensive containment and suppression", "Xi Jinping", ""},
		{"who is Kritenbrink", "who is Kritenbrink?", "assistant U.S. secretary of state for East Asian and Pacific affairs", "", "Daniel Kritenbrink"},
		{"who is Qin Gang", "Who is Qin Gang?", "Chinese Foreign Minister", "", ""},
		{"who is Blinken", "Who is Blinken?", "Secretary of State", "", ""},
		{"when is Blinken going", "when is Blinken going?", "this week", "", "planning a trip to China"},
		{"when did they speak", "When did Blinken and Qin speak?", "Wednesday", "", ""},
		{"who met Wang Wentao", "Who met Wang Wentao?", "Gina Raimondo", "", ""},
		{"where did they meet", "Where did Raimondo meet Wang Wentao?", "Washington", "", ""},
		{"what did Washington warn of", "What did Washington warn Beijing of?", "consequences", "", ""},
		{"who downed the balloon", "Who downed the balloon?", "U.S.", "", "downed the balloon"},
		{"highest-ranking official", "Who is the highest-ranking U.S. official to visit China?", "Daniel Kritenbrink", "", ""},
		{"which ministry", "Which ministry issued a statement?", "Chinese Foreign Ministry", "", ""},
		{"tl;dr", "tl;dr", "Blinken", "", ""},
		{"when did Raimondo meet", "When did Raimondo meet her Chinese counterpart?", "May", "", "Gina Raimondo met"},
		{"who did Raimondo meet", "Who did Raimondo meet?", "Wang Wentao", "", ""},
		{"what did Biden call for", "What did Biden call for?", "guardrails", "", ""},
		{"what flew over", "What flew over U.S. territory?", "spy balloon", "", ""},
		{"what did the State Department say", "What did the State Department say?", "open lines of communication", "", "readout of the call"},
		{"yes/no gives the sentence", "Did Qin meet Blinken?", "Chinese Foreign Minister Qin Gang shared concerns", "", ""},
		{"postponed is missing from the text", "why was the trip postponed?", "", "", ""},
		{"capital of France", "What is the capital of France?", "", "", ""},
		{"election", "Who won the election?", "", "", ""},
		{"deaths", "How many people died?", "", "", ""},
		{"unknown person", "What did Macron say?", "", "", ""},
		{"unknown role", "Who is Putin?", "", "", ""},
		{"role after a possessive", "Who is Wang Wentao?", "Chinese counterpart", "", ""},
		{"never quoted", "What did Raimondo say?", "", "", ""},
		{"Taiwan's president", "What does Taiwan's president think?", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := summarize.Answer(a, tt.q)
			if tt.want == "" {
				if r.Found {
					t.Errorf("got %q (evidence %q), want not found", r.Text, r.Evidence.Text)
				}
				if r.Text != "" || r.Evidence.Text != "" {
					t.Errorf("not found but got text %q evidence %q", r.Text, r.Evidence.Text)
				}
				return
			}
			if !r.Found {
				t.Fatalf("got not found, want %q", tt.want)
			}
			if !strings.Contains(r.Text, tt.want) {
				t.Errorf("got %q, want it to contain %q", r.Text, tt.want)
			}
			if len(r.Text) > 3*len(tt.want)+80 && r.Question.Expect != summarize.ASummary && r.Question.Expect != summarize.AQuote && r.Question.Type != summarize.QYesNo {
				t.Errorf("got %q: too long an answer for %q", r.Text, tt.want)
			}
			if tt.speaker != "" && r.Speaker != tt.speaker {
				t.Errorf("speaker: got %q, want %q", r.Speaker, tt.speaker)
			}
			if tt.evidence != "" && !strings.Contains(r.Evidence.Text, tt.evidence) {
				t.Errorf("evidence: got %q, want it to contain %q", r.Evidence.Text, tt.evidence)
			}
			if got := r.Evidence.Span.In(a.Text); got != r.Evidence.Text {
				t.Errorf("evidence span covers %q, want %q", got, r.Evidence.Text)
			}
			if r.Confidence <= 0 || r.Confidence > 1 {
				t.Errorf("confidence %v out of (0, 1]", r.Confidence)
			}
		})
	}
}

// TestAnswerSpans checks that every found answer's span points at its text.
func TestAnswerSpans(t *testing.T) {
	a := seedAnalysis(t)
	for _, q := range []string{"who is Kritenbrink?", "when is Blinken going?", "Who met Wang Wentao?", "What did Xi Jinping decry?"} {
		r := summarize.Answer(a, q)
		if got := r.Span.In(a.Text); !strings.HasPrefix(r.Text, got) || got == "" {
			t.Errorf("%s: span covers %q, answer is %q", q, got, r.Text)
		}
	}
}

func TestAnswerEmpty(t *testing.T) {
	for _, a := range []*summarize.Analysis{nil, summarize.Analyze("", summarize.Options{})} {
		if r := summarize.Answer(a, "who is Qin?"); r.Found || r.Text != "" {
			t.Errorf("empty article: got %+v, want not found", r)
		}
	}
	a := seedAnalysis(t)
	for _, q := range []string{"", "?", "the of and", "what"} {
		if r := summarize.Answer(a, q); r.Found {
			t.Errorf("question %q: got %q, want not found", q, r.Text)
		}
	}
}

func ExampleAnswer() {
	text := "Last week, Daniel Kritenbrink, assistant U.S. secretary of state for East Asian and Pacific affairs, visited China.\n" +
		"Blinken is reportedly planning a trip to China this week."
	a := summarize.Analyze(text, summarize.Options{})
	for _, q := range []string{"Who is Kritenbrink?", "When is Blinken going?", "What is the capital of France?"} {
		r := summarize.Answer(a, q)
		if !r.Found {
			fmt.Println(summarize.NotFoundText)
			continue
		}
		fmt.Println(r.Text)
	}
	// Output:
	// Daniel Kritenbrink, assistant U.S. secretary of state for East Asian and Pacific affairs
	// this week
	// The article doesn't say.
}

func FuzzAnswer(f *testing.F) {
	f.Add("Qin urged the U.S. to respect “China’s core concerns,” he said.", "what did Qin say?")
	f.Add("Daniel Kritenbrink, assistant secretary, visited.", "who is Kritenbrink?")
	f.Add("In 1990 it cost $3.5 million.", "how much did it cost?")
	f.Add("“”\"", "why?")
	f.Add("The board voted 6-3 to approve a $48.2 million plan.", "how many voted against?")
	f.Add("The plan raises the tax from 8% to 11%.", "what was the tax?")
	f.Add("It costs $ plan from $ to $.", "how much does the plan cost?")
	f.Add("Reyes, who voted against it, said", "why did Reyes vote?")
	f.Fuzz(func(t *testing.T, text, q string) {
		a := summarize.Analyze(text, summarize.Options{})
		r := summarize.Answer(a, q)
		if r.Confidence < 0 || r.Confidence > 1 {
			t.Errorf("confidence %v out of [0, 1]", r.Confidence)
		}
		if r.Evidence.Text != "" && r.Evidence.Span.In(text) != r.Evidence.Text {
			t.Errorf("evidence span %v does not cover %q", r.Evidence.Span, r.Evidence.Text)
		}
		if r.Span.End > len(text) || r.Span.Start < 0 || r.Span.Start > r.Span.End {
			t.Errorf("span %v out of bounds", r.Span)
		}
		if !r.Found && r.Text != "" {
			t.Errorf("not found but text %q", r.Text)
		}
	})
}

// BenchmarkAnswer times one question on an analysed article of about 1,000
// words (the seed article repeated); the index is built before the timer.
func BenchmarkAnswer(b *testing.B) {
	raw, err := os.ReadFile("testdata/ap-blinken-qin-call.repaired.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(raw)
	for len(strings.Fields(text)) < 1000 {
		text += "\n" + string(raw)
	}
	a := summarize.Analyze(text, summarize.Options{})
	qs := []string{"what did Qin say?", "who is Kritenbrink?", "when is Blinken going?", "why was the trip postponed?", "Where did Raimondo meet Wang Wentao?", "How many people died?"}
	summarize.Answer(a, qs[0])
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		summarize.Answer(a, qs[i%len(qs)])
	}
}

// BenchmarkAnswerCold times a question on an Analysis that has no index yet,
// as after it is read back from storage: the index is built each time.
func BenchmarkAnswerCold(b *testing.B) {
	raw, err := os.ReadFile("testdata/ap-blinken-qin-call.repaired.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(raw)
	for len(strings.Fields(text)) < 1000 {
		text += "\n" + string(raw)
	}
	a := summarize.Analyze(text, summarize.Options{})
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c := &summarize.Analysis{Text: a.Text, Sentences: a.Sentences, Lede: a.Lede}
		summarize.Answer(c, "who is Kritenbrink?")
	}
}

// TestAnswerUsesAnalysis checks that the answerer takes quotes and roles
// from the analysis when the quote and fact stages have filled them.
func TestAnswerUsesAnalysis(t *testing.T) {
	a := seedAnalysis(t)
	span := func(s string) summarize.Span {
		i := strings.Index(a.Text, s)
		if i < 0 {
			t.Fatalf("%q not in the seed", s)
		}
		return summarize.Span{Start: i, End: i + len(s)}
	}
	sentenceOf := func(sp summarize.Span) int {
		for i, s := range a.Sentences {
			if sp.Start >= s.Span.Start && sp.End <= s.Span.End {
				return i
			}
		}
		return -1
	}
	q := span("China’s core concerns")
	a.Quotes = []summarize.Quote{
		{Text: "China’s core concerns", Span: q, Speaker: "Qin Gang", Cue: "urged", Sentence: sentenceOf(q), Direct: true},
		{Text: "guardrails", Span: span("guardrails"), Speaker: "Joe Biden", Cue: "called for", Sentence: sentenceOf(span("guardrails")), Direct: true},
	}
	role := "assistant U.S. secretary of state"
	a.Entities = []summarize.Entity{
		{Name: "Daniel Kritenbrink", Kind: summarize.Person, Role: role, Mentions: []summarize.Span{span("Daniel Kritenbrink")}},
	}
	r := summarize.Answer(a, "What did Qin say?")
	if r.Text != "China’s core concerns" || r.Speaker != "Qin Gang" || !r.Found {
		t.Errorf("quote: got %q by %q (found %v), want the analysis's quote by Qin Gang", r.Text, r.Speaker, r.Found)
	}
	if r.Span != q {
		t.Errorf("quote span: got %v, want %v", r.Span, q)
	}
	r = summarize.Answer(a, "Who is Kritenbrink?")
	if want := "Daniel Kritenbrink, " + role; r.Text != want || !strings.Contains(r.Evidence.Text, "Daniel Kritenbrink") {
		t.Errorf("role: got %q (evidence %q), want %q", r.Text, r.Evidence.Text, want)
	}
	if got := r.Span.In(a.Text); !strings.Contains(got, role) {
		t.Errorf("role span: got %q, want it to hold %q", got, role)
	}
	if r = summarize.Answer(a, "What did Xi Jinping say?"); r.Text != "comprehensive containment and suppression" {
		t.Errorf("speaker the quote stage missed: got %q, want the quoted words of his sentence", r.Text)
	}
	if r = summarize.Answer(a, "What did Raimondo say?"); r.Found {
		t.Errorf("speaker never quoted: got %q, want not found", r.Text)
	}
}

// TestAnswerConcurrent asks questions of one Analysis from several
// goroutines, as chat users do; run with -race.
func TestAnswerConcurrent(t *testing.T) {
	a := seedAnalysis(t)
	want := summarize.Answer(seedAnalysis(t), "who is Kritenbrink?").Text
	done := make(chan string)
	for i := 0; i < 4; i++ {
		go func() { done <- summarize.Answer(a, "who is Kritenbrink?").Text }()
	}
	for i := 0; i < 4; i++ {
		if got := <-done; got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	}
}

// TestWarmDecodedAnalysis checks that an Analysis decoded from JSON, which
// has no index cache, answers as the original does once warmed.
func TestWarmDecodedAnalysis(t *testing.T) {
	text := "Mayor Helen Okafor said the bridge will reopen on Friday. Crews have worked on it since March.\nThe repairs cost $2 million, the city said."
	a := summarize.Analyze(text, summarize.Options{})
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var d summarize.Analysis
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatal(err)
	}
	d.Warm()
	for _, q := range []string{"when will the bridge reopen?", "how much did the repairs cost?"} {
		want, got := summarize.Answer(a, q), summarize.Answer(&d, q)
		if got.Text != want.Text || got.Found != want.Found {
			t.Errorf("%q: decoded answers %q (found %v), original %q (found %v)", q, got.Text, got.Found, want.Text, want.Found)
		}
	}
}
