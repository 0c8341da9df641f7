package summarize

import (
	"strings"
	"time"
)

// AnalyzeFactsStage returns a function that extracts the facts of text as
// Analyze does: from the body with its headline blanked, its lowered copy
// and a new word table, which are the only work the stage owns. Segment
// and lowerText run here once. It is for BenchmarkFactsInAnalyze.
func AnalyzeFactsStage(text string) func() {
	sents := Segment(text)
	if head, ok := headline(text); ok && len(sents) > 1 && sents[0].Span.End <= head.End {
		sents = sents[1:]
		end := strings.IndexByte(text, '\n')
		text = strings.Repeat(" ", end) + text[end:]
	}
	low := lowerText(text)
	return func() {
		extractFacts(text, low, sents, time.Time{}, newWordTable(len(text)))
	}
}

// ScanTokensStage returns a function that runs the extractor's scanner
// alone over text as AnalyzeFactsStage's does, with a new word table.
func ScanTokensStage(text string) func() {
	sents := Segment(text)
	low := lowerText(text)
	return func() {
		scanTokens(text, low, sents, newWordTable(len(text)))
	}
}
