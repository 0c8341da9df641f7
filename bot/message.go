package bot

// Message is one incoming chat message, in platform-neutral form. Platform
// IDs are opaque strings; the adapter strips mentions of the bot and decides
// the permissions.
type Message struct {
	Platform string      // "discord", "slack", "terminal"
	Channel  string      // the channel (or DM) the message came from
	Thread   string      // the thread inside the channel, "" when none
	User     string      // who wrote it
	Text     string      // the text, without a mention of the bot
	Links    []string    // links the platform found in it; nil lets the bot find them
	Perms    Permissions // what the user may do here
	Locale   string      // the user's locale ("en-US"), "" when unknown
}

// Permissions says what a user may do in a channel; adapters decide it from
// the platform's roles.
type Permissions struct {
	ManageSubscriptions bool // may subscribe and unsubscribe the channel
}

// Reply is one answer in a neutral model that adapters render: Markdown
// dialects, length limits and escaping belong to them.
type Reply struct {
	Title      string
	Paragraphs []string
	Bullets    []string
	Quotes     []QuoteLine
	Source     string // link to the article, "" for pasted text
	Footnote   string
	Ephemeral  bool // only the asking user needs to see it
	Error      bool // the request failed; Paragraphs say why
}

// QuoteLine is a quote with who said it ("" when the article does not say).
type QuoteLine struct {
	Text, Speaker string
}
