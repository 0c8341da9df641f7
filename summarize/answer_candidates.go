package summarize

import (
	"slices"
	"strings"
	"unicode"
)

// mannerCues open a phrase that says how: "by erosion", "through bans".
var mannerCues = qaSet(`by through via using with`)

// nameConnectors may sit inside a capitalized name: University of Chicago.
var nameConnectors = qaSet(`of de du da del der van von la le the and for`)

// candidates lists the possible answer spans in a sentence's words, by kind.
func candidates(ws []qaWord, q Question, inQ []bool, names map[string]bool) []spanCand {
	var out []spanCand
	// capitalized names
	for i := 0; i < len(ws); {
		if !ws[i].Cap || ws[i].Punct || ws[i].Stop && i == 0 {
			i++
			continue
		}
		j := i + 1
		for j < len(ws) {
			if ws[j].Cap && !ws[j].Punct || ws[j].Num && !qaIsYear(ws[j].Lower) {
				j++
				continue
			}
			if nameConnectors[ws[j].Lower] && j+1 < len(ws) && ws[j+1].Cap {
				j += 2
				continue
			}
			break
		}
		if j == i+1 && (i == 0 || ws[i-1].Punct) && !names[ws[i].Lower] {
			// capitalized only because it starts the sentence
			i = j
			continue
		}
		out = append(out, spanCand{start: i, end: j, kind: nameKind(ws, i, j)})
		i = j
	}
	out = append(out, numberCands(ws, q)...)
	out = append(out, timeCands(ws, q.Unit == "year")...)
	if q.Expect == AReason {
		out = append(out, reasonCands(ws)...)
	}
	if q.Expect == AManner {
		out = append(out, clauseAfter(ws, mannerCues, AManner)...)
		for i, w := range ws {
			if !w.Cap && len(w.Lower) > 5 && strings.HasSuffix(w.Lower, "ly") {
				out = append(out, spanCand{start: i, end: i + 1, kind: AManner}) // "routed individually"
			}
		}
	}
	if q.asksAction() {
		// "what did Tesla's company do?": a verb phrase
		for i, w := range ws {
			if !inQ[i] && (qaVerbLike(w) || isPresentVerb(ws, i)) && !strings.HasSuffix(w.Lower, "ly") {
				if end := qaClauseEnd(ws, i); end > i+1 {
					out = append(out, spanCand{start: i, end: min(end, i+phraseMax), kind: "action"})
				}
			}
		}
	}
	out = append(out, chunkCands(ws, inQ)...)
	return out
}

// isCalendarWord reports whether the lower-case word names a month or a
// day of the week ("august", "oct", "sunday").
func isCalendarWord(w string) bool {
	_, day := weekdays[w]
	return months[w] != 0 || months[w+"."] != 0 || day
}

// nameKind guesses whether the capitalized run ws[i:j] names a person, an
// organization or a place.
func nameKind(ws []qaWord, i, j int) AnswerType {
	if j-i == 1 && isCalendarWord(ws[i].Lower) {
		return ATime // "in August" names no place
	}
	for k := i; k < j; k++ {
		if qaOrgWords[ws[k].Lower] {
			return AOrganization
		}
		if qaPlaceWords[ws[k].Lower] {
			return APlace
		}
	}
	if i > 0 && qaTitles[ws[i-1].Lower] {
		return APerson
	}
	if qaTitles[ws[i].Lower] && j-i > 1 {
		return APerson
	}
	if i > 0 && qaPlacePreps[ws[i-1].Lower] && j-i <= 2 {
		return APlace
	}
	if j < len(ws) && qaSpeechVerbs[ws[j].Lower] {
		return APerson
	}
	if j-i >= 2 && j-i <= 3 && (i == 0 || ws[i-1].Lower != "the") && !ws[j-1].Num {
		// two or three capitalized words, no article: Kurt Coleman
		return APerson
	}
	return "name"
}

func qaIsYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s >= "1000" && s <= "2100"
}

