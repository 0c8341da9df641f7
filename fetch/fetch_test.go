package fetch

import (
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// allowServer returns a client that refuses private addresses except the
// exact address of srv.
func allowServer(t *testing.T, srv *httptest.Server, opt Options) *Client {
	t.Helper()
	c := New(opt)
	ap, err := netip.ParseAddrPort(srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	c.allowAddrs = map[netip.AddrPort]bool{ap: true}
	return c
}

func readFixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func serveHTML(body []byte) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(body)
	}
}

func wantKind(t *testing.T, err error, want Kind) *Error {
	t.Helper()
	var fe *Error
	if !errors.As(err, &fe) {
		t.Fatalf("err = %v, want an *Error of kind %v", err, want)
	}
	if fe.Kind != want {
		t.Fatalf("kind = %v (%v), want %v", fe.Kind, fe, want)
	}
	return fe
}

func TestFetchArticle(t *testing.T) {
	var ua string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ua = r.Header.Get("User-Agent")
		serveHTML(readFixture(t, "article.html"))(w, r)
	}))
	defer srv.Close()
	var logs bytes.Buffer
	c := allowServer(t, srv, Options{Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	page, err := c.Fetch(context.Background(), srv.URL+"/story#comments")
	if err != nil {
		t.Fatal(err)
	}
	if ua != DefaultUserAgent {
		t.Errorf("User-Agent = %q, want %q", ua, DefaultUserAgent)
	}
	checks := []struct{ field, got, want string }{
		{"URL", page.URL, srv.URL + "/story"},
		{"CanonicalURL", page.CanonicalURL, srv.URL + "/news/2026/03/seawall-vote"},
		{"Title", page.Title, "Harbor town votes to rebuild its flooded seawall"},
		{"Author", page.Author, "Maria Delgado"},
		{"Published", page.Published.UTC().Format(time.RFC3339), "2026-03-14T09:30:00Z"},
		{"ContentType", page.ContentType, "text/html"},
		{"Charset", page.Charset, "utf-8"},
	}
	for _, ck := range checks {
		if ck.got != ck.want {
			t.Errorf("%s = %q, want %q", ck.field, ck.got, ck.want)
		}
	}
	for _, clutter := range []string{"Advertisement", "Sponsored", "Share on", "Photo: J. Ortiz", "Related coverage",
		"morning briefing", "All rights reserved", "Sports", "storm shutters", "dataLayer"} {
		if strings.Contains(page.Text, clutter) {
			t.Errorf("text has clutter %q", clutter)
		}
	}
	golden(t, "article.txt", page.Text)
	if log := logs.String(); !strings.Contains(log, "host="+srv.Listener.Addr().String()) || !strings.Contains(log, "status=200") || strings.Contains(log, "seawall") {
		t.Errorf("log = %q, want the host, the status and no body text", log)
	}
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got+"\n" != string(want) {
		t.Errorf("text differs from %s (go test -update rewrites it)\ngot:\n%s\nwant:\n%s", path, got, want)
	}
}

// longText is an article body of about 120 words.
const longText = `<p>The harbor commission met on Tuesday to review the plan for the new ferry terminal, which has been delayed twice since the storm last winter damaged the old pier beyond repair.</p>
<p>Engineers told the commission that the pilings could be driven before the summer season if the state releases its share of the money by the end of the month, as officials have promised.</p>
<p>Residents who spoke at the meeting asked for more parking and for a covered waiting area, and several business owners said the delays had already cost them a season of visitors.</p>`

func TestFetchRefusals(t *testing.T) {
	other := httptest.NewServer(serveHTML([]byte("<html><body>" + longText + "</body></html>")))
	defer other.Close()
	mux := http.NewServeMux()
	mux.HandleFunc("/to-private", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, other.URL+"/", http.StatusFound)
	})
	mux.HandleFunc("/to-metadata", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://169.254.169.254/latest/meta-data/", http.StatusFound)
	})
	mux.HandleFunc("/to-mapped", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://[::ffff:10.0.0.1]/", http.StatusFound)
	})
	mux.HandleFunc("/to-localhost", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://localhost/", http.StatusFound)
	})
	mux.HandleFunc("/to-ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://example.com/file.txt", http.StatusFound)
	})
	mux.HandleFunc("/loop/", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/loop/"), "%d", &n)
		if n == 0 {
			serveHTML([]byte("<html><body>"+longText+"</body></html>"))(w, r)
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/loop/%d", n-1), http.StatusFound)
	})
	status := func(code int, header ...string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			for i := 0; i+1 < len(header); i += 2 {
				w.Header().Set(header[i], header[i+1])
			}
			w.WriteHeader(code)
		}
	}
	mux.HandleFunc("/403", status(403))
	mux.HandleFunc("/404", status(404))
	mux.HandleFunc("/503-cf", status(503, "Cf-Mitigated", "challenge", "Server", "cloudflare"))
	mux.HandleFunc("/500", status(500))
	typed := func(ct string, body []byte) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			if ct != "" {
				w.Header().Set("Content-Type", ct)
			}
			w.Write(body)
		}
	}
	pdf := []byte("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n")
	mux.HandleFunc("/pdf", typed("application/pdf", pdf))
	mux.HandleFunc("/pdf-untyped", typed("", pdf))
	mux.HandleFunc("/pdf-as-html", typed("text/html", pdf))
	mux.HandleFunc("/png", typed("image/png", []byte("\x89PNG\r\n\x1a\n")))
	mux.HandleFunc("/zip", typed("application/zip", []byte("PK\x03\x04")))
	mux.HandleFunc("/js", serveHTML(readFixture(t, "js-only.html")))
	mux.HandleFunc("/paywall", serveHTML(readFixture(t, "paywall.html")))
	mux.HandleFunc("/cookies", serveHTML([]byte(`<html><head><title>News</title></head><body>
<div class="consent"><h2>We value your privacy</h2><p>We use cookies to improve your experience.
Accept cookies to continue.</p><button>Accept all cookies</button></div></body></html>`)))
	mux.HandleFunc("/thin", serveHTML([]byte(`<html><head><title>Photo of the day</title></head>
<body><article><h1>Photo of the day</h1><p>Sunrise over the bay.</p></article></body></html>`)))
	mux.HandleFunc("/challenge", serveHTML([]byte(`<html><head><title>Just a moment...</title></head>
<body><p>Checking your browser before accessing the site.</p></body></html>`)))
	srv := httptest.NewServer(mux)
	defer srv.Close()

	tests := []struct {
		name, path string
		opt        Options
		want       Kind
		wantMsg    string
	}{
		{"redirect to another private address", "/to-private", Options{}, KindBlocked,
			"That address is private or local; an operator can allow it with BRIEFLY_ALLOW_PRIVATE=1."},
		{"redirect to cloud metadata", "/to-metadata", Options{}, KindBlocked, ""},
		{"redirect to IPv4-mapped private", "/to-mapped", Options{}, KindBlocked, ""},
		{"redirect to localhost", "/to-localhost", Options{}, KindBlocked, ""},
		{"redirect to ftp", "/to-ftp", Options{}, KindScheme, ""},
		{"six redirects", "/loop/6", Options{}, KindTooManyRedirects, ""},
		{"two redirects over a limit of one", "/loop/2", Options{MaxRedirects: 1}, KindTooManyRedirects, ""},
		{"403", "/403", Options{}, KindForbidden, "The site answered 403: it may block bots (Cloudflare or similar)."},
		{"503 challenge", "/503-cf", Options{}, KindForbidden,
			"The site answered with an anti-bot check (Cloudflare or similar) instead of the page."},
		{"404", "/404", Options{}, KindStatus, "The site answered 404: that page was not found."},
		{"500", "/500", Options{}, KindStatus, "The site answered 500."},
		{"pdf", "/pdf", Options{}, KindPDF, "That's a PDF; I can only read web pages and text."},
		{"pdf without type", "/pdf-untyped", Options{}, KindPDF, ""},
		{"pdf served as html", "/pdf-as-html", Options{}, KindPDF, ""},
		{"image", "/png", Options{}, KindType, "That's an image; I can only read web pages and text."},
		{"zip", "/zip", Options{}, KindType, "That's an archive; I can only read web pages and text."},
		{"javascript shell", "/js", Options{}, KindJavaScript, "That page needs JavaScript to show its text."},
		{"paywall", "/paywall", Options{}, KindPaywall, "That page is behind a paywall or a cookie wall."},
		{"cookie wall", "/cookies", Options{}, KindPaywall, ""},
		{"thin page", "/thin", Options{}, KindThin, ""},
		{"challenge page", "/challenge", Options{}, KindForbidden, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := allowServer(t, srv, tt.opt)
			_, err := c.Fetch(context.Background(), srv.URL+tt.path)
			fe := wantKind(t, err, tt.want)
			if tt.wantMsg != "" && fe.UserMessage() != tt.wantMsg {
				t.Errorf("UserMessage = %q, want %q", fe.UserMessage(), tt.wantMsg)
			}
		})
	}

	t.Run("five redirects are followed", func(t *testing.T) {
		page, err := allowServer(t, srv, Options{}).Fetch(context.Background(), srv.URL+"/loop/5")
		if err != nil {
			t.Fatal(err)
		}
		if page.URL != srv.URL+"/loop/0" {
			t.Errorf("URL = %q, want %q", page.URL, srv.URL+"/loop/0")
		}
	})
	t.Run("allow private follows the redirect", func(t *testing.T) {
		if _, err := New(Options{AllowPrivate: true}).Fetch(context.Background(), srv.URL+"/to-private"); err != nil {
			t.Fatal(err)
		}
	})
}

