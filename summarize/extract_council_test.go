package summarize

import (
	"os"
	"strings"
	"testing"
	"time"
)

// TestExtractFactsCouncil checks the bundled example article (a copy of
// bot/example/council.txt): a dateline with an unknown city and a news
// agency, a council member's title, a union local and a vote tally.
func TestExtractFactsCouncil(t *testing.T) {
	b, err := os.ReadFile("../bot/example/council.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	f := ExtractFacts(text, nil, time.Time{})
	want := map[EntityKind][]string{
		Person:       {"Helen Okafor|Mayor", "Daniel Reyes|Council Member", "Marisol Chen|spokesperson for Amalgamated Transit Union Local 412", "Priya Natarajan|City budget director"},
		Organization: {"Briefly Wire|", "Port Alder City Council|", "Amalgamated Transit Union Local 412|", "City Hall|"},
		Place:        {"Port Alder|", "Oregon|"},
	}
	for kind, names := range want {
		if got := rolesOf(f, kind); strings.Join(got, "; ") != strings.Join(names, "; ") {
			t.Errorf("%s: got %q, want %q", kind, got, names)
		}
	}
	if e := findEntity(f, text, Person, "Daniel Reyes"); e == nil || len(e.Mentions) != 4 {
		t.Errorf("Daniel Reyes: got %v, want 4 mentions (Reyes merged)", e)
	}
	numbers := []struct {
		phrase, value string
		kind          EntityKind
	}{
		{"6-3", "6-3", Number}, {"8%", "8%", Percent}, {"11%", "11%", Percent},
		{"three-month", "3 mo", Quantity}, {"one-day", "1 d", Quantity}, {"620", "620", Number},
	}
	for _, n := range numbers {
		e := findEntity(f, text, n.kind, n.phrase)
		if e == nil {
			t.Errorf("%s %q not found", n.kind, n.phrase)
			continue
		}
		if e.Value != n.value {
			t.Errorf("%q: got value %q, want %q", n.phrase, e.Value, n.value)
		}
	}
	for _, e := range f.Entities {
		if e.Kind == Number && (e.Name == "6" || e.Name == "3" || e.Name == "412") {
			t.Errorf("got number %q, which is part of a tally or a name", e.Name)
		}
		if e.Kind == Date && e.Value != "" && len(e.Name) != 4 {
			t.Errorf("date %q: got value %q with no publication date", e.Name, e.Value)
		}
	}
}

func TestExtractDatelines(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "kind:name" of places and organizations, in order
	}{
		{"unknown city, state abbreviation, agency", "PORT ALDER, Ore. (Briefly Wire) — The vote passed.", []string{"place:Port Alder", "place:Oregon", "organization:Briefly Wire"}},
		{"dotted state", "ALBANY, N.Y. (AP) — It rained.", []string{"place:Albany", "place:New York", "organization:AP"}},
		{"country name", "LONDON, England (CNN) -- It rained.", []string{"place:London", "place:England", "organization:CNN"}},
		{"known city and agency", "WASHINGTON (Reuters) - It rained.", []string{"place:Washington", "organization:Reuters"}},
		{"agency alone", "(Acme News) -- It rained.", []string{"organization:Acme News"}},
		{"city mentioned again", "EAST HOLLOW, Ky. — The East Hollow vote passed.", []string{"place:East Hollow", "place:Kentucky"}},
		{"hyphenated city", "WINSTON-SALEM, N.C. (AP) — It rained.", []string{"place:Winston-Salem", "place:North Carolina", "organization:AP"}},
		{"capitals and a dash are no dateline", "DEVELOPING — The vote passed.", nil},
		{"not at a sentence start", "The word WASHINGTON, Ore. — is odd.", []string{"place:Washington"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := ExtractFacts(tt.text, nil, time.Time{})
			var got []string
			for _, e := range f.Entities {
				if e.Kind == Place || e.Kind == Organization || e.Kind == Person {
					got = append(got, string(e.Kind)+":"+e.Name)
				}
			}
			if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestExtractCouncilTitles(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "Name|Role" of every person
	}{
		{"council member", "Council Member Daniel Reyes voted no. Reyes left.", []string{"Daniel Reyes|Council Member"}},
		{"lower-case council member", "The plan angered council member Ana Ruiz.", []string{"Ana Ruiz|council member"}},
		{"councilman", "Councilman Joe Park objected.", []string{"Joe Park|Councilman"}},
		{"councilwoman", "Councilwoman Mary Lund objected.", []string{"Mary Lund|Councilwoman"}},
		{"alderman", "Alderman Tom Bell objected.", []string{"Tom Bell|Alderman"}},
		{"county commissioner", "County Commissioner Lisa Grant objected.", []string{"Lisa Grant|County Commissioner"}},
		{"supervisor", "Supervisor Dean Preston objected.", []string{"Dean Preston|Supervisor"}},
		{"trustee", "Trustee Omar Haddad objected.", []string{"Omar Haddad|Trustee"}},
		{"board chair", "The vote pleased board chair Rita Moreno.", []string{"Rita Moreno|board chair"}},
		{"city council president", "City Council President Ed Burke objected.", []string{"Ed Burke|City Council President"}},
		{"a council alone is no one", "The City Council met.", nil},
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

func TestExtractSpotChecks(t *testing.T) {
	tests := []struct {
		name, text string
		kind       EntityKind
		want       []string // names of the entities of kind, in order
	}{
		{"surname with particle merges", "Manchester United manager Louis van Gaal spoke. Van Gaal said Rooney was hurt.", Person, []string{"Louis van Gaal", "Rooney"}},
		{"party is no person", "The Tories dismissed the plan, while the Liberal Democrats said it was misdirected.", Person, nil},
		{"bank is no person", "Paul Sheard, economist at Lehman Brothers in Tokyo, said growth was weak.", Organization, []string{"Lehman Brothers"}},
		{"Islamic State is an organization", "Fighters joined Islamic State in Syria.", Place, []string{"Syria"}},
		{"al-Qaeda spellings merge", "Al Qaeda claimed it. Analysts said Al-Qaeda was weak.", Organization, []string{"al-Qaeda"}},
		{"club is no person", "Crystal Palace beat Everton on Sunday.", Person, nil},
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

func TestExtractQuantityForms(t *testing.T) {
	tests := []struct {
		name, text, phrase, value string
		kind                      EntityKind
	}{
		{"vote tally", "The council voted 6-3 to approve it.", "6-3", "6-3", Number},
		{"score with en dash", "They won 4–1 at home.", "4–1", "4-1", Number},
		{"range of a quantity is no tally", "It takes 5-10 years.", "10 years", "10 yr", Quantity},
		{"spelled-out duration", "It ended a three-month standoff.", "three-month", "3 mo", Quantity},
		{"glued metres", "The kite flew at 5,000m above the sea.", "5,000m", "5000 m", Quantity},
		{"million after a currency", "It cost £5m.", "£5m", "5000000 GBP", Money},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := ExtractFacts(tt.text, nil, time.Time{})
			e := findEntity(f, tt.text, tt.kind, tt.phrase)
			if e == nil {
				t.Fatalf("%s %q not found in %v", tt.kind, tt.phrase, f.Entities)
			}
			if e.Value != tt.value {
				t.Errorf("got value %q, want %q", e.Value, tt.value)
			}
		})
	}
}

func TestWeekdayAdjective(t *testing.T) {
	tests := []struct {
		name, text, phrase, value string
	}{
		{"weekday before a plural noun", "She would have trimmed Sunday routes.", "Sunday", ""},
		{"weekday as a day", "The council met on Sunday to vote.", "Sunday", "2023-06-11"},
		{"said weekday", "Officials said Sunday that buses run.", "Sunday", "2023-06-11"},
		{"weekday before an adverb", "They spoke on a call Wednesday ahead of the visit.", "Wednesday", "2023-06-14"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := ExtractFacts(tt.text, nil, june14)
			e := findEntity(f, tt.text, Date, tt.phrase)
			if e == nil {
				t.Fatalf("date %q not found", tt.phrase)
			}
			if e.Value != tt.value {
				t.Errorf("got %q, want %q", e.Value, tt.value)
			}
		})
	}
}

// rolesOf lists the entities of kind as "Name|Role", in order.
func rolesOf(f Facts, kind EntityKind) []string {
	var out []string
	for _, e := range f.Entities {
		if e.Kind == kind {
			out = append(out, e.Name+"|"+e.Role)
		}
	}
	return out
}
