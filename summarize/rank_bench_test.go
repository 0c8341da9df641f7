package summarize_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/briefly-bot/briefly/eval"
	"github.com/briefly-bot/briefly/summarize"
)

// BenchmarkRank ranks every article of cnndm-dev once per iteration; the
// sentences are segmented beforehand so only ranking is measured.
func BenchmarkRank(b *testing.B) {
	cases, err := eval.LoadSummaryCases(eval.Need(b, "summ/cnndm-dev.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	sents := make([][]summarize.Sentence, len(cases))
	size := 0
	for i, c := range cases {
		sents[i] = summarize.Segment(c.Article)
		size += len(c.Article)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for i, c := range cases {
			summarize.Rank(c.Article, sents[i], summarize.RankOptions{})
		}
	}
}

func ExampleRank() {
	text := "By Jane Doe\n" +
		"Harbor City approved a $40 million flood wall on Tuesday after three storms flooded the waterfront.\n" +
		"Is the city ready for the next one?\n" +
		"The wall will protect about 6,000 homes and the port, council member Ana Ruiz said.\n" +
		"Construction of the Harbor City wall starts in March and should end in 2027.\n" +
		"Read more: How other ports are preparing"
	sents := summarize.Segment(text)
	r := summarize.Rank(text, sents, summarize.RankOptions{})
	fmt.Println("lede:", sents[r.Lede].Text)
	for _, i := range r.Summary(2) {
		fmt.Println("-", sents[i].Text)
	}
	// Output:
	// lede: Harbor City approved a $40 million flood wall on Tuesday after three storms flooded the waterfront.
	// - Harbor City approved a $40 million flood wall on Tuesday after three storms flooded the waterfront.
	// - Construction of the Harbor City wall starts in March and should end in 2027.
}

// BenchmarkRankLong ranks one long text, every cnndm-dev article joined
// (about 1 MB, 7,000 sentences): the cost per byte should match
// BenchmarkRank's, with no quadratic term.
func BenchmarkRankLong(b *testing.B) {
	cases, err := eval.LoadSummaryCases(eval.Need(b, "summ/cnndm-dev.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	var text strings.Builder
	for _, c := range cases {
		text.WriteString(c.Article)
		text.WriteByte('\n')
	}
	long := text.String()
	sents := summarize.Segment(long)
	b.SetBytes(int64(len(long)))
	b.ReportAllocs()
	for b.Loop() {
		summarize.Rank(long, sents, summarize.RankOptions{})
	}
}

// BenchmarkRankInAnalyze measures the ranking stage as Analyze runs it,
// from the extractor's tokens and word table (prepared beforehand), on every
// cnndm-dev article once per iteration.
func BenchmarkRankInAnalyze(b *testing.B) {
	cases, err := eval.LoadSummaryCases(eval.Need(b, "summ/cnndm-dev.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	stages := make([]func() summarize.Ranking, len(cases))
	size := 0
	for i, c := range cases {
		stages[i] = summarize.AnalyzeRankStage(c.Article)
		size += len(c.Article)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	cpu0 := processCPU()
	for b.Loop() {
		for _, rank := range stages {
			rank()
		}
	}
	reportCPU(b, processCPU()-cpu0, size)
}
