package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// writeText prints a Result for a person reading a terminal.
func writeText(w io.Writer, r Result, source string) error {
	bw := bufio.NewWriter(w)
	if r.Title != "" {
		fmt.Fprintf(bw, "%s\n\n", r.Title)
	}
	fmt.Fprintln(bw, "Summary")
	for _, s := range r.Summary {
		fmt.Fprintf(bw, "  • %s\n", s)
	}
	if facts := factLines(r); len(facts) > 0 {
		fmt.Fprintln(bw, "\nKey facts")
		for _, f := range facts {
			fmt.Fprintf(bw, "  %s\n", f)
		}
	}
	if quotes := directQuotes(r); len(quotes) > 0 {
		fmt.Fprintln(bw, "\nQuotes")
		for _, q := range quotes {
			fmt.Fprintf(bw, "  “%s” — %s\n", q.Text, speakerOrUnknown(q.Speaker))
		}
	}
	if source != "" {
		fmt.Fprintf(bw, "\nSource: %s\n", source)
	}
	return bw.Flush()
}

// writeMarkdown prints a Result as Markdown.
func writeMarkdown(w io.Writer, r Result, source string) error {
	bw := bufio.NewWriter(w)
	if r.Title != "" {
		fmt.Fprintf(bw, "# %s\n\n", r.Title)
	}
	fmt.Fprintln(bw, "## Summary")
	fmt.Fprintln(bw)
	for _, s := range r.Summary {
		fmt.Fprintf(bw, "- %s\n", s)
	}
	if facts := factLines(r); len(facts) > 0 {
		fmt.Fprintln(bw, "\n## Key facts")
		fmt.Fprintln(bw)
		for _, f := range facts {
			fmt.Fprintf(bw, "- %s\n", f)
		}
	}
	if quotes := directQuotes(r); len(quotes) > 0 {
		fmt.Fprintln(bw, "\n## Quotes")
		for _, q := range quotes {
			fmt.Fprintf(bw, "\n> “%s”\n> — %s\n", q.Text, speakerOrUnknown(q.Speaker))
		}
	}
	if source != "" {
		fmt.Fprintf(bw, "\nSource: <%s>\n", source)
	}
	return bw.Flush()
}

// directQuotes returns the quotes in quote marks; reported speech is left to
// the JSON output.
func directQuotes(r Result) []QuoteJSON {
	var out []QuoteJSON
	for _, q := range r.Quotes {
		if q.Direct {
			out = append(out, q)
		}
	}
	return out
}

func speakerOrUnknown(s string) string {
	if s == "" {
		return "unattributed"
	}
	return s
}

// factLines renders the entity lists, one kind a line.
func factLines(r Result) []string {
	var out []string
	if len(r.People) > 0 {
		var names []string
		for _, p := range r.People {
			if p.Role != "" {
				names = append(names, fmt.Sprintf("%s (%s)", p.Name, p.Role))
			} else {
				names = append(names, p.Name)
			}
		}
		out = append(out, "People: "+strings.Join(names, "; "))
	}
	list := func(label string, es []EntityJSON) {
		if len(es) == 0 {
			return
		}
		var names []string
		for _, e := range es {
			if e.Value != "" && e.Value != e.Name {
				names = append(names, fmt.Sprintf("%s (%s)", e.Name, e.Value))
			} else {
				names = append(names, e.Name)
			}
		}
		out = append(out, label+": "+strings.Join(names, "; "))
	}
	list("Organizations", r.Organizations)
	list("Places", r.Places)
	list("Dates", r.Dates)
	list("Numbers", r.Numbers)
	return out
}
