package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/briefly-bot/briefly/summarize"
)

// SummaryCase is one article with a human reference summary, as the files
// in ../shared/eval/summ hold them: cnndm-dev (highlights, one a line),
// bbc-dev (extractive, one sentence a line, with a title) and xsum-dev (one
// sentence). Article text has one paragraph or sentence a line.
type SummaryCase struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Article   string `json:"article"`
	Reference string `json:"reference"`
}

// ReadSummaryCases reads a .jsonl file of SummaryCase, one object a line.
func ReadSummaryCases(r io.Reader) ([]SummaryCase, error) {
	var out []SummaryCase
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		b := strings.TrimSpace(sc.Text())
		if b == "" {
			continue
		}
		var c SummaryCase
		if err := json.Unmarshal([]byte(b), &c); err != nil {
			return nil, fmt.Errorf("eval: summaries line %d: %w", line, err)
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("eval: summaries: %w", err)
	}
	return out, nil
}

// LoadSummaryCases reads the named .jsonl file of SummaryCase.
func LoadSummaryCases(path string) ([]SummaryCase, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	return ReadSummaryCases(f)
}

// SummaryScores compares briefly's summaries with Lead-N on the same
// articles: mean ROUGE F1 over the articles.
type SummaryScores struct {
	Articles  int   // articles scored
	Sentences int   // summary length N
	Briefly   Rouge // briefly's ranked summary
	Lead      Rouge // the first N sentences
}

// ScoreSummaries summarizes every article with n sentences (0 means 3) and
// scores briefly and Lead-n against the references. Both split the article
// with summarize.Segment; a one-sentence run (n == 1) scores briefly's lede.
func ScoreSummaries(cases []SummaryCase, n int) SummaryScores {
	if n <= 0 {
		n = 3
	}
	s := SummaryScores{Sentences: n}
	for _, c := range cases {
		sents := summarize.Segment(c.Article)
		r := summarize.Rank(c.Article, sents, summarize.RankOptions{})
		picks := r.Summary(n)
		if n == 1 && r.Lede >= 0 {
			picks = []int{r.Lede}
		}
		lead := make([]int, 0, n)
		for i := 0; i < n && i < len(sents); i++ {
			lead = append(lead, i)
		}
		s.Briefly = s.Briefly.Add(ScoreRouge(c.Reference, joinSentences(sents, picks)))
		s.Lead = s.Lead.Add(ScoreRouge(c.Reference, joinSentences(sents, lead)))
		s.Articles++
	}
	if s.Articles > 0 {
		f := 1 / float64(s.Articles)
		s.Briefly = s.Briefly.Scale(f)
		s.Lead = s.Lead.Scale(f)
	}
	return s
}

func joinSentences(sents []summarize.Sentence, idx []int) string {
	var b strings.Builder
	for k, i := range idx {
		if k > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(sents[i].Text)
	}
	return b.String()
}
