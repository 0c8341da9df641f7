package feed

import (
	"net/http"
	"testing"
	"time"
)

func TestScheduleHeaders(t *testing.T) {
	now := time.Date(2026, 1, 10, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name      string
		header    http.Header
		wantAge   time.Duration
		wantRetry time.Duration
	}{
		{"none", http.Header{}, 0, 0},
		{"max-age", http.Header{"Cache-Control": {"public, max-age=900"}}, 15 * time.Minute, 0},
		{"max-age capped", http.Header{"Cache-Control": {"max-age=99999999"}}, MaxInterval, 0},
		{"bad max-age", http.Header{"Cache-Control": {"max-age=soon"}}, 0, 0},
		{"retry seconds", http.Header{"Retry-After": {"120"}}, 0, 2 * time.Minute},
		{"retry date", http.Header{"Retry-After": {now.Add(time.Hour).Format(http.TimeFormat)}}, 0, time.Hour},
		{"retry date past", http.Header{"Retry-After": {now.Add(-time.Hour).Format(http.TimeFormat)}}, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := maxAge(tt.header); got != tt.wantAge {
				t.Errorf("maxAge = %v, want %v", got, tt.wantAge)
			}
			if got := retryAfter(tt.header, now); got != tt.wantRetry {
				t.Errorf("retryAfter = %v, want %v", got, tt.wantRetry)
			}
		})
	}
}

func TestJitterAndBackoff(t *testing.T) {
	for _, j := range []float64{0, 0.5, 0.999} {
		s := &Service{opt: Options{Jitter: func() float64 { return j }}.withDefaults()}
		d := s.jitter(10 * time.Minute)
		if d < 9*time.Minute || d > 11*time.Minute {
			t.Errorf("jitter %v of 10 min = %v, want within 10%%", j, d)
		}
		if got := s.jitter(time.Second); got != MinInterval {
			t.Errorf("jitter of 1 s = %v, want the %v floor", got, MinInterval)
		}
		var prev time.Duration
		for n := 1; n <= 12; n++ {
			d := s.backoff(n, http.Header{}, time.Time{})
			if d > 66*time.Minute {
				t.Errorf("backoff(%d) = %v, want at most an hour and jitter", n, d)
			}
			if n <= 3 && d <= prev {
				t.Errorf("backoff(%d) = %v, not longer than %v", n, d, prev)
			}
			prev = d
		}
	}
	s := &Service{opt: Options{Interval: time.Second}.withDefaults()}
	if s.opt.Interval != MinInterval {
		t.Errorf("interval of 1 s became %v, want %v", s.opt.Interval, MinInterval)
	}
}

func TestWindowEnd(t *testing.T) {
	now := time.Date(2026, 1, 10, 12, 34, 0, 0, time.UTC)
	if got, want := windowEnd("hourly", now), time.Date(2026, 1, 10, 13, 0, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("hourly window ends %v, want %v", got, want)
	}
	if got, want := windowEnd("daily", now), time.Date(2026, 1, 11, 0, 0, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("daily window ends %v, want %v", got, want)
	}
}
