package bot

import (
	"os/exec"
	"strings"
	"testing"
)

// TestDependencyDirection keeps the layers apart: bot never imports an
// adapter, the configuration or the fetcher, and summarize imports only the
// standard library and golang.org/x/text.
func TestDependencyDirection(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	deps := func(pkg string) []string {
		out, err := exec.Command("go", "list", "-deps", "-f", "{{if not .Standard}}{{.ImportPath}}{{end}}", pkg).Output()
		if err != nil {
			t.Fatalf("go list -deps %s: %v", pkg, err)
		}
		return strings.Fields(string(out))
	}
	const mod = "github.com/briefly-bot/briefly/"
	for _, d := range deps(mod + "bot") {
		for _, banned := range []string{mod + "adapters", mod + "config", mod + "fetch", mod + "cmd", mod + "bot/sqlite"} {
			if d == banned || strings.HasPrefix(d, banned+"/") {
				t.Errorf("bot imports %s", d)
			}
		}
	}
	for _, d := range deps(mod + "summarize") {
		if d != mod+"summarize" && !strings.HasPrefix(d, "golang.org/x/text/") {
			t.Errorf("summarize imports %s; only the standard library and golang.org/x/text are allowed", d)
		}
	}
}
