// Package example holds the article briefly opens its terminal chat with: a
// short fictional news story written for briefly (a city council vote with a
// mayor, a council member and a union spokesperson), so a first run needs no
// network and no data files.
package example

import _ "embed"

// Article is the example story: one paragraph a line, clean UTF-8 with curly
// quotes, including a quote that runs over two paragraphs.
//
//go:embed council.txt
var Article string
