//go:build !unix

package summarize_test

// cpuTime is unknown off unix: benchmarks report wall time alone.
func cpuTime() int64 { return 0 }
