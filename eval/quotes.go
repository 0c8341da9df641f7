package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefly-bot/briefly/summarize"
)

// QuoteExample is one article of a PolNeAR-style quote file: the text and its
// gold attributions.
type QuoteExample struct {
	ID     string      `json:"id"`
	Text   string      `json:"text"`
	Quotes []GoldQuote `json:"quotes"`
}

// GoldQuote is one annotated attribution. Spans are Unicode code-point
// offsets into the text, [start, end).
type GoldQuote struct {
	Quote        string   `json:"quote"`
	Speaker      *string  `json:"speaker"`
	Cue          string   `json:"cue"`
	Direct       bool     `json:"direct"`
	QuoteSpans   [][2]int `json:"quote_spans"`
	SpeakerSpans [][2]int `json:"speaker_spans"`
	CueSpans     [][2]int `json:"cue_spans"`
}

// LoadQuotes reads a JSONL file of QuoteExample.
func LoadQuotes(path string) ([]QuoteExample, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	var out []QuoteExample
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var ex QuoteExample
		if err := json.Unmarshal(sc.Bytes(), &ex); err != nil {
			return nil, fmt.Errorf("eval: %s:%d: %w", path, line, err)
		}
		out = append(out, ex)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("eval: read %s: %w", path, err)
	}
	return out, nil
}

// QuoteScore is precision, recall and F1 of quote spans, and speaker accuracy
// on matched quotes. A predicted quote matches a gold one when more than half
// of the words of either lie in the other. Precision counts the predicted
// quotes that match some gold quote, recall the gold quotes some prediction
// matches (a quote split in two by "he said" matches with both halves).
// Speaker accuracy is over matched gold quotes whose gold speaker is given and
// is not a pronoun; two speakers agree when they share a name word (titles
// and function words do not count). SpeakerRight counts a speaker right when
// the predicted full name or the mention it was read from ("the governor",
// resolved to Chris Christie) agrees with the gold speaker span;
// SpeakerNameRight only when the full name does.
//
// Why these choices: PolNeAR (networkdynamics/PolNeAR) annotates every
// attribution, direct and indirect, with spans that often differ from ours
// by a word or a trailing mark, so exact span match would punish harmless
// boundary choices; the half-of-either rule is the usual lenient overlap
// match (BBC Citron and GenderGapTracker report overlap scores too).
// Pronoun speakers ("he") are left out of speaker accuracy because the gold
// span alone cannot say who is meant, while we resolve pronouns to names.
// Name-word agreement lets "Mr. Barrett" match "Tom Barrett" but keeps
// "President Obama" and "President Trump" apart (titles are generic). Gold
// "All" attributions include PolNeAR's broad cues (polls "show", voters
// "think"), so its recall is far below the direct figure by design of the
// data, not of the matcher. Tune on polnear-train; report polnear-dev.
type QuoteScore struct {
	Gold, Pred                 int
	MatchedGold, MatchedPred   int
	SpeakerTotal, SpeakerRight int
	SpeakerNameRight           int
}

// P returns precision in percent.
func (s QuoteScore) P() float64 { return pct(s.MatchedPred, s.Pred) }

// R returns recall in percent.
func (s QuoteScore) R() float64 { return pct(s.MatchedGold, s.Gold) }