// numberCands finds numbers with an optional unit: "308", "$1.2 billion",
// "three years", "60 percent".
func numberCands(ws []qaWord, q Question) []spanCand {
	var out []spanCand
	for i := 0; i < len(ws); i++ {
		if !(ws[i].Num || ws[i].Lower == "$") || qaIsYear(ws[i].Lower) && !(q.Expect == ANumber) {
			continue
		}
		j := i + 1
		for j < len(ws) && (ws[j].Num || qaNumberScale[ws[j].Lower] || ws[j].Lower == "%" ||
			j+1 < len(ws) && ws[j+1].Num && (ws[j].Lower == "-" || ws[j].Lower == "to" || ws[j].Lower == "and" ||
				ws[j].Lower == ":" && ws[j].Span.End == ws[j+1].Span.Start)) {
			j++
		}
		if j == i+1 && ws[i].Lower == "$" {
			continue
		}
		out = append(out, spanCand{start: i, end: j, kind: ANumber})
		if j < len(ws) && !ws[j].Punct && !ws[j].Stop && (q.Type != QHowMany || q.Unit == "") && ws[j].Lower != q.Unit {
			u := ws[j].Lower
			k := ANumber
			if qaTimeUnits[u] {
				k = ATime
				if q.Unit == "long" || q.Unit == "old" || q.Type == QWhen && !relativeTime(ws, j+1) {
					// a length of time: "a one-day strike" says
					// nothing of when
					k = ANumber
				}
			}
			out = append(out, spanCand{start: i, end: j + 1, kind: k})
		}
		i = j - 1
	}
	return out
}

// timeCands finds dates and times: "February 3, 2016", "the 1990s",
// "Wednesday", "this week", "the 19th century".
func timeCands(ws []qaWord, years bool) []spanCand {
	var out []spanCand
	isDate := func(w qaWord) bool {
		l := w.Lower
		return qaMonths[l] && (w.Cap || l != "may") || qaDays[l] || qaIsYear(l) || qaIsDecade(l)
	}
	for i := 0; i < len(ws); i++ {
		if !isDate(ws[i]) {
			continue
		}
		start, end := i, i+1
		for end < len(ws) {
			w := ws[end]
			if isDate(w) || w.Num && len(w.Lower) <= 2 || w.Lower == "," && end+1 < len(ws) && (qaIsYear(ws[end+1].Lower) || ws[end+1].Num) || qaTimeWords[w.Lower] ||
				(w.Lower == "to" || w.Lower == "and" || w.Lower == "–" || w.Lower == "-") && end+1 < len(ws) && isDate(ws[end+1]) {
				end++
				continue
			}
			break
		}
		for start > 0 {
			p := ws[start-1]
			if p.Num && len(p.Lower) <= 2 || qaIsOrdinal(p.Lower) || p.Lower == "early" || p.Lower == "late" || p.Lower == "mid" || p.Lower == "of" && start > 1 && (ws[start-2].Num || qaIsOrdinal(ws[start-2].Lower)) {
				start--
				continue
			}
			break
		}
		out = append(out, spanCand{start: start, end: end, kind: ATime})
		if start > 0 && timeBounds[ws[start-1].Lower] {
			// "after 1279", "between 2005 and 2010", "before 1900"
			out = append(out, spanCand{start: start - 1, end: end, kind: ATime})
		}
		if years && end-start > 1 {
			for k := start; k < end; k++ {
				if qaIsYear(ws[k].Lower) {
					out = append(out, spanCand{start: k, end: k + 1, kind: ATime})
				}
			}
		}
		i = end - 1
	}
	// relative times and centuries: this week, last year, 19th century
	for i := 0; i+1 < len(ws); i++ {
		l := ws[i].Lower
		if (l == "this" || l == "last" || l == "next" || l == "early" || l == "late" || qaIsOrdinal(l)) && qaTimeWords[ws[i+1].Lower] {
			out = append(out, spanCand{start: i, end: i + 2, kind: ATime})
		}
	}
	return out
}

// relativeTime reports whether ws[i] makes the length of time before it a
// point in time: "two years ago", "three days later".
func relativeTime(ws []qaWord, i int) bool {
	return i < len(ws) && (ws[i].Lower == "ago" || ws[i].Lower == "later" || ws[i].Lower == "earlier" || ws[i].Lower == "after" || ws[i].Lower == "before")
}

