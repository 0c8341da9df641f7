// Package fetch reads a web page that a user pasted: it refuses private and
// local addresses, caps time, redirects and size, decodes the charset and
// extracts the main text with its title, author, publish time and canonical
// URL. It refuses, with a sentence a chat user can read, pages that need
// JavaScript, paywalls, PDFs and other content that is not an article.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"time"
)

// Defaults for the zero Options.
const (
	DefaultTimeout      = 10 * time.Second
	DefaultMaxBytes     = 5 << 20
	DefaultMaxRedirects = 5
	DefaultUserAgent    = "briefly/0.1 (+https://github.com/briefly-bot/briefly)"
)

// Options configure a Client; the zero value means the defaults.
type Options struct {
	// AllowPrivate lets fetches reach loopback, private and link-local
	// addresses (BRIEFLY_ALLOW_PRIVATE=1), for tests and intranets.
	AllowPrivate bool
	// Timeout bounds the whole fetch, redirects and body included.
	Timeout time.Duration
	// MaxBytes caps the body after decompression.
	MaxBytes int64
	// MaxRedirects caps the redirects followed; negative means none.
	MaxRedirects int
	// UserAgent is sent with every request.
	UserAgent string
	// Logger gets one line per fetch (host, status, size), never bodies.
	Logger *slog.Logger
}

func (o Options) withDefaults() Options {
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	switch {
	case o.MaxRedirects == 0:
		o.MaxRedirects = DefaultMaxRedirects
	case o.MaxRedirects < 0:
		o.MaxRedirects = 0
	}
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	return o
}

// Page is a fetched page's main text and metadata.
type Page struct {
	URL          string    // the final address, after redirects
	CanonicalURL string    // link rel=canonical or og:url, if the page names one
	Title        string    // the article's title
	Author       string    // the byline, if found
	Published    time.Time // the publish time, zero if unknown
	Text         string    // main text in UTF-8, one paragraph per line
	ContentType  string    // the media type, such as "text/html"
	Charset      string    // the charset the body was decoded from
}

// Client fetches pages. It is safe for concurrent use.
type Client struct {
	opt  Options
	http *http.Client

	// allowAddrs lets exact addresses through the private-address check
	// even when AllowPrivate is off; tests use it to allow their own server
	// while checking that a redirect elsewhere is refused.
	allowAddrs map[netip.AddrPort]bool
}

// New returns a Client with the given options.
func New(opt Options) *Client {
	c := &Client{opt: opt.withDefaults()}
	dialer := &net.Dialer{Timeout: c.opt.Timeout, Control: c.control}
	transport := &http.Transport{
		Proxy:                  nil, // a proxy would dial for us and bypass the address check
		DialContext:            dialer.DialContext,
		ForceAttemptHTTP2:      true,
		TLSHandshakeTimeout:    c.opt.Timeout,
		ResponseHeaderTimeout:  c.opt.Timeout,
		MaxResponseHeaderBytes: 64 << 10,
		DisableCompression:     true, // we decompress ourselves to cap the decompressed size
		MaxIdleConns:           16,
		IdleConnTimeout:        30 * time.Second,
	}
	c.http = &http.Client{Transport: transport, CheckRedirect: c.checkRedirect}
	return c
}

func (c *Client) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > c.opt.MaxRedirects {
		return &Error{Kind: KindTooManyRedirects, URL: req.URL.Redacted(),
			Detail: fmt.Sprintf("more than %d redirects", c.opt.MaxRedirects)}
	}
	if err := c.checkURL(req.URL); err != nil {
		return err
	}
	c.opt.Logger.Debug("fetch redirect", "from", via[len(via)-1].URL.Host, "to", req.URL.Host)
	return nil
}

// checkURL refuses schemes other than http and https, and literal addresses
// that are blocked, before any connection is tried. Names are checked by the
// dialer once resolved.
func (c *Client) checkURL(u *url.URL) error {
	if u.Scheme != "http" && u.Scheme != "https" {
		return &Error{Kind: KindScheme, URL: u.Redacted(), Detail: fmt.Sprintf("scheme %q", u.Scheme)}
	}
	host := u.Hostname()
	if host == "" {
		return &Error{Kind: KindBadURL, URL: u.Redacted(), Detail: "no host"}
	}
	if c.opt.AllowPrivate {
		return nil
	}
	if a, err := netip.ParseAddr(host); err == nil && isBlocked(a) && !c.allowedHost(a, u) {
		return &Error{Kind: KindBlocked, URL: u.Redacted(), Detail: "address " + host + " is private or local"}
	}
	if h := strings.TrimSuffix(strings.ToLower(host), "."); h == "localhost" || strings.HasSuffix(h, ".localhost") {
		return &Error{Kind: KindBlocked, URL: u.Redacted(), Detail: "host " + host + " is local"}
	}
	return nil
}

