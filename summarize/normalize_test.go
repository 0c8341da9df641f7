package summarize

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestNormalizeMojibake(t *testing.T) {
	tests := []struct {
		name, in, want string
		codec          string
	}{
		{"windows-1252", "cafÃ© au lait", "café au lait", "windows-1252"},
		{"windows-1252 quotes", "He said â€œhelloâ€\u009d and leftâ€¦", "He said “hello” and left…", "windows-1252"},
		{"latin-1 C1", "Ecuadorâ\u0080\u0099s", "Ecuador’s", "latin-1"},
		{"twice", "doesnÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢t", "doesn’t", "windows-1252"},
		{"macroman", "wei√ü", "weiß", "macintosh"},
		{"cp437", "─îe┼ítina", "Čeština", "cp437"},
		{"windows-1251", "Blog Traffic Tip 2 вЂ“ Broadcast", "Blog Traffic Tip 2 – Broadcast", "windows-1251"},
		{"windows-1250", "LiĂ¨ge Avenue de l'HĂ´pital", "Liège Avenue de l'Hôpital", "windows-1250"},
		{"gbk", "Kilmarnock鈥檚 manager", "Kilmarnock’s manager", "gbk"},
		{"gbk pound", "an extra 拢2,100 a year", "an extra £2,100 a year", "gbk"},
		{"shift_jis", "repay a ﾂ｣330million loan", "repay a £330million loan", "shift_jis"},
		{"big5", "present AP McCoy with 瞿20", "present AP McCoy with £20", "big5"},
		{"euc-kr", "Jos챕 Mourinho", "José Mourinho", "euc-kr"},
		{"mixed damaged and clean", "naïve cafÃ© — “ok”", "naïve café — “ok”", "windows-1252"},
		{"cesu-8 emoji", "Hi guys í\u00a0½í¸\u008d", "Hi guys 😍", "latin-1"},
		{"a grave", "Ã perturber jusqu'Ã nos jours", "à perturber jusqu'à nos jours", "windows-1252"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, rep := Normalize(tt.in)
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if !slices.Contains(rep.Codecs, tt.codec) {
				t.Errorf("Codecs = %q, want %q among them", rep.Codecs, tt.codec)
			}
			if rep.Changed == 0 {
				t.Errorf("Changed = 0, want the repaired characters counted")
			}
		})
	}
}

func TestNormalizeLossy(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"em dash in dateline", "TAIPEI (AP) 鈥 U.S. officials", "TAIPEI (AP) — U.S. officials"},
		{"en dash in British copy", "£2,100 a year 鈥 £17,800 rather", "£2,100 a year – £17,800 rather"},
		{"closing double quote", "He said 鈥渋t is over,鈥 and left.", "He said “it is over,” and left."},
		{"closing single quote", "She said: 鈥業t was fun.鈥\nNext", "She said: ‘It was fun.’\nNext"},
		{"plural possessive", "the two sides鈥 responsibility", "the two sides’ responsibility"},
		{"euro", "costs 鈧5 now", "costs €5 now"},
		{"range", "from 1980鈥1990 on", "from 1980–1990 on"},
		{"bullet", "Facts:\n鈥 one\n鈥 two", "Facts:\n• one\n• two"},
		{"shift_jis no-break space", "Mr\uff82Smith", "Mr Smith"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, rep := Normalize(tt.in)
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if rep.Guessed == 0 {
				t.Errorf("Guessed = 0, want the restored characters counted")
			}
		})
	}
}

