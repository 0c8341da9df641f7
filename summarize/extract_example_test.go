package summarize_test

import (
	"fmt"
	"time"

	"github.com/briefly-bot/briefly/summarize"
)

func ExampleExtractFacts() {
	text := "Chinese Foreign Minister Qin Gang spoke with Antony Blinken on Wednesday. " +
		"Qin said trade with the U.S. reached $5 billion."
	published := time.Date(2023, 6, 14, 0, 0, 0, 0, time.UTC)
	f := summarize.ExtractFacts(text, nil, published)
	for _, e := range f.Entities {
		fmt.Printf("%s: %s", e.Kind, e.Name)
		if e.Role != "" {
			fmt.Printf(" (%s)", e.Role)
		}
		if e.Value != "" {
			fmt.Printf(" = %s", e.Value)
		}
		fmt.Printf(", %d mentions\n", len(e.Mentions))
	}
	fmt.Println(f.Entities[f.FindPerson("Qin", -1)].Name)
	// Output:
	// place: China, 1 mentions
	// person: Qin Gang (Chinese Foreign Minister), 2 mentions
	// person: Antony Blinken, 1 mentions
	// date: Wednesday = 2023-06-14, 1 mentions
	// place: U.S., 1 mentions
	// money: $5 billion = 5000000000 USD, 1 mentions
	// Qin Gang
}
