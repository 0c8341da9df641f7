package discord

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// rewrite is a RoundTripper that sends every request to base's scheme and
// host, keeping the path: with DISCORD_API_URL=http://127.0.0.1:8080,
// https://discord.com/api/v9/gateway goes to http://127.0.0.1:8080/api/v9/gateway.
// A base with a path prefixes it ("http://proxy/discord" → /discord/api/v9/...).
type rewrite struct {
	base *url.URL
	next http.RoundTripper
}

// newRewrite parses base, an http or https URL.
func newRewrite(base string, next http.RoundTripper) (*rewrite, error) {
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("discord: API URL %q: want http://host[:port] or https://host[:port]", base)
	}
	if next == nil {
		next = http.DefaultTransport
	}
	return &rewrite{base: u, next: next}, nil
}

func (rw *rewrite) RoundTrip(req *http.Request) (*http.Response, error) {
	r := req.Clone(req.Context())
	u := *req.URL
	u.Scheme = rw.base.Scheme
	u.Host = rw.base.Host
	if p := strings.TrimSuffix(rw.base.Path, "/"); p != "" {
		u.Path = p + u.Path
		if u.RawPath != "" {
			u.RawPath = p + u.RawPath
		}
	}
	r.URL = &u
	r.Host = ""
	return rw.next.RoundTrip(r)
}