func TestFetchRefusesLoopbackByDefault(t *testing.T) {
	srv := httptest.NewServer(serveHTML([]byte("<html><body>" + longText + "</body></html>")))
	defer srv.Close()
	c := New(Options{})
	_, err := c.Fetch(context.Background(), srv.URL)
	wantKind(t, err, KindBlocked)

	// The dialer checks the resolved address itself, whatever the URL
	// check let through: this is what stops DNS names that resolve to
	// private addresses, and rebinding between the two.
	resp, err := c.http.Get(srv.URL)
	if err == nil {
		resp.Body.Close()
		t.Fatal("dialer connected to 127.0.0.1, want a refusal")
	}
	var be *blockedError
	if !errors.As(err, &be) {
		t.Errorf("err = %v, want a blockedError from the dialer", err)
	}
}

func TestFetchBadURL(t *testing.T) {
	tests := []struct {
		url  string
		want Kind
	}{
		{"not a url", KindBadURL},
		{"example.com/news", KindBadURL},
		{"ftp://example.com/a.txt", KindScheme},
		{"file:///etc/passwd", KindScheme},
		{"javascript:alert(1)", KindScheme},
		{"http://[::1]:8080/", KindBlocked},
		{"http://127.0.0.1/", KindBlocked},
		{"http://LOCALHOST./", KindBlocked},
		{"https://api.localhost/", KindBlocked},
	}
	c := New(Options{Timeout: time.Second})
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			_, err := c.Fetch(context.Background(), tt.url)
			wantKind(t, err, tt.want)
		})
	}
}

