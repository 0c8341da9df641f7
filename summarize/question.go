package summarize

import "strings"

// QuestionType is the kind of question asked, from its question word.
type QuestionType string

// The question types ParseQuestion tells apart.
const (
	QWho     QuestionType = "who"
	QWhat    QuestionType = "what"
	QWhen    QuestionType = "when"
	QWhere   QuestionType = "where"
	QWhy     QuestionType = "why"
	QHow     QuestionType = "how"
	QHowMany QuestionType = "how many"
	QHowMuch QuestionType = "how much"
	QWhich   QuestionType = "which"
	QYesNo   QuestionType = "yes/no"
	QSummary QuestionType = "summary" // "summarize", "tl;dr", "what is this about?"
	QOther   QuestionType = ""        // no question word found
)

// AnswerType is the kind of answer a question expects.
type AnswerType string

// The answer types ParseQuestion predicts.
const (
	APerson       AnswerType = "person"
	AOrganization AnswerType = "organization"
	APlace        AnswerType = "place"
	ATime         AnswerType = "time"
	ANumber       AnswerType = "number"
	AReason       AnswerType = "reason"
	AQuote        AnswerType = "quote"   // what someone said
	ARole         AnswerType = "role"    // who someone is
	ASummary      AnswerType = "summary" // the article's summary
	AManner       AnswerType = "manner"  // how something happened
	ABool         AnswerType = "yes/no"
	AThing        AnswerType = "thing" // anything else: a noun phrase
)

// Question is a question understood without a model: its type, the answer
// type it expects and the words to look for.
type Question struct {
	Text    string       // the question as asked
	Type    QuestionType // who, what, when, ...
	Expect  AnswerType   // person, place, time, ...
	Focus   []string     // the content words, lower-cased, in question order
	Subject string       // who is asked about in "what did X say?" and "who is X?"
	Unit    string       // the head noun of "how many X", "what year", "which city"

	words []qaWord // every word of the question
}

// qaTypeNouns map the head noun of "what X" and "which X" to the answer type.
var qaTypeNouns = typeNounTable()

func typeNounTable() map[string]AnswerType {
	qaTypeNouns := make(map[string]AnswerType)
	add := func(t AnswerType, words string) {
		for _, w := range strings.Fields(words) {
			qaTypeNouns[w] = t
		}
	}
	add(ATime, `year years day days date dates month months time times century centuries decade decades period era season week weeks age hour`)
	add(APlace, `city cities country countries state states place places location locations continent region regions river island islands town towns village area areas county province nation nations street mountain lake ocean sea building stadium venue site capital neighborhood district`)
	add(AOrganization, `ministry department company companies organization organizations group groups team teams agency university universities college school schools party parties network networks band firm institution newspaper league club church government`)
	add(APerson, `person people man men woman women player players king queen president leader leaders author writer scientist artist actor emperor ruler pope general son daughter father mother wife husband brother sister member members coach chancellor minister official officials architect engineer inventor founder explorer poet philosopher composer singer actress historian scholar physicist chemist mathematician economist painter musician politician governor senator bishop prince princess duke commander director chairman individual`)
	add(ANumber, `percentage percent number amount age population size cost price rate temperature distance length height weight speed score total percentile proportion fraction ratio`)
	return qaTypeNouns
}

