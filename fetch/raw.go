package fetch

import (
	"context"
	"net/http"
	"time"
)

// Response is a raw HTTP answer read through the Client's guards: the same
// address check, timeout, redirect cap and decompressed size cap as Fetch.
type Response struct {
	URL    string      // the final address, after redirects
	Status int         // the HTTP status code
	Header http.Header // the response headers
	Body   []byte      // the decompressed body, capped at MaxBytes; nil unless 2xx
}

// Get requests rawURL with the extra request headers hdr (If-None-Match,
// If-Modified-Since, Accept) and returns the response whatever its status,
// so a caller can honour 304, 429 and Retry-After itself. Only 2xx bodies are
// read. A failure to get any response is an *Error.
func (c *Client) Get(ctx context.Context, rawURL string, hdr http.Header) (*Response, error) {
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
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, &Error{Kind: KindBadURL, URL: u.Redacted(), Err: err}
	}
	for k, vs := range hdr {
		for _, v := range vs {
			req.Header.Add(k, v)
		}
	}
	req.Header.Set("User-Agent", c.opt.UserAgent)
	req.Header.Set("Accept-Encoding", "gzip, deflate")
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, c.logFail(c.classify(ctx, err, u), u.Host)
	}
	defer resp.Body.Close()
	out := &Response{URL: resp.Request.URL.String(), Status: resp.StatusCode, Header: resp.Header}
	if resp.StatusCode >= 200 && resp.StatusCode < 300 {
		if resp.ContentLength > c.opt.MaxBytes && resp.Header.Get("Content-Encoding") == "" {
			return nil, c.logFail(c.tooLarge(resp.Request.URL), u.Host)
		}
		body, err := c.readBody(resp)
		if err != nil {
			return nil, c.logFail(c.classify(ctx, err, u), u.Host)
		}
		out.Body = body
	}
	c.opt.Logger.Debug("get", "host", u.Host, "status", resp.StatusCode, "bytes", len(out.Body),
		"duration", time.Since(start).Round(time.Millisecond))
	return out, nil
}

// ExtractHTMLPage is ExtractHTML for a body read with Get: it sets the
// page's URL and content type as Fetch does.
func ExtractHTMLPage(r *Response) (*Page, error) {
	u, err := parseURL(r.URL)
	if err != nil {
		return nil, err
	}
	p, err := ExtractHTML(r.Body, r.Header.Get("Content-Type"), u)
	if err != nil {
		return nil, err
	}
	p.URL = r.URL
	p.ContentType = mediaTypeOf(r.Header.Get("Content-Type"))
	return p, nil
}
