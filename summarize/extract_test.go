package summarize

import (
	"os"
	"strings"
	"testing"
	"time"
)

// june14 is a Wednesday: the day the seed article was published.
var june14 = time.Date(2023, 6, 14, 9, 30, 0, 0, time.UTC)

// findEntity returns the entity of a kind whose name or any mention text
// equals name, or nil.
func findEntity(f Facts, text string, kind EntityKind, name string) *Entity {
	for i := range f.Entities {
		e := &f.Entities[i]
		if e.Kind != kind {
			continue
		}
		if e.Name == name {
			return e
		}
		for _, m := range e.Mentions {
			if m.In(text) == name {
				return e
			}
		}
	}
	return nil
}

func TestExtractFactsSeed(t *testing.T) {
	b, err := os.ReadFile("testdata/ap-blinken-qin-call.repaired.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	f := ExtractFacts(text, nil, june14)

	people := []struct{ name, role string }{
		{"Antony Blinken", "U.S. Secretary of State"},
		{"Qin Gang", "Chinese Foreign Minister"},
		{"Daniel Kritenbrink", "assistant U.S. secretary of state for East Asian and Pacific affairs"},
		{"Gina Raimondo", "U.S. Secretary of Commerce"},
		{"Wang Wentao", "Chinese counterpart"},
		{"Joe Biden", "President"},
		{"Xi Jinping", "Chinese President"},
	}
	for _, p := range people {
		e := findEntity(f, text, Person, p.name)
		if e == nil {
			t.Errorf("person %q not found", p.name)
			continue
		}
		if e.Name != p.name {
			t.Errorf("person %q: got name %q", p.name, e.Name)
		}
		if e.Role != p.role {
			t.Errorf("person %q: got role %q, want %q", p.name, e.Role, p.role)
		}
	}
	if n := countKind(f, Person); n != len(people) {
		t.Errorf("got %d people, want %d: %v", n, len(people), namesOf(f, Person))
	}
	blinken := findEntity(f, text, Person, "Antony Blinken")
	if blinken != nil && len(blinken.Mentions) != 4 {
		t.Errorf("Antony Blinken: got %d mentions, want 4 (Blinken merged)", len(blinken.Mentions))
	}
	if qin := findEntity(f, text, Person, "Qin Gang"); qin != nil && len(qin.Mentions) != 3 {
		t.Errorf("Qin Gang: got %d mentions, want 3 (Qin merged)", len(qin.Mentions))
	}

	for _, name := range []string{"U.S. State Department", "Chinese Foreign Ministry"} {
		if findEntity(f, text, Organization, name) == nil {
			t.Errorf("organization %q not found in %v", name, namesOf(f, Organization))
		}
	}
	for _, name := range []string{"Taipei", "Taiwan", "China", "U.S.", "Washington", "Beijing", "Russia", "Ukraine"} {
		if findEntity(f, text, Place, name) == nil {
			t.Errorf("place %q not found in %v", name, namesOf(f, Place))
		}
	}
	if us, united := findEntity(f, text, Place, "U.S."), findEntity(f, text, Place, "United States"); us != united {
		t.Errorf("U.S. and United States are separate places")
	}

	dates := []struct{ phrase, value string }{
		{"Wednesday", "2023-06-14"},
		{"Last week", "2023-06-05/2023-06-11"},
		{"May", "2023-05"},
		{"last year", "2022"},
		{"this week", "2023-06-12/2023-06-18"},
		{"February", "2023-02"},
	}
	for _, d := range dates {
		e := findEntity(f, text, Date, d.phrase)
		if e == nil {
			t.Errorf("date %q not found in %v", d.phrase, namesOf(f, Date))
			continue
		}
		if e.Value != d.value {
			t.Errorf("date %q: got %q, want %q", d.phrase, e.Value, d.value)
		}
	}

	// the per-sentence index points back at mentions in that sentence
	sents := Segment(text)
	if len(f.Sentences) != len(sents) {
		t.Fatalf("got %d sentence entries, want %d", len(f.Sentences), len(sents))
	}
	for si, ids := range f.Sentences {
		for _, id := range ids {
			found := false
			for _, m := range f.Entities[id].Mentions {
				if m.Start >= sents[si].Span.Start && m.Start < sents[si].Span.End {
					found = true
				}
			}
			if !found {
				t.Errorf("sentence %d lists %q, which it does not mention", si, f.Entities[id].Name)
			}
		}
	}
	lead := 0
	for si, s := range sents {
		if strings.Contains(s.Text, "Antony Blinken") {
			lead = si
		}
	}
	first := f.OfKind(lead, Person)
	if len(first) != 2 || f.Entities[first[0]].Name != "Antony Blinken" || f.Entities[first[1]].Name != "Qin Gang" {
		t.Errorf("sentence 0 people: got %v", first)
	}
}

func countKind(f Facts, k EntityKind) int {
	n := 0
	for _, e := range f.Entities {
		if e.Kind == k {
			n++
		}
	}
	return n
}

func namesOf(f Facts, k EntityKind) []string {
	var out []string
	for _, e := range f.Entities {
		if e.Kind == k {
			out = append(out, e.Name)
		}
	}
	return out
}

func TestExtractPeople(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "Name|Role" of every person, in order
	}{
		{"pre-title", "Prime Minister Rishi Sunak spoke.", []string{"Rishi Sunak|Prime Minister"}},
		{"abbreviated title", "Sen. Elizabeth Warren and Gov. Gavin Newsom met.", []string{"Elizabeth Warren|Sen.", "Gavin Newsom|Gov."}},
		{"appositive", "Ned Price, a spokesman for the State Department, declined to comment.", []string{"Ned Price|spokesman for the State Department"}},
		{"appositive at sentence end", "The statement came from Tim Cook, the company's CEO.", []string{"Tim Cook|company's CEO"}},
		{"no appositive for a clause", "Maria Lopez, who lives nearby, saw it.", []string{"Maria Lopez|"}},
		{"role noun before", "The club's manager Jurgen Klopp was calm.", []string{"Jurgen Klopp|manager"}},
		{"said X", "\"It is over,\" said Patel Okonkwo.", []string{"Patel Okonkwo|"}},
		{"X said", "Okafor said the plan would work.", []string{"Okafor|"}},
		{"surname merges", "Mayor Helen Okafor spoke first. Okafor said more. Helen left.", []string{"Helen Okafor|Mayor"}},
		{"honorific is not a role", "Mr. John Smith arrived. Mr. Smith left.", []string{"John Smith|"}},
		{"title naming a place", "The Mayor of London spoke.", nil},
		{"sentence-initial function words", "But The Times said nothing. Last week it rained.", nil},
		{"sentence-initial known name", "Gina Raimondo left. Raimondo returned.", []string{"Gina Raimondo|"}},
		{"month is not a person", "In March the ministry spoke. March ended.", nil},
		{"hyphenated surname", "Julia Louis-Dreyfus stars.", []string{"Julia Louis-Dreyfus|"}},
		{"name particle", "Ursula von der Leyen spoke.", []string{"Ursula von der Leyen|"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := rolesOf(ExtractFacts(tt.text, nil, time.Time{}), Person)
			if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestExtractOrganizationsAndPlaces(t *testing.T) {
	tests := []struct {
		name, text string
		kind       EntityKind
		want       []string
	}{
		{"org cue", "The Chinese Foreign Ministry and the Supreme Court replied.", Organization, []string{"Chinese Foreign Ministry", "Supreme Court"}},
		{"of inside org", "She joined the Department of Health and Human Services.", Organization, []string{"Department of Health and Human Services"}},
		{"company", "Shares of Apple Inc. rose.", Organization, []string{"Apple Inc."}},
		{"acronym merges", "The Federal Bureau of Investigation said the FBI would help.", Organization, []string{"Federal Bureau of Investigation"}},
		{"bare form merges", "The U.S. State Department spoke. The State Department agreed.", Organization, []string{"U.S. State Department"}},
		{"places", "She flew from Paris to New York and then to Texas.", Place, []string{"Paris", "New York", "Texas"}},
		{"country variants merge", "The U.S. and the United States of America and America.", Place, []string{"United States of America"}},
		{"demonym is its country", "A Chinese balloon crossed.", Place, []string{"China"}},
		{"hyphen between places", "China-U.S. ties are strained.", Place, []string{"China", "U.S."}},
		{"split at of", "Wang Yi of China spoke.", Place, []string{"China"}},
		{"dateline", "TAIPEI, Taiwan (AP) — It rained.", Place, []string{"Taipei", "Taiwan"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := ExtractFacts(tt.text, nil, time.Time{})
			got := namesOf(f, tt.kind)
			if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