// timeBounds are prepositions that make a time a bound or a range.
var timeBounds = qaSet(`after before between since until by around circa`)

func qaIsDecade(s string) bool { return len(s) == 5 && qaIsYear(s[:4]) && s[4] == 's' }

func qaIsOrdinal(s string) bool {
	if len(s) < 3 {
		return false
	}
	suf := s[len(s)-2:]
	if suf != "st" && suf != "nd" && suf != "rd" && suf != "th" {
		return false
	}
	for _, c := range s[:len(s)-2] {
		if !unicode.IsDigit(c) {
			return false
		}
	}
	return true
}

// reasonCands returns the clause after "because", "due to", "since", "so
// that", "in order to" and an infinitive "to".
func reasonCands(ws []qaWord) []spanCand {
	var out []spanCand
	for _, c := range clauseAfter(ws, qaSet(`because since due as after for`), AReason) {
		if w := ws[c.start]; w.Num || qaMonths[w.Lower] || qaDays[w.Lower] || qaTimeWords[w.Lower] {
			continue // "for Oct. 3", "since 2019": a time, not a reason
		}
		out = append(out, c)
	}
	// "X, who voted against the plan, said the city was spending money it
	// did not have": what someone said about the event is their reason
	for i := 0; i+1 < len(ws); i++ {
		if !qaSpeechVerbs[ws[i].Lower] || ws[i].Cap {
			continue
		}
		start := i + 1
		if ws[start].Lower == "that" {
			start++
		}
		if start < len(ws) && !ws[start].Punct {
			if end := qaClauseEnd(ws, start); end > start+1 {
				out = append(out, spanCand{start: start, end: end, kind: AReason})
			}
		}
	}
	for i := 0; i+1 < len(ws); i++ {
		if ws[i].Lower == "to" && !ws[i+1].Cap && !ws[i+1].Stop && !ws[i+1].Num && (i == 0 || !complementVerbs[ws[i-1].Lower]) {
			end := qaClauseEnd(ws, i+1)
			out = append(out, spanCand{start: i, end: end, kind: AReason})
		}
	}
	return out
}

// complementVerbs take an infinitive that completes them rather than giving
// a purpose: "failed to act", "expected to finish", "scheduled to end".
var complementVerbs = qaSet(`fail failed fails try tried tries want wanted wants need needed needs
begin began begins start started continue continued plan planned plans expect expected expects
scheduled going able unable likely hope hoped hopes agree agreed refuse refused decide decided`)

// clauseAfter returns, for each cue word, the words after it up to the end
// of the clause.
func clauseAfter(ws []qaWord, cues map[string]bool, kind AnswerType) []spanCand {
	var out []spanCand
	for i := 0; i+1 < len(ws); i++ {
		if !cues[ws[i].Lower] {
			continue
		}
		start := i + 1
		if ws[start].Lower == "of" || ws[start].Lower == "to" || ws[start].Lower == "that" {
			start++
		}
		if start >= len(ws) {
			continue
		}
		end := qaClauseEnd(ws, start)
		if end > start {
			out = append(out, spanCand{start: start, end: end, kind: kind})
		}
	}
	return out
}

// qaClauseEnd returns the index of the first clause-ending mark at or after i.
func qaClauseEnd(ws []qaWord, i int) int {
	for j := i; j < len(ws); j++ {
		if ws[j].Punct && strings.ContainsAny(ws[j].Lower, ",;:.!?()“”\"") {
			return j
		}
	}
	return len(ws)
}

