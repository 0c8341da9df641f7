package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// FTFYCase is one test case of ftfy (../shared/eval/mojibake/ftfy-*.json).
type FTFYCase struct {
	Label         string `json:"label"`
	Comment       string `json:"comment"`
	Original      string `json:"original"`
	Fixed         string `json:"fixed"`
	FixedEncoding string `json:"fixed-encoding"`
	Expect        string `json:"expect"`
}

// Want is what a repair of the case must give: fixed-encoding where present
// (ftfy's fixed also straightens quotes and ligatures), else fixed. When the
// original holds an HTML entity, fixed: decoding entities is part of repair.
func (c FTFYCase) Want() string {
	if c.FixedEncoding != "" && html.UnescapeString(c.Original) == c.Original {
		return c.FixedEncoding
	}
	return c.Fixed
}

// MojibakeArticle is one line of articles-dev.jsonl: an article damaged
// with one codec.
type MojibakeArticle struct {
	ID        string `json:"id"`
	Codec     string `json:"codec"`
	Corrupted string `json:"corrupted"`
	Original  string `json:"original"`
}

// Canonical is the form repaired and expected text are compared in: NFC,
// odd spaces as spaces, control and zero-width characters dropped (newlines
// and tabs kept).
func Canonical(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t':
			return r
		case r == '\u00a0' || r == '\u202f' || r == '\u3000' || r == '\u1680' || r == '\u205f' || 0x2000 <= r && r <= 0x200A:
			return ' '
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r):
			return -1
		}
		return r
	}, s)
	return norm.NFC.String(s)
}

// FoldQuotes turns curly quotes into straight ones, as ftfy's fixed does.
func FoldQuotes(s string) string {
	return strings.NewReplacer("‘", "'", "’", "'", "“", `"`, "”", `"`).Replace(s)
}

// FTFYPass reports whether got repairs c.
func FTFYPass(c FTFYCase, got string) bool {
	return FoldQuotes(Canonical(got)) == FoldQuotes(Canonical(c.Want()))
}

// ArticlePass reports whether got restores a.
func ArticlePass(a MojibakeArticle, got string) bool {
	return Canonical(got) == Canonical(a.Original)
}

// LoadFTFY reads the ftfy-*.json files of dir, keyed by file name.
func LoadFTFY(dir string) (map[string][]FTFYCase, error) {
	files, err := filepath.Glob(filepath.Join(dir, "ftfy-*.json"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("eval: no ftfy-*.json in %s", dir)
	}
	out := make(map[string][]FTFYCase, len(files))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var cs []FTFYCase
		if err := json.Unmarshal(b, &cs); err != nil {
			return nil, fmt.Errorf("eval: %s: %w", f, err)
		}
		out[filepath.Base(f)] = cs
	}
	return out, nil
}

// LoadMojibakeArticles reads articles-dev.jsonl.
func LoadMojibakeArticles(path string) ([]MojibakeArticle, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []MojibakeArticle
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	for n := 1; sc.Scan(); n++ {
		var a MojibakeArticle
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return nil, fmt.Errorf("eval: %s:%d: %w", path, n, err)
		}
		out = append(out, a)
	}
	return out, sc.Err()
}

// Rate is a pass count out of a total.
type Rate struct {
	Name        string
	Pass, Total int
	Failed      []string // labels or ids of the failures
	StrayCJK    int      // outputs that still hold CJK characters the original lacks
	// Lines counts the lines restored exactly out of LinesTotal: a finer
	// measure for the codecs whose damage leaves no trace (Big5, EUC-KR).
	Lines, LinesTotal int
}

// LinePercent returns the share of lines restored exactly, in percent.
func (r Rate) LinePercent() float64 {
	if r.LinesTotal == 0 {
		return 0
	}
	return 100 * float64(r.Lines) / float64(r.LinesTotal)
}

// Percent returns the pass rate in percent.
func (r Rate) Percent() float64 {
	if r.Total == 0 {
		return 0
	}
	return 100 * float64(r.Pass) / float64(r.Total)
}

// RepairScores holds the pass rates of a repair function on the mojibake
// data: ftfy's cases per file and the damaged articles per codec.
type RepairScores struct {
	FTFY     []Rate // per file; pass cases only, known failures apart
	FTFYPass Rate   // all ftfy pass cases
	Known    Rate   // ftfy's known failures fixed
	Articles []Rate // per codec
}

// ScoreRepair runs fix over the mojibake data in dir (the mojibake folder
// of the shared evaluation data).
func ScoreRepair(dir string, fix func(string) string) (*RepairScores, error) {
	cases, err := LoadFTFY(dir)
	if err != nil {
		return nil, err
	}
	arts, err := LoadMojibakeArticles(filepath.Join(dir, "articles-dev.jsonl"))
	if err != nil {
		return nil, err
	}
	s := &RepairScores{FTFYPass: Rate{Name: "ftfy pass cases"}, Known: Rate{Name: "ftfy known failures"}}
	names := make([]string, 0, len(cases))
	for n := range cases {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		r := Rate{Name: n}
		for _, c := range cases[n] {
			ok := FTFYPass(c, fix(c.Original))
			if c.Expect != "pass" {
				s.Known.Total++
				if ok {
					s.Known.Pass++
				} else {
					s.Known.Failed = append(s.Known.Failed, c.Label)
				}
				continue
			}
			r.Total++
			s.FTFYPass.Total++
			if ok {
				r.Pass++
				s.FTFYPass.Pass++
			} else {
				r.Failed = append(r.Failed, c.Label)
				s.FTFYPass.Failed = append(s.FTFYPass.Failed, c.Label)
			}
		}
		if r.Total > 0 {
			s.FTFY = append(s.FTFY, r)
		}
	}
	byCodec := map[string]*Rate{}
	var codecs []string
	for _, a := range arts {
		r := byCodec[a.Codec]
		if r == nil {
			r = &Rate{Name: a.Codec}
			byCodec[a.Codec] = r
			codecs = append(codecs, a.Codec)
		}
		got := fix(a.Corrupted)
		r.Total++
		if ArticlePass(a, got) {
			r.Pass++
		} else {
			r.Failed = append(r.Failed, a.ID)
		}
		gl, wl := strings.Split(Canonical(got), "\n"), strings.Split(Canonical(a.Original), "\n")
		r.LinesTotal += len(wl)
		if len(gl) == len(wl) {
			for k := range wl {
				if gl[k] == wl[k] {
					r.Lines++
				}
			}
		}
		if strayCJK(got, a.Original) {
			r.StrayCJK++
		}
	}
	sort.Strings(codecs)
	for _, c := range codecs {
		s.Articles = append(s.Articles, *byCodec[c])
	}
	return s, nil
}

// strayCJK reports whether got holds a CJK character that want lacks.
func strayCJK(got, want string) bool {
	for _, r := range got {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) && !strings.ContainsRune(want, r) {
			return true
		}
	}
	return false
}

// Article returns the rate of one codec, and whether it was measured.
func (s *RepairScores) Article(codec string) (Rate, bool) {
	for _, r := range s.Articles {
		if r.Name == codec {
			return r, true
		}
	}
	return Rate{}, false
}
