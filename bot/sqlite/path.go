package sqlite

import (
	"errors"
	"path/filepath"
)

// DefaultPath is where briefly keeps its database when neither BRIEFLY_DB nor
// the configuration names one: $XDG_DATA_HOME/briefly/briefly.db, else
// ~/.local/share/briefly/briefly.db (%LocalAppData%\briefly on Windows).
// getenv reads the environment (os.Getenv).
func DefaultPath(getenv func(string) string, goos string) (string, error) {
	if d := getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "briefly", "briefly.db"), nil
	}
	if goos == "windows" {
		if d := getenv("LocalAppData"); d != "" {
			return filepath.Join(d, "briefly", "briefly.db"), nil
		}
		return "", errors.New("sqlite: %LocalAppData% is not set")
	}
	home := getenv("HOME")
	if home == "" {
		return "", errors.New("sqlite: $HOME is not set; set BRIEFLY_DB")
	}
	if goos == "darwin" {
		return filepath.Join(home, "Library", "Application Support", "briefly", "briefly.db"), nil
	}
	return filepath.Join(home, ".local", "share", "briefly", "briefly.db"), nil
}
