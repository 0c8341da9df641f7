package bot

// OptionType is the kind of value a command option takes.
type OptionType string

// The option types; adapters map them to their platform's (Discord's
// STRING and INTEGER option types, Slack's free text).
const (
	String  OptionType = "string"  // one word, or a "quoted phrase"
	Integer OptionType = "integer" // a whole number
	URL     OptionType = "url"     // an http or https link
	Text    OptionType = "text"    // the rest of the line
)

// Option is one argument of a command.
type Option struct {
	Name        string // lower case, as help shows it: "question"
	Type        OptionType
	Required    bool
	Description string
	// Fills names the typed option a Slash option gives its value to: ""
	// means the one with the same Name; ArticleArg means the value is an
	// article (a link or its text) read before the command runs.
	Fills string
}

// ArticleArg is the Fills of a Slash option whose value is the article to
// read first.
const ArticleArg = "article"

// Command is one thing a user can ask briefly. The table of commands is data:
// help, Discord's command registration and Slack's manifest all come from it.
type Command struct {
	Name        string
	Aliases     []string // other words that start it ("quote" for "quotes")
	Description string   // one line, under 100 characters (Discord's limit)
	Options     []Option // in order; a Text option comes last
	Examples    []string // full message texts
	Article     bool     // needs a current article
	Manage      bool     // needs Permissions.ManageSubscriptions
	// Slash lists the options of the platform's slash command (Discord's)
	// when they differ from Options; nil means Options.
	Slash []Option
	// Menu names a message context-menu command that reads the message as
	// the article and runs this command ("Summarize"); "" for none.
	Menu string
}

// Commands returns briefly's commands in the order help lists them. Each call
// returns a fresh copy that the caller may change.
func Commands() []Command {
	return []Command{
		{
			Name:        "summary",
			Aliases:     []string{"summarize", "tldr"},
			Description: "Summarize the current article",
			Options:     []Option{{Name: "sentences", Type: Integer, Description: "how many sentences (1-10, default 3)"}},
			Examples:    []string{"summary", "summary 5"},
			Article:     true,
			Slash: []Option{
				{Name: "url", Type: URL, Fills: ArticleArg, Description: "the article's link"},
				{Name: "text", Type: Text, Fills: ArticleArg, Description: "the article's text, pasted"},
				{Name: "sentences", Type: Integer, Description: "how many sentences (1-10, default 3)"},
			},
			Menu: "Summarize",
		},
		{
			Name:        "quotes",
			Aliases:     []string{"quote"},
			Description: "List the direct quotes in the current article and who said them",
			Options:     []Option{{Name: "person", Type: Text, Description: "only this speaker's quotes"}},
			Examples:    []string{"quotes", "quotes Okafor"},
			Article:     true,
			Menu:        "Quotes",
		},
		{
			Name:        "facts",
			Aliases:     []string{"fact", "who"},
			Description: "List the people, organizations, places, dates and numbers in the current article",
			Examples:    []string{"facts"},
			Article:     true,
		},
		{
			Name:        "ask",
			Description: "Answer a question from the current article, with the sentence it came from",
			Options:     []Option{{Name: "question", Type: Text, Required: true, Description: "your question"}},
			Examples:    []string{"ask how much does the plan cost?", "what did Reyes say?"},
			Article:     true,
		},
		{
			Name:        "articles",
			Description: "List the articles read recently here",
			Examples:    []string{"articles"},
		},
		{
			Name:        "use",
			Description: "Switch to an article from the list",
			Options:     []Option{{Name: "number", Type: Integer, Required: true, Description: "its number in articles"}},
			Examples:    []string{"use 2"},
		},
		{
			Name:        "subscribe",
			Description: "Follow a news feed or page in this channel",
			Options: []Option{
				{Name: "url", Type: URL, Required: true, Description: "the feed or page (http or https)"},
				{Name: "filters", Type: Text, Description: "words, \"phrases\", person:, place:, org:, regex:; -term excludes; --digest hourly|daily"},
			},
			Examples: []string{"subscribe https://example.com/news.rss", "subscribe https://example.com/feed transit -sports",
				`subscribe https://example.com/feed person:"Xi Jinping" place:Taiwan --digest daily`},
			Manage: true,
			Slash: []Option{
				{Name: "url", Type: URL, Required: true, Description: "the feed or page (http or https)"},
				{Name: "filter", Type: Text, Fills: "filters", Description: "words, \"phrases\", person:, place:, org:, regex:; -term excludes; --digest daily"},
			},
		},
		{
			Name:        "unsubscribe",
			Aliases:     []string{"unsub"},
			Description: "Stop following a subscription of this channel",
			Options:     []Option{{Name: "id", Type: String, Required: true, Description: "the subscription's ID"}},
			Examples:    []string{"unsubscribe k3x9tq"},
			Manage:      true,
		},
		{
			Name:        "pause",
			Description: "Pause a subscription of this channel",
			Options:     []Option{{Name: "id", Type: String, Required: true, Description: "the subscription's ID"}},
			Examples:    []string{"pause k3x9tq"},
			Manage:      true,
		},
		{
			Name:        "resume",
			Description: "Resume a paused subscription of this channel",
			Options:     []Option{{Name: "id", Type: String, Required: true, Description: "the subscription's ID"}},
			Examples:    []string{"resume k3x9tq"},
			Manage:      true,
		},
		{
			Name:        "preview",
			Description: "Show what subscribing to a feed or page would post, without subscribing",
			Options: []Option{
				{Name: "url", Type: URL, Required: true, Description: "the feed or page (http or https)"},
				{Name: "filters", Type: Text, Description: "filters, as subscribe takes them"},
			},
			Examples: []string{"preview https://example.com/news.rss"},
		},
		{
			Name:        "subscriptions",
			Aliases:     []string{"subs"},
			Description: "List this channel's subscriptions",
			Examples:    []string{"subscriptions"},
		},
		{
			Name:        "help",
			Description: "Show what briefly understands",
			Options:     []Option{{Name: "command", Type: String, Description: "one command to explain"}},
			Examples:    []string{"help", "help quotes"},
		},
	}
}

// lookup finds a command by name or alias.
func lookup(cmds []Command, word string) (Command, bool) {
	for _, c := range cmds {
		if c.Name == word {
			return c, true
		}
		for _, a := range c.Aliases {
			if a == word {
				return c, true
			}
		}
	}
	return Command{}, false
}
