package feed

import (
	"os/exec"
	"strings"
	"testing"
)

// TestDependencyDirection: the feed service builds on bot, fetch and
// summarize, never on an adapter, the configuration, the command or a
// store implementation.
func TestDependencyDirection(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	out, err := exec.Command("go", "list", "-deps", "-f", "{{if not .Standard}}{{.ImportPath}}{{end}}",
		"github.com/briefly-bot/briefly/bot/feed").Output()
	if err != nil {
		t.Fatalf("go list -deps: %v", err)
	}
	const mod = "github.com/briefly-bot/briefly/"
	for _, d := range strings.Fields(string(out)) {
		for _, banned := range []string{mod + "adapters", mod + "config", mod + "cmd", mod + "bot/sqlite"} {
			if d == banned || strings.HasPrefix(d, banned+"/") {
				t.Errorf("bot/feed imports %s", d)
			}
		}
	}
}