func (c *Client) allowedHost(a netip.Addr, u *url.URL) bool {
	port := u.Port()
	if port == "" {
		port = map[string]string{"http": "80", "https": "443"}[u.Scheme]
	}
	ap, err := netip.ParseAddrPort(net.JoinHostPort(a.String(), port))
	return err == nil && c.allowAddrs[ap]
}

// Fetch reads rawURL and returns its main text. A failure is an *Error.
func (c *Client) Fetch(ctx context.Context, rawURL string) (*Page, error) {
	start := time.Now()
	u, err := parseURL(rawURL)
	if err != nil {
		return nil, err
	}
	if err := c.checkURL(u); err != nil {
		return nil, c.logFail(err, u.Host)
	}
	ctx, cancel := context.WithTimeout(ctx, c.opt.Timeout)
	defer cancel()
	page, status, err := c.fetch(ctx, u)
	if err != nil {
		return nil, c.logFail(c.classify(ctx, err, u), u.Host)
	}
	c.opt.Logger.Info("fetch", "host", u.Host, "final_host", hostOf(page.URL), "status", status,
		"type", page.ContentType, "chars", len(page.Text), "duration", time.Since(start).Round(time.Millisecond))
	return page, nil
}

func (c *Client) fetch(ctx context.Context, u *url.URL) (*Page, int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, 0, &Error{Kind: KindBadURL, URL: u.Redacted(), Err: err}
	}
	req.Header.Set("User-Agent", c.opt.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5")
	req.Header.Set("Accept-Encoding", "gzip, deflate")
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, 0, err
	}
	defer resp.Body.Close()
	final := resp.Request.URL
	c.opt.Logger.Debug("fetch response", "host", final.Host, "status", resp.StatusCode)
	if err := statusError(resp); err != nil {
		return nil, 0, err
	}
	mediaType := mediaTypeOf(resp.Header.Get("Content-Type"))
	if err := refuseType(mediaType, final); err != nil {
		return nil, 0, err
	}
	if resp.ContentLength > c.opt.MaxBytes && resp.Header.Get("Content-Encoding") == "" {
		return nil, 0, c.tooLarge(final)
	}
	body, err := c.readBody(resp)
	if err != nil {
		return nil, 0, err
	}
	if mediaType == "" {
		mediaType = mediaTypeOf(http.DetectContentType(body))
		if err := refuseType(mediaType, final); err != nil {
			return nil, 0, err
		}
	}
	if isPDF(body) {
		return nil, 0, &Error{Kind: KindPDF, URL: final.Redacted(), Detail: "body starts with %PDF"}
	}
	var page *Page
	if mediaType == "text/plain" {
		page, err = plainText(body, resp.Header.Get("Content-Type"))
	} else {
		page, err = ExtractHTML(body, resp.Header.Get("Content-Type"), final)
	}
	if err != nil {
		var fe *Error
		if errors.As(err, &fe) && fe.URL == "" {
			fe.URL = final.Redacted()
		}
		return nil, 0, err
	}
	page.URL = final.String()
	page.ContentType = mediaType
	return page, resp.StatusCode, nil
}