// F1 returns the harmonic mean of P and R.
func (s QuoteScore) F1() float64 {
	p, r := s.P(), s.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// SpeakerAcc returns speaker accuracy in percent.
func (s QuoteScore) SpeakerAcc() float64 { return pct(s.SpeakerRight, s.SpeakerTotal) }

// SpeakerNameAcc returns speaker accuracy in percent counting the full
// names alone.
func (s QuoteScore) SpeakerNameAcc() float64 { return pct(s.SpeakerNameRight, s.SpeakerTotal) }

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// QuoteScores holds the scores for direct quotes alone and for all
// attributions, direct and indirect together.
type QuoteScores struct {
	Direct, All QuoteScore
}

// QuoteMiss is one error, for reading: a gold quote nobody found ("missed"),
// a prediction matching no gold quote ("spurious"), a matched quote whose
// speaker disagrees ("speaker"), or one whose speaker agrees only by the
// mention, not by the full name it was resolved to ("name").
type QuoteMiss struct {
	ID, Kind    string
	Direct      bool
	Text        string // the quote
	Gold, Got   string // speakers, for Kind "speaker"
	Cue, GotCue string
}

// ScoreQuotes runs ExtractQuotes over every example and scores it.
func ScoreQuotes(exs []QuoteExample) (QuoteScores, []QuoteMiss) {
	var sc QuoteScores
	var misses []QuoteMiss
	for _, ex := range exs {
		pred := summarize.ExtractQuotes(ex.Text, summarize.Segment(ex.Text))
		words := wordSpans(ex.Text)
		off := byteOffsets(ex.Text)
		var goldAll, goldDirect []goldQ
		for _, g := range ex.Quotes {
			gq := goldQ{g: g}
			for _, sp := range g.QuoteSpans {
				if sp[0] < 0 || sp[1] >= len(off) || sp[0] > sp[1] {
					continue
				}
				gq.ranges = append(gq.ranges, wordRange(words, off[sp[0]], off[sp[1]]))
			}
			goldAll = append(goldAll, gq)
			if g.Direct {
				goldDirect = append(goldDirect, gq)
			}
		}
		var predDirect []summarize.Quote
		for _, q := range pred {
			if q.Direct {
				predDirect = append(predDirect, q)
			}
		}
		misses = scoreArticle(&sc.Direct, ex, words, goldDirect, predDirect, true, misses)
		misses = scoreArticle(&sc.All, ex, words, goldAll, pred, false, misses)
	}
	return sc, misses
}

type goldQ struct {
	g      GoldQuote
	ranges [][2]int // word index ranges
}

func scoreArticle(s *QuoteScore, ex QuoteExample, words [][2]int, gold []goldQ, pred []summarize.Quote, direct bool, misses []QuoteMiss) []QuoteMiss {
	s.Gold += len(gold)
	s.Pred += len(pred)
	pr := make([][2]int, len(pred))
	for i, q := range pred {
		pr[i] = wordRange(words, q.Span.Start, q.Span.End)
	}
	predMatched := make([]bool, len(pred))
	for _, g := range gold {
		gn := 0
		for _, r := range g.ranges {
			gn += r[1] - r[0]
		}
		best, bestOv := -1, 0
		for i, p := range pr {
			ov := 0
			for _, r := range g.ranges {
				ov += overlap(r, p)
			}
			pn := p[1] - p[0]
			if ov == 0 || !(2*ov > pn || 2*ov > gn) {
				continue
			}
			predMatched[i] = true
			if ov > bestOv {
				best, bestOv = i, ov
			}
		}
		if best < 0 {
			misses = append(misses, QuoteMiss{ID: ex.ID, Kind: "missed", Direct: direct, Text: g.g.Quote, Gold: speakerOf(g.g), Cue: g.g.Cue})
			continue
		}
		s.MatchedGold++
		gs := speakerOf(g.g)
		if gs == "" || isPronoun(gs) {
			continue
		}
		s.SpeakerTotal++
		byName := sameSpeaker(gs, pred[best].Speaker)
		if byName {
			s.SpeakerNameRight++
		}
		if byName || sameSpeaker(gs, pred[best].SpeakerSpan.In(ex.Text)) {
			s.SpeakerRight++
			if !byName {
				misses = append(misses, QuoteMiss{ID: ex.ID, Kind: "name", Direct: direct, Text: g.g.Quote, Gold: gs, Got: pred[best].Speaker, Cue: g.g.Cue, GotCue: pred[best].Cue})
			}
		} else {
			misses = append(misses, QuoteMiss{ID: ex.ID, Kind: "speaker", Direct: direct, Text: g.g.Quote, Gold: gs, Got: pred[best].Speaker, Cue: g.g.Cue, GotCue: pred[best].Cue})
		}
	}
	for i, ok := range predMatched {
		if ok {
			s.MatchedPred++
		} else {
			misses = append(misses, QuoteMiss{ID: ex.ID, Kind: "spurious", Direct: direct, Text: pred[i].Text, Got: pred[i].Speaker, GotCue: pred[i].Cue})
		}
	}
	return misses
}

func speakerOf(g GoldQuote) string {
	if g.Speaker == nil {
		return ""
	}
	return strings.TrimSpace(*g.Speaker)
}

func overlap(a, b [2]int) int {
	lo, hi := max(a[0], b[0]), min(a[1], b[1])
	if hi > lo {
		return hi - lo
	}
	return 0
}

// wordSpans returns the byte spans of the words (runs of letters and digits)
// of text.
func wordSpans(text string) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range text {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && start < 0 {
			start = i
		} else if !w && start >= 0 {
			out = append(out, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(text)})
	}
	return out
}

