package feed

import (
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"time"
)

func randFloat() float64 { return rand.Float64() }

// jitter spreads d by up to ±10% and keeps it within [MinInterval,
// MaxInterval].
func (s *Service) jitter(d time.Duration) time.Duration {
	d += time.Duration((s.opt.Jitter()*0.2 - 0.1) * float64(d))
	return min(max(d, MinInterval), MaxInterval)
}

// nextDelay is how long to wait after a successful poll: the interval, or
// longer when the feed's ttl, Cache-Control max-age or Retry-After asks.
func (s *Service) nextDelay(h http.Header, ttl time.Duration, now time.Time) time.Duration {
	d := max(s.opt.Interval, ttl, maxAge(h), retryAfter(h, now))
	return s.jitter(d)
}

// backoff is how long to wait after the n-th failure in a row: the
// interval doubled each time up to an hour, or longer when Retry-After
// asks (up to a day).
func (s *Service) backoff(n int, h http.Header, now time.Time) time.Duration {
	d := s.opt.Interval
	for i := 1; i < n && d < time.Hour; i++ {
		d *= 2
	}
	d = min(d, max(time.Hour, s.opt.Interval))
	return s.jitter(max(d, retryAfter(h, now)))
}

// maxAge reads Cache-Control max-age (s-maxage for shared caches is not
// ours), 0 when absent.
func maxAge(h http.Header) time.Duration {
	for _, part := range strings.Split(h.Get("Cache-Control"), ",") {
		k, v, ok := strings.Cut(strings.TrimSpace(part), "=")
		if ok && strings.EqualFold(k, "max-age") {
			if n, err := strconv.Atoi(strings.Trim(v, `"`)); err == nil && n > 0 {
				return min(time.Duration(n)*time.Second, MaxInterval)
			}
		}
	}
	return 0
}

// retryAfter reads Retry-After as seconds or an HTTP date, 0 when absent.
func retryAfter(h http.Header, now time.Time) time.Duration {
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0
	}
	if n, err := strconv.Atoi(v); err == nil && n > 0 {
		return min(time.Duration(n)*time.Second, MaxInterval)
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return min(t.Sub(now), MaxInterval)
	}
	return 0
}

// windowEnd is when the digest window holding now closes.
func windowEnd(mode string, now time.Time) time.Time {
	now = now.UTC()
	if mode == "daily" {
		return time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC).Add(24 * time.Hour)
	}
	return now.Truncate(time.Hour).Add(time.Hour)
}
