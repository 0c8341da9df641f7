package summarize_test

import (
	"runtime"
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

// bytesPerRun returns the bytes Analyze allocates on text, the least of
// three runs.
func bytesPerRun(text string) uint64 {
	best := uint64(0)
	for range 3 {
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		summarize.Analyze(text, summarize.Options{})
		runtime.ReadMemStats(&m1)
		if d := m1.TotalAlloc - m0.TotalAlloc; best == 0 || d < best {
			best = d
		}
	}
	return best
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
		b1, b4 := bytesPerRun(one), bytesPerRun(four)
		t.Logf("article %d (%d bytes): %.0f allocs, %.0f for 4 copies (%.2f×); %d bytes allocated, %d for 4 copies (%.2f×)",
			n, len(one), a1, a4, a4/a1, b1, b4, float64(b4)/float64(b1))
		if a4 > 4.5*a1 {
			t.Errorf("article %d (%d bytes): got %.0f allocs for 4 copies, want at most 4.5 × %.0f", n, len(one), a4, a1)
		}
		if float64(b4) > 4.5*float64(b1) {
			t.Errorf("article %d (%d bytes): got %d bytes allocated for 4 copies, want at most 4.5 × %d", n, len(one), b4, b1)
		}
	}
}
