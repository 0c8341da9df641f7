package summarize

import (
	"testing"
	"time"
)

func FuzzExtractFacts(f *testing.F) {
	for _, s := range []string{
		"U.S. Secretary of State Antony Blinken met Qin Gang on Wednesday.",
		"Daniel Kritenbrink, assistant U.S. secretary of state, said $5 million.",
		"In May, 13 per cent of 3 billion yuan. Last week at 3 p.m.",
		"TAIPEI, Taiwan (AP) — China-U.S. ties. Ursula von der Leyen, 64,",
		"“Quote,” said Mr. O’Brien. Jan. 3, 2020 twenty-five 10:30am",
		"$", "£2bn", "a.", "Sen.", "-", "1,", "May 31,", "U.S.-(China)",
		"PORT ALDER, Ore. (Briefly Wire) — voted 6-3 in Local 412", "(CNN) -- X", "A, N.Y. (", "1-2-3 5,000m",
	} {
		f.Add(s)
	}
	pub := time.Date(2023, 6, 14, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		sents := Segment(text)
		facts := ExtractFacts(text, sents, pub)
		if len(facts.Sentences) != len(sents) {
			t.Fatalf("got %d sentence entries for %d sentences", len(facts.Sentences), len(sents))
		}
		for _, e := range facts.Entities {
			if e.Name == "" || len(e.Mentions) == 0 {
				t.Fatalf("empty entity %+v", e)
			}
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
					t.Fatalf("mention %v out of bounds (len %d)", m, len(text))
				}
			}
		}
		for _, ids := range facts.Sentences {
			for _, id := range ids {
				if id < 0 || id >= len(facts.Entities) {
					t.Fatalf("sentence index %d out of range", id)
				}
			}
		}
		facts.FindPerson(text, len(text)/2)
	})
}