func TestFetchLimits(t *testing.T) {
	big := bytes.Repeat([]byte("<p>filler text for a very long page</p>\n"), 60_000) // about 2.4 MB
	// A gzip bomb: 100 members of 1 MiB of zeros each, 100 MiB in about
	// 100 KiB (gzip readers read concatenated members as one stream).
	var member bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&member, gzip.BestCompression)
	zw.Write(make([]byte, 1<<20))
	zw.Close()
	bomb := bytes.NewBuffer(bytes.Repeat(member.Bytes(), 100))

	mux := http.NewServeMux()
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(big)
	})
	mux.HandleFunc("/big-chunked", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		for i := 0; i < len(big); i += 64 << 10 {
			w.Write(big[i:min(i+64<<10, len(big))])
			w.(http.Flusher).Flush()
		}
	})
	mux.HandleFunc("/bomb", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(bomb.Bytes())
	})
	slowBody := func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html><body><p>The first words arrive"))
		w.(http.Flusher).Flush()
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	}
	mux.HandleFunc("/slow-body", slowBody)
	mux.HandleFunc("/slow-headers", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	tests := []struct {
		name, path string
		opt        Options
		want       Kind
		wantMsg    string
	}{
		{"oversize with length", "/big", Options{MaxBytes: 1 << 20}, KindTooLarge, "That page is larger than 1 MiB."},
		{"oversize chunked", "/big-chunked", Options{MaxBytes: 1 << 20}, KindTooLarge, ""},
		{"gzip bomb", "/bomb", Options{}, KindTooLarge, "That page is larger than 5 MiB."},
		{"slow body", "/slow-body", Options{Timeout: 300 * time.Millisecond}, KindTimeout,
			"The site took longer than 300ms."},
		{"slow headers", "/slow-headers", Options{Timeout: 300 * time.Millisecond}, KindTimeout, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			_, err := allowServer(t, srv, tt.opt).Fetch(context.Background(), srv.URL+tt.path)
			fe := wantKind(t, err, tt.want)
			if tt.wantMsg != "" && fe.UserMessage() != tt.wantMsg {
				t.Errorf("UserMessage = %q, want %q", fe.UserMessage(), tt.wantMsg)
			}
			if d := time.Since(start); d > 4*time.Second {
				t.Errorf("took %v, want the limit to stop it early", d)
			}
		})
	}

	t.Run("caller cancels", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		time.AfterFunc(100*time.Millisecond, cancel)
		_, err := allowServer(t, srv, Options{}).Fetch(ctx, srv.URL+"/slow-body")
		wantKind(t, err, KindCanceled)
	})
}