// wordRange returns the index range of the words that lie inside the byte
// span [start, end).
func wordRange(words [][2]int, start, end int) [2]int {
	lo, hi := len(words), len(words)
	for i, w := range words {
		if w[0] >= start {
			lo = i
			break
		}
	}
	hi = lo
	for hi < len(words) && words[hi][1] <= end {
		hi++
	}
	return [2]int{lo, hi}
}

// byteOffsets maps each code-point offset of text (and len) to a byte offset.
func byteOffsets(text string) []int {
	off := make([]int, 0, utf8.RuneCountInString(text)+1)
	for i := range text {
		off = append(off, i)
	}
	return append(off, len(text))
}

var goldPronouns = map[string]bool{
	"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "you": true,
	"him": true, "her": true, "them": true, "us": true, "me": true, "who": true, "which": true,
	"this": true, "that": true, "his": true, "their": true, "its": true,
}

// isPronoun reports whether a gold speaker names nobody: a pronoun, or a
// span with no content word at all (a few PolNeAR spans hold the cue
// "said" instead of the speaker).
func isPronoun(s string) bool {
	return goldPronouns[strings.ToLower(s)] || len(contentWords(s)) == 0
}

// functionWords never tell two speakers apart.
var functionWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "for": true, "and": true, "at": true, "from": true,
	"in": true, "on": true, "to": true, "with": true, "who": true, "his": true, "her": true,
	"their": true, "its": true, "s": true, "mr": true, "mrs": true, "ms": true, "dr": true, "said": true,
	"says": true, "was": true, "is": true, "that": true, "this": true, "he": true, "she": true,
	"they": true, "it": true, "we": true, "i": true, "you": true,
}

// genericWords are titles and descriptions many speakers share: two
// speakers that share only these are different people.
var genericWords = map[string]bool{
	"president": true, "sen": true, "senator": true, "rep": true, "gov": true, "governor": true,
	"secretary": true, "minister": true, "former": true, "state": true, "u": true, "new": true,
	"campaign": true, "presidential": true, "republican": true, "democratic": true, "nominee": true,
	"candidate": true, "vice": true, "chairman": true, "spokesman": true, "spokeswoman": true,
	"one": true, "other": true,
}

// sameSpeaker reports whether two speakers share a name word: a content
// word that is not generic, or, for a speaker with nothing else ("the
// senator"), a generic one.
func sameSpeaker(gold, got string) bool {
	gw := nameWords(gold)
	for _, w := range nameWords(got) {
		for _, g := range gw {
			if w == g {
				return true
			}
		}
	}
	return false
}

func contentWords(s string) []string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	out := f[:0]
	for _, w := range f {
		if !functionWords[w] && len(w) > 1 {
			out = append(out, w)
		}
	}
	return out
}

func nameWords(s string) []string {
	c := contentWords(s)
	var out []string
	for _, w := range c {
		if !genericWords[w] {
			out = append(out, w)
		}
	}
	if len(out) == 0 {
		return c
	}
	return out
}
