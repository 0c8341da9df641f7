package sqlite_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefly-bot/briefly/bot"
	"github.com/briefly-bot/briefly/bot/example"
	"github.com/briefly-bot/briefly/bot/sqlite"
	"github.com/briefly-bot/briefly/summarize"
)

func open(t *testing.T, path string) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatalf("Open(%s): %v", path, err)
	}
	return s
}

// TestRestart checks that a conversation and the channel's subscriptions
// survive closing and reopening a file database.
func TestRestart(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "sub", "briefly.db")
	m := func(text string) bot.Message {
		return bot.Message{Platform: "test", Channel: "c", User: "u", Text: text, Perms: bot.Permissions{ManageSubscriptions: true}}
	}
	st := open(t, path)
	b, err := bot.New(bot.Options{Store: st})
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{example.Article, "summary 2", "subscribe https://news.example/feed transit"} {
		if _, err := b.Handle(ctx, m(text)); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}

	st = open(t, path)
	defer st.Close()
	c, err := st.LoadContext(ctx, bot.ContextKey{Platform: "test", Channel: "c"})
	if err != nil {
		t.Fatalf("LoadContext after restart: %v", err)
	}
	norm, _ := summarize.Normalize(example.Article)
	if c.Current != bot.Hash(strings.TrimSpace(norm)) || len(c.Articles) != 1 || len(c.Turns) != 3 {
		t.Errorf("context after restart: current %q, %d articles, %d turns; want the example, 1, 3", c.Current, len(c.Articles), len(c.Turns))
	}
	if got := []string{c.Turns[0].Command, c.Turns[1].Command, c.Turns[2].Command}; !slices.Equal(got, []string{"subscribe", "summary", "read"}) {
		t.Errorf("turns = %q, want subscribe, summary, read", got)
	}
	b, err = bot.New(bot.Options{Store: st})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ text, want string }{
		{"summary 1", "voted 6-3"},
		{"subscriptions", "https://news.example/feed"},
	} {
		rs, err := b.Handle(ctx, m(tt.text))
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(append(rs[0].Paragraphs, rs[0].Bullets...), "\n"); !strings.Contains(got, tt.want) {
			t.Errorf("%s after restart: got %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestArticles(t *testing.T) {
	ctx := context.Background()
	st := open(t, sqlite.Memory)
	defer st.Close()
	if _, err := st.Article(ctx, "nope"); !errors.Is(err, bot.ErrNotFound) {
		t.Fatalf("missing article: err = %v, want ErrNotFound", err)
	}
	text := "One sentence here. Another one there."
	an := summarize.Analyze(text, summarize.Options{})
	a := &bot.Article{Hash: bot.Hash(text), URL: "https://x.example/a", Title: "T", Text: text,
		Published: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC), Added: time.Now(), Analysis: an, AnalysisVersion: "1"}
	if err := st.PutArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	got, err := st.Article(ctx, a.Hash)
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != "T" || got.URL != a.URL || !got.Published.Equal(a.Published) || got.AnalysisVersion != "1" {
		t.Errorf("got %+v, want the stored fields back", got)
	}
	if got.Analysis == nil || got.Analysis.Text != text || len(got.Analysis.Sentences) != 2 {
		t.Fatalf("analysis = %+v, want two sentences over the text", got.Analysis)
	}
	// Storing again with the same version changes nothing; a new version
	// replaces the analysis.
	b := *a
	b.Title = "changed"
	b.Analysis = &summarize.Analysis{Text: text, Lede: -1}
	if err := st.PutArticle(ctx, &b); err != nil {
		t.Fatal(err)
	}
	if got, _ := st.Article(ctx, a.Hash); got.Title != "T" || len(got.Analysis.Sentences) != 2 {
		t.Errorf("same version replaced the record: %+v", got)
	}
	b.AnalysisVersion = "2"
	if err := st.PutArticle(ctx, &b); err != nil {
		t.Fatal(err)
	}
	if got, _ := st.Article(ctx, a.Hash); got.AnalysisVersion != "2" || len(got.Analysis.Sentences) != 0 {
		t.Errorf("new version did not replace the analysis: %+v", got)
	}
}

func TestSubscriptionStore(t *testing.T) {
	ctx := context.Background()
	st := open(t, sqlite.Memory)
	defer st.Close()
	s := &bot.Subscription{ID: "abc234", Platform: "p", Channel: "c", URL: "https://x.example/feed", Filters: []string{"a", "-b"}, Created: time.Now()}
	if err := st.AddSubscription(ctx, s); err != nil {
		t.Fatal(err)
	}
	if err := st.AddSubscription(ctx, s); !errors.Is(err, bot.ErrExists) {
		t.Errorf("same ID again: err = %v, want ErrExists", err)
	}
	if err := st.RemoveSubscription(ctx, "p", "other", "abc234"); !errors.Is(err, bot.ErrNotFound) {
		t.Errorf("remove from another channel: err = %v, want ErrNotFound", err)
	}
	got, err := st.Subscriptions(ctx, "p", "c")
	if err != nil || len(got) != 1 || !slices.Equal(got[0].Filters, s.Filters) {
		t.Fatalf("Subscriptions = %+v, %v; want the one added", got, err)
	}
	if err := st.RemoveSubscription(ctx, "p", "c", "abc234"); err != nil {
		t.Errorf("remove: %v", err)
	}
	if got, _ := st.Subscriptions(ctx, "p", "c"); len(got) != 0 {
		t.Errorf("after remove: %+v", got)
	}
}

func TestOpenMigratesOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "b.db")
	for range 2 {
		st := open(t, path)
		if err := st.Close(); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := sqlite.Open(context.Background(), "bad?.db"); err == nil {
		t.Error("a path with '?': got no error")
	}
}

// TestContextsWrittenBehind checks that a saved conversation reads back at
// once, reaches the file by Close, and that saving after Close fails.
func TestContextsWrittenBehind(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "b.db")
	st := open(t, path)
	for i := range 50 {
		c := &bot.Context{Key: bot.ContextKey{Platform: "p", Channel: "c", Thread: fmt.Sprint(i % 5)}, Current: fmt.Sprint(i),
			Turns: []bot.Turn{{Command: "summary", At: time.Unix(int64(i), 0).UTC()}}, Updated: time.Unix(int64(i), 0)}
		if err := st.SaveContext(ctx, c); err != nil {
			t.Fatal(err)
		}
		got, err := st.LoadContext(ctx, c.Key)
		if err != nil || got.Current != c.Current {
			t.Fatalf("load right after save: %+v, %v; want current %q", got, err, c.Current)
		}
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	if err := st.SaveContext(ctx, &bot.Context{}); err == nil {
		t.Error("save after Close: got no error")
	}
	st = open(t, path)
	defer st.Close()
	for th, want := range []string{"45", "46", "47", "48", "49"} {
		got, err := st.LoadContext(ctx, bot.ContextKey{Platform: "p", Channel: "c", Thread: fmt.Sprint(th)})
		if err != nil || got.Current != want || len(got.Turns) != 1 || got.Turns[0].Command != "summary" {
			t.Errorf("thread %d after reopen: %+v, %v; want current %q", th, got, err, want)
		}
	}
	if _, err := st.LoadContext(ctx, bot.ContextKey{Platform: "p", Channel: "none"}); !errors.Is(err, bot.ErrNotFound) {
		t.Errorf("missing conversation: err = %v, want ErrNotFound", err)
	}
}
