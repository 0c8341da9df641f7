package summarize

import (
	"slices"
	"strings"
)

// answerQuote answers "what did X say?" with X's quotes: the analysis's
// quotes when it has them, else the quoted words of the sentences that name
// X. ok is false when X is quoted nowhere.
func answerQuote(a *Analysis, ix *qaIndex, q Question, r Response) (Response, bool) {
	subj := nameTokens(q.Subject)
	if len(subj) == 0 {
		return r, false
	}
	type found struct {
		text, speaker string
		span          Span
		sent          int
		direct        bool
	}
	var got []found
	for _, qt := range a.Quotes {
		if qt.Speaker != "" && sameName(nameTokens(qt.Speaker), subj) {
			got = append(got, found{qt.Text, qt.Speaker, qt.Span, qt.Sentence, qt.Direct})
		}
	}
	if len(got) == 0 {
		// the quote stage found none (or did not run): take the quoted
		// words of sentences naming X
		for si, s := range ix.sents {
			if !mentions(ix.words[s.first:s.last], subj) {
				continue
			}
			for _, sp := range quotedSpans(a.Text, a.Sentences[si].Span) {
				got = append(got, found{sp.In(a.Text), fullName(ix, subj), sp, si, true})
			}
		}
	}
	if len(got) == 0 {
		return r, false
	}
	// direct quotes first when there are any
	direct := got[:0:0]
	for _, g := range got {
		if g.direct {
			direct = append(direct, g)
		}
	}
	if len(direct) > 0 {
		got = direct
	}
	parts := make([]string, len(got))
	for i, g := range got {
		parts[i] = g.text
	}
	first := got[0]
	r.Text = strings.Join(parts, " … ")
	r.Span = first.span
	r.Speaker = first.speaker
	if first.sent >= 0 && first.sent < len(a.Sentences) {
		s := a.Sentences[first.sent]
		r.Evidence = Evidence{Text: s.Text, Span: s.Span, Sentence: first.sent, Quote: true}
	} else {
		r.Evidence = Evidence{Text: first.text, Span: first.span, Sentence: -1, Quote: true}
	}
	r.Confidence, r.Found = 0.9, true
	return r, true
}

// quotedSpans returns the spans of the words inside quote marks within sp.
func quotedSpans(text string, sp Span) []Span {
	var out []Span
	s := sp.In(text)
	for i := 0; i < len(s); {
		open := strings.Index(s[i:], "“")
		straight := strings.IndexByte(s[i:], '"')
		closeMark := "”"
		if open < 0 || straight >= 0 && straight < open {
			open, closeMark = straight, `"`
		}
		if open < 0 {
			break
		}
		start := i + open + len(closeMark)
		if closeMark == `"` {
			start = i + open + 1
		}
		end := strings.Index(s[start:], closeMark)
		if end < 0 {
			end = len(s) - start
		}
		inner := strings.TrimRight(s[start:start+end], " ,.")
		if strings.TrimSpace(inner) != "" {
			out = append(out, Span{sp.Start + start, sp.Start + start + len(inner)})
		}
		i = start + end + len(closeMark)
		if i > len(s) {
			break
		}
	}
	return out
}

// nameTokens returns the lower-cased words of a name without function
// words: "the Chinese Foreign Ministry" -> chinese foreign ministry.
func nameTokens(name string) []string {
	var out []string
	for _, w := range qaWords(name) {
		if !w.Punct && !w.Stop {
			out = append(out, w.Lower)
		}
	}
	return out
}

