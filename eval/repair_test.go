package eval

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/briefly-bot/briefly/summarize"
)

func normalized(s string) string {
	out, _ := summarize.Normalize(s)
	return out
}

// TestRepairFloors keeps the repair pass rates on ../shared/eval/mojibake
// from dropping below the figures reached (measured with briefly eval
// repair). The ftfy floor counts its 151 pass cases; the article floors are
// exact restorations out of 22 articles a codec. Big5 and EUC-KR drop curly
// quotes without a trace, so their floor is on lines restored, and no
// output may keep a CJK character the original lacks.
func TestRepairFloors(t *testing.T) {
	dir := filepath.Dir(Need(t, "mojibake/articles-dev.jsonl"))
	s, err := ScoreRepair(dir, normalized)
	if err != nil {
		t.Fatal(err)
	}
	if s.FTFYPass.Total != 151 {
		t.Errorf("ftfy pass cases: %d, want 151", s.FTFYPass.Total)
	}
	if s.FTFYPass.Pass < 151 {
		t.Errorf("ftfy pass cases fixed: %d/%d, floor 151; failures: %q", s.FTFYPass.Pass, s.FTFYPass.Total, s.FTFYPass.Failed)
	}
	if s.Known.Pass < 5 {
		t.Errorf("ftfy known failures fixed: %d, floor 5", s.Known.Pass)
	}
	floors := []struct {
		codec      string
		pass       int     // articles restored exactly
		linePct    float64 // lines restored exactly
		allowStray bool
	}{
		{"cp1252", 22, 100, false},
		{"cp1252-twice", 22, 100, false},
		{"latin-1", 22, 100, false},
		{"gbk-ignore", 20, 99.5, false},
		{"gb18030-ignore", 20, 99.5, false},
		{"shift_jis-ignore", 22, 100, false},
		{"big5-ignore", 1, 78, false},
		{"euc_kr-ignore", 3, 84, false},
	}
	for _, f := range floors {
		r, ok := s.Article(f.codec)
		if !ok {
			t.Errorf("%s: no articles", f.codec)
			continue
		}
		if r.Pass < f.pass {
			t.Errorf("%s: %d/%d restored, floor %d; failures: %q", f.codec, r.Pass, r.Total, f.pass, r.Failed)
		}
		if r.LinePercent() < f.linePct {
			t.Errorf("%s: %.1f%% of lines restored, floor %.1f%%", f.codec, r.LinePercent(), f.linePct)
		}
		if r.StrayCJK > 0 && !f.allowStray {
			t.Errorf("%s: %d outputs keep stray CJK characters", f.codec, r.StrayCJK)
		}
	}
}

func TestCanonical(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"nbsp", "a\u00a0b", "a b"},
		{"zero width", "a\u200bb\ufeff", "ab"},
		{"controls kept newline", "a\x01\nb\tc", "a\nb\tc"},
		{"nfc", "e\u0301", "é"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Canonical(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestFTFYPassFoldsQuotes(t *testing.T) {
	c := FTFYCase{Original: "x", Fixed: `"a" 'b'`}
	if !FTFYPass(c, "“a” ‘b’") {
		t.Error("curly quotes should match ftfy's straight ones")
	}
	if FTFYPass(c, "“a” ‘c’") {
		t.Error("different text should not pass")
	}
	ent := FTFYCase{Original: "10Î&frac14;s", Fixed: "10μs", FixedEncoding: "10Î&frac14;s"}
	if ent.Want() != "10μs" {
		t.Errorf("Want with an entity = %q, want fixed", ent.Want())
	}
}

// TestRepairIdempotentOnData checks Normalize(Normalize(x)) == Normalize(x)
// on every damaged text of the mojibake data.
func TestRepairIdempotentOnData(t *testing.T) {
	dir := filepath.Dir(Need(t, "mojibake/articles-dev.jsonl"))
	cases, err := LoadFTFY(dir)
	if err != nil {
		t.Fatal(err)
	}
	arts, err := LoadMojibakeArticles(filepath.Join(dir, "articles-dev.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var ins []string
	for _, cs := range cases {
		for _, c := range cs {
			ins = append(ins, c.Original)
		}
	}
	for _, a := range arts {
		ins = append(ins, a.Corrupted, a.Original)
	}
	for _, in := range ins {
		once := normalized(in)
		if twice := normalized(once); twice != once {
			t.Errorf("not idempotent on %.60q:\nonce  %.80q\ntwice %.80q", in, once, twice)
		}
	}
}

// TestRepairLeavesCleanArticles: the clean originals of articles-dev.jsonl
// and the 250 articles of summ/cnndm-dev.jsonl come back unchanged up to
// Canonical (no-break spaces and invisible characters).
func TestRepairLeavesCleanArticles(t *testing.T) {
	arts, err := LoadMojibakeArticles(Need(t, "mojibake/articles-dev.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{}
	for _, a := range arts {
		texts[a.ID] = a.Original
	}
	f, err := os.Open(Need(t, "summ/cnndm-dev.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	for sc.Scan() {
		var row struct{ ID, Article string }
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			t.Fatal(err)
		}
		texts["cnndm "+row.ID] = row.Article
	}
	if len(texts) < 400 {
		t.Fatalf("read %d clean articles, want at least 400", len(texts))
	}
	for id, text := range texts {
		if got, want := Canonical(normalized(text)), Canonical(text); got != want {
			i := 0
			for i < len(got) && i < len(want) && got[i] == want[i] {
				i++
			}
			t.Errorf("%s changed at byte %d: got %.40q, want %.40q", id, i, got[i:], want[i:])
		}
	}
}
