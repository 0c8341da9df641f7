package feed_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/briefly-bot/briefly/bot"
	"github.com/briefly-bot/briefly/bot/feed"
	"github.com/briefly-bot/briefly/fetch"
)

// Scale of the poll-cycle benchmark: sources spread over hosts, and
// subscriptions spread over the sources and over channels.
const (
	benchSources = 2000
	benchSubs    = 10000
	benchHosts   = 8
)

// BenchmarkPollCycle measures one full poll cycle of 2,000 sources with
// 10,000 subscriptions against fake publishers on 127.0.0.1-8: CPU seconds
// of the whole process (publishers included) and heap in use after the
// cycle, and the peak resident size so far. Modes: every feed answers 304;
// every feed answers 200 with an unchanged body (no ETag); every feed has
// one new item.
func BenchmarkPollCycle(b *testing.B) {
	for _, mode := range []string{"304", "unchanged", "all-change"} {
		b.Run(mode, func(b *testing.B) { benchCycle(b, mode) })
	}
}

func benchCycle(b *testing.B, mode string) {
	pubs := make([]*publisher, benchHosts)
	for i := range pubs {
		pubs[i] = newPublisherOn(b, fmt.Sprintf("127.0.0.%d:0", i+1))
	}
	etag := mode == "304"
	version := 0
	publish := func(now time.Time) {
		for s := range benchSources {
			body := rssFeed("Source "+strconv.Itoa(s), 0, benchItems(s, version, now)...)
			r := &resource{body: body}
			if etag {
				r.etag = `"` + strconv.Itoa(version) + `"`
			}
			pubs[s%benchHosts].set("/f/"+strconv.Itoa(s), r)
		}
	}
	r := newRig(b, filepath.Join(b.TempDir(), "bench.db"), feed.Options{
		Client: fetch.New(fetch.Options{AllowPrivate: true, Timeout: 10 * time.Second}),
	})
	publish(r.clock.Now())
	ctx := context.Background()
	for i := range benchSubs {
		s := i % benchSources
		err := r.store.AddSubscription(ctx, &bot.Subscription{ID: fmt.Sprintf("s%05d", i), Platform: "bench",
			Channel: fmt.Sprintf("ch%04d", i/2), URL: pubs[s%benchHosts].url("/f/" + strconv.Itoa(s)),
			Created: r.clock.Now()})
		if err != nil {
			b.Fatal(err)
		}
	}
	// The first cycle primes every subscription.
	r.clock.advance(time.Minute)
	if n, err := r.svc.PollDue(ctx); err != nil || n != benchSources {
		b.Fatalf("priming polled %d sources: %v", n, err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	var cpu time.Duration
	for range b.N {
		b.StopTimer()
		r.clock.advance(11 * time.Minute)
		if mode == "all-change" {
			version++
			publish(r.clock.Now())
		}
		runtime.GC()
		before := cpuTime()
		b.StartTimer()
		n, err := r.svc.PollDue(ctx)
		b.StopTimer()
		cpu += cpuTime() - before
		if err != nil || n != benchSources {
			b.Fatalf("polled %d sources: %v", n, err)
		}
		b.StartTimer()
	}
	b.StopTimer()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/cycle")
	b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "heap-MB")
	b.ReportMetric(peakRSS()/(1<<20), "peak-rss-MB")
}

// benchItems are a source's 20 newest items at a version: version v adds
// item v+20 at the top.
func benchItems(s, version int, now time.Time) []item {
	out := make([]item, 0, 20)
	for i := version + 19; i >= version; i-- {
		out = append(out, item{
			guid:  fmt.Sprintf("urn:%d:%d", s, i),
			title: fmt.Sprintf("Source %d reports item %d on the city budget", s, i),
			link:  fmt.Sprintf("https://news.example/%d/%d", s, i),
			desc: fmt.Sprintf("The council of town %d met on Tuesday to vote on item %d. Officials said %d buses would run. "+
				"“We listened to riders,” said Mayor Helen Okafor.", s, i, i*3),
			date: now.Add(-time.Duration(version+19-i) * time.Minute),
		})
	}
	return out
}

// cpuTime is the process's user and system CPU time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// peakRSS is the process's peak resident size in bytes (VmHWM), 0 when
// unknown.
func peakRSS() float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmHWM:" {
			kb, _ := strconv.ParseFloat(f[1], 64)
			return kb * 1024
		}
	}
	return 0
}
