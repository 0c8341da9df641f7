package fetch

import (
	"fmt"
	"strings"
)

// Kind says why a fetch failed, so a caller can choose what to tell a user.
type Kind int

// The kinds of fetch failure.
const (
	KindBadURL           Kind = iota + 1 // not a URL with a host
	KindScheme                           // not http or https
	KindBlocked                          // a private or local address
	KindNetwork                          // DNS, connection or TLS failure
	KindTimeout                          // the whole fetch took longer than Options.Timeout
	KindCanceled                         // the caller's context ended
	KindTooManyRedirects                 // more than Options.MaxRedirects
	KindForbidden                        // 403 or an anti-bot challenge
	KindStatus                           // another non-2xx status
	KindTooLarge                         // more than Options.MaxBytes after decompression
	KindPDF                              // a PDF document
	KindType                             // another content type that is not a web page or text
	KindJavaScript                       // the page needs JavaScript to show its text
	KindPaywall                          // a paywall or cookie wall instead of the article
	KindThin                             // too little main text to read
)

var kindNames = map[Kind]string{
	KindBadURL:           "bad url",
	KindScheme:           "scheme",
	KindBlocked:          "blocked",
	KindNetwork:          "network",
	KindTimeout:          "timeout",
	KindCanceled:         "canceled",
	KindTooManyRedirects: "too many redirects",
	KindForbidden:        "forbidden",
	KindStatus:           "status",
	KindTooLarge:         "too large",
	KindPDF:              "pdf",
	KindType:             "content type",
	KindJavaScript:       "javascript",
	KindPaywall:          "paywall",
	KindThin:             "thin",
}

func (k Kind) String() string {
	if s, ok := kindNames[k]; ok {
		return s
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// Error is a failed fetch. Error() is for logs; UserMessage() is one short
// sentence for a chat user.
type Error struct {
	Kind   Kind
	URL    string // the address being fetched when it failed
	Status int    // the HTTP status, for KindForbidden and KindStatus
	Detail string // what went wrong, for the log
	Err    error  // the underlying error, if any

	limit string // the limit that was exceeded, for KindTooLarge and KindTimeout
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("fetch: ")
	if e.URL != "" {
		b.WriteString(e.URL)
		b.WriteString(": ")
	}
	b.WriteString(e.Kind.String())
	if e.Detail != "" {
		b.WriteString(": ")
		b.WriteString(e.Detail)
	}
	if e.Err != nil {
		b.WriteString(": ")
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }

// UserMessage is one sentence that tells a chat user why the page could not
// be read, without internal detail.
func (e *Error) UserMessage() string {
	switch e.Kind {
	case KindBadURL:
		return "That doesn't look like a web address."
	case KindScheme:
		return "I can only read http and https addresses."
	case KindBlocked:
		return "That address is private or local; an operator can allow it with BRIEFLY_ALLOW_PRIVATE=1."
	case KindNetwork:
		return "I couldn't reach that site."
	case KindTimeout:
		return "The site took longer than " + e.limit + "."
	case KindCanceled:
		return "The fetch was canceled."
	case KindTooManyRedirects:
		return "That address redirects too many times."
	case KindForbidden:
		if e.Status == 403 {
			return "The site answered 403: it may block bots (Cloudflare or similar)."
		}
		return "The site answered with an anti-bot check (Cloudflare or similar) instead of the page."
	case KindStatus:
		switch e.Status {
		case 404, 410:
			return fmt.Sprintf("The site answered %d: that page was not found.", e.Status)
		case 429:
			return "The site answered 429: too many requests; try again later."
		case 401, 402:
			return "That page is behind a paywall or a login."
		}
		return fmt.Sprintf("The site answered %d.", e.Status)
	case KindTooLarge:
		return "That page is larger than " + e.limit + "."
	case KindPDF:
		return "That's a PDF; I can only read web pages and text."
	case KindType:
		if e.Detail != "" {
			return "That's " + e.Detail + "; I can only read web pages and text."
		}
		return "I can only read web pages and text."
	case KindJavaScript:
		return "That page needs JavaScript to show its text."
	case KindPaywall:
		return "That page is behind a paywall or a cookie wall."
	case KindThin:
		return "That page has too little text to read."
	}
	return "I couldn't read that page."
}

// formatBytes writes a byte count the way a user reads it: 5 MiB, 512 KiB.
func formatBytes(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
