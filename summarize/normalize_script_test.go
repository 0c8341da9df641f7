package summarize

import (
	"strings"
	"testing"
)

// TestNormalizeNoStrayCJK holds Latin mojibake whose over-decoding yields
// CJK, kana or other new scripts: such runs are kept as they are, while
// coherent CJK repairs still stand.
func TestNormalizeNoStrayCJK(t *testing.T) {
	tests := []struct{ name, in, want string }{
		// ftfy's in-the-wild case: it must come back unchanged.
		{"absolutely hopeless garble", "ã†â€™ãƒâ€ ã¢â‚¬â„¢ãƒæ’ã‚â¢ãƒâ¢ã¢â‚¬å¡ã‚â¬ãƒâ€šã‚â", ""},
		// Its parts in English text: lowercased double mojibake decodes to
		// Extension A ideographs (㢀) and kana next to leftovers, or with
		// MacRoman to Armenian (Ջ).
		{"lowercased quote", "x ã¢â‚¬å¡ã‚â¬ y", ""},
		{"armenian from macroman", "ãƒæ’ã‚â¢", ""},
		// One ideograph from three Latin characters in English is chance.
		{"accent and quotes", "They called it ‘Café’” and left", ""},
		{"accent and ellipsis", "L’été — “olé…”", ""},
		{"lone ideograph", "The word æ„› means love", ""},
		// Coherent CJK stands.
		{"cjk in english", "Messy: æ—¥æœ¬èªž here", "Messy: 日本語 here"},
		{"cjk with a lost byte", "Tokyo (æ\ufffd±äº¬) is big", "Tokyo (\ufffd京) is big"},
		{"kana damaged twice", "Ã£Æ’â€ Ã£â€šÂ¹Ã£Æ’Ë†", "テスト"},
		{"cyrillic", "Ð¿Ñ€Ð¸Ð²ÐµÑ‚", "привет"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := tt.want
			if want == "" {
				want = tt.in
			}
			got, _ := Normalize(tt.in)
			if got != want {
				t.Errorf("got %q, want %q", got, want)
			}
			for _, r := range got {
				if isCJK(r) && !strings.ContainsRune(tt.in, r) && !strings.ContainsRune(want, r) {
					t.Errorf("stray CJK %q in %q", r, got)
				}
			}
		})
	}
}

func TestCoherent(t *testing.T) {
	tests := []struct {
		name, orig, cand string
		signals          int
		latin, want      bool
	}{
		{"latin to latin", "Ã©", "é", 0, true, true},
		{"cyrillic", "Ð¿Ñ€", "пр", 0, false, true},
		{"new script with leftovers", "Ð¿Ñ€Ã", "прÃ", 1, false, false},
		{"kana next to accent", "ã‚ãƒ†", "ãテ", 0, false, false},
		{"extension a", "ã¢€", "㢀", 0, false, false},
		{"cjk run", "æ—¥æœ¬", "日本", 0, true, true},
		{"lone ideograph in english", "æ„›", "愛", 0, true, false},
		{"lone ideograph alone", "æ„›", "愛", 0, false, true},
		{"cjk codec repair", "鈥檚", "’s", 0, true, true},
		{"modifier letter", "Ë†", "ˆ", 0, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := coherent(tt.orig, tt.cand, tt.signals, costCtx{latin: tt.latin}); got != tt.want {
				t.Errorf("coherent(%q, %q) = %v, want %v", tt.orig, tt.cand, got, tt.want)
			}
		})
	}
}
