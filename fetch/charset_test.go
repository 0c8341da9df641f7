package fetch

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
)

func encode(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestFetchCharsets(t *testing.T) {
	western := "<p>“Café owners are naïve about the ferry,” the mayor said — and the crowd at the harbor meeting cheered.</p>"
	japaneseText := "<p>港町の議会は木曜日の夜、先月の嵐で崩れた防潮堤を再建する計画を賛成多数で可決した。工事は来年の春に始まり、およそ一年半かかる見通しだと町の技師は話した。住民からは早く安全を取り戻してほしいという声が相次いだ。</p>"
	page := func(meta, para string) string {
		return "<html><head>" + meta + "<title>Harbor</title></head><body><article>" +
			strings.Repeat(para, 4) + longText + "</article></body></html>"
	}
	tests := []struct {
		name        string
		contentType string
		body        []byte
		wantCharset string
		wantText    string
	}{
		{"windows-1252 from header", "text/html; charset=windows-1252",
			encode(t, charmap.Windows1252, page("", western)), "windows-1252", "“Café owners are naïve about the ferry,” the mayor said —"},
		{"iso-8859-1 from header", "text/html; charset=ISO-8859-1",
			encode(t, charmap.ISO8859_1, page("", strings.NewReplacer("“", `"`, "”", `"`, "—", "-").Replace(western))),
			"windows-1252", `"Café owners are naïve about the ferry," the mayor said -`},
		{"shift_jis from meta charset", "text/html",
			encode(t, japanese.ShiftJIS, page(`<meta charset="Shift_JIS">`, japaneseText)), "shift_jis", "港町の議会は木曜日の夜"},
		{"shift_jis from http-equiv", "text/html",
			encode(t, japanese.ShiftJIS, page(`<meta http-equiv="Content-Type" content="text/html; charset=shift_jis">`, japaneseText)),
			"shift_jis", "防潮堤を再建する計画"},
		{"windows-1252 from meta", "text/html",
			encode(t, charmap.Windows1252, page(`<meta charset="windows-1252">`, western)), "windows-1252", "Café owners"},
		{"utf-8 without a declaration", "text/html", []byte(page("", western)), "utf-8", "“Café owners are naïve"},
		{"utf-8 under a wrong meta", "text/html", []byte(page(`<meta charset="iso-8859-1">`, western)), "utf-8", "“Café owners"},
		{"undeclared legacy bytes fall back to windows-1252", "text/html",
			encode(t, charmap.Windows1252, page("", western)), "windows-1252", "naïve about the ferry,”"},
		{"header wins over meta", "text/html; charset=shift_jis",
			encode(t, japanese.ShiftJIS, page(`<meta charset="utf-8">`, japaneseText)), "shift_jis", "港町の議会"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", tt.contentType)
				w.Write(tt.body)
			}))
			defer srv.Close()
			p, err := allowServer(t, srv, Options{}).Fetch(context.Background(), srv.URL)
			if err != nil {
				t.Fatal(err)
			}
			if p.Charset != tt.wantCharset {
				t.Errorf("charset = %q, want %q", p.Charset, tt.wantCharset)
			}
			if !strings.Contains(p.Text, tt.wantText) {
				t.Errorf("text = %q, want it to contain %q", p.Text, tt.wantText)
			}
		})
	}
}

func TestFetchRepairsMojibake(t *testing.T) {
	// A page that went through a wrong codec once before it was served as
	// UTF-8: ’ became â€™ and é became Ã©.
	damaged, err := charmap.Windows1252.NewDecoder().String("Mayor Okafor’s café plan — the council’s first — passed.")
	if err != nil {
		t.Fatal(err)
	}
	body := "<html><head><title>Harbor</title></head><body><article><p>" + damaged + "</p>" + longText + "</article></body></html>"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(body))
	}))
	defer srv.Close()
	p, err := allowServer(t, srv, Options{}).Fetch(context.Background(), srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	if want := "Mayor Okafor’s café plan — the council’s first — passed."; !strings.HasPrefix(p.Text, want) {
		t.Errorf("text = %q, want it to start with %q", p.Text, want)
	}
}
