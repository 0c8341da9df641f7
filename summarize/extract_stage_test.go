package summarize

import (
	"os"
	"reflect"
	"strings"
	"testing"
	"time"
)

// stageScratch is the working memory the reusing stages share, as
// consecutive Analyze calls share theirs.
var stageScratch struct {
	facts factsScratch
	tab   wordTable
}

// AnalyzeFactsStage returns a function that extracts the facts of text as
// Analyze does: from the body with its headline blanked, its lowered copy
// and a word table, which are the only work the stage owns. Segment and
// lowerText run here once. With reuse, every stage made so shares one
// scratch and one word table, reset for each article; without, each run
// allocates its own. It is for BenchmarkFactsInAnalyze.
func AnalyzeFactsStage(text string, reuse bool) func() {
	in := prepare(text)
	text, low, sents := in.body, in.low, in.sents
	if reuse {
		return func() {
			stageScratch.tab.reset(len(text))
			extractFacts(text, low, sents, time.Time{}, &stageScratch.tab, &stageScratch.facts)
		}
	}
	return func() {
		extractFacts(text, low, sents, time.Time{}, newWordTable(len(text)), nil)
	}
}

// ScanTokensStage returns a function that runs the extractor's scanner
// alone over text as AnalyzeFactsStage's does.
func ScanTokensStage(text string, reuse bool) func() {
	sents := Segment(text)
	low := lowerText(text)
	if reuse {
		return func() {
			stageScratch.tab.reset(len(text))
			scanTokens(text, low, sents, &stageScratch.tab, &stageScratch.facts)
		}
	}
	return func() {
		scanTokens(text, low, sents, newWordTable(len(text)), nil)
	}
}

// TestFactsScratchReuse extracts the facts of texts of different sizes
// one after the other with one scratch and one word table, and checks
// that each result equals a fresh extraction's and stays so after the
// next calls: nothing returned may share the scratch's memory.
func TestFactsScratchReuse(t *testing.T) {
	ap, err := os.ReadFile("testdata/ap-blinken-qin-call.repaired.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		string(ap),
		"WASHINGTON (AP) — Sen. Maria Lopez said on Tuesday that the $4.5 billion bill would pass. Lopez, a Democrat, spoke to reporters.",
		string(ap) + "\n\n" + strings.Repeat("Mayor Dan Reyes of Port Alder met Gov. Tina Kotek in Salem on March 3, 2023. ", 40),
		"LONDON, England (CNN) -- Prime Minister David Cameron said 12% of voters in Britain were undecided.",
	}
	pub := time.Date(2023, 6, 14, 0, 0, 0, 0, time.UTC)
	var s factsScratch
	var tab wordTable
	type run struct {
		facts Facts
		want  Facts
	}
	var runs []run
	for round := 0; round < 2; round++ {
		for _, text := range texts {
			sents := Segment(text)
			low := lowerText(text)
			freshTab := newWordTable(len(text))
			want, _ := extractFacts(text, low, sents, pub, freshTab, nil)
			tab.reset(len(text))
			got, toks := extractFacts(text, low, sents, pub, &tab, &s)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("round %d: facts with a used scratch differ from a fresh extraction", round)
			}
			if !reflect.DeepEqual(tab.words, freshTab.words) {
				t.Fatalf("round %d: a reset word table numbers the words otherwise", round)
			}
			for i := range toks {
				if w := toks[i].word; w >= 0 && tab.words[w] != low[toks[i].s():toks[i].e()] {
					t.Fatalf("token %d: word %q in the table, %q in the text", i, tab.words[w], low[toks[i].s():toks[i].e()])
				}
			}
			runs = append(runs, run{got, want})
			for k, r := range runs {
				if !reflect.DeepEqual(r.facts, r.want) {
					t.Fatalf("call %d's facts changed after call %d reused the scratch", k, len(runs)-1)
				}
			}
		}
	}
}

// TestScanHashMatchesHashWord checks that the scanner hashes each word as
// hashWord does, and gives its key as wordKey does (or none), wherever the
// word lies: the scanner reads words eight bytes at a time and the text's
// last bytes one at a time.
func TestScanHashMatchesHashWord(t *testing.T) {
	text := "Sen. Maria LOPEZ-Garcia of NATO met 12 officials in Washington, D.C. at 5pm; " +
		"internationalization x abcdefgh abcdefghijklmnop abcdefghijklmnopq Ab1 AT&T O'Brien Zürich 3rd"
	for cut := len(text) - 40; cut <= len(text); cut++ {
		s := text[:cut]
		low := lowerText(s)
		for i := 0; i < len(s); i++ {
			if asciiClass[s[i]]&clsLetter == 0 || i > 0 && asciiClass[s[i-1]]&(clsLetter|clsDigit) != 0 {
				continue
			}
			end, h, key, _, _ := scanASCIIWord(s, low, i)
			if want := hashWord(low[i:end]); h != want {
				t.Fatalf("%q: scanner hash %#x, hashWord %#x", low[i:end], h, want)
			}
			if want := wordKey(low[i:end]); key != 0 && key != want {
				t.Fatalf("%q: scanner key %#x, wordKey %#x", low[i:end], key, want)
			}
		}
	}
}

// TestLowerText checks lowerText, which looks for capitals eight bytes
// at a time, against lowering byte by byte, capitals at every place of
// a group of eight and beyond ASCII included.
func TestLowerText(t *testing.T) {
	slow := func(s string) string {
		b := []byte(s)
		for i, c := range b {
			if isASCIIUpper(c) {
				b[i] = c + 'a' - 'A'
			}
		}
		return string(b)
	}
	for _, s := range []string{"", "a", "A", "abcdefgh", "abcdefgZ", "Zbcdefgh", "abcdefghI",
		"@[`{AZaz09", "ÀÉ Über NATO’s Ünited Kingdom", strings.Repeat("xY", 37), "ZZZZZZZZZZZZZZZZZ"} {
		for k := 0; k <= len(s); k++ {
			if got, want := lowerText(s[k:]), slow(s[k:]); got != want {
				t.Errorf("lowerText(%q) = %q, want %q", s[k:], got, want)
			}
		}
	}
}
