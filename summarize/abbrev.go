package summarize

// The word lists Segment uses to decide whether a point ends a sentence.
// They were written for English news: the abbreviations of the AP
// Stylebook (titles, states, months, company forms), the common ones of
// pragmatic_segmenter's English list (diasks2/pragmatic_segmenter, MIT) that
// news uses, and the examples of the Golden Rules. Lookups are switches on
// the word as written, so "Co" and "co" are listed separately and the verb
// "ill" is not the state "Ill".

// abbrevClass says how an abbreviation behaves before the next word.
type abbrevClass uint8

const (
	notAbbrev abbrevClass = iota
	// abbrevTitle comes before a name or number and never ends a
	// sentence: "Sen. Ted Cruz", "Lt. Gen. Flynn", "Mt. Fuji".
	abbrevTitle
	// abbrevNumber comes before a number: "No. 2", "p. 55". Before a
	// word it is an ordinary word ("said no. The").
	abbrevNumber
	// abbrevAmbiguous may end a sentence: "Apple Inc. The company",
	// "in the U.S. He", but not "U.S. Secretary of State" or "5 a.m.
	// Monday". Initialisms ("U.S.", "a.m.") and single capitals ("E.")
	// behave the same way without being listed.
	abbrevAmbiguous
)

// classifyAbbrev returns the class of w, the word before a point, without
// that point ("Mr", "U.S", "a.m").
func classifyAbbrev(w string) abbrevClass {
	switch w {
	// Titles and ranks.
	case "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Mme", "Mlle", "Dr", "Drs", "Prof", "Profs",
		"Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Lt", "Gen", "Col", "Maj", "Capt", "Cmdr",
		"Cmdt", "Adm", "Sgt", "Cpl", "Pvt", "Spc", "Brig", "Atty", "Supt", "Det",
		"Insp", "Rev", "Revs", "Msgr", "Fr", "Hon", "Pres", "Gens", "Cmdrs",
		"Mt", "Ft", "MT", "FT", "MR", "MRS", "DR", "SEN", "REP", "GOV", "GEN",
		"vs", "Vs", "VS", "Sec":
		return abbrevTitle
	// Before numbers.
	case "No", "no", "Nos", "nos", "NO", "N°", "Nº", "n°", "nº", "p", "pp",
		"Art", "art", "Fig", "fig", "Figs", "figs", "Vol", "vol", "Vols", "vols", "ch", "Ch",
		"sec", "para", "Para", "Op", "op", "Ex", "ex", "Tel", "tel", "Ext", "ext":
		return abbrevNumber
	// May end a sentence.
	case "Co", "co", "CO", "Cos", "Corp", "corp", "CORP", "Inc", "inc", "INC", "Ltd", "ltd",
		"LTD", "Bros", "Mfg", "Dept", "dept", "Univ", "Assn", "Assoc", "Intl", "Natl", "Govt",
		"Jr", "JR", "Sr", "SR", "Esq", "St", "ST", "Ste", "Ave", "AVE", "Blvd", "Rd", "Hwy",
		"Pkwy", "Sq", "Mtn", "Pl", "Apt", "Bldg", "Rte", "st", "ave", "rd",
		"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
		"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan",
		"Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nebr",
		"Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Vt", "Va", "Wash", "Wis", "Wisc",
		"Wyo", "W.Va", "Alta", "Ont", "Que", "Sask",
		"etc", "al", "approx", "est", "cf", "ca", "viz", "eds", "ed", "mos", "yrs",
		"min", "mins", "hr", "hrs", "sq", "ft", "lb", "lbs", "oz", "pt", "pts", "qt", "mi",
		"Ph.D", "Rt", "Gov't", "Int'l":
		return abbrevAmbiguous
	}
	if isInitialism(w) {
		return abbrevAmbiguous
	}
	return notAbbrev
}

// classifyWord is classifyAbbrev, also looking at the part after a hyphen:
// "then-Sen" is a title, "ex-Gov" too.
func classifyWord(w string) abbrevClass {
	c := classifyAbbrev(w)
	if c != notAbbrev {
		return c
	}
	for i := len(w) - 1; i > 0; i-- {
		if w[i] == '-' {
			return classifyAbbrev(w[i+1:])
		}
	}
	return c
}

// isInitialism reports whether w is single letters joined by points ("U.S",
// "a.m", "U.S.A") or one capital letter (an initial: "E" of "Jonas E.
// Smith", or the pronoun of "you and I.").
func isInitialism(w string) bool {
	if len(w) == 1 {
		return w[0] >= 'A' && w[0] <= 'Z'
	}
	if len(w) < 3 || len(w)%2 == 0 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if i%2 == 1 {
			if w[i] != '.' {
				return false
			}
		} else if !isASCIILetter(w[i]) {
			return false
		}
	}
	return true
}

// isSentenceStarter reports whether a capitalized word whose lower-case
// form is lower clearly begins a sentence: a function word (pronoun,
// article, auxiliary, conjunction, question word) cannot be capitalized in
// the middle of one. These are the stopwords less the pieces of
// contractions ("don", "ll") that are also names, plus a few adverbs news
// sentences open with.
func isSentenceStarter(lower string) bool {
	switch lower {
	case "d", "ll", "m", "o", "re", "s", "t", "ve", "y", "ain", "aren", "couldn", "didn",
		"doesn", "don", "hadn", "hasn", "haven", "isn", "ma", "mightn", "mustn", "needn",
		"shan", "shouldn", "wasn", "weren", "won", "wouldn", "'s":
		return false
	case "however", "meanwhile", "also", "although", "though", "yet", "still", "instead",
		"thus", "therefore", "later", "earlier", "many", "several", "one", "last", "next",
		"according", "since", "even", "like", "unlike", "despite", "while", "among":
		return true
	}
	return IsStopword(lower)
}

// isHonorific reports whether w opens a name and often a sentence: after an
// abbreviation that may end a sentence, "Mr." (or British "Mr") starts one
// only when the words before could be a sentence ("He left at 6 P.M. Mr. Smith..." but not
// "At 5 a.m. Mr. Smith went...").
func isHonorific(w string) bool {
	switch w {
	case "Mr", "Mrs", "Ms", "Dr", "Messrs", "Prof":
		return true
	}
	return false
}

// isSpeakerStart reports whether lower, a function word, can open an
// attribution: a subject pronoun or a determiner ("He said.", "The
// ministry said.").
func isSpeakerStart(lower string) bool {
	switch lower {
	case "he", "she", "they", "we", "i", "it", "you", "the", "a", "an", "his", "her", "their",
		"its", "our", "my":
		return true
	}
	return false
}

// isSpeechVerb reports whether lower is a verb of saying, used to keep
// "“Why?” Smith asked." one sentence.
func isSpeechVerb(lower string) bool {
	switch lower {
	case "said", "says", "say", "asked", "asks", "ask", "added", "adds", "told", "tells",
		"replied", "replies", "shouted", "shouts", "yelled", "yells", "wrote", "writes",
		"explained", "explains", "insisted", "insists", "recalled", "recalls", "cried",
		"screamed", "whispered", "exclaimed", "demanded", "wondered", "joked", "tweeted",
		"declared", "quipped", "asserted", "responded", "remarked", "warned", "admitted",
		"argued", "claimed", "stated", "announced", "conceded", "acknowledged", "observed":
		return true
	}
	return false
}
