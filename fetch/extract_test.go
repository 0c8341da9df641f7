package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzExtractHTML(f *testing.F) {
	for _, name := range []string{"article.html", "js-only.html", "paywall.html"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, "text/html")
	}
	f.Add([]byte("<html><body>"+longText+"</body></html>"), "text/html; charset=shift_jis")
	f.Add([]byte("<meta charset=utf-16le><p>\xff\xfe\x00</p>"), "")
	f.Add([]byte("<p>\xe9t\xe9 <figure><figcaption>x</figcaption></figure>"), "text/html; charset=bogus")
	base, _ := url.Parse("https://news.example.com/a/b")
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		page, err := ExtractHTML(body, contentType, base)
		if err != nil {
			var fe *Error
			if !errors.As(err, &fe) {
				t.Fatalf("err = %v, want an *Error", err)
			}
			return
		}
		for field, s := range map[string]string{"Text": page.Text, "Title": page.Title, "Author": page.Author,
			"CanonicalURL": page.CanonicalURL} {
			if !utf8.ValidString(s) {
				t.Errorf("%s is not valid UTF-8: %q", field, s)
			}
		}
		for line := range strings.Lines(page.Text) {
			if strings.TrimSpace(line) == "" {
				t.Fatalf("text has an empty line: %q", page.Text)
			}
		}
		if countWords(page.Text) < minWords {
			t.Errorf("accepted %d words, want at least %d", countWords(page.Text), minWords)
		}
	})
}

func TestExtractHTMLWithoutURL(t *testing.T) {
	page, err := ExtractHTML([]byte(`<html><head><link rel="canonical" href="https://news.example.com/x">
<meta name="author" content="By Sam Lee"><meta name="date" content="2026-01-02"></head><body>`+longText+`</body></html>`), "", nil)
	if err != nil {
		t.Fatal(err)
	}
	if page.CanonicalURL != "https://news.example.com/x" || page.Author != "Sam Lee" || page.Published.Format("2006-01-02") != "2026-01-02" {
		t.Errorf("got canonical %q, author %q, published %v", page.CanonicalURL, page.Author, page.Published)
	}
}

func BenchmarkExtractHTML(b *testing.B) {
	body, err := os.ReadFile(filepath.Join("testdata", "article.html"))
	if err != nil {
		b.Fatal(err)
	}
	base, _ := url.Parse("https://ledger.example.com/news")
	b.ReportAllocs()
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		if _, err := ExtractHTML(body, "text/html; charset=utf-8", base); err != nil {
			b.Fatal(err)
		}
	}
}

func ExampleClient_Fetch() {
	c := New(Options{})
	_, err := c.Fetch(context.Background(), "http://169.254.169.254/latest/meta-data/")
	var fe *Error
	if errors.As(err, &fe) {
		fmt.Println(fe.UserMessage())
	}
	// Output: That address is private or local; an operator can allow it with BRIEFLY_ALLOW_PRIVATE=1.
}

func TestExtractHTMLTooManyElements(t *testing.T) {
	body := "<html><body>" + strings.Repeat("<p><b>x</b></p>", maxElements/2+1) + "</body></html>"
	_, err := ExtractHTML([]byte(body), "text/html", nil)
	fe := wantKind(t, err, KindTooLarge)
	if want := "That page is larger than 100000 HTML elements."; fe.UserMessage() != want {
		t.Errorf("UserMessage = %q, want %q", fe.UserMessage(), want)
	}
}

func TestExtractHTMLKeepsBodyWithClutterClass(t *testing.T) {
	body := `<html><head><title>Ferry</title></head><body><div class="social-bar"><a href="#">Share</a></div>
<article><div class="story-body share-enabled">` + longText + `</div>
<figure><img src="a.jpg"><figcaption>The old pier, photographed in May.</figcaption></figure></article></body></html>`
	page, err := ExtractHTML([]byte(body), "text/html", nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(page.Text, "The harbor commission met") || strings.Contains(page.Text, "photographed") {
		t.Errorf("text = %q, want the article without the caption", page.Text)
	}
}
