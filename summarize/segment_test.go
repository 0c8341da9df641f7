package summarize

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func segmentTexts(text string) []string {
	var out []string
	for _, s := range Segment(text) {
		out = append(out, s.Text)
	}
	return out
}

func TestSegmentNews(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"dateline stays with its sentence",
			"TAIPEI, Taiwan (AP) — Taiwan’s president met U.S. lawmakers on Friday. China objected.",
			[]string{"TAIPEI, Taiwan (AP) — Taiwan’s president met U.S. lawmakers on Friday.", "China objected."}},
		{"dateline with a state abbreviation",
			"ST. PAUL, Minn. (AP) — The governor signed the bill. It takes effect in July.",
			[]string{"ST. PAUL, Minn. (AP) — The governor signed the bill.", "It takes effect in July."}},
		{"end inside curly quotes",
			"“We want healthy competition.” The talks lasted two hours.",
			[]string{"“We want healthy competition.”", "The talks lasted two hours."}},
		{"end inside straight quotes",
			`He said, "We are ready." Then he left.`,
			[]string{`He said, "We are ready."`, "Then he left."}},
		{"question in quotes then attribution",
			"“Why now?” Blinken asked. Qin did not answer.",
			[]string{"“Why now?” Blinken asked.", "Qin did not answer."}},
		{"exclamation in quotes then attribution with a title",
			"“Stop the war!” said Sen. Ted Cruz, R-Texas. The crowd cheered.",
			[]string{"“Stop the war!” said Sen. Ted Cruz, R-Texas.", "The crowd cheered."}},
		{"stop in quotes then attribution",
			"“It was a candid call.” Blinken said. Qin agreed.",
			[]string{"“It was a candid call.” Blinken said.", "Qin agreed."}},
		{"ellipsis in quotes then attribution",
			"“I had not flown for nine years...” Hailey later recalled.",
			[]string{"“I had not flown for nine years...” Hailey later recalled."}},
		{"stop in quotes then a sentence with said",
			"“We want healthy competition.” Blinken said the two sides would meet again.",
			[]string{"“We want healthy competition.”", "Blinken said the two sides would meet again."}},
		{"a clause with a speech verb is no attribution",
			"“We met twice.” When asked about it, Smith said no.",
			[]string{"“We met twice.”", "When asked about it, Smith said no."}},
		{"a colon introduces a new quotation",
			"“We won.” He added: “We will win again.”",
			[]string{"“We won.”", "He added: “We will win again.”"}},
		{"question in quotes then a new sentence",
			"“Why now?” The question hung over the talks.",
			[]string{"“Why now?”", "The question hung over the talks."}},
		{"U.S. before a name does not end",
			"U.S. Secretary of State Antony Blinken spoke with Qin Gang.",
			[]string{"U.S. Secretary of State Antony Blinken spoke with Qin Gang."}},
		{"U.S. before a clear start ends",
			"The two met in the U.S. The next day they flew home.",
			[]string{"The two met in the U.S.", "The next day they flew home."}},
		{"titles",
			"Sen. Chuck Schumer and Gov. Kathy Hochul met Lt. Gen. John Smith Jr. at noon.",
			[]string{"Sen. Chuck Schumer and Gov. Kathy Hochul met Lt. Gen. John Smith Jr. at noon."}},
		{"then-Sen.",
			"The bill was written by then-Sen. Obama in 2006.",
			[]string{"The bill was written by then-Sen. Obama in 2006."}},
		{"Jr. at the end of a sentence",
			"The award went to Martin Luther King Jr. He accepted it in Oslo.",
			[]string{"The award went to Martin Luther King Jr.", "He accepted it in Oslo."}},
		{"No. before a number",
			"She is the No. 2 official at the State Department.",
			[]string{"She is the No. 2 official at the State Department."}},
		{"a.m. before a day",
			"The vote began at 10 a.m. Monday and ended at 5 p.m. The count took hours.",
			[]string{"The vote began at 10 a.m. Monday and ended at 5 p.m.", "The count took hours."}},
		{"company forms",
			"Shares of Apple Inc. rose 3.5% to $172.50. The company said sales of the iPhone 15 grew.",
			[]string{"Shares of Apple Inc. rose 3.5% to $172.50.", "The company said sales of the iPhone 15 grew."}},
		{"Inc. before a clear start",
			"The deal values Twitter Inc. at $44 billion. It closed in October.",
			[]string{"The deal values Twitter Inc. at $44 billion.", "It closed in October."}},
		{"initial then a British honorific",
			"The midwife cared for a woman known as Patient A. Ms Hamilton said so.",
			[]string{"The midwife cared for a woman known as Patient A.", "Ms Hamilton said so."}},
		{"initials",
			"Superior Court Judge Arnold O. Jones interjected. The suspect swore.",
			[]string{"Superior Court Judge Arnold O. Jones interjected.", "The suspect swore."}},
		{"month abbreviation before a date",
			"The law took effect on Jan. 1. Critics sued in Feb. The case is pending.",
			[]string{"The law took effect on Jan. 1.", "Critics sued in Feb.", "The case is pending."}},
		{"newline ends a sentence",
			"First paragraph without a stop\nSecond paragraph. With two sentences.",
			[]string{"First paragraph without a stop", "Second paragraph.", "With two sentences."}},
		{"lone opening quote line joins the next sentence",
			"He spoke.\n“\nWe are ready,” he said.",
			[]string{"He spoke.", "“\nWe are ready,” he said."}},
		{"separator line is dropped",
			"One.\n* * *\nTwo.",
			[]string{"One.", "Two."}},
		{"ellipsis before a capital",
			"He paused... Then he spoke.",
			[]string{"He paused...", "Then he spoke."}},
		{"unicode ellipsis inside a sentence",
			"He paused … and then spoke.",
			[]string{"He paused … and then spoke."}},
		{"bracketed omission",
			"“The agreement [...] Was signed,” she said.",
			[]string{"“The agreement [...] Was signed,” she said."}},
		{"bullets",
			"The plan: • Cut taxes • Raise spending",
			[]string{"The plan:", "• Cut taxes", "• Raise spending"}},
		{"numbered list without stops",
			"1. Cut taxes 2. Raise spending 3. Hold elections",
			[]string{"1. Cut taxes", "2. Raise spending", "3. Hold elections"}},
		{"a stray number does not start a list",
			"1. Cut taxes by 5. Then wait.",
			[]string{"1. Cut taxes by 5.", "Then wait."}},
		{"decimal and email and url",
			"Rates rose 0.25 points. Write to jane.doe@example.com. See https://example.com/a.html. Done.",
			[]string{"Rates rose 0.25 points.", "Write to jane.doe@example.com.", "See https://example.com/a.html.", "Done."}},
		{"parenthesized sentence",
			"He left (he was tired.) Then she left.",
			[]string{"He left (he was tired.)", "Then she left."}},
		{"lower case after a stop does not split",
			"They met at 3 p.m. in Geneva. e.g. this.",
			[]string{"They met at 3 p.m. in Geneva. e.g. this."}},
		{"brand name starts a sentence",
			"Apple unveiled a phone. iPhone sales rose.",
			[]string{"Apple unveiled a phone.", "iPhone sales rose."}},
		{"empty", "", nil},
		{"only space", " \n\t\n ", nil},
		{"no terminal point", "Breaking news", []string{"Breaking news"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := segmentTexts(tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSegmentSpansAndParagraphs(t *testing.T) {
	text := "  One. Two!\n\n“Three?” Four.\nFive"
	want := []struct {
		text string
		para int
	}{{"One.", 0}, {"Two!", 0}, {"“Three?”", 1}, {"Four.", 1}, {"Five", 2}}
	got := Segment(text)
	if len(got) != len(want) {
		t.Fatalf("got %d sentences %q, want %d", len(got), segmentTexts(text), len(want))
	}
	for i, s := range got {
		if s.Text != want[i].text || s.Span.In(text) != s.Text {
			t.Errorf("sentence %d: got %q at %v (%q), want %q", i, s.Text, s.Span, s.Span.In(text), want[i].text)
		}
		if s.Paragraph != want[i].para {
			t.Errorf("sentence %d %q: got paragraph %d, want %d", i, s.Text, s.Paragraph, want[i].para)
		}
	}
}

// checkSentences checks what every segmentation must satisfy.
func checkSentences(t *testing.T, text string, got []Sentence) {
	t.Helper()
	prev, para := 0, 0
	for i, s := range got {
		if s.Span.Start < prev || s.Span.Start >= s.Span.End || s.Span.End > len(text) {
			t.Fatalf("sentence %d: bad span %v after %d in %d bytes", i, s.Span, prev, len(text))
		}
		if text[s.Span.Start:s.Span.End] != s.Text {
			t.Fatalf("sentence %d: Text %q is not text[%d:%d]", i, s.Text, s.Span.Start, s.Span.End)
		}
		if strings.TrimSpace(s.Text) != s.Text {
			t.Fatalf("sentence %d: %q has surrounding space", i, s.Text)
		}
		if s.Paragraph < para {
			t.Fatalf("sentence %d: paragraph %d after %d", i, s.Paragraph, para)
		}
		if utf8.ValidString(text) && !utf8.ValidString(s.Text) {
			t.Fatalf("sentence %d: %q cuts a character", i, s.Text)
		}
		prev, para = s.Span.End, s.Paragraph
	}
}

func FuzzSegment(f *testing.F) {
	for _, s := range []string{
		"Hello World. My name is Jonas.", "At 5 a.m. Mr. Smith went. He left at 6 P.M. Mr. Smith",
		"1.) a 2.) b", "• 9. x • 10. y", "⁃9. x ⁃10. y", "a. x b. y c. z", "compounds. . . . The x. . . .",
		"“Why?” Smith asked.", "“\nNo,” he said.", "\"\n", "x [...] y", "…", "\xe2", "\xe2\x80", "a.\xc2",
		"U.S.A. x", "p. 55.", "Jr.'s", "\n\n\n", " . . . . ", "1.", "a.)", "Mr.", "“", "x.” ”",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkSentences(t, text, Segment(text))
	})
}

func ExampleSegment() {
	text := "WASHINGTON (AP) — U.S. Secretary of State Antony Blinken spoke with Qin Gang on Sunday. “It was a candid call,” Blinken said."
	for _, s := range Segment(text) {
		fmt.Println(s.Span, s.Text)
	}
	// Output:
	// {0 89} WASHINGTON (AP) — U.S. Secretary of State Antony Blinken spoke with Qin Gang on Sunday.
	// {90 131} “It was a candid call,” Blinken said.
}

// TestSkipPlain checks the eight-bytes-at-a-time skip against a byte loop
// from every start, with and without blanks asked for.
func TestSkipPlain(t *testing.T) {
	texts := []string{
		"Plain words and more plain words without any end at all",
		"He said “yes”. Then\nagain! Why? … and\ta tab, café — done",
		"x.y", "", "ééééééééé.", "0123456789abcdef ",
	}
	for _, text := range texts {
		for _, mask := range []uint8{segActs, segActs | segBlank} {
			for i := 0; i <= len(text); i++ {
				want := i
				for want < len(text) && segmentBytes[text[want]]&mask == 0 {
					want++
				}
				if got := skipPlain(text, i, mask); got != want {
					t.Errorf("skipPlain(%q, %d, %b) = %d, want %d", text, i, mask, got, want)
				}
			}
		}
	}
}
