package summarize

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
)

func normAns(s string) string {
	s = strings.ToLower(s)
	var b strings.Builder
	for _, r := range s {
		if r < 128 && strings.ContainsRune("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", r) {
			continue
		}
		b.WriteRune(r)
	}
	var out []string
	for _, w := range strings.Fields(b.String()) {
		if w != "a" && w != "an" && w != "the" {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

func TestScratchOracle(t *testing.T) {
	f, err := os.Open("../../shared/eval/qa/squad-dev.jsonl")
	if err != nil {
		t.Skip()
	}
	defer f.Close()
	type item struct {
		Context, Question string
		Answers           []string
	}
	var items []item
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var it item
		json.Unmarshal(sc.Bytes(), &it)
		items = append(items, it)
	}
	inSent, inCands, top := 0, 0, 0
	byKind := map[string]int{}
	missKind := map[string]int{}
	shown := 0
	for _, it := range items {
		a := Analyze(it.Context, Options{})
		ix := a.index()
		q := ParseQuestion(it.Question)
		terms, g := q.query()
		if g == 0 {
			continue
		}
		r := ix.rank(terms, g)
		if len(r) == 0 {
			continue
		}
		si := r[0].sent
		gold := normAns(it.Answers[0])
		if !strings.Contains(" "+normAns(a.Sentences[si].Text)+" ", " "+gold+" ") {
			continue
		}
		inSent++
		s := ix.sents[si]
		ws := ix.words[s.first:s.last]
		inQ := make([]bool, len(ws))
		cands := candidates(ws, q, inQ, ix.names)
		found := false
		for _, c := range cands {
			txt := Span{ws[c.start].Span.Start, ws[c.end-1].Span.End}.In(a.Text)
			if normAns(txt) == gold {
				found = true
				byKind[string(c.kind)]++
				break
			}
		}
		qst := map[string]bool{}
		for _, tt := range terms {
			qst[tt.stem] = true
		}
		c, ok := pickSpan(a, ix, si, q, qst)
		if !ok {
			continue
		}
		got := Span{ix.words[c.start].Span.Start, ix.words[c.end-1].Span.End}.In(a.Text)
		if found {
			inCands++
			if normAns(got) == gold {
				top++
			} else if false {
				shown++
				fmt.Printf("RANK %s %q gold %q got %q\n   %s\n", q.Expect, it.Question, it.Answers[0], got, a.Sentences[si].Text)
			}
		} else {
			missKind[string(q.Expect)]++
			if shown < 200 {
				shown++
				fmt.Printf("MISS %q gold %q\n   %s\n", it.Question, it.Answers[0], a.Sentences[si].Text)
			}
		}
	}
	fmt.Println("gold in top sentence", inSent, "gold among candidates", inCands, top, byKind, missKind)
}

func TestScratchCoverage(t *testing.T) {
	f, err := os.Open("../../shared/eval/qa/squad-dev.jsonl")
	if err != nil {
		t.Skip()
	}
	defer f.Close()
	type item struct {
		Context, Question string
		Meta              struct{ Title string }
	}
	var items []item
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var it item
		json.Unmarshal(sc.Bytes(), &it)
		items = append(items, it)
	}
	cov := func(ctx, q string) float64 {
		a := Analyze(ctx, Options{})
		ix := a.index()
		qq := ParseQuestion(q)
		terms, g := qq.query()
		if g == 0 {
			return 0
		}
		r := ix.rank(terms, g)
		if len(r) == 0 {
			return 0
		}
		ix.bigramBonus(r, qq)
		return ix.coverage(r[0].sent, terms, g)
	}
	var pos, same, other []float64
	for i, it := range items {
		pos = append(pos, cov(it.Context, it.Question))
		for k := 1; k < 200; k++ {
			o := items[(i+k)%len(items)]
			if o.Meta.Title == it.Meta.Title && o.Context != it.Context {
				same = append(same, cov(o.Context, it.Question))
				break
			}
		}
		for k := 1; k < len(items); k++ {
			o := items[(i+k*97)%len(items)]
			if o.Meta.Title != it.Meta.Title {
				other = append(other, cov(o.Context, it.Question))
				break
			}
		}
	}
	share := func(v []float64, th float64) float64 {
		n := 0
		for _, x := range v {
			if x >= th {
				n++
			}
		}
		return 100 * float64(n) / float64(len(v))
	}
	for _, th := range []float64{0.36, 0.4, 0.45, 0.5, 0.55} {
		fmt.Printf("th %.2f  answerable %.1f%%  same-article %.1f%%  other-article %.1f%%\n", th, share(pos, th), share(same, th), share(other, th))
	}
}

func f1tok(pred, gold string) float64 {
	p := strings.Fields(normAns(pred))
	g := strings.Fields(normAns(gold))
	if len(p) == 0 || len(g) == 0 {
		return 0
	}
	cnt := map[string]int{}
	for _, x := range g {
		cnt[x]++
	}
	same := 0
	for _, x := range p {
		if cnt[x] > 0 {
			cnt[x]--
			same++
		}
	}
	if same == 0 {
		return 0
	}
	pr := float64(same) / float64(len(p))
	rc := float64(same) / float64(len(g))
	return 2 * pr * rc / (pr + rc)
}


func TestScratchUnmatched(t *testing.T) {
	f, err := os.Open("../../shared/eval/qa/squad-dev.jsonl")
	if err != nil {
		t.Skip()
	}
	defer f.Close()
	type item struct {
		Context, Question string
		Answers           []string
	}
	var items []item
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var it item
		json.Unmarshal(sc.Bytes(), &it)
		items = append(items, it)
	}
	cnt := map[string]int{}
	nf := 0
	for _, it := range items {
		a := Analyze(it.Context, Options{})
		r := Answer(a, it.Question)
		if r.Found {
			continue
		}
		nf++
		ix := a.index()
		// the gold sentence
		gs := -1
		for i, s := range a.Sentences {
			if strings.Contains(s.Text, it.Answers[0]) {
				gs = i
				break
			}
		}
		if gs < 0 {
			continue
		}
		q := ParseQuestion(it.Question)
		for _, f := range q.Focus {
			if ix.sents[gs].tf[qaStem(f)] == 0 {
				cnt[f]++
			}
		}
	}
	type kv struct {
		k string
		v int
	}
	var l []kv
	for k, v := range cnt {
		l = append(l, kv{k, v})
	}
	sort.Slice(l, func(i, j int) bool { return l[i].v > l[j].v })
	fmt.Println("not found", nf, l[:40])
}
