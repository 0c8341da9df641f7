package summarize

import (
	"testing"
	"time"
)

// onlyEntity extracts from text and returns the single entity of a kind,
// failing when there is not exactly one.
func onlyEntity(t *testing.T, text string, pub time.Time, kinds ...EntityKind) Entity {
	t.Helper()
	f := ExtractFacts(text, nil, pub)
	var got []Entity
	for _, e := range f.Entities {
		for _, k := range kinds {
			if e.Kind == k {
				got = append(got, e)
			}
		}
	}
	if len(got) != 1 {
		t.Fatalf("%q: got %d %v entities (%+v), want 1", text, len(got), kinds, got)
	}
	return got[0]
}

func TestExtractDates(t *testing.T) {
	tests := []struct {
		name, text, phrase, value string
		kind                      EntityKind
	}{
		{"weekday is the latest one", "They spoke Monday.", "Monday", "2023-06-12", Date},
		{"weekday of publication", "They spoke Wednesday.", "Wednesday", "2023-06-14", Date},
		{"weekday ahead", "They will meet Friday.", "Friday", "2023-06-16", Date},
		{"future cue elsewhere in the sentence", "He said Monday that he will resign.", "Monday", "2023-06-12", Date},
		{"next weekday", "See you next Tuesday.", "next Tuesday", "2023-06-20", Date},
		{"last weekday", "It began last Wednesday.", "last Wednesday", "2023-06-07", Date},
		{"weekday with part of day", "It rained Sunday night.", "Sunday night", "2023-06-11", Date},
		{"last week", "Last week, it rained.", "Last week", "2023-06-05/2023-06-11", Date},
		{"this week", "It rains this week.", "this week", "2023-06-12/2023-06-18", Date},
		{"next month", "It opens next month.", "next month", "2023-07", Date},
		{"earlier this month", "It opened earlier this month.", "earlier this month", "2023-06", Date},
		{"last year", "It closed last year.", "last year", "2022", Date},
		{"in May", "In May, it opened.", "May", "2023-05", Date},
		{"month after publication is last year's", "It closed in September.", "September", "2022-09", Date},
		{"month ahead", "It will open in September.", "September", "2023-09", Date},
		{"month and day", "It opened on May 5.", "May 5", "2023-05-05", Date},
		{"full date", "It opened on May 5, 2021.", "May 5, 2021", "2021-05-05", Date},
		{"abbreviated month", "It opened Jan. 3, 2020.", "Jan. 3, 2020", "2020-01-03", Date},
		{"day month year", "It opened on 5 May 2021.", "5 May 2021", "2021-05-05", Date},
		{"month and year", "It opened in March 2019.", "March 2019", "2019-03", Date},
		{"weekday with date", "It opened Wednesday, June 7, 2023.", "Wednesday, June 7, 2023", "2023-06-07", Date},
		{"yesterday", "It opened yesterday.", "yesterday", "2023-06-13", Date},
		{"days ago", "It opened three days ago.", "three days ago", "2023-06-11", Date},
		{"year", "It opened in 1998.", "1998", "1998", Date},
		{"decade", "It was built in the 1990s.", "1990s", "1990s", Date},
		{"time pm", "It opens at 3 p.m.", "3 p.m.", "15:00", Time},
		{"time with minutes", "It opens at 10:30am.", "10:30am", "10:30", Time},
		{"noon", "It opens at noon.", "noon", "12:00", Time},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := onlyEntity(t, tt.text, june14, Date, Time)
			if e.Name != tt.phrase || e.Value != tt.value || e.Kind != tt.kind {
				t.Errorf("got %q=%q (%s), want %q=%q (%s)", e.Name, e.Value, e.Kind, tt.phrase, tt.value, tt.kind)
			}
		})
	}
}

func TestExtractDatesUnresolved(t *testing.T) {
	tests := []struct{ text, phrase, value string }{
		{"They spoke Wednesday.", "Wednesday", ""},
		{"Last week, it rained.", "Last week", ""},
		{"It opened on May 5, 2021.", "May 5, 2021", "2021-05-05"},
		{"It opened in 1998.", "1998", "1998"},
	}
	for _, tt := range tests {
		t.Run(tt.phrase, func(t *testing.T) {
			e := onlyEntity(t, tt.text, time.Time{}, Date)
			if e.Name != tt.phrase || e.Value != tt.value {
				t.Errorf("got %q=%q, want %q=%q", e.Name, e.Value, tt.phrase, tt.value)
			}
		})
	}
}

func TestNotDates(t *testing.T) {
	for _, text := range []string{
		"It may rain.",
		"Theresa May spoke.",
		"April Ryan asked.",
		"May I ask?",
		"They sold 2000 tons.",
		"It cost $2023.",
	} {
		f := ExtractFacts(text, nil, june14)
		for _, e := range f.Entities {
			if e.Kind == Date {
				t.Errorf("%q: got date %q", text, e.Name)
			}
		}
	}
}