// ParseQuestion reads a question: its type, the answer type it expects, the
// person it asks about and its content words.
func ParseQuestion(text string) Question {
	q := Question{Text: text, words: qaWords(text)}
	var ws []qaWord // words without punctuation
	for _, w := range q.words {
		if !w.Punct {
			ws = append(ws, w)
		}
	}
	lower := strings.ToLower(text)
	for _, w := range ws {
		if !w.Stop && !questionFiller[w.Lower] {
			q.Focus = append(q.Focus, w.Lower)
		}
	}
	if isSummaryRequest(lower, ws) {
		q.Type, q.Expect = QSummary, ASummary
		q.Focus = nil
		return q
	}
	wh := -1
	for i, w := range ws {
		if qaWhWords[w.Lower] {
			wh = i
			break
		}
	}
	if wh < 0 {
		if len(ws) > 1 && (ws[0].Lower == "name" || ws[0].Lower == "list") {
			// "Name a luxury division of Toyota.": a "what" question
			q.Type, q.Expect = QWhat, AThing
			if u := headNoun(ws[1:]); u != "" {
				q.Unit = u
				if t, ok := qaTypeNouns[u]; ok {
					q.Expect = t
				}
			}
			return q
		}
		if len(ws) > 0 && qaAuxVerbs[ws[0].Lower] {
			q.Type, q.Expect = QYesNo, ABool
		} else {
			q.Type, q.Expect = QOther, AThing
		}
		return q
	}
	next := func(k int) string {
		if wh+k < len(ws) {
			return ws[wh+k].Lower
		}
		return ""
	}
	switch ws[wh].Lower {
	case "who", "whom", "whose":
		q.Type, q.Expect = QWho, APerson
		if subj := roleSubject(ws[wh+1:]); subj != "" {
			q.Expect, q.Subject = ARole, subj
		}
	case "when":
		q.Type, q.Expect = QWhen, ATime
	case "where":
		q.Type, q.Expect = QWhere, APlace
	case "why":
		q.Type, q.Expect = QWhy, AReason
	case "how":
		q.Type, q.Expect = QHow, AManner
		switch next(1) {
		case "many":
			q.Type, q.Expect = QHowMany, ANumber
			q.Unit = countedNoun(ws[wh+2:])
		case "much":
			q.Type, q.Expect = QHowMuch, ANumber
			if wh+2 < len(ws) && !ws[wh+2].Stop {
				q.Unit = next(2)
			}
		case "long":
			q.Expect, q.Unit = ANumber, "long"
		case "old", "far", "big", "large", "tall", "high", "often", "fast", "deep", "wide", "heavy", "small", "few", "hot", "cold":
			q.Expect, q.Unit = ANumber, next(1)
		}
		q.Focus = without(q.Focus, next(1))
	case "what", "which":
		q.Type = QWhat
		if ws[wh].Lower == "which" {
			q.Type = QWhich
		}
		q.Expect = AThing
		if subj := quoteSubject(ws[wh+1:]); subj != "" {
			q.Expect, q.Subject = AQuote, subj
			break
		}
		// "what year", "which city", "what is the name of the city",
		// "what was the final score"
		if u := headNoun(ws[wh+1:]); u != "" {
			q.Unit = u
			if t, ok := qaTypeNouns[u]; ok {
				q.Expect = t
			}
		}
	}
	return q
}

// headNoun returns the noun a "what" or "which" question asks for: the last
// word of the first content run after it ("what Western country" ->
// country), looking past "is the name of" ("what is the name of the city" ->
// city). It returns "" for "what did X do".
func headNoun(ws []qaWord) string {
	i := 0
	if i < len(ws) && (ws[i].Lower == "is" || ws[i].Lower == "was" || ws[i].Lower == "are" || ws[i].Lower == "were") {
		i++
		if i >= len(ws) || (ws[i].Lower != "the" && ws[i].Lower != "a" && ws[i].Lower != "an") {
			return ""
		}
	}
	for i < len(ws) && ws[i].Stop {
		if qaAuxVerbs[ws[i].Lower] {
			return ""
		}
		i++
	}
	j := i
	for j < len(ws) && !ws[j].Stop && !ws[j].Punct && !qaVerbLike(ws[j]) {
		j++
	}
	if j == i {
		return ""
	}
	head := ws[j-1].Lower
	if (head == "name" || head == "kind" || head == "type" || head == "sort" || head == "term") && j+1 < len(ws) && ws[j].Lower == "of" {
		if h := headNoun(ws[j+1:]); h != "" {
			return h
		}
	}
	return head
}

// countedNoun returns the noun "how many" counts: the last word of the
// content run after it ("how many 2015 season interceptions" ->
// interceptions), or "" when a function word follows.
func countedNoun(ws []qaWord) string {
	j := 0
	for j < len(ws) && !ws[j].Stop && !ws[j].Punct && !qaVerbLike(ws[j]) {
		j++
	}
	if j == 0 {
		return ""
	}
	return ws[j-1].Lower
}

// questionFiller are words of a question that say what is asked, not what
// it is about. "next" in "when is the next election?" asks for a time
// ahead, and matched "next year" in a story with no election (no change on
// SQuAD dev).
var questionFiller = qaSet(`name named called call type kind sort next ?`)

// quoteVerbs ask for what someone said; quoteTails may follow them.
var quoteVerbs = qaSet(`say said tell urge warn claim argue announce explain insist declare add note
stress demand promise pledge threaten think believe want reply respond write decry criticize`)

var quoteTails = qaSet(`about on regarding of to in`)

var qaWhWords = qaSet(`who whom whose what which when where why how`)

var qaAuxVerbs = qaSet(`is are was were do does did can could will would should has have had may might must shall`)

func without(list []string, w string) []string {
	out := list[:0:0]
	for _, x := range list {
		if x != w {
			out = append(out, x)
		}
	}
	return out
}

