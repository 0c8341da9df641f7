package summarize

import (
	"sync"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/transform"
)

// lostByte stands, in re-encoded bytes, for a byte that an earlier decoder
// replaced with U+FFFD: we know a byte was there, not which.
const lostByte = 0x1A

// codec is one legacy encoding that UTF-8 text may have been decoded with.
// Repair re-encodes suspicious runs with it and reads the bytes as UTF-8.
type codec struct {
	name  string
	prior int // extra cost of blaming this codec: rarer damage costs more
	// Single-byte codecs: enc maps a rune to its byte. Bytes the codec
	// leaves undefined map from the C1 control of the same value ("sloppy"
	// decoding keeps them), and for windows-1252 every C1 control maps to its
	// byte, so Latin-1 damage is undone by the same table.
	enc map[rune]byte
	// Multi-byte codecs: the encoders, tried in order.
	multi []encoding.Encoding
	// lossy marks codecs whose decoder dropped bytes it could not pair (the
	// "ignore" error mode of the CJK codecs): a truncated UTF-8 sequence is
	// then restored from context.
	lossy bool
	cjk   bool
}

// codecTable lists the codecs in the order repair tries them. Windows-1252
// first: it is by far the most common damage. The single-byte tables come from
// golang.org/x/text/encoding/charmap, the CJK ones from its sibling packages.
var codecTable = sync.OnceValue(func() []*codec {
	single := func(name string, prior int, m *charmap.Charmap, allC1 bool) *codec {
		c := &codec{name: name, prior: prior, enc: make(map[rune]byte, 160)}
		for b := 0x80; b <= 0xFF; b++ {
			r := m.DecodeByte(byte(b))
			if r == utf8.RuneError {
				r = rune(b) // sloppy: an undefined byte decoded as a C1 control
			}
			c.enc[r] = byte(b)
			if allC1 && b < 0xA0 {
				c.enc[rune(b)] = byte(b)
			}
		}
		return c
	}
	return []*codec{
		single("windows-1252", 0, charmap.Windows1252, true),
		single("windows-1250", 2, charmap.Windows1250, false),
		single("windows-1251", 2, charmap.Windows1251, false),
		single("iso-8859-2", 3, charmap.ISO8859_2, false),
		single("windows-1257", 3, charmap.Windows1257, false),
		single("macintosh", 1, charmap.Macintosh, false),
		single("cp437", 3, charmap.CodePage437, false),
		{name: "gbk", prior: 1, multi: []encoding.Encoding{simplifiedchinese.GBK}, lossy: true, cjk: true},
		{name: "shift_jis", prior: 1, multi: []encoding.Encoding{japanese.ShiftJIS}, lossy: true, cjk: true},
		{name: "big5", prior: 1, multi: []encoding.Encoding{traditionalchinese.Big5}, lossy: true, cjk: true},
		{name: "euc-kr", prior: 1, multi: []encoding.Encoding{korean.EUCKR}, lossy: true, cjk: true},
	}
})

// encoderSet holds the transformers of the multi-byte codecs for one call of
// Normalize, made when first needed.
type encoderSet struct {
	t map[encoding.Encoding]transform.Transformer
}

func (s *encoderSet) get(e encoding.Encoding) transform.Transformer {
	if s.t == nil {
		s.t = make(map[encoding.Encoding]transform.Transformer, 4)
	}
	t, ok := s.t[e]
	if !ok {
		t = e.NewEncoder()
		s.t[e] = t
	}
	return t
}

// encodeRune appends the bytes codec c gives r to dst. U+FFFD becomes
// lostByte. ok is false when c cannot encode r.
func (c *codec) encodeRune(dst []byte, r rune, es *encoderSet) ([]byte, bool) {
	switch {
	case r < utf8.RuneSelf:
		return append(dst, byte(r)), true
	case r == utf8.RuneError:
		return append(dst, lostByte), true
	case c.enc != nil:
		b, ok := c.enc[r]
		if !ok {
			return dst, false
		}
		return append(dst, b), true
	}
	var src [utf8.UTFMax]byte
	n := utf8.EncodeRune(src[:], r)
	var buf [8]byte
	for _, e := range c.multi {
		t := es.get(e)
		t.Reset()
		nDst, _, err := t.Transform(buf[:], src[:n], true)
		if err == nil && nDst > 0 {
			return append(dst, buf[:nDst]...), true
		}
	}
	return dst, false
}