// TestNormalizeLeavesCleanText holds negative cases: text that is not
// mojibake must come back as it went in.
func TestNormalizeLeavesCleanText(t *testing.T) {
	tests := []struct{ name, in string }{
		{"ascii", "Plain text, nothing to do.\nSecond line\twith a tab."},
		{"curly quotes and dashes", "“Quoted,” she said — and ‘single’ – en dash… done."},
		{"chinese", "中华人民共和国国务院新闻办公室今天举行新闻发布会。"},
		{"japanese", "日本語のテキストです。東京は晴れ、気温は２５度でした。"},
		{"korean", "한국어 문장입니다. 서울은 맑습니다."},
		{"russian", "Москва — столица России, крупнейший город страны."},
		{"greek", "Η ¨ανατροφή¨ δυστυχώς από τους προπονητές"},
		{"emoji", "Great game 😀👍🏽 family 👨‍👩‍👧 ❤️"},
		{"math", "(-1/2)! = √π and ∑ x² ≤ ∞, 4288×…"},
		{"french", "L’épisode 8 est trop fou, Noël à Besançon"},
		{"multiplication in quotes", "higher values (“+” and “×” curves)"},
		{"capitals", "C O N C L U S Ã O"},
		{"registered", "NESTLÉ® requiere contratar"},
		{"trademark", "AHÅ™, the new sofa"},
		{"pound in product", "Offering 5×£35 pin ups"},
		{"ukrainian", "ВІКІ is Ukrainian for WIKI"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, rep := Normalize(tt.in)
			if got != tt.in {
				t.Errorf("got %q, want %q unchanged", got, tt.in)
			}
			if len(rep.Codecs) != 0 {
				t.Errorf("Codecs = %q, want none", rep.Codecs)
			}
		})
	}
}

func TestNormalizeCleanup(t *testing.T) {
	tests := []struct {
		name, in, want string
		check          func(Report) bool
	}{
		{"entity once", "Tom &amp;amp; Jerry", "Tom &amp; Jerry", func(r Report) bool { return r.Entities == 1 }},
		{"entities", "&lt;b&gt; &#8212; &#x2019; &eacute;", "<b> — ’ é", func(r Report) bool { return r.Entities == 5 }},
		{"unknown entity kept", "AT&T &nosuch; Q&A", "AT&T &nosuch; Q&A", func(r Report) bool { return r.Entities == 0 }},
		{"crlf", "a\r\nb\rc\n", "a\nb\nc\n", func(r Report) bool { return r.Newlines == 2 }},
		{"controls", "a\x00b\x1bc\x7fd\te\n", "abcd\te\n", func(r Report) bool { return r.Removed == 3 }},
		{"zero width", "zero\u200bwidth\ufeff soft\u00adhyphen", "zerowidth softhyphen", func(r Report) bool { return r.Removed == 3 }},
		{"odd spaces", "a\u00a0b\u2009c\u3000d\u202fe", "a b c d e", func(r Report) bool { return r.Spaces == 4 }},
		{"nfc", "Cafe\u0301 Zu\u0308rich", "Café Zürich", func(r Report) bool { return true }},
		{"c1 as windows-1252", "\u0093quoted\u0094 \u0085", "“quoted” …", func(r Report) bool { return r.Changed == 3 }},
		{"invalid utf-8", "a\xffb", "a\ufffdb", func(r Report) bool { return r.Invalid == 1 }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, rep := Normalize(tt.in)
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if !tt.check(rep) {
				t.Errorf("report %+v does not match", rep)
			}
		})
	}
}

func TestReportString(t *testing.T) {
	tests := []struct {
		name string
		rep  Report
		want string
	}{
		{"empty", Report{}, "nothing to repair"},
		{"codec", Report{Codecs: []string{"gbk"}, Changed: 23, Guessed: 10}, "undid gbk: 23 characters changed (10 guessed)"},
		{"cleanup", Report{Entities: 1, Spaces: 2}, "1 HTML entity decoded; 2 odd spaces made plain"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.rep.String(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestIsPlain(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"plain ascii", true},
		{"“curly” — fine’s", true},
		{"café", true},
		{"Ã©", false},
		{"a\u00a0b", false},
		{"a\r\n", false},
		{"&amp;", false},
		{"AT&T", true},
		{"中文", false},
		{"e\u0301", false},
	}
	for _, tt := range tests {
		if got := isPlain(tt.in); got != tt.want {
			t.Errorf("isPlain(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestNormalizeIdempotent(t *testing.T) {
	for _, in := range []string{
		"cafÃ© — â€œokâ€\u009d",
		"the two sides鈥 responsibility (AP) 鈥 U.S.",
		"SlovenÄ�ina",
		"Ã perturber",
		strings.Repeat("Kilmarnock鈥檚 ", 3),
	} {
		once, _ := Normalize(in)
		twice, _ := Normalize(once)
		if once != twice {
			t.Errorf("Normalize(%q) = %q, then %q", in, once, twice)
		}
		if !utf8.ValidString(once) {
			t.Errorf("Normalize(%q) is not valid UTF-8", in)
		}
	}
}
