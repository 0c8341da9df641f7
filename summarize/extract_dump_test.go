package summarize

import (
	"fmt"
	"os"
	"testing"
	"time"
)

func TestDumpFacts(t *testing.T) {
	p := os.Getenv("FACTS_DUMP")
	if p == "" {
		t.Skip("set FACTS_DUMP")
	}
	b, _ := os.ReadFile(p)
	f := ExtractFacts(string(b), nil, time.Date(2023, 6, 14, 0, 0, 0, 0, time.UTC))
	for _, e := range f.Entities {
		fmt.Printf("%-12s %-40q role=%q value=%q n=%d\n", e.Kind, e.Name, e.Role, e.Value, len(e.Mentions))
	}
}
