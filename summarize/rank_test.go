package summarize

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// rankArticle is a small news story written for these tests.
const rankArticle = `By Jane Doe
Harbor City's council approved a $40 million flood wall on Tuesday after three storms in two years flooded the waterfront district.
Is the city ready for the next one?
The wall, 2.5 kilometres long, will protect about 6,000 homes and the port, council member Ana Ruiz said.
Construction starts in March and should end in 2027, according to the council's plan.
"We cannot wait for another storm," Ruiz said.
Read more: How other ports are preparing
Harbor City's port handles 40% of the region's freight, and the storms closed it for 11 days.
Critics said the council should have moved the homes instead of building the wall.
Sign up for our newsletter.
© 2026 Harbor City Herald. All rights reserved.`

func TestRank(t *testing.T) {
	sents := Segment(rankArticle)
	r := Rank(rankArticle, sents, RankOptions{})
	find := func(prefix string) int {
		for i, s := range sents {
			if strings.HasPrefix(s.Text, prefix) {
				return i
			}
		}
		t.Fatalf("no sentence starts with %q", prefix)
		return -1
	}
	for _, prefix := range []string{"By Jane", "Read more", "Sign up", "©"} {
		if i := find(prefix); !r.Boilerplate[i] {
			t.Errorf("sentence %q: got not boilerplate, want boilerplate", sents[i].Text)
		}
	}
	if want := find("Harbor City's council"); r.Lede != want {
		t.Errorf("got lede %q, want %q", sents[r.Lede].Text, sents[want].Text)
	}
	sum := r.Summary(3)
	if len(sum) != 3 || !slices.IsSorted(sum) {
		t.Fatalf("got summary %v, want 3 indices in article order", sum)
	}
	for _, i := range sum {
		if r.Boilerplate[i] {
			t.Errorf("summary holds boilerplate %q", sents[i].Text)
		}
		if strings.HasSuffix(sents[i].Text, "?") {
			t.Errorf("summary holds the question %q", sents[i].Text)
		}
	}
	content := 0
	for _, b := range r.Boilerplate {
		if !b {
			content++
		}
	}
	if got := r.Summary(100); len(got) != content {
		t.Errorf("got %d sentences for a long summary, want every one of the %d that are not boilerplate", len(got), content)
	}
	if got := r.Summary(0); got != nil {
		t.Errorf("got %v for a summary of 0 sentences, want nil", got)
	}
}

func TestRankEdgeCases(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		wantLede bool
	}{
		{"empty", "", false},
		{"only boilerplate", "Read more\nSign up for alerts.\n© 2024 Herald.", false},
		{"one sentence", "The mayor resigned on Friday after six years in office.", true},
		{"no letters", "... !!! ???", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sents := Segment(tt.text)
			r := Rank(tt.text, sents, RankOptions{})
			if got := r.Lede >= 0; got != tt.wantLede {
				t.Errorf("got lede %d, want a lede: %v", r.Lede, tt.wantLede)
			}
			if len(r.Scores) != len(sents) || len(r.Boilerplate) != len(sents) {
				t.Errorf("got %d scores and %d boilerplate flags, want %d", len(r.Scores), len(r.Boilerplate), len(sents))
			}
		})
	}
}

// TestRankEntities checks that the extractor's entities, when given, decide
// coverage: an entity named in two sentences lifts both, and leaves the
// others alone.
func TestRankEntities(t *testing.T) {
	text := "The council met on Tuesday evening to discuss the budget plan.\n" +
		"The omega committee will review the parks budget next month again.\n" +
		"The zeta committee will review the roads budget next month again.\n" +
		"Members spoke about zeta and its budget for an hour in the hall."
	sents := Segment(text)
	span := func(word string, from int) Span {
		i := strings.Index(text[from:], word) + from
		return Span{i, i + len(word)}
	}
	zeta := Entity{Name: "zeta", Kind: Organization, Mentions: []Span{span("zeta", 0), span("zeta", sents[3].Span.Start)}}
	plain := Rank(text, sents, RankOptions{Entities: []Entity{}})
	with := Rank(text, sents, RankOptions{Entities: []Entity{zeta}})
	if with.Scores[1] != plain.Scores[1] {
		t.Errorf("got score %.3f for the omega sentence with entities, want %.3f as without", with.Scores[1], plain.Scores[1])
	}
	if with.Scores[2] <= plain.Scores[2] {
		t.Errorf("got score %.3f for the zeta sentence with entities, want more than %.3f without", with.Scores[2], plain.Scores[2])
	}
}

// TestRankAllocsLinear checks that ranking a long article costs allocations
// in proportion to its length, not its square.
func TestRankAllocsLinear(t *testing.T) {
	para := "The port handled 40% of the region's freight last year, officials in Harbor City said. "
	short := strings.Repeat(para, 200)
	long := strings.Repeat(para, 2000)
	ss, ls := Segment(short), Segment(long)
	a := testing.AllocsPerRun(3, func() { Rank(short, ss, RankOptions{}) })
	b := testing.AllocsPerRun(3, func() { Rank(long, ls, RankOptions{}) })
	if b > 15*a {
		t.Errorf("got %.0f allocations for 2000 sentences and %.0f for 200, want about 10 times", b, a)
	}
}

