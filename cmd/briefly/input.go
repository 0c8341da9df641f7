package main

import (
	"fmt"
	"io"
	"os"
)

// maxInput caps what briefly reads from a file or stdin.
const maxInput = 16 << 20

// readInput reads the named file, or stdin when name is "" or "-".
func readInput(env *environ, name string) (string, error) {
	var r io.Reader = env.stdin
	if name != "" && name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return "", err
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, maxInput+1))
	if err != nil {
		return "", fmt.Errorf("read %s: %w", displayName(name), err)
	}
	if len(b) > maxInput {
		return "", fmt.Errorf("read %s: larger than %d MiB", displayName(name), maxInput>>20)
	}
	return string(b), nil
}

func displayName(name string) string {
	if name == "" || name == "-" {
		return "stdin"
	}
	return name
}
