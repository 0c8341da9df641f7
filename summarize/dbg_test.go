package summarize

import (
	"fmt"
	"testing"
)

func TestDbgTok(t *testing.T) {
	s := "However, just hours after Cameron's announcement, Communities Secretary Eric Pickles said companies would not."
	for _, e := range ExtractFacts(s, nil, june14).Entities {
		fmt.Printf("%+v\n", e)
	}
}
