package summarize

// ggtQuoteVerbs is the quoting-verb allow-list of GenderGapTracker
// (sfu-discourse-lab/GenderGapTracker, nlp/english/rules/quote_verb_list.txt):
// 257 inflected forms of verbs that introduce a quote.
var ggtQuoteVerbs = []string{
	"accept", "accepted", "acclaim", "acclaimed", "acclaiming", "acclaims",
	"acknowledge", "acknowledged", "acknowledges", "acknowledging",
	"add", "added", "adding", "adds", "admit", "admits", "admitted", "admitting",
	"advise", "advised", "advises", "advising", "announce", "announced", "announces", "announcing",
	"argue", "argued", "argues", "arguing", "assert", "asserted", "asserting", "asserts",
	"assure", "assured", "assures", "assuring", "claim", "claimed", "claiming", "claims",
	"clarified", "clarifies", "clarify", "clarifying", "comment", "commented", "commenting", "comments",
	"conclude", "concluded", "concludes", "concluding", "confirm", "confirmed", "confirming", "confirms",
	"continue", "continued", "continues", "continuing", "convince", "convinced", "convinces", "convincing",
	"criticize", "criticized", "criticizes", "criticizing", "declaim", "declaimed", "declaiming", "declaims",
	"declare", "declared", "declares", "declaring", "decried", "decries", "decry", "decrying",
	"demonstrate", "demonstrated", "demonstrates", "demonstrating", "denounce", "denounced", "denounces", "denouncing",
	"describe", "described", "describes", "describing", "disclaim", "disclaimed", "disclaiming", "disclaims",
	"dispute", "disputed", "disputes", "disputing", "ensure", "ensured", "ensures", "ensuring",
	"estimated", "estimates", "exclaim", "exclaimed", "exclaiming", "exclaims",
	"explain", "explained", "explaining", "explains", "finding", "finds",
	"highlight", "highlighted", "highlighting", "highlights", "illustrate", "illustrated", "illustrates", "illustrating",
	"indicate", "indicated", "indicates", "indicating", "inform", "informed", "informing", "informs",
	"insist", "insisted", "insisting", "insists", "mention", "mentioned", "mentioning", "mentions",
	"note", "noted", "notes", "notified", "notifies", "notify", "notifying", "noting",
	"persist", "persisted", "persisting", "persists", "point", "pointed", "pointing", "points",
	"preach", "preached", "preaches", "preaching", "predict", "predicted", "predicting", "predicts",
	"present", "presenting", "presents", "proclaim", "proclaimed", "proclaiming", "proclaims",
	"rave", "raved", "raves", "raving", "reassert", "reasserted", "reasserting", "reasserts",
	"reassure", "reassured", "reassures", "reassuring", "reckon", "reckoned", "reckoning", "reckons",
	"reconfirm", "reconfirmed", "reconfirming", "reconfirms", "release", "released", "releases", "releasing",
	"remind", "reminded", "reminding", "reminds", "replied", "replies", "reply", "replying",
	"report", "reported", "reporting", "reports", "respond", "responded", "responding", "responds",
	"restate", "restated", "restates", "restating", "retell", "retelling", "retells", "retold",
	"said", "say", "saying", "says", "state", "stated", "states", "stating",
	"suggest", "suggested", "suggesting", "suggests", "tell", "telling", "tells", "told",
	"testified", "testifies", "testify", "testifying", "think", "thinking", "thinks", "thought",
	"tweet", "tweeted", "tweeting", "tweets", "warn", "warned", "warning", "warns",
	"write", "writes", "writing", "wrote",
}

// extraQuoteVerbs are cue verbs that GenderGapTracker's list lacks but that
// introduce quotes often in news text: briefly's own additions, chosen from
// the most frequent cues of the PolNeAR training annotations (networkdynamics/
// PolNeAR) and from wire-service style ("Qin urged …", "Biden has called for …").
var extraQuoteVerbs = []string{
	"ask", "asked", "asking", "asks", "urge", "urged", "urges", "urging",
	"call", "called", "calling", "calls", "vow", "vowed", "vowing", "vows",
	"pledge", "pledged", "pledges", "pledging", "promise", "promised", "promises", "promising",
	"accuse", "accused", "accuses", "accusing", "deny", "denied", "denies", "denying",
	"recall", "recalled", "recalling", "recalls", "praise", "praised", "praises", "praising",
	"complain", "complained", "complaining", "complains", "boast", "boasted", "boasting", "boasts",
	"concede", "conceded", "concedes", "conceding", "contend", "contended", "contending", "contends",
	"joke", "joked", "jokes", "joking", "quip", "quipped", "quips", "quipping",
	"observe", "observed", "observes", "observing", "emphasize", "emphasized", "emphasizes", "emphasizing",
	"stress", "stressed", "stresses", "stressing", "maintain", "maintained", "maintains", "maintaining",
	"predicted", "recount", "recounted", "recounts", "recounting", "reiterate", "reiterated", "reiterates", "reiterating",
	"shout", "shouted", "shouting", "shouts", "yell", "yelled", "yelling", "yells",
	"declined", "cautioned", "cautions", "cautioning", "caution", "charged", "charges",
	"blasted", "blasts", "slammed", "slams", "lamented", "laments", "wondered", "wonders",
	"agreed", "agrees", "conceded", "countered", "counters", "hinted", "hints",
	"labeled", "labelled", "dubbed", "branded", "touted", "touts", "mocked", "mocks",
	"posted", "posts", "wrote", "writes", "believe", "believes", "believed",
	"acknowledged", "explained", "announced", "revealed", "reveals", "revealing",
	"told", "tweeted", "texted", "emailed", "messaged", "stated",
	"read", "reads", "issued", "issues",
}

// strongCues are the cue verbs that introduce reported speech without quote
// marks ("Qin said the two sides …", "…, officials said."): the verbs of
// saying proper, a subset of the lists above chosen for precision.
var strongCues = []string{
	"said", "says", "say", "saying", "told", "tells", "tell", "telling",
	"added", "adds", "adding", "noted", "notes", "noting", "argued", "argues", "arguing",
	"claimed", "claims", "claiming", "insisted", "insists", "insisting", "warned", "warns", "warning",
	"explained", "explains", "acknowledged", "acknowledges", "admitted", "admits", "announced", "announces",
	"stated", "states", "wrote", "writes", "suggested", "suggests", "declared", "declares",
	"reported", "reports", "predicted", "predicts", "asserted", "asserts", "contended", "contends",
	"conceded", "concedes", "maintained", "maintains", "stressed", "stresses", "emphasized",
	"tweeted", "confirmed", "confirms", "denied", "denies", "urged", "urges", "promised", "promises",
	"vowed", "vows", "pledged", "pledges", "replied", "responded", "recalled", "testified",
	"countered", "complained", "boasted", "believes", "believe", "thinks", "indicated", "indicates",
	"revealed", "reiterated", "cautioned", "agreed", "accused",
}
