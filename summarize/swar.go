package summarize

// Bytes eight at a time ("SWAR": SIMD within a register). The scanners of
// the facts and quote stages read text as little-endian 64-bit numbers and
// test all eight bytes at once. Each test of a byte against a bound adds
// to the byte's low seven bits what carries into its high bit when the
// byte reaches the bound; no sum carries into the next byte.

// swarOnes and swarHigh have the lowest and the highest bit of every byte
// set, swarLower the bit that makes an ASCII capital lower case (and
// leaves digits and ' - & / . as they are).
const (
	swarOnes  = 0x0101010101010101
	swarHigh  = 0x8080808080808080
	swarLower = 0x20 * swarOnes
)

// le64 reads the eight bytes of w from i as a little-endian number; the
// compiler makes one load of it.
func le64[S string | []byte](w S, i int) uint64 {
	b := w[i : i+8] // one bounds check for the eight bytes
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// letterDigitBytes returns 0x80 in each byte of x that is an ASCII letter
// (letter) or an ASCII digit (digit), 0 in the others.
func letterDigitBytes(x uint64) (letter, digit uint64) {
	ascii := swarHigh &^ x
	x7 := x &^ swarHigh
	y := x7 | swarLower // upper-case letters lowered; no other byte becomes a letter
	letter = (y + (0x80-'a')*swarOnes) &^ (y + (0x80-'z'-1)*swarOnes) & ascii
	digit = (x7 + (0x80-'0')*swarOnes) &^ (x7 + (0x80-'9'-1)*swarOnes) & ascii
	return letter, digit
}

// alnumBytes returns 0x80 in each byte of x that is an ASCII letter or
// digit, 0 in the others.
func alnumBytes(x uint64) uint64 {
	letter, digit := letterDigitBytes(x)
	return letter | digit
}

// upperBytes returns 0x80 in each byte of x that is an ASCII capital, 0 in
// the others.
func upperBytes(x uint64) uint64 {
	x7 := x &^ swarHigh
	return (x7 + (0x80-'A')*swarOnes) &^ (x7 + (0x80-'Z'-1)*swarOnes) &^ x & swarHigh
}

// firstByteOf returns 0x80 in the lowest byte of x that equals c, and
// perhaps in bytes above it; 0 when no byte equals c. Only the lowest
// mark is sure (a borrow can mark a byte above it), which is all a search
// for the first match needs.
func firstByteOf(x uint64, c byte) uint64 {
	v := x ^ uint64(c)*swarOnes
	return (v - swarOnes) &^ v & swarHigh
}

// nonAlnumBytes returns 0x80 in each byte of x that is no ASCII letter or
// digit, 0 in the others: ^alnumBytes(x) & swarHigh, with the ASCII test
// and the high-bit mask applied once for both ranges.
func nonAlnumBytes(x uint64) uint64 {
	x7 := x &^ swarHigh
	y := x7 | swarLower
	in := (y+(0x80-'a')*swarOnes)&^(y+(0x80-'z'-1)*swarOnes) |
		(x7+(0x80-'0')*swarOnes)&^(x7+(0x80-'9'-1)*swarOnes)
	return (^in | x) & swarHigh
}
