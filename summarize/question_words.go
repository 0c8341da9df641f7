package summarize

import (
	"maps"
	"slices"
	"strings"
)

// Word lists the answerer uses. They are small hand-made tables: the
// stopwords are the closed classes of English (articles, pronouns,
// prepositions, conjunctions, auxiliaries) plus the question words; the
// speech verbs follow the GenderGapTracker quoting-verb list
// (sfu-discourse-lab, nlp/english/rules/quote_verb_list.txt), cut to the
// common ones; the rest are written for this file.

func qaSet(words string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

var qaStopwords = qaSet(`a an the this that these those some any each every no
all both either neither such own same other another
i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
one ones oneself myself yourself himself herself itself ourselves themselves
what which who whom whose when where why how whatever whoever
am is are was were be been being do does did doing done have has had having
can could may might must shall should will would ought
of in on at to for from by with about against between into through during before after
above below up down out off over under again further then once here there
and or but nor so yet if because as until while than too very just also only not
s t don ’s 's n't
many much more most few less least
though although however whether since unless whereas meanwhile thus hence therefore upon onto within without toward towards across along among around behind beside besides
near per via
`)

// qaNumberWords are the spelled-out numbers.
var qaNumberWords = qaSet(`zero one two three four five six seven eight nine ten eleven twelve
thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty
seventy eighty ninety hundred thousand million billion trillion dozen dozens hundreds thousands
millions billions several`)

// qaNumberScale words continue a number: "3.5 million", "two hundred".
var qaNumberScale = qaSet(`hundred thousand million billion trillion percent % dozen`)

var qaMonths = qaSet(`january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec`)

var qaDays = qaSet(`monday tuesday wednesday thursday friday saturday sunday
today yesterday tomorrow tonight`)

// qaTimeWords are words that make a time expression together with a date
// word: "this week", "last year", "the 1990s", "19th century".
var qaTimeWords = qaSet(`week weeks month months year years day days decade decades century centuries
morning afternoon evening night weekend spring summer autumn fall winter
era period age ago early late mid beginning end bc ad bce ce bp`)

// qaTimeUnits answer "how long": a number followed by one of them.
var qaTimeUnits = qaSet(`second seconds minute minutes hour hours day days week weeks month months
year years decade decades century centuries`)

// qaSpeechVerbs are the stems of verbs that report speech; a question that
// asks what someone said matches any of them.
var qaSpeechVerbs = qaSet(`say said says saying tell told tells telling state stated states
add added adds note noted notes urge urged urges warn warned warns claim claimed claims
argue argued argues announce announced announces explain explained explains
insist insisted insists declare declared declares describe described describes
call called calls ask asked asks suggest suggested suggests stress stressed stresses
accuse accused accuses admit admitted admits acknowledge acknowledged
decry decried decries reply replied replies respond responded responds
write wrote writes comment commented comments demand demanded demands pledge pledged pledges
promise promised promises threaten threatened threatens criticize criticized criticise criticised
think thinks thought believe believed believes want wanted wants`)

// qaSpeechVerbStems are the distinct stems of qaSpeechVerbs, in a fixed order.
var qaSpeechVerbStems = qaStemSet(qaSpeechVerbs)

func qaStemSet(words map[string]bool) []string {
	seen := make(map[string]bool)
	var out []string
	for _, w := range slices.Sorted(maps.Keys(words)) {
		if s := Stem(w); !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// qaOrgWords mark a capitalized name as an organization.
var qaOrgWords = qaSet(`university college school institute academy company corporation corp inc ltd llc
association society council committee commission ministry department agency bureau office
party union league club team bank foundation church army navy force forces court congress
parliament senate assembly government administration group organization organisation
museum library hospital federation network times post journal news broadcasting
conference board authority service services`)

// qaPlaceWords mark a capitalized name as a place.
var qaPlaceWords = qaSet(`city town village county state province country republic kingdom empire
river lake sea ocean island islands mountain mountains mount valley bay coast desert
street avenue road square park bridge airport station stadium palace castle region
north south east west northern southern eastern western`)

// qaPlacePreps often come before a place name.
var qaPlacePreps = qaSet(`in at from near to across into throughout`)

// qaTitles come before a person's name.
var qaTitles = qaSet(`mr mrs ms dr prof sir lord lady king queen prince princess president
minister secretary senator governor mayor general pope saint st rep sen gov judge justice
chancellor ambassador chairman chief director captain emperor bishop father`)

// qaSynonyms widen a question's words: a question about going matches a trip.
var qaSynonyms = map[string][]string{
	"go": {"trip", "visit", "travel"}, "going": {"trip", "visit", "travel"}, "goes": {"trip", "visit", "travel"},
	"went": {"trip", "visit", "travel"}, "trip": {"visit", "travel"}, "visit": {"trip", "travel"},
	"travel": {"trip", "visit"},
	"die":    {"death", "died"}, "death": {"died", "die"}, "born": {"birth"}, "birth": {"born"},
	"meet": {"met"}, "met": {"meet"}, "begin": {"began", "start", "started"}, "start": {"began", "begin"},
	"buy": {"bought"}, "sell": {"sold"}, "win": {"won"}, "won": {"win"}, "lose": {"lost"},
	"build": {"built"}, "make": {"made"}, "made": {"make"}, "find": {"found"}, "found": {"find"},
	"take": {"took"}, "give": {"gave"}, "write": {"wrote", "written"}, "leave": {"left"},
	"big": {"large", "largest", "biggest"}, "largest": {"biggest", "big"},
	"postpone": {"delay", "cancel"}, "withdraw": {"withdrew", "withdrawn"}, "withdrew": {"withdraw"}, "country": {"nation"}, "nation": {"country"},
}

// qaParaphrases are groups of words that questions and the texts they are
// asked of use for one another: a question says "purchase" where the text
// says "buy", "famous" where it says "known". Written for this file from the
// common lexical paraphrases of reading-comprehension questions (a question
// writer avoids copying the text's words); every word of a group widens to
// the others, after qaSynonyms. Base forms suffice: matching is on stems.
var qaParaphrases = paraphraseTable(`
buy purchase acquire
begin start commence
end finish conclude terminate
big large huge
small little tiny
famous known renowned popular noted
use employ utilize
show demonstrate reveal indicate
decrease decline reduce fall drop
increase rise grow raise
create make establish found form develop
invent devise develop
locate situate lie
main primary principal chief major
receive get obtain gain
important significant
job role position occupation post
amount quantity number
population inhabitants residents
allow permit enable let
need require
live reside inhabit dwell
fight battle war combat
destroy ruin demolish
consider regard deem
prevent stop block hinder
method way means technique
try attempt
choose select pick elect
kill murder slay
help aid assist support
name call term title dub
cause produce lead result
oppose resist reject
join enter
fund finance pay
rule govern reign control
leave depart quit
return restore
`)

func paraphraseTable(groups string) map[string][]string {
	out := make(map[string][]string)
	for _, line := range strings.Split(groups, "\n") {
		ws := strings.Fields(line)
		for _, w := range ws {
			for _, o := range ws {
				if o != w && !slices.Contains(out[w], o) {
					out[w] = append(out[w], o)
				}
			}
		}
	}
	return out
}

// qaCommonVerbs are frequent verb forms that are not stopwords, mostly
// irregular pasts and -s forms.
var qaCommonVerbs = qaSet(`became become becomes began begins begin brought bring brings built builds
came comes come gave give gives got gets get grew grow grows held hold holds kept keeps knew know
knows led leads left made makes make meant means met meets paid pays put puts ran runs rose said
says saw sees seen sent sends set sets showed shows shown stood stands took takes taken told tells
went goes gone won wins wrote writes written include includes including remain remains
consist consists contain contains lies lay use uses refer refers seem seems appear appears
allow allows provide provides require requires flew fly flies issued issue issues`)
