package bot_test

import (
	"context"
	"fmt"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefly-bot/briefly/bot"
	"github.com/briefly-bot/briefly/bot/example"
	"github.com/briefly-bot/briefly/bot/sqlite"
)

// BenchmarkTurns sends 10,000 chat turns from 100 channels at once through
// the core with SQLite on disk, no fetching: each channel has read one of
// ten articles and asks for summaries, quotes, facts, answers and its list.
// It reports turns/s and the 99th percentile latency of one turn.
func BenchmarkTurns(b *testing.B) {
	const channels, turnsEach = 100, 100
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	bt, err := bot.New(bot.Options{Store: st})
	if err != nil {
		b.Fatal(err)
	}
	msg := func(c int, text string) bot.Message {
		return bot.Message{Platform: "bench", Channel: fmt.Sprintf("c%03d", c), User: "u", Text: text}
	}
	for c := range channels {
		text := strings.ReplaceAll(example.Article, "Port Alder", fmt.Sprintf("Town %d", c%10))
		if _, err := bt.Handle(ctx, msg(c, text)); err != nil {
			b.Fatal(err)
		}
	}
	script := []string{"summary", "quotes", "facts", "what did Okafor say?", "ask how much is the parking tax?", "summary 2", "articles", "quotes Reyes"}
	lat := make([]time.Duration, channels*turnsEach)
	b.ReportAllocs()
	b.ResetTimer()
	var total time.Duration
	for range b.N {
		start := time.Now()
		var wg sync.WaitGroup
		errs := make(chan error, channels)
		for c := range channels {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range turnsEach {
					// An adapter waits on the network between a
					// channel's messages: yield, so 100 busy loops
					// on few cores do not preempt each other mid-turn.
					runtime.Gosched()
					t0 := time.Now()
					_, err := bt.Handle(ctx, msg(c, script[(c+i)%len(script)]))
					lat[c*turnsEach+i] = time.Since(t0)
					if err != nil {
						errs <- err
						return
					}
				}
			}()
		}
		wg.Wait()
		total += time.Since(start)
		close(errs)
		if err := <-errs; err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	slices.Sort(lat)
	b.ReportMetric(float64(b.N*channels*turnsEach)/total.Seconds(), "turns/s")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*90/100].Microseconds())/1000, "p90-ms")
	b.ReportMetric(float64(lat[len(lat)*95/100].Microseconds())/1000, "p95-ms")
}