// chunkCands returns the runs of content words between function words and
// punctuation, as rough noun phrases, and runs joined by "of".
func chunkCands(ws []qaWord, inQ []bool) []spanCand {
	var out []spanCand
	var runs [][2]int
	brk := func(k int) bool {
		if qaIsClitic(ws[k]) && k > 0 && k+1 < len(ws) && !ws[k-1].Stop && !ws[k+1].Stop && !ws[k+1].Punct {
			return false // bachelor's degree
		}
		return ws[k].Punct || ws[k].Stop || inQ[k] || qaVerbLike(ws[k]) || isPresentVerb(ws, k)
	}
	for i := 0; i < len(ws); {
		if brk(i) {
			i++
			continue
		}
		j := i
		for j < len(ws) && !brk(j) {
			j++
		}
		runs = append(runs, [2]int{i, j})
		out = append(out, spanCand{start: i, end: j, kind: AThing})
		i = j
	}
	// longer phrases: a chunk and the chunks that follow it across
	// "of", "and", "or", "for", "in", articles and possessives, up to
	// phraseMax words
	for k := range runs {
		end := runs[k][1]
		for m := k + 1; m < len(runs); m++ {
			gap := ws[end:runs[m][0]]
			if len(gap) == 0 || len(gap) > 2 || runs[m][1]-runs[k][0] > phraseMax {
				break
			}
			ok := true
			for _, g := range gap {
				if !phraseGlue[g.Lower] {
					ok = false
				}
			}
			if !ok {
				break
			}
			end = runs[m][1]
			out = append(out, spanCand{start: runs[k][0], end: end, kind: AThing})
		}
	}
	return out
}

// phraseGlue may join two chunks into one phrase.
var phraseGlue = qaSet(`of and or for in on the a an 's ’s`)

// phraseMax is the longest phrase candidate, in words.
const phraseMax = 10

// qaIsClitic reports whether w is the possessive 's split from a word.
func qaIsClitic(w qaWord) bool { return w.Lower == "'s" || w.Lower == "’s" }

// qaVerbLike guesses that a lower-case word is a verb: a past form in -ed or
// a common verb. Chunks break at verbs so that they stay noun phrases.
func qaVerbLike(w qaWord) bool {
	if w.Cap || w.Num {
		return false
	}
	l := w.Lower
	return len(l) > 4 && strings.HasSuffix(l, "ed") || len(l) > 5 && strings.HasSuffix(l, "ing") || qaCommonVerbs[l] ||
		len(l) > 5 && strings.HasSuffix(l, "ly") && !strings.HasSuffix(l, "ply") && !strings.HasSuffix(l, "bly")
}

// isPresentVerb guesses that ws[k], a lower-case word in -s followed by a
// determiner or "that", is a verb: "the Act recognises two categories".
func isPresentVerb(ws []qaWord, k int) bool {
	w := ws[k]
	if w.Cap || w.Num || len(w.Lower) < 4 || !strings.HasSuffix(w.Lower, "s") || strings.HasSuffix(w.Lower, "ss") || k+1 >= len(ws) {
		return false
	}
	switch ws[k+1].Lower {
	case "the", "a", "an", "that", "his", "her", "their", "its", "two", "when":
		return true
	}
	return false
}

// entityCands turns the analysis's entities mentioned in sentence si into
// candidates of their kind, using Analysis.Mentions when it is filled.
func entityCands(a *Analysis, ix *qaIndex, si int) []spanCand {
	s := ix.sents[si]
	if len(a.Entities) == 0 || s.last <= s.first {
		return nil
	}
	lo, hi := ix.words[s.first].Span.Start, ix.words[s.last-1].Span.End
	var out []spanCand
	for k := range a.Entities {
		if len(a.Mentions) == len(a.Sentences) && !slices.Contains(a.Mentions[si], k) {
			continue // the per-sentence index says it is not here
		}
		e := &a.Entities[k]
		kind := entityAnswerType(e.Kind)
		for _, m := range e.Mentions {
			if m.Start < lo || m.End > hi {
				continue
			}
			start, end := -1, -1
			for k := s.first; k < s.last; k++ {
				w := ix.words[k].Span
				if start < 0 && w.Start >= m.Start {
					start = k
				}
				if w.End <= m.End {
					end = k + 1
				}
			}
			if start >= 0 && end > start {
				if e.Kind == Place && end < s.last && !ix.words[end].Punct && !ix.words[end].Stop && !ix.words[end].Cap {
					continue // "Chinese counterpart": an adjective, not the place
				}
				out = append(out, spanCand{start: start - s.first, end: end - s.first, kind: kind})
			}
		}
	}
	return out
}

func entityAnswerType(k EntityKind) AnswerType {
	switch k {
	case Person:
		return APerson
	case Organization:
		return AOrganization
	case Place:
		return APlace
	case Date:
		return ATime
	case Number, Money:
		return ANumber
	}
	return AThing
}
