package eval

import (
	"strings"

	"github.com/briefly-bot/briefly/summarize"
)

// ROUGE scores follow the rouge-score package (google-research, the
// convention of ../shared/eval/README.md): text is lowercased, every run of
// characters other than a-z and 0-9 becomes a space, tokens longer than three
// letters are Porter-stemmed, and each score is the F1 of precision and
// recall. ROUGE-Lsum splits both texts at newlines and counts the union
// longest common subsequence of each reference sentence against all
// candidate sentences, as rouge-score's summary-level LCS does.

// Rouge holds ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 scores in [0, 1].
type Rouge struct {
	R1, R2, RLsum float64
}

// Add returns the sum of two scores, for averaging.
func (r Rouge) Add(o Rouge) Rouge {
	return Rouge{r.R1 + o.R1, r.R2 + o.R2, r.RLsum + o.RLsum}
}

// Scale returns the scores multiplied by f.
func (r Rouge) Scale(f float64) Rouge {
	return Rouge{r.R1 * f, r.R2 * f, r.RLsum * f}
}

// ScoreRouge scores a candidate summary against a reference. Both put one
// sentence a line; the line breaks matter only to ROUGE-Lsum.
func ScoreRouge(reference, candidate string) Rouge {
	refLines := rougeSentences(reference)
	candLines := rougeSentences(candidate)
	ref := flatten(refLines)
	cand := flatten(candLines)
	return Rouge{
		R1:    rougeN(ref, cand, 1),
		R2:    rougeN(ref, cand, 2),
		RLsum: rougeLsum(refLines, candLines),
	}
}

// RougeTokens splits text into ROUGE tokens: lowercase, a-z and 0-9 only,
// Porter-stemmed when longer than three letters.
func RougeTokens(text string) []string {
	var out []string
	b := []byte(strings.ToLower(text))
	for i := 0; i < len(b); {
		if !isRougeByte(b[i]) {
			i++
			continue
		}
		j := i
		for j < len(b) && isRougeByte(b[j]) {
			j++
		}
		tok := string(b[i:j])
		if len(tok) > 3 {
			tok = summarize.Stem(tok)
		}
		if tok != "" {
			out = append(out, tok)
		}
		i = j
	}
	return out
}

// isRougeByte reports whether c survives rouge-score's [^a-z0-9]+ filter
// (applied after lowercasing, so non-ASCII letters become separators too).
func isRougeByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
}

func rougeSentences(text string) [][]string {
	lines := strings.Split(text, "\n")
	out := make([][]string, 0, len(lines))
	for _, l := range lines {
		out = append(out, RougeTokens(l))
	}
	return out
}

func flatten(lines [][]string) []string {
	var out []string
	for _, l := range lines {
		out = append(out, l...)
	}
	return out
}

func f1(hits, refTotal, candTotal int) float64 {
	if hits == 0 || refTotal == 0 || candTotal == 0 {
		return 0
	}
	p := float64(hits) / float64(candTotal)
	r := float64(hits) / float64(refTotal)
	return 2 * p * r / (p + r)
}

func ngrams(toks []string, n int) map[string]int {
	m := make(map[string]int)
	for i := 0; i+n <= len(toks); i++ {
		m[strings.Join(toks[i:i+n], " ")]++
	}
	return m
}

func rougeN(ref, cand []string, n int) float64 {
	rg, cg := ngrams(ref, n), ngrams(cand, n)
	hits, rt, ct := 0, 0, 0
	for g, c := range rg {
		rt += c
		hits += min(c, cg[g])
	}
	for _, c := range cg {
		ct += c
	}
	return f1(hits, rt, ct)
}

// rougeLsum is rouge-score's summary-level LCS: for each reference sentence,
// the union of its tokens on an LCS with each candidate sentence, each token
// counted at most as often as it occurs in both texts.
func rougeLsum(ref, cand [][]string) float64 {
	refCount := make(map[string]int)
	candCount := make(map[string]int)
	m, n := 0, 0
	for _, s := range ref {
		m += len(s)
		for _, t := range s {
			refCount[t]++
		}
	}
	for _, s := range cand {
		n += len(s)
		for _, t := range s {
			candCount[t]++
		}
	}
	hits := 0
	for _, r := range ref {
		in := make([]bool, len(r))
		for _, c := range cand {
			for _, i := range lcsIndices(r, c) {
				in[i] = true
			}
		}
		for i, ok := range in {
			if !ok {
				continue
			}
			t := r[i]
			if candCount[t] > 0 && refCount[t] > 0 {
				hits++
				candCount[t]--
				refCount[t]--
			}
		}
	}
	return f1(hits, m, n)
}

// lcsIndices returns the indices into ref of one longest common subsequence
// of ref and cand, backtracking with rouge-score's tie-breaking.
func lcsIndices(ref, cand []string) []int {
	rows, cols := len(ref)+1, len(cand)+1
	t := make([]int, rows*cols)
	for i := 1; i < rows; i++ {
		for j := 1; j < cols; j++ {
			switch {
			case ref[i-1] == cand[j-1]:
				t[i*cols+j] = t[(i-1)*cols+j-1] + 1
			default:
				t[i*cols+j] = max(t[(i-1)*cols+j], t[i*cols+j-1])
			}
		}
	}
	var out []int
	i, j := len(ref), len(cand)
	for i > 0 && j > 0 {
		switch {
		case ref[i-1] == cand[j-1]:
			out = append(out, i-1)
			i--
			j--
		case t[i*cols+j-1] > t[(i-1)*cols+j]:
			j--
		default:
			i--
		}
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}
