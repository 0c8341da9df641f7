package summarize_test

import (
	"strings"
	"testing"
	"time"

	"github.com/briefly-bot/briefly/summarize"
)

// BenchmarkAnalyze runs the whole analysis (segmentation, headline, facts,
// ranking) on every cnndm-dev article once per iteration. Run it with
// -cpu 1: the target is 20 MB/s on one core. Besides wall time it reports
// the process's CPU time per iteration and the megabytes a CPU second
// (cpu-MB/s), which stay steady when other processes share the machine.
func BenchmarkAnalyze(b *testing.B) {
	arts := cnndmArticles(b)
	size := 0
	for _, a := range arts {
		size += len(a)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	cpu0 := processCPU()
	for b.Loop() {
		for _, a := range arts {
			summarize.Analyze(a, summarize.Options{})
		}
	}
	reportCPU(b, processCPU()-cpu0, size)
}

// reportCPU adds the CPU time per iteration and the throughput per CPU
// second to a benchmark's results.
func reportCPU(b *testing.B, cpu time.Duration, size int) {
	if cpu <= 0 || b.N == 0 {
		return
	}
	per := float64(cpu.Nanoseconds()) / float64(b.N)
	b.ReportMetric(per, "cpu-ns/op")
	b.ReportMetric(float64(size)/per*1e3, "cpu-MB/s")
}

// TestAnalyzeAllocsLinear checks that allocations grow no faster than the
// article: four copies of an article joined cost at most about four times
// the allocations of one.
func TestAnalyzeAllocsLinear(t *testing.T) {
	arts := cnndmArticles(t)
	for _, n := range []int{0, 7, 42, 199} {
		if n >= len(arts) {
			continue
		}
		one := arts[n]
		four := strings.Repeat(one+"\n", 4)
		a1 := testing.AllocsPerRun(3, func() { summarize.Analyze(one, summarize.Options{}) })
		a4 := testing.AllocsPerRun(3, func() { summarize.Analyze(four, summarize.Options{}) })
		if a4 > 4.5*a1 {
			t.Errorf("article %d (%d bytes): got %.0f allocs for 4 copies, want at most 4.5 × %.0f", n, len(one), a4, a1)
		}
	}
}
