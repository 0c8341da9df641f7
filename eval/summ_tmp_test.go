package eval

import (
	"strings"
	"testing"
)

func TestTmpScores(t *testing.T) {
	for _, f := range []string{"cnndm-dev", "bbc-dev", "xsum-dev"} {
		cases, err := LoadSummaryCases(Need(t, "summ/"+f+".jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		n := 3
		if f == "xsum-dev" {
			n = 1
		}
		s := ScoreSummaries(cases, n)
		var lines Rouge
		for _, c := range cases {
			ls := strings.Split(c.Article, "\n")
			lines = lines.Add(ScoreRouge(c.Reference, strings.Join(ls[:min(n, len(ls))], "\n")))
		}
		lines = lines.Scale(1 / float64(len(cases)))
		t.Logf("%s briefly %.2f/%.2f/%.2f lead %.2f/%.2f/%.2f leadlines %.2f/%.2f/%.2f", f,
			100*s.Briefly.R1, 100*s.Briefly.R2, 100*s.Briefly.RLsum, 100*s.Lead.R1, 100*s.Lead.R2, 100*s.Lead.RLsum,
			100*lines.R1, 100*lines.R2, 100*lines.RLsum)
	}
}