// classify turns transport and context errors into an *Error.
func (c *Client) classify(ctx context.Context, err error, u *url.URL) error {
	var fe *Error
	if errors.As(err, &fe) {
		if fe.Kind == KindTimeout {
			fe.limit = formatDuration(c.opt.Timeout)
		}
		return fe
	}
	var be *blockedError
	switch {
	case errors.As(err, &be):
		return &Error{Kind: KindBlocked, URL: u.Redacted(), Detail: be.Error()}
	case errors.Is(ctx.Err(), context.DeadlineExceeded) && (errors.Is(err, context.DeadlineExceeded) || isTimeout(err)):
		return &Error{Kind: KindTimeout, URL: u.Redacted(), Detail: "took longer than " + c.opt.Timeout.String(),
			limit: formatDuration(c.opt.Timeout)}
	case errors.Is(err, context.Canceled):
		return &Error{Kind: KindCanceled, URL: u.Redacted(), Err: err}
	case isTimeout(err):
		return &Error{Kind: KindTimeout, URL: u.Redacted(), Err: err, limit: formatDuration(c.opt.Timeout)}
	}
	return &Error{Kind: KindNetwork, URL: u.Redacted(), Err: err}
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

func (c *Client) logFail(err error, host string) error {
	var fe *Error
	if errors.As(err, &fe) {
		c.opt.Logger.Warn("fetch failed", "host", host, "kind", fe.Kind.String(), "status", fe.Status, "err", fe.Error())
	}
	return err
}

func (c *Client) tooLarge(u *url.URL) *Error {
	return &Error{Kind: KindTooLarge, URL: u.Redacted(), Detail: "body over " + formatBytes(c.opt.MaxBytes),
		limit: formatBytes(c.opt.MaxBytes)}
}

// parseURL accepts an absolute http or https URL, with surrounding space and
// angle brackets (as chat platforms quote links) removed.
func parseURL(raw string) (*url.URL, error) {
	raw = strings.TrimSpace(raw)
	raw = strings.TrimSuffix(strings.TrimPrefix(raw, "<"), ">")
	u, err := url.Parse(raw)
	if err != nil {
		return nil, &Error{Kind: KindBadURL, Detail: "cannot parse the address", Err: err}
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme == "" || u.Host == "" {
		if u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https" {
			return nil, &Error{Kind: KindScheme, URL: u.Redacted(), Detail: fmt.Sprintf("scheme %q", u.Scheme)}
		}
		return nil, &Error{Kind: KindBadURL, URL: u.Redacted(), Detail: "not an absolute URL"}
	}
	u.Fragment = ""
	u.RawFragment = ""
	return u, nil
}

// IsURL reports whether s looks like an http or https address, so a command
// can tell a pasted link from a file name.
func IsURL(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

func statusError(resp *http.Response) error {
	code := resp.StatusCode
	if code >= 200 && code < 300 {
		return nil
	}
	u := resp.Request.URL.Redacted()
	if code == http.StatusForbidden || (code == http.StatusServiceUnavailable && isChallenge(resp)) {
		return &Error{Kind: KindForbidden, URL: u, Status: code, Detail: resp.Status}
	}
	return &Error{Kind: KindStatus, URL: u, Status: code, Detail: resp.Status}
}

// isChallenge reports an anti-bot challenge answer (Cloudflare sets
// cf-mitigated: challenge on them).
func isChallenge(resp *http.Response) bool {
	return resp.Header.Get("Cf-Mitigated") != "" ||
		strings.Contains(strings.ToLower(resp.Header.Get("Server")), "cloudflare")
}

func mediaTypeOf(contentType string) string {
	if contentType == "" {
		return ""
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt, _, _ = strings.Cut(contentType, ";")
	}
	return strings.ToLower(strings.TrimSpace(mt))
}

// refuseType says no to content that is neither a web page nor text.
func refuseType(mediaType string, u *url.URL) error {
	switch {
	case mediaType == "", mediaType == "text/html", mediaType == "application/xhtml+xml",
		mediaType == "text/plain":
		return nil
	case mediaType == "application/pdf", mediaType == "application/x-pdf":
		return &Error{Kind: KindPDF, URL: u.Redacted(), Detail: mediaType}
	}
	return &Error{Kind: KindType, URL: u.Redacted(), Detail: describeType(mediaType)}
}

// describeType names a media type the way a user would: "an image".
func describeType(mt string) string {
	major, _, _ := strings.Cut(mt, "/")
	switch major {
	case "image":
		return "an image"
	case "video":
		return "a video"
	case "audio":
		return "an audio file"
	}
	switch mt {
	case "application/rss+xml", "application/atom+xml":
		return "a feed"
	case "application/json":
		return "JSON data"
	case "application/zip", "application/gzip", "application/x-tar":
		return "an archive"
	}
	return "a " + mt + " file"
}

func isPDF(body []byte) bool { return len(body) >= 5 && string(body[:5]) == "%PDF-" }

func hostOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return u.Host
}

func formatDuration(d time.Duration) string {
	if d%time.Second == 0 {
		return fmt.Sprintf("%d s", int(d/time.Second))
	}
	return d.String()
}

// readBody reads the body, decompressing gzip or deflate, and stops at
// MaxBytes of decompressed data so that neither a large page nor a
// compression bomb can fill memory.
func (c *Client) readBody(resp *http.Response) ([]byte, error) {
	r, err := decompress(resp.Body, resp.Header.Get("Content-Encoding"))
	if err != nil {
		return nil, &Error{Kind: KindNetwork, URL: resp.Request.URL.Redacted(), Detail: "bad compressed body", Err: err}
	}
	body, err := io.ReadAll(io.LimitReader(r, c.opt.MaxBytes+1))
	if err != nil {
		return nil, err
	}
	if int64(len(body)) > c.opt.MaxBytes {
		return nil, c.tooLarge(resp.Request.URL)
	}
	return body, nil
}
