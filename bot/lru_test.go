package bot

import (
	"strconv"
	"testing"
)

func TestLRU(t *testing.T) {
	c := newLRU[string, *Article](3)
	for i := range 5 {
		c.put(strconv.Itoa(i), &Article{Title: strconv.Itoa(i)})
		c.get("0") // keep 0 in use
	}
	if n := c.len(); n != 3 {
		t.Fatalf("len = %d, want 3", n)
	}
	for key, want := range map[string]bool{"0": true, "1": false, "2": false, "3": true, "4": true} {
		if _, ok := c.get(key); ok != want {
			t.Errorf("get(%q) ok = %v, want %v", key, ok, want)
		}
	}
}