// isSummaryRequest reports whether the question asks for the whole article:
// "summarize", "tl;dr", "sum it up", "what is this about?".
func isSummaryRequest(lower string, ws []qaWord) bool {
	if strings.Contains(lower, "tl;dr") || strings.Contains(lower, "tl,dr") || strings.Contains(lower, "sum up") || strings.Contains(lower, "sum it up") {
		return true
	}
	for i, w := range ws {
		switch {
		case strings.HasPrefix(w.Lower, "summar") && (i == 0 || !w.Cap), w.Lower == "tldr", w.Lower == "gist":
			// but not the title "the WG I Summary for Policymakers"
			return true
		case (w.Lower == "key" || w.Lower == "main") && i+1 < len(ws) && ws[i+1].Lower == "points":
			return true
		}
	}
	if len(ws) > 7 {
		return false
	}
	about := false
	for _, w := range ws {
		switch w.Lower {
		case "about", "happened", "news":
			about = true
		case "article", "story", "piece", "this", "it":
		default:
			if !w.Stop {
				return false
			}
		}
	}
	return about
}

// quoteSubject returns X in "what did X say", "what has X said about Y",
// "what does X think", or "".
func quoteSubject(ws []qaWord) string {
	if len(ws) < 2 || !qaAuxVerbs[ws[0].Lower] {
		return ""
	}
	for k := 2; k < len(ws); k++ {
		if !quoteVerbs[ws[k].Lower] {
			continue
		}
		if k+1 == len(ws) || quoteTails[ws[k+1].Lower] {
			return joinQAWords(ws[1:k])
		}
		return ""
	}
	return ""
}

// roleSubject returns X in "who is X?" when X is a name, or "".
func roleSubject(ws []qaWord) string {
	if len(ws) < 2 || (ws[0].Lower != "is" && ws[0].Lower != "was" && ws[0].Lower != "are") {
		return ""
	}
	name := ws[1:]
	for _, w := range name {
		if !w.Cap || len(name) > 4 {
			return ""
		}
	}
	return joinQAWords(name)
}

func joinQAWords(ws []qaWord) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.Text
	}
	return strings.Join(parts, " ")
}

// asksObject reports whether the question asks for the object of its verb
// ("what did Lady Gaga sing?"): the wh-word, perhaps its noun, then an
// auxiliary like "did". In a declarative sentence that answer follows the
// question's words. (Asking for the subject, "what caused the fire?", tells
// less: measured on SQuAD dev it did not help to use it.)
func (q *Question) asksObject() bool {
	wh := -1
	for i, w := range q.words {
		if qaWhWords[w.Lower] {
			wh = i
			break
		}
	}
	if wh < 0 || q.Type == QWhen || q.Type == QWhere || q.Type == QWhy || q.Type == QHow {
		return false
	}
	i := wh + 1
	// skip the noun of "what team", "how many points"
	for i < len(q.words) && !q.words[i].Punct && !q.words[i].Stop && !qaVerbLike(q.words[i]) {
		i++
	}
	if i >= len(q.words) {
		return false
	}
	switch q.words[i].Lower {
	case "did", "does", "do", "has", "have", "had", "will", "would", "can", "could":
		return true
	}
	return false
}

// anchors returns the stems of the content words just before the question
// word and just after the question phrase ("Sky Movies also include what
// optional soundtracks?" -> include, "" ; "what caused the fire?" -> "",
// caus): the answer tends to sit between the same words in the article. After
// "did X" the next word belongs to the subject, so there is no right anchor.
func (q *Question) anchors() (left, right string) {
	wh := -1
	for i, w := range q.words {
		if qaWhWords[w.Lower] {
			wh = i
			break
		}
	}
	if wh < 0 {
		return "", ""
	}
	for i := wh - 1; i >= 0 && i >= wh-2; i-- {
		if w := q.words[i]; !w.Punct && !w.Stop {
			left = w.Stem
			break
		}
	}
	i := wh + 1
	if q.Type == QHowMany || q.Type == QHowMuch {
		i++
	}
	for i < len(q.words) && (q.words[i].Lower == q.Unit || !q.words[i].Stop && !q.words[i].Punct && !qaVerbLike(q.words[i]) && q.Unit != "" && i < wh+4) {
		if q.words[i].Lower == q.Unit {
			i++
			break
		}
		i++
	}
	if i < len(q.words) {
		switch q.words[i].Lower {
		case "did", "does", "do", "has", "have", "had", "will", "would", "can", "could", "is", "are", "was", "were":
			return left, ""
		}
		if w := q.words[i]; !w.Punct && !w.Stop {
			right = w.Stem
		}
	}
	return left, right
}

// asksAction reports a question about what someone did or what happened:
// "what did X do?", "what happened in 1992?".
func (q *Question) asksAction() bool {
	if q.Type != QWhat {
		return false
	}
	last := ""
	for _, w := range q.words {
		switch w.Lower {
		case "happen", "happened", "happens":
			return true
		}
		if !w.Punct {
			last = w.Lower
		}
	}
	return last == "do" || last == "doing"
}
