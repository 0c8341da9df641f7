package summarize

import (
	"fmt"
	"strings"
	"testing"
)

// The expected stems are what NLTK 3.8's PorterStemmer() (default mode)
// returns: the examples of Porter's paper plus NLTK's own extensions.
var porterCases = []struct{ word, want string }{
	{"caresses", "caress"}, {"ponies", "poni"}, {"ties", "tie"}, {"caress", "caress"}, {"cats", "cat"},
	{"feed", "feed"}, {"agreed", "agre"}, {"plastered", "plaster"}, {"bled", "bled"}, {"motoring", "motor"},
	{"sing", "sing"}, {"conflated", "conflat"}, {"troubled", "troubl"}, {"sized", "size"}, {"hopping", "hop"},
	{"tanned", "tan"}, {"falling", "fall"}, {"hissing", "hiss"}, {"fizzed", "fizz"}, {"failing", "fail"},
	{"filing", "file"}, {"happy", "happi"}, {"sky", "sky"}, {"relational", "relat"}, {"conditional", "condit"},
	{"rational", "ration"}, {"valenci", "valenc"}, {"hesitanci", "hesit"}, {"digitizer", "digit"},
	{"radicalli", "radic"}, {"differentli", "differ"}, {"vileli", "vile"}, {"analogousli", "analog"},
	{"vietnamization", "vietnam"}, {"predication", "predic"}, {"operator", "oper"}, {"feudalism", "feudal"},
	{"decisiveness", "decis"}, {"hopefulness", "hope"}, {"callousness", "callous"}, {"formaliti", "formal"},
	{"sensitiviti", "sensit"}, {"sensibiliti", "sensibl"}, {"triplicate", "triplic"}, {"formative", "form"},
	{"formalize", "formal"}, {"electriciti", "electr"}, {"electrical", "electr"}, {"hopeful", "hope"},
	{"goodness", "good"}, {"revival", "reviv"}, {"allowance", "allow"}, {"inference", "infer"},
	{"airliner", "airlin"}, {"gyroscopic", "gyroscop"}, {"adjustable", "adjust"}, {"defensible", "defens"},
	{"irritant", "irrit"}, {"replacement", "replac"}, {"adjustment", "adjust"}, {"dependent", "depend"},
	{"adoption", "adopt"}, {"homologou", "homolog"}, {"communism", "commun"}, {"activate", "activ"},
	{"angulariti", "angular"}, {"homologous", "homolog"}, {"effective", "effect"}, {"bowdlerize", "bowdler"},
	{"probate", "probat"}, {"rate", "rate"}, {"cease", "ceas"}, {"controll", "control"}, {"roll", "roll"},
	{"generalization", "gener"}, {"dying", "die"}, {"lying", "lie"}, {"skies", "sky"}, {"news", "news"},
	{"innings", "inning"}, {"proceed", "proceed"}, {"dies", "die"}, {"died", "die"}, {"spied", "spi"},
	{"flies", "fli"}, {"enjoy", "enjoy"}, {"syzygy", "syzygi"}, {"geology", "geolog"}, {"hopefully", "hope"},
	{"enjoyment", "enjoy"}, {"Running", "run"}, {"Diplomats", "diplomat"},
	// Short words and words without vowels are left as they are.
	{"is", "is"}, {"a", "a"}, {"", ""}, {"xyz", "xyz"}, {"1990", "1990"},
}

func TestStem(t *testing.T) {
	for _, tt := range porterCases {
		if got := Stem(tt.word); got != tt.want {
			t.Errorf("Stem(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

func TestStemLongAndOdd(t *testing.T) {
	long := strings.Repeat("nation", 20) + "alization"
	if got := Stem(long); !strings.HasPrefix(long, got) || len(got) >= len(long) {
		t.Errorf("Stem of a %d-byte word = %q, want a shorter prefix", len(long), got)
	}
	ys := strings.Repeat("y", 10000)
	if got := Stem(ys); got == "" {
		t.Errorf("Stem of 10000 ys is empty")
	}
	if got, want := Stem("ÉTATS"), "état"; got != want {
		t.Errorf("Stem(%q) = %q, want %q", "ÉTATS", got, want)
	}
}

func TestStemAllocs(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() { Stem("generalizations") }); n != 0 {
		t.Errorf("Stem of a lower-case word that stems to a prefix allocates %v times, want 0", n)
	}
}

func ExampleStem() {
	for _, w := range []string{"caresses", "ponies", "relational", "Generalization"} {
		fmt.Println(w, Stem(w))
	}
	// Output:
	// caresses caress
	// ponies poni
	// relational relat
	// Generalization gener
}

// TestIrregularStem checks every irregular form of NLTK's pool.
func TestIrregularStem(t *testing.T) {
	forms := map[string]string{
		"sky": "sky", "skies": "sky", "dying": "die", "lying": "lie", "tying": "tie", "news": "news",
		"innings": "inning", "inning": "inning", "outings": "outing", "outing": "outing",
		"cannings": "canning", "canning": "canning", "howe": "howe", "proceed": "proceed",
		"exceed": "exceed", "succeed": "succeed",
	}
	for w, want := range forms {
		if got, ok := irregularStem(w); !ok || got != want {
			t.Errorf("irregularStem(%q) = %q, %v; want %q, true", w, got, ok, want)
		}
		if !mayBeIrregular(w) {
			t.Errorf("mayBeIrregular(%q) = false", w)
		}
	}
}

// TestIsSameStem checks isSameStem against a comparison of the bytes on
// the test words and on each with common suffixes added.
func TestIsSameStem(t *testing.T) {
	suffixes := []string{"", "s", "es", "ed", "ing", "y", "ly", "ies", "ied", "e", "ation", "ational", "ization",
		"ness", "ful", "ous", "ive", "ize", "ment", "ence", "ance", "enci", "anci", "bli", "bly", "ency", "ancy",
		"er", "ion", "ic", "able", "iti", "ate", "logi", "alli", "eli", "ll", "ator", "ee", "eed", "at", "iz"}
	var buf []byte
	for _, c := range porterCases {
		for _, suf := range suffixes {
			w := strings.ToLower(c.word) + suf
			buf = stemLower(buf, w)
			if got, want := isSameStem(buf, w), string(buf) == w; got != want {
				t.Errorf("isSameStem(%q, %q) = %v, want %v", buf, w, got, want)
			}
		}
	}
}
