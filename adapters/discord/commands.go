package discord

import (
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/briefly-bot/briefly/bot"
)

// manageChannels is Discord's MANAGE_CHANNELS permission bit.
const manageChannels = int64(1) << 4

// maxStringOption is the most characters a STRING option takes.
const maxStringOption = 6000

// applicationCommands generates Discord's application commands from the
// core's command table: a slash command for each command (its Slash
// options when it has them) and a message context-menu command for each
// Menu.
func applicationCommands(cmds []bot.Command) []*discordgo.ApplicationCommand {
	var out []*discordgo.ApplicationCommand
	for _, c := range cmds {
		ac := &discordgo.ApplicationCommand{
			Type:        discordgo.ChatApplicationCommand,
			Name:        c.Name,
			Description: truncate(c.Description, 100),
			Options:     []*discordgo.ApplicationCommandOption{},
		}
		for _, o := range slashOptions(c) {
			opt := &discordgo.ApplicationCommandOption{
				Type:        discordgo.ApplicationCommandOptionString,
				Name:        o.Name,
				Description: truncate(o.Description, 100),
				Required:    o.Required,
			}
			switch o.Type {
			case bot.Integer:
				opt.Type = discordgo.ApplicationCommandOptionInteger
			case bot.Text:
				opt.MaxLength = maxStringOption
			}
			if c.Name == "unsubscribe" && o.Name == "id" {
				opt.Autocomplete = true
			}
			ac.Options = append(ac.Options, opt)
		}
		out = append(out, ac)
	}
	for _, c := range cmds {
		if c.Menu != "" {
			out = append(out, &discordgo.ApplicationCommand{Type: discordgo.MessageApplicationCommand, Name: c.Menu})
		}
	}
	return out
}

// slashOptions are the options of c's slash command.
func slashOptions(c bot.Command) []bot.Option {
	if c.Slash != nil {
		return c.Slash
	}
	return c.Options
}

// request is what an interaction asks the bot: an article to read first
// ("" for none), then a command line.
type request struct {
	Article string
	Text    string
}

// commandRequest turns a slash command's options into the message text
// the bot parses ("quotes Okafor"), and the article to read first.
func commandRequest(cmds []bot.Command, data discordgo.ApplicationCommandInteractionData) (request, error) {
	var c bot.Command
	found := false
	for _, x := range cmds {
		if x.Name == data.Name {
			c, found = x, true
			break
		}
	}
	if !found {
		return request{}, fmt.Errorf("discord: unknown command %q", data.Name)
	}
	given := map[string]string{}
	var req request
	for _, v := range data.Options {
		var s string
		switch v.Type {
		case discordgo.ApplicationCommandOptionString:
			s, _ = v.Value.(string)
		case discordgo.ApplicationCommandOptionInteger, discordgo.ApplicationCommandOptionNumber:
			f, _ := v.Value.(float64)
			s = fmt.Sprint(int64(f))
		default:
			continue
		}
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		fills := v.Name
		for _, o := range slashOptions(c) {
			if o.Name == v.Name && o.Fills != "" {
				fills = o.Fills
			}
		}
		if fills == bot.ArticleArg {
			if req.Article == "" {
				req.Article = withScheme(s)
			}
			continue
		}
		given[fills] = s
	}
	words := []string{c.Name}
	for _, o := range c.Options {
		v, ok := given[o.Name]
		if !ok {
			continue
		}
		if o.Type != bot.Text {
			v = quoteWord(v)
		}
		words = append(words, v)
	}
	req.Text = strings.Join(words, " ")
	return req, nil
}

// quoteWord puts a value with spaces in quote marks, so the bot's parser
// keeps it one argument.
func quoteWord(v string) string {
	if !strings.ContainsFunc(v, func(r rune) bool { return r == ' ' || r == '\t' || r == '\n' }) {
		return v
	}
	return "“" + strings.ReplaceAll(v, "”", "\"") + "”"
}

// menuCommand finds the command whose Menu is name.
func menuCommand(cmds []bot.Command, name string) (bot.Command, bool) {
	for _, c := range cmds {
		if c.Menu != "" && c.Menu == name {
			return c, true
		}
	}
	return bot.Command{}, false
}

// withScheme makes a bare host and path ("example.com/news") an https
// link; anything else is returned as it is.
func withScheme(s string) string {
	if isLink(s) || strings.ContainsAny(s, " \t\n") || strings.Contains(s, "://") {
		return s
	}
	host, _, _ := strings.Cut(s, "/")
	if !strings.Contains(host, ".") || strings.HasPrefix(host, ".") || strings.HasSuffix(host, ".") {
		return s
	}
	return "https://" + s
}