func TestFetchCompressed(t *testing.T) {
	page := []byte("<html><head><title>Ferry plan</title></head><body><article>" + longText + "</article></body></html>")
	var gz, zl bytes.Buffer
	w := gzip.NewWriter(&gz)
	w.Write(page)
	w.Close()
	z := zlib.NewWriter(&zl)
	z.Write(page)
	z.Close()
	for _, tt := range []struct {
		encoding string
		body     []byte
	}{{"gzip", gz.Bytes()}, {"deflate", zl.Bytes()}, {"", page}} {
		t.Run("encoding "+tt.encoding, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "text/html")
				if tt.encoding != "" {
					w.Header().Set("Content-Encoding", tt.encoding)
				}
				w.Write(tt.body)
			}))
			defer srv.Close()
			p, err := allowServer(t, srv, Options{}).Fetch(context.Background(), srv.URL)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(p.Text, "The harbor commission met on Tuesday") {
				t.Errorf("text = %q, want the article", p.Text)
			}
		})
	}
}

func TestFetchPlainText(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=iso-8859-1")
		w.Write([]byte("Caf\xe9 owners say the ferry delay cost them a season.\r\n\r\nSecond paragraph.\r\n"))
	}))
	defer srv.Close()
	p, err := allowServer(t, srv, Options{}).Fetch(context.Background(), srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	want := "Café owners say the ferry delay cost them a season.\n\nSecond paragraph."
	if p.Text != want || p.ContentType != "text/plain" {
		t.Errorf("got %q (%s), want %q (text/plain)", p.Text, p.ContentType, want)
	}
}

func TestIsURL(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{{"https://example.com/a", true}, {" HTTP://x", true}, {"article.txt", false}, {"-", false}, {"ftp://x", false}} {
		if got := IsURL(tt.s); got != tt.want {
			t.Errorf("IsURL(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func FuzzParseURL(f *testing.F) {
	for _, s := range []string{"https://example.com/a?b=c#d", " <http://x.org> ", "ftp://x", "http://[::1", "//x", "http://user:pw@h/"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		u, err := parseURL(raw)
		if err != nil {
			var fe *Error
			if !errors.As(err, &fe) || fe.UserMessage() == "" {
				t.Fatalf("err = %v, want an *Error with a message", err)
			}
			return
		}
		if u.Host == "" || u.Fragment != "" {
			t.Errorf("parseURL(%q) = %q, want a host and no fragment", raw, u)
		}
	})
}
