package summarize

// Organization cues, well-known organizations and the words that never
// start a name. Written by hand for briefly from the organization types
// in the CoNLL-2003 and OntoNotes annotation guidelines (government
// bodies, companies, parties, schools, teams, media) and the names that
// recur in English-language news. All entries are lowercase.

// orgCues make a capitalized sequence an organization when they appear
// in it: "Chinese Foreign Ministry", "Apple Inc.", "Supreme Court".
var orgCues = wordSet(`
	ministry department dept. council party university college school academy
	institute institution inc inc. corp corp. corporation co. ltd ltd. llc plc
	gmbh company companies group holdings agency association court committee
	commission bank fund foundation trust society union federation league
	organization organisation bureau office service services authority
	administration army navy police force forces guard corps command parliament
	congress senate assembly cabinet government embassy consulate hospital
	clinic center centre museum library church mosque temple club team fc
	airlines airline airways motors industries systems technologies network
	networks news times post journal tribune herald gazette telegraph guardian
	press broadcasting radio television tv magazine studios records channel
	watch alliance coalition movement brigade brigades front initiative
	program programme project board exchange reserve unit division
	laboratory laboratories labs pharmaceuticals energy oil petroleum
	gallery galleries mail mailonline city theatre theater store studio opera
	orchestra festival unionists brothers bros bros.
	borussia athletic atletico sporting rovers wanderers albion hotspur
`)

// knownOrgs are organizations without a cue word, lowercased, mapped to
// the name to print.
var knownOrgs = map[string]string{
	"ap": "AP", "associated press": "Associated Press", "reuters": "Reuters",
	"cnn": "CNN", "bbc": "BBC", "afp": "AFP", "nbc": "NBC", "cbs": "CBS",
	"abc": "ABC", "fox": "Fox", "xinhua": "Xinhua", "bloomberg": "Bloomberg",
	"nato": "NATO", "un": "UN", "u.n.": "U.N.", "united nations": "United Nations",
	"eu": "EU", "european union": "European Union", "who": "WHO",
	"imf": "IMF", "fbi": "FBI", "cia": "CIA", "nsa": "NSA", "nasa": "NASA",
	"pentagon": "Pentagon", "white house": "White House", "kremlin": "Kremlin",
	"downing street": "Downing Street", "capitol hill": "Capitol Hill",
	"google": "Google", "apple": "Apple", "microsoft": "Microsoft",
	"amazon": "Amazon", "facebook": "Facebook", "meta": "Meta",
	"twitter": "Twitter", "tesla": "Tesla", "huawei": "Huawei",
	"boeing": "Boeing", "airbus": "Airbus", "toyota": "Toyota",
	"general motors": "General Motors", "general electric": "General Electric",
	"hamas": "Hamas", "hezbollah": "Hezbollah", "taliban": "Taliban",
	"isis": "ISIS", "al qaeda": "al-Qaeda", "al-qaeda": "al-Qaeda", "islamic state": "Islamic State",
	"isil": "ISIL", "liberal democrats": "Liberal Democrats", "lib dems": "Lib Dems", "tories": "Tories",
	"crystal palace": "Crystal Palace", "aston villa": "Aston Villa", "west ham": "West Ham",
	"newcastle united": "Newcastle United", "leicester city": "Leicester City", "west brom": "West Brom",
	"stoke city": "Stoke City", "swansea city": "Swansea City", "tottenham hotspur": "Tottenham Hotspur",
	"opec": "OPEC", "fifa": "FIFA", "uefa": "UEFA", "nfl": "NFL", "nba": "NBA",
	"mlb": "MLB", "nhs": "NHS", "interpol": "Interpol", "wikileaks": "WikiLeaks",
	"instagram": "Instagram", "youtube": "YouTube", "netflix": "Netflix",
	"tiktok": "TikTok", "samsung": "Samsung", "chelsea": "Chelsea",
	"arsenal": "Arsenal", "liverpool fc": "Liverpool FC", "real madrid": "Real Madrid",
	"manchester united": "Manchester United", "manchester city": "Manchester City",
	"hearts": "Hearts", "celtic": "Celtic", "rangers": "Rangers",
	"tottenham": "Tottenham", "everton": "Everton", "juventus": "Juventus",
	"barcelona fc": "Barcelona FC", "bayern munich": "Bayern Munich",
	"scotland yard": "Scotland Yard", "wall street journal": "Wall Street Journal",
	"new york times": "New York Times", "washington post": "Washington Post",
	"sinn fein": "Sinn Fein", "sinn féin": "Sinn Féin", "der spiegel": "Der Spiegel", "le monde": "Le Monde", "bild": "Bild",
}

// notAcronym lists all-capital words that are not organizations.
var notAcronym = wordSet(`i ok tv dna gdp ceo cfo coo cto am pm a.m. p.m. id iq hiv aids covid
	mp mps ai it us uk usa eu pc gps atm suv uv lgbt lgbtq faq ps ad bc bce ce rip omg lol
	vip mvp r&b tv va ii iii iv vi vii viii ix xi jr sr`)

// connectors may join the capitalized words of one name: "Bank of
// America", "Ludwig van Beethoven", "Department of Health and Human
// Services". particles join always; the others only inside titles and
// organizations.
var (
	nameParticles = wordSet(`de del della der den di da dos du van von la le bin ibn al el`)
	joinWords     = wordSet(`of for and & on`)
)

// neverName are capitalized words that do not begin a name at the start of
// a sentence or after a quote mark, even when they are seen capitalized
// elsewhere: function words, pronouns and sentence adverbs.
var neverName = wordSet(`
	a an the this that these those there here it its it's he she they we you i
	his her their our your my me him them us who whom whose which what when where
	why how but and or nor neither either so yet if then than though although while because since
	as at by for from in into of on onto to with without within about after before
	during until unless once over under up down out off all any both each every few
	many more most much some such no not none one only other another same very just
	also still even now later earlier today tonight tomorrow yesterday last next
	ago is are was were be been being has have had do does did will would shall
	should can could may might must let lets yes no oh well please thanks thank
	mr mrs ms dr sir according despite however meanwhile instead indeed perhaps
	maybe officials police authorities experts critics people many several
	witnesses sources residents analysts investigators researchers scientists
	doctors prosecutors neighbors neighbours friends relatives fans students parents
	among between around across along against toward towards through throughout
	like unlike upon beyond near inside outside amid amidst per via
`)

// directions and other words that make a capitalized sequence a
// description rather than a person's name ("East Asian", "Northern").
var notPersonWord = wordSet(`
	north south east west northern southern eastern western central upper lower
	new old great greater little grand saint st. mount mt. fort ft. lake cape
	day war world cup games olympics open championship championships series
	act bill law treaty agreement accord plan report award awards prize
	monday tuesday wednesday thursday friday saturday sunday january february
	march april june july august september october november december
	christmas easter ramadan eid hanukkah thanksgiving halloween new year
	god allah jesus christ internet web online islam islamic muslim muslims
	christian christians jewish jews catholic protestant hindu buddhist
	democrat democrats republican republicans conservative conservatives
	labour liberal liberals socialist communist communists
	english french spanish german chinese arabic russian
	covid coronavirus ebola election elections dems league
`)
