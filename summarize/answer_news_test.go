package summarize_test

import (
	"os"
	"strings"
	"testing"

	"github.com/briefly-bot/briefly/summarize"
)

// TestAnswerNewsQuestions asks the bundled example story (a city council
// vote on bus funding) what a newsroom asks in chat. want lists the answers
// accepted (the answer must contain one of them); an empty list means the
// article does not say, and the answer must say so rather than guess.
func TestAnswerNewsQuestions(t *testing.T) {
	b, err := os.ReadFile("../bot/example/council.txt")
	if err != nil {
		t.Fatal(err)
	}
	a := summarize.Analyze(string(b), summarize.Options{})
	tests := []struct {
		name string
		q    string
		want []string
	}{
		{"cost of the plan", "how much does the plan cost?", []string{"$48.2 million"}},
		{"reason for a vote", "why did Reyes vote against the plan?", []string{"the city was spending money it did not have"}},
		{"votes against", "how many council members voted against?", []string{"3"}},
		{"votes for", "how many council members voted for the plan?", []string{"6"}},
		{"new value of a rate", "what will the parking tax be?", []string{"11%"}},
		{"old value of a rate", "what was the parking tax before?", []string{"8%"}},
		{"role of a council member", "who is Reyes?", []string{"Council Member"}},
		{"role of the mayor", "who is Okafor?", []string{"Mayor"}},
		{"role of an official", "who is Priya Natarajan?", []string{"budget director"}},
		{"what the mayor said", "what did Okafor say?", []string{"keeps the buses moving"}},
		{"what the union said", "what did Chen say?", []string{"a first step, not a finish line"}},
		{"when the vote was", "when was the vote?", []string{"Tuesday"}},
		{"when it takes effect", "when does the plan take effect?", []string{"Jan. 1"}},
		{"when the strike was planned", "when had the union planned a strike?", []string{"Oct. 3"}},
		{"revenue of the increase", "how much will the parking tax increase bring in?", []string{"$6.7 million"}},
		{"money from the reserve", "how much will be drawn from the reserve fund?", []string{"$9.5 million"}},
		{"money for raises", "how much is set aside for driver raises?", []string{"$3.1 million"}},
		{"union size", "how many transit workers does the union represent?", []string{"620"}},
		{"hearing turnout", "how many residents signed up to speak?", []string{"300"}},
		{"date of the hearing", "when was the public hearing?", []string{"Sept. 14"}},
		{"who said first step", "who called the vote a first step?", []string{"Marisol Chen"}},
		{"who voted against", "who voted against the plan?", []string{"Daniel Reyes"}},
		{"new drivers", "how many new drivers will finish training?", []string{"14"}},
		{"ridership", "what is ridership now?", []string{"87%"}},
		{"cost asked with what", "what does the plan cost?", []string{"$48.2 million"}},
		{"new value asked with new", "what is the new parking tax?", []string{"11%"}},
		{"the whole tally", "what was the vote?", []string{"6-3"}},
		{"votes no", "how many voted no?", []string{"3"}},
		{"did it pass", "did the council approve the plan?", []string{"voted 6-3"}},
		{"who spoke", "who spoke?", []string{"Helen Okafor, Daniel Reyes and Marisol Chen"}},
		{"who is quoted", "who is quoted in the story?", []string{"Helen Okafor, Daniel Reyes and Marisol Chen"}},
		{"when proposed", "when did Okafor propose a smaller plan?", []string{"August"}},
		{"no sports", "who won the Super Bowl?", nil},
		{"no governor", "what did the governor say?", nil},
		{"no hourly pay", "how much do drivers earn per hour?", nil},
		{"no deaths", "how many people died?", nil},
		{"no police chief", "who is the police chief?", nil},
		{"no resignation", "why did the mayor resign?", nil},
		{"no stadium", "how much did the stadium cost?", nil},
		{"no reason given", "why are the parking taxes going up?", nil},
		{"no election", "when is the next election?", nil},
		{"a date is no reason", "why did the union plan a strike?", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := summarize.Answer(a, tt.q)
			if len(tt.want) == 0 {
				if r.Found || r.Text != "" {
					t.Errorf("got %q (evidence %q), want not found", r.Text, r.Evidence.Text)
				}
				return
			}
			if !r.Found {
				t.Fatalf("got not found, want %q", tt.want[0])
			}
			ok := false
			for _, w := range tt.want {
				ok = ok || strings.Contains(r.Text, w)
			}
			if !ok {
				t.Errorf("got %q (evidence %q), want %q", r.Text, r.Evidence.Text, tt.want[0])
			}
			if r.Question.Expect != summarize.AQuote && r.Question.Type != summarize.QYesNo && len(r.Text) > 2*len(tt.want[0])+40 {
				t.Errorf("got %q: too long an answer for %q", r.Text, tt.want[0])
			}
			if r.Span != (summarize.Span{}) && !strings.Contains(r.Evidence.Text, r.Span.In(a.Text)) {
				t.Errorf("span %q lies outside the evidence %q", r.Span.In(a.Text), r.Evidence.Text)
			}
		})
	}
}

// TestAnswerNewsShapes checks the answer shapes on sentences written for the
// test: a tally written apart from a vote, a change with the question's
// words too far from it, a cost not written before the noun.
func TestAnswerNewsShapes(t *testing.T) {
	text := "Harbor board approves ferry budget\n" +
		"The harbor board voted 5-2 on Monday to approve the ferry budget. " +
		"The score was 21-14 at halftime in the league final. " +
		"Fares will go from $2 to $3 next year, the board said. " +
		"The board also spent $4 million on a new dock for the ferry."
	a := summarize.Analyze(text, summarize.Options{})
	tests := []struct{ name, q, want string }{
		{"against", "How many board members voted against the budget?", "2"},
		{"for", "How many members voted in favor?", "5"},
		{"new fare", "What will fares be?", "$3"},
		{"old fare", "What were fares before?", "$2"},
		{"dock cost", "How much did the dock cost?", "$4 million"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := summarize.Answer(a, tt.q)
			if r.Text != tt.want {
				t.Errorf("got %q (evidence %q), want %q", r.Text, r.Evidence.Text, tt.want)
			}
		})
	}
}