// sameName reports whether a speaker's name words include every word of
// the subject: "Qin Gang" is "Qin".
func sameName(speaker, subj []string) bool {
	for _, s := range subj {
		ok := false
		for _, w := range speaker {
			if w == s {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// mentions reports whether ws contains the subject's words in sequence.
func mentions(ws []qaWord, subj []string) bool {
	return mentionAt(ws, subj) >= 0
}

// mentionAt returns the index of the first word of the subject in ws, or -1.
func mentionAt(ws []qaWord, subj []string) int {
	for i := range ws {
		k, j := 0, i
		for j < len(ws) && k < len(subj) {
			if ws[j].Punct || ws[j].Stop {
				if k == 0 {
					break
				}
				j++
				continue
			}
			if ws[j].Lower != subj[k] {
				break
			}
			j++
			k++
		}
		if k == len(subj) {
			return i
		}
	}
	return -1
}

// fullName returns the longest capitalized run in the article that contains
// the subject, without a title before it: "Qin" -> "Qin Gang".
func fullName(ix *qaIndex, subj []string) string {
	best := ""
	for _, s := range ix.sents {
		ws := ix.words[s.first:s.last]
		at := mentionAt(ws, subj)
		if at < 0 {
			continue
		}
		i, j := qaNameRun(ws, at)
		t := roleEnd(ws, i, at)
		if name := joinQAWords(ws[t:j]); len(name) > len(best) {
			best = name
		}
	}
	return best
}

// qaNameRun returns the capitalized run [i, j) around ws[at].
func qaNameRun(ws []qaWord, at int) (int, int) {
	i, j := at, at+1
	for i > 0 && (ws[i-1].Cap && !ws[i-1].Punct || ws[i-1].Lower == "of" && i > 1 && ws[i-2].Cap) {
		i--
	}
	for j < len(ws) && ws[j].Cap && !ws[j].Punct {
		j++
	}
	return i, j
}

// roleEnd returns where the title before a name ends inside the run
// ws[i:at]: after the last title word and its "of State" complement.
func roleEnd(ws []qaWord, i, at int) int {
	end := i
	for k := i; k < at; k++ {
		if qaTitles[ws[k].Lower] {
			end = k + 1
			if end+1 < at && ws[end].Lower == "of" {
				end += 2
			}
		}
	}
	return end
}

// possessiveRole returns where a role written as "her Chinese counterpart"
// starts before the name at ws[i], or i when there is none.
func possessiveRole(ws []qaWord, i int) int {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch ws[k].Lower {
		case "her", "his", "their", "its":
			if k+1 < i {
				return k + 1
			}
			return i
		}
		if ws[k].Punct || ws[k].Stop {
			return i
		}
	}
	return i
}

// answerRole answers "who is X?" with X's title or role: from the facts when
// they have it, else from the title before X's name ("Chinese Foreign
// Minister Qin Gang") or the apposition after it ("Daniel Kritenbrink,
// assistant U.S. secretary of state, ...").
func answerRole(a *Analysis, ix *qaIndex, q Question, r Response) (Response, bool) {
	subj := nameTokens(q.Subject)
	if len(subj) == 0 {
		return r, false
	}
	for _, e := range a.Entities {
		if e.Kind != Person || e.Role == "" || !sameName(nameTokens(e.Name), subj) || len(e.Mentions) == 0 {
			continue
		}
		m := e.Mentions[0]
		for si, s := range a.Sentences {
			if m.Start >= s.Span.Start && m.End <= s.Span.End {
				r.Evidence = Evidence{Text: s.Text, Span: s.Span, Sentence: si}
				break
			}
		}
		// the full name and the role: "Daniel Reyes, Council Member"
		r.Text = e.Name + ", " + e.Role
		if k := strings.Index(a.Text, e.Role); k >= 0 {
			r.Span = Span{k, k + len(e.Role)}
			if k+len(e.Role)+1 == m.Start {
				r.Span.End = m.End // "Council Member Daniel Reyes"
			} else if m.End+2 == k {
				r.Span.Start = m.Start // "Marisol Chen, a spokesperson"
			}
		}
		r.Speaker = ""
		r.Confidence, r.Found = 0.9, true
		return r, true
	}
	for si, s := range ix.sents {
		ws := ix.words[s.first:s.last]
		at := mentionAt(ws, subj)
		if at < 0 {
			continue
		}
		i, j := qaNameRun(ws, at)
		var sp []qaWord
		if t := roleEnd(ws, i, at); t > i {
			sp = ws[i:t]
		} else if k := possessiveRole(ws, i); k < i {
			sp = ws[k:i] // "her Chinese counterpart Wang Wentao"
		} else if j+1 < len(ws) && ws[j].Lower == "," && !ws[j+1].Stop {
			end := qaClauseEnd(ws, j+1)
			sp = ws[j+1 : end]
		}
		if len(sp) == 0 {
			continue
		}
		r.Span = Span{sp[0].Span.Start, sp[len(sp)-1].Span.End}
		r.Text = r.Span.In(a.Text)
		sent := a.Sentences[si]
		r.Evidence = Evidence{Text: sent.Text, Span: sent.Span, Sentence: si}
		r.Confidence, r.Found = 0.8, true
		return r, true
	}
	return r, false
}

// speakerWords, with the speech verbs, are the words of a question that
// asks who speaks in the article at all: "who spoke?", "who is quoted in
// the story?", "who said it?".
var speakerWords = wordSet(`speak speaks spoke spoken talk talks talked quote quotes quoted
	comment comments commented interviewed article story piece report`)

// asksSpeakers reports whether q asks who speaks in the article and names
// nothing else: a who-question all of whose focus words are speech verbs
// or speakerWords.
func asksSpeakers(q Question) bool {
	if q.Type != QWho || q.Subject != "" || len(q.Focus) == 0 {
		return false
	}
	for _, w := range q.Focus {
		if !speechVerbs[w] && !isSpeechVerb(w) && !speakerWords[w] {
			return false
		}
	}
	return true
}

// answerSpeakers answers with the people the article quotes directly, in
// the order of their first quote ("Helen Okafor, Daniel Reyes and Marisol
// Chen"); the evidence is the sentence of the first of those quotes. It
// fails when the article quotes nobody it can name.
func answerSpeakers(a *Analysis, r Response) (Response, bool) {
	names := a.Speakers()
	first := slices.IndexFunc(a.Quotes, func(q Quote) bool { return q.Direct && q.Speaker != "" })
	if first < 0 || a.Quotes[first].Sentence < 0 || a.Quotes[first].Sentence >= len(a.Sentences) {
		return r, false
	}
	switch n := len(names); n {
	case 1:
		r.Text = names[0]
	default:
		r.Text = strings.Join(names[:n-1], ", ") + " and " + names[n-1]
	}
	si := a.Quotes[first].Sentence
	s := a.Sentences[si]
	r.Evidence = Evidence{Text: s.Text, Span: s.Span, Sentence: si}
	r.Confidence, r.Found = 0.9, true
	return r, true
}

// Speakers lists the people the article quotes directly, each once, in the
// order of their first quote.
func (a *Analysis) Speakers() []string {
	var names []string
	for _, q := range a.Quotes {
		if q.Direct && q.Speaker != "" && !slices.Contains(names, q.Speaker) {
			names = append(names, q.Speaker)
		}
	}
	return names
}