func FuzzRank(f *testing.F) {
	f.Add(rankArticle)
	f.Add("")
	f.Add("By X\n\n\"Why?\" she asked.\nA.")
	f.Fuzz(func(t *testing.T, text string) {
		sents := Segment(text)
		r := Rank(text, sents, RankOptions{})
		if r.Lede < -1 || r.Lede >= len(sents) {
			t.Fatalf("lede %d out of range [−1, %d)", r.Lede, len(sents))
		}
		sum := r.Summary(3)
		if len(sum) > 3 || !slices.IsSorted(sum) {
			t.Fatalf("got summary %v, want at most 3 sorted indices", sum)
		}
		for _, i := range sum {
			if i < 0 || i >= len(sents) || r.Boilerplate[i] {
				t.Fatalf("summary index %d out of range or boilerplate", i)
			}
		}
	})
}

// AnalyzeRankStage returns a function that ranks text as Analyze does, from
// the extractor's tokens and word table, which are prepared here once; each
// call ranks over a fresh copy of the table, as a new Analyze would, in the
// memory of one scratch that every call reuses, as consecutive Analyze
// calls may. It is for BenchmarkRankInAnalyze, which measures the ranking
// stage alone.
func AnalyzeRankStage(text string) func() Ranking {
	rank := analyzeRankStage(text)
	sc := new(rankScratch)
	return func() Ranking { return rank(sc) }
}

// analyzeRankStage returns a function that ranks text as Analyze does, in
// the memory of sc (nil to allocate).
func analyzeRankStage(text string) func(sc *rankScratch) Ranking {
	in := prepare(text)
	text, low, sents := in.body, in.low, in.sents
	tab := newWordTable(len(text))
	_, toks := extractFacts(text, low, sents, time.Time{}, tab, nil)
	return func(sc *rankScratch) Ranking {
		t := tab.clone()
		return rankWithScratch(text, low, sents, RankOptions{}, defaultRankParams(), toks, t, sc)
	}
}

// TestRankScratchReuse ranks texts of different sizes one after another in
// one scratch: each ranking is the one made in fresh memory, and none
// changes when the scratch is used again.
func TestRankScratchReuse(t *testing.T) {
	long := strings.Repeat(rankArticle+"\n", 3) + `The mayor, Lena Ortiz, said the city had asked the state for $12 million more.
Engineers from Delft reviewed the design in January and found it sound.
Residents of the Old Quay, who were flooded twice, welcomed the vote.
"It is about time," said Tom Baker, 61, whose bakery lost $80,000 of stock.`
	texts := []string{rankArticle, long, "A short note. Nothing else.", "", rankArticle, "Storms? Walls! Homes, ports and 6,000 people."}
	clone := func(r Ranking) Ranking {
		return Ranking{slices.Clone(r.Scores), slices.Clone(r.Boilerplate), r.Lede, slices.Clone(r.picks)}
	}
	same := func(a, b Ranking) bool {
		return slices.Equal(a.Scores, b.Scores) && slices.Equal(a.Boilerplate, b.Boilerplate) &&
			a.Lede == b.Lede && slices.Equal(a.picks, b.picks)
	}
	var sc rankScratch
	var got, want []Ranking
	for i, text := range texts {
		rank := analyzeRankStage(text)
		r := rank(&sc)
		fresh := rank(nil)
		if !same(r, fresh) {
			t.Errorf("text %d: ranked in a used scratch, got %+v, want %+v", i, r, fresh)
		}
		got = append(got, r)
		want = append(want, clone(fresh))
		// Rank's own path, which splits the text itself, in the same scratch
		p := defaultRankParams()
		sents := Segment(text)
		r = rankWithScratch(text, "", sents, RankOptions{}, p, nil, nil, &sc)
		if fresh := Rank(text, sents, RankOptions{}); !same(r, fresh) {
			t.Errorf("text %d: Rank in a used scratch, got %+v, want %+v", i, r, fresh)
		}
		got = append(got, r)
		want = append(want, clone(r))
	}
	for i := range got {
		if !same(got[i], want[i]) {
			t.Errorf("ranking %d changed when the scratch was used again: got %+v, want %+v", i, got[i], want[i])
		}
	}
}

// TestHashStem checks that hashStem is hashWord whatever room the stem has
// past its end and whatever bytes are there: stemNumber looks stems up in
// the word table with it.
func TestHashStem(t *testing.T) {
	word := "abcdefghijklmnopqrstuvwxyz0123456789"
	for n := 0; n <= 20; n++ {
		for room := 0; room <= 12; room++ {
			b := make([]byte, n, n+room)
			copy(b, word)
			copy(b[n:n+room], "XXXXXXXXXXXXXXXXXXXX") // stale bytes past the end
			if got, want := hashStem(b), hashWord(word[:n]); got != want {
				t.Errorf("hashStem(%q) with room %d = %#x, want %#x", b, room, got, want)
			}
		}
	}
}
