package summarize

// listMarker is the enumerator that opens a list item: "1.", "2)", "3.)",
// "a." or "b)". The zero value is no marker.
type listMarker struct {
	value int  // 1 for "1." and for "a."
	style byte // '.' "1.", ')' "1)", ']' "1.)", 'a' "a.", 'b' "a)"
}

// next returns the marker of the item after m.
func (m listMarker) next() listMarker {
	if m.style == 'a' || m.style == 'b' {
		if m.value >= 26 {
			return listMarker{}
		}
	}
	return listMarker{value: m.value + 1, style: m.style}
}

// matches reports whether the item marker at k is m: a list goes on only
// with the next number or letter in the same style, so "1. x 2. y" splits
// but a stray "5." does not.
func (m listMarker) matches(t string, k int) bool {
	got, _, ok := parseMarker(t, k)
	return ok && got == m
}

// parseMarker reads an item marker at k: one or two digits or one
// lower-case letter, then ".", ")" or ".)", then a blank and a word. It
// returns the marker and its end.
func parseMarker(t string, k int) (listMarker, int, bool) {
	var m listMarker
	j := k
	switch {
	case j < len(t) && t[j] >= '0' && t[j] <= '9':
		for j < len(t) && j-k < 3 && t[j] >= '0' && t[j] <= '9' {
			m.value = m.value*10 + int(t[j]-'0')
			j++
		}
		if j-k > 2 || m.value == 0 {
			return listMarker{}, 0, false
		}
		switch {
		case hasPrefixAt(t, j, ".)"):
			m.style, j = ']', j+2
		case hasPrefixAt(t, j, ")"):
			m.style, j = ')', j+1
		case hasPrefixAt(t, j, "."):
			m.style, j = '.', j+1
		default:
			return listMarker{}, 0, false
		}
	case j < len(t) && t[j] >= 'a' && t[j] <= 'z':
		m.value = int(t[j]-'a') + 1
		j++
		switch {
		case hasPrefixAt(t, j, "."):
			m.style, j = 'a', j+1
		case hasPrefixAt(t, j, ")"):
			m.style, j = 'b', j+1
		default:
			return listMarker{}, 0, false
		}
	default:
		return listMarker{}, 0, false
	}
	if j+1 >= len(t) || !isBlank(t[j]) || isBlank(t[j+1]) || t[j+1] == '\n' {
		return listMarker{}, 0, false
	}
	return m, j, true
}

func hasPrefixAt(t string, j int, p string) bool {
	return len(t)-j >= len(p) && t[j:j+len(p)] == p
}

// isBulletAt reports whether a list bullet starts at i: • ‣ ⁃ ◦ ● ▪ ▸.
func isBulletAt(t string, i int) bool {
	if i+3 > len(t) || t[i] != 0xE2 {
		return false
	}
	switch t[i : i+3] {
	case "•", "‣", "⁃", "◦", "●", "▪", "▸":
		return true
	}
	return false
}
