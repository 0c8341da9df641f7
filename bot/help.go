package bot

import (
	"strings"
)

// help describes every command, or one when name is a command.
func help(cmds []Command, name string) Reply {
	if name != "" {
		if c, ok := lookup(cmds, strings.ToLower(strings.TrimLeft(name, "/!"))); ok {
			r := Reply{Title: usageLine(c), Paragraphs: []string{c.Description + "."}}
			for _, o := range c.Options {
				r.Bullets = append(r.Bullets, strings.ToUpper(o.Name)+": "+o.Description)
			}
			r.Footnote = "Examples: " + strings.Join(c.Examples, " · ")
			return r
		}
	}
	r := Reply{
		Title: "What briefly understands",
		Paragraphs: []string{"Paste a link or the text of a news article and I summarize it; it becomes this conversation's current article. " +
			"Then ask about it, in commands or plain questions such as “what did the mayor say?”."},
	}
	for _, c := range cmds {
		r.Bullets = append(r.Bullets, usageLine(c)+" — "+c.Description+" (e.g. "+c.Examples[len(c.Examples)-1]+")")
	}
	r.Footnote = "help COMMAND explains one command."
	return r
}
