package summarize

import "testing"

func TestParseQuestion(t *testing.T) {
	tests := []struct {
		name, q string
		typ     QuestionType
		expect  AnswerType
		subject string
		unit    string
	}{
		{"what did X say", "what did Qin say?", QWhat, AQuote, "Qin", ""},
		{"what has X said about", "What has Blinken said about Taiwan?", QWhat, AQuote, "Blinken", ""},
		{"what did X call for is not a quote", "What did Luther call for?", QWhat, AThing, "", ""},
		{"who is X", "who is Kritenbrink?", QWho, ARole, "Kritenbrink", ""},
		{"who is the", "Who is the president of France?", QWho, APerson, "", ""},
		{"who did", "Who downed the balloon?", QWho, APerson, "", ""},
		{"when", "when is Blinken going?", QWhen, ATime, "", ""},
		{"why", "why was the trip postponed?", QWhy, AReason, "", ""},
		{"where", "Where did they meet?", QWhere, APlace, "", ""},
		{"how many", "How many points did the Panthers defense surrender?", QHowMany, ANumber, "", "points"},
		{"how much", "How much money did it cost?", QHowMuch, ANumber, "", "money"},
		{"how long", "How long did the war last?", QHow, ANumber, "", "long"},
		{"how manner", "How did he escape?", QHow, AManner, "", ""},
		{"what year", "In what year was it built?", QWhat, ATime, "", "year"},
		{"which city", "Which city hosted the games?", QWhich, APlace, "", "city"},
		{"what is the name of the", "What is the name of the company that made it?", QWhat, AOrganization, "", "company"},
		{"which ministry", "Which ministry issued a statement?", QWhich, AOrganization, "", "ministry"},
		{"what verb is no head", "What flew over U.S. territory?", QWhat, AThing, "", ""},
		{"wh in the middle", "The Panthers defense surrendered how many points?", QHowMany, ANumber, "", "points"},
		{"yes/no", "Did Qin meet Blinken?", QYesNo, ABool, "", ""},
		{"tl;dr", "tl;dr", QSummary, ASummary, "", ""},
		{"summarize", "Summarize this please", QSummary, ASummary, "", ""},
		{"what is this about", "what's this article about?", QSummary, ASummary, "", ""},
		{"gist inside a word is not a summary", "What do paleoclimatologists measure?", QWhat, AThing, "", ""},
		{"Summary in a title is not a summary request", "What is in the WG I Summary for Policymakers?", QWhat, AThing, "", ""},
		{"how many counts the head noun", "How many 2015 season interceptions did the Panthers get?", QHowMany, ANumber, "", "interceptions"},
		{"name a X is a what question", "Name a luxury division of Toyota.", QWhat, AThing, "", "division"},
		{"name one of the X", "Name one of the causes of immunodeficiency.", QWhat, AThing, "", "causes"},
		{"actress is a person", "What actress did the ASL translation?", QWhat, APerson, "", "actress"},
		{"percentile is a number", "What percentile of GDP is construction?", QWhat, ANumber, "", "percentile"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := ParseQuestion(tt.q)
			if q.Type != tt.typ {
				t.Errorf("Type: got %q, want %q", q.Type, tt.typ)
			}
			if q.Expect != tt.expect {
				t.Errorf("Expect: got %q, want %q", q.Expect, tt.expect)
			}
			if q.Subject != tt.subject {
				t.Errorf("Subject: got %q, want %q", q.Subject, tt.subject)
			}
			if tt.unit != "" && q.Unit != tt.unit {
				t.Errorf("Unit: got %q, want %q", q.Unit, tt.unit)
			}
		})
	}
}

func TestParseQuestionFocus(t *testing.T) {
	q := ParseQuestion("Why was the trip postponed?")
	want := []string{"trip", "postponed"}
	if len(q.Focus) != len(want) {
		t.Fatalf("Focus: got %q, want %q", q.Focus, want)
	}
	for i := range want {
		if q.Focus[i] != want[i] {
			t.Errorf("Focus[%d]: got %q, want %q", i, q.Focus[i], want[i])
		}
	}
}
