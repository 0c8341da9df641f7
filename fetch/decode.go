package fetch

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"fmt"
	"io"
	"mime"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/transform"
)

// decompress wraps r according to a Content-Encoding header.
func decompress(r io.Reader, contentEncoding string) (io.Reader, error) {
	switch strings.ToLower(strings.TrimSpace(contentEncoding)) {
	case "", "identity":
		return r, nil
	case "gzip", "x-gzip":
		return gzip.NewReader(r)
	case "deflate":
		// "deflate" is meant to be zlib-wrapped, but some servers send raw
		// DEFLATE; a zlib stream starts with 0x78.
		br := bufio.NewReader(r)
		b, err := br.Peek(1)
		if err == nil && b[0] == 0x78 {
			return zlib.NewReader(br)
		}
		return flate.NewReader(br), nil
	}
	return nil, fmt.Errorf("unsupported content encoding %q", contentEncoding)
}

// decodeHTML converts an HTML body to UTF-8. The charset comes from a byte
// order mark, then the Content-Type header, then a body that is valid UTF-8,
// then <meta charset> or http-equiv in the first 1024 bytes, then the
// WHATWG default windows-1252.
func decodeHTML(body []byte, contentType string) (string, string) {
	if e, name, ok := headerOrBOM(body, contentType); ok {
		return decodeWith(e, name, body)
	}
	if utf8.Valid(body) {
		return string(body), "utf-8"
	}
	e, name, _ := charset.DetermineEncoding(body, "")
	return decodeWith(e, name, body)
}

// decodeText converts a text/plain body to UTF-8: BOM, header charset, valid
// UTF-8, else windows-1252.
func decodeText(body []byte, contentType string) (string, string) {
	if e, name, ok := headerOrBOM(body, contentType); ok {
		return decodeWith(e, name, body)
	}
	if utf8.Valid(body) {
		return string(body), "utf-8"
	}
	e, name := charset.Lookup("windows-1252")
	return decodeWith(e, name, body)
}

func headerOrBOM(body []byte, contentType string) (encoding.Encoding, string, bool) {
	for _, b := range []struct{ bom, name string }{
		{"\xef\xbb\xbf", "utf-8"}, {"\xfe\xff", "utf-16be"}, {"\xff\xfe", "utf-16le"},
	} {
		if bytes.HasPrefix(body, []byte(b.bom)) {
			e, name := charset.Lookup(b.name)
			return e, name, true
		}
	}
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		if cs := params["charset"]; cs != "" {
			if e, name := charset.Lookup(cs); e != nil {
				return e, name, true
			}
		}
	}
	return nil, "", false
}

// decodeWith decodes body, replacing invalid sequences with U+FFFD, and
// drops a leading byte order mark.
func decodeWith(e encoding.Encoding, name string, body []byte) (string, string) {
	if name == "utf-8" {
		s := strings.ToValidUTF8(string(body), "\uFFFD")
		return strings.TrimPrefix(s, "\uFEFF"), name
	}
	out, _, err := transform.Bytes(e.NewDecoder(), body)
	if err != nil {
		return strings.ToValidUTF8(string(body), "\uFFFD"), "utf-8"
	}
	s := strings.ToValidUTF8(string(out), "\uFFFD")
	return strings.TrimPrefix(s, "\uFEFF"), name
}
