package terminal

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefly-bot/briefly/bot"
)

// slowWriter is an output that lets other goroutines run inside each write,
// so that writes not under one lock would interleave.
type slowWriter struct {
	mu sync.Mutex
	b  strings.Builder
}

func (w *slowWriter) Write(p []byte) (int, error) {
	for _, c := range p {
		w.mu.Lock()
		w.b.WriteByte(c)
		w.mu.Unlock()
		runtime.Gosched()
	}
	return len(p), nil
}

func (w *slowWriter) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.String()
}

func TestPostsAndRepliesDoNotInterleave(t *testing.T) {
	const n = 40
	var in strings.Builder
	for i := range n {
		fmt.Fprintf(&in, "line %d\n", i)
	}
	pr, pw := io.Pipe()
	out := &slowWriter{}
	a := New(pr, out, Options{Echo: true})
	ctx := context.Background()
	errc := make(chan error, 1)
	go func() { errc <- a.Run(ctx, &recorder{}) }()
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := bot.Reply{Title: fmt.Sprintf("Item %d", i), Paragraphs: []string{"a new item of the feed"}}
			if _, err := a.Post(ctx, "terminal", "terminal", r, "k"); err != nil {
				t.Error(err)
			}
		}()
	}
	if _, err := io.WriteString(pw, in.String()); err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	pw.Close()
	if err := <-errc; err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for i := range n {
		if block := fmt.Sprintf("Item %d\na new item of the feed\n\n", i); strings.Count(got, block) != 1 {
			t.Errorf("post %d is not there once and whole:\n%s", i, got)
		}
		if block := fmt.Sprintf("\nre: line %d\n\n", i); strings.Count(got, block) != 1 || strings.Count(got, fmt.Sprintf("> line %d\n", i)) != 1 {
			t.Errorf("line %d or its reply is not there once and whole:\n%s", i, got)
		}
	}
}

func TestPostReceipts(t *testing.T) {
	var out strings.Builder
	a := New(strings.NewReader(""), &out, Options{})
	for i, want := range []string{"post-1", "post-2"} {
		rc, err := a.Post(context.Background(), "terminal", "terminal", bot.Reply{Paragraphs: []string{"p"}}, "k")
		if err != nil {
			t.Fatal(err)
		}
		if rc.ID != want || rc.At.IsZero() {
			t.Errorf("post %d: receipt %+v, want ID %q and a time", i, rc, want)
		}
	}
	if got, want := out.String(), "p\n\np\n\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := a.Post(ctx, "terminal", "terminal", bot.Reply{Paragraphs: []string{"p"}}, "k"); err == nil {
		t.Error("a post after the context ended: no error")
	}
}

func TestPostWhileThePromptWaits(t *testing.T) {
	pr, pw := io.Pipe()
	out := &slowWriter{}
	a := New(pr, out, Options{Echo: true})
	errc := make(chan error, 1)
	go func() { errc <- a.Run(context.Background(), &recorder{}) }()
	// The prompt is shown once Run waits for the first line.
	deadline := time.Now().Add(5 * time.Second)
	for !strings.HasSuffix(out.String(), "> ") {
		if time.Now().After(deadline) {
			t.Fatalf("no prompt: %q", out.String())
		}
		time.Sleep(time.Millisecond)
	}
	if _, err := a.Post(context.Background(), "terminal", "terminal", bot.Reply{Paragraphs: []string{"new item"}}, "k"); err != nil {
		t.Fatal(err)
	}
	io.WriteString(pw, "hi\n")
	pw.Close()
	if err := <-errc; err != nil {
		t.Fatal(err)
	}
	if got, want := out.String(), "> \nnew item\n\n> hi\nre: hi\n\n> \n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
