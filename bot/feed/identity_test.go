package feed

import (
	"testing"
	"time"
)

func TestNormalizeLink(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"case of scheme and host", "HTTPS://News.Example.COM/Story/1", "https://news.example.com/Story/1"},
		{"tracking parameters", "https://n.example/a?utm_source=rss&utm_medium=x&id=7&fbclid=abc&gclid=1", "https://n.example/a?id=7"},
		{"fragment", "https://n.example/a#comments", "https://n.example/a"},
		{"default port", "http://n.example:80/a", "http://n.example/a"},
		{"other port kept", "http://n.example:8080/a", "http://n.example:8080/a"},
		{"sorted parameters", "https://n.example/a?b=2&a=1", "https://n.example/a?a=1&b=2"},
		{"empty path", "https://n.example", "https://n.example/"},
		{"not a URL", "  not a link ", "not a link"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := NormalizeLink(tt.in); got != tt.want {
				t.Errorf("NormalizeLink(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestItemKey(t *testing.T) {
	day := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	tests := []struct {
		name              string
		guid, link, title string
		date              time.Time
		want              string
	}{
		{"guid first", " urn:1 ", "https://n.example/a", "T", day, "guid:urn:1"},
		{"then the link", "", "https://N.example/a?utm_campaign=x", "T", day, "link:https://n.example/a"},
		{"then title and date", "", "", "Title", day, "hash:" + shortHash(normSentence("Title")+"\x00"+"2026-01-02T03:04:05Z")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ItemKey(tt.guid, tt.link, tt.title, tt.date); got != tt.want {
				t.Errorf("ItemKey = %q, want %q", got, tt.want)
			}
		})
	}
	if ContentHash("A  title", "Some TEXT.") != ContentHash("a title", "some text") {
		t.Error("ContentHash differs for text that differs only in case, space and punctuation")
	}
	if ContentHash("A title", "Some text, 5 buses.") == ContentHash("A title", "Some text, 6 buses.") {
		t.Error("ContentHash is the same for a changed number")
	}
}
