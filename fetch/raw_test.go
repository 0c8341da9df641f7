package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestGet(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(strings.Repeat("a", 2000)))
	zw.Close()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/etag":
			if r.Header.Get("If-None-Match") == `"v1"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", `"v1"`)
			w.Write([]byte("<rss/>"))
		case "/gzip":
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(gz.Bytes())
		case "/busy":
			w.Header().Set("Retry-After", "120")
			w.WriteHeader(http.StatusTooManyRequests)
			w.Write([]byte("slow down"))
		case "/redirect":
			http.Redirect(w, r, "/etag", http.StatusFound)
		}
	}))
	defer srv.Close()
	c := allowServer(t, srv, Options{MaxBytes: 1000, Timeout: 2 * time.Second})
	ctx := context.Background()
	tests := []struct {
		name       string
		path       string
		hdr        http.Header
		wantStatus int
		wantBody   string
		wantHeader [2]string
		wantKind   Kind
	}{
		{"full answer", "/etag", nil, 200, "<rss/>", [2]string{"ETag", `"v1"`}, 0},
		{"not modified", "/etag", http.Header{"If-None-Match": {`"v1"`}}, 304, "", [2]string{}, 0},
		{"redirect followed", "/redirect", nil, 200, "<rss/>", [2]string{}, 0},
		{"error status with headers, no body", "/busy", nil, 429, "", [2]string{"Retry-After", "120"}, 0},
		{"decompressed size capped", "/gzip", nil, 0, "", [2]string{}, KindTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := c.Get(ctx, srv.URL+tt.path, tt.hdr)
			if tt.wantKind != 0 {
				var fe *Error
				if !errors.As(err, &fe) || fe.Kind != tt.wantKind {
					t.Fatalf("error %v, want kind %v", err, tt.wantKind)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if r.Status != tt.wantStatus || string(r.Body) != tt.wantBody {
				t.Errorf("got %d %q, want %d %q", r.Status, r.Body, tt.wantStatus, tt.wantBody)
			}
			if k := tt.wantHeader[0]; k != "" && r.Header.Get(k) != tt.wantHeader[1] {
				t.Errorf("header %s = %q, want %q", k, r.Header.Get(k), tt.wantHeader[1])
			}
		})
	}
	// Without the allowance the loopback server is refused.
	if _, err := New(Options{}).Get(ctx, srv.URL+"/etag", nil); err == nil {
		t.Error("Get reached a loopback address without AllowPrivate")
	}
}
