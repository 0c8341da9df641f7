package sqlite

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/briefly-bot/briefly/bot"
)

// Conversations are saved on every chat turn. Waiting for a transaction a
// turn would make concurrent turns queue for the single writer, so saves are
// written behind: SaveContext records the conversation as pending and returns;
// a committer goroutine writes everything pending in one transaction, again
// and again, newest state of each conversation only. LoadContext reads a
// pending state first, and Close writes what remains. A crash can lose the
// last few milliseconds of conversation state, never articles or
// subscriptions, which are written before their calls return.

// errClosed is what a save gets after Close.
var errClosed = errors.New("sqlite: store is closed")

// pending is a conversation waiting to be written. The caller does not
// change it after SaveContext (see bot.ContextStore).
type pending struct {
	c *bot.Context
}

// behind is the write-behind queue of conversations.
type behind struct {
	mu      sync.Mutex
	closed  bool
	queue   map[bot.ContextKey]pending
	lastErr error         // the last failed write, reported by the next save
	wake    chan struct{} // has a value when the queue has work
	stopped chan struct{} // closed when the committer has stopped
}

func (s *Store) startBehind() {
	s.b = &behind{queue: map[bot.ContextKey]pending{}, wake: make(chan struct{}, 1), stopped: make(chan struct{})}
	go s.commit()
}

// queue records c as pending and wakes the committer. It returns the error
// of an earlier write that failed, once.
func (s *Store) queue(c *bot.Context) error {
	b := s.b
	b.mu.Lock()
	if b.closed {
		b.mu.Unlock()
		return errClosed
	}
	b.queue[c.Key] = pending{c: c}
	err := b.lastErr
	b.lastErr = nil
	b.mu.Unlock()
	select {
	case b.wake <- struct{}{}:
	default:
	}
	if err != nil {
		return fmt.Errorf("sqlite: an earlier save failed (retrying): %w", err)
	}
	return nil
}

// pendingContext returns the conversation waiting to be written under key.
func (s *Store) pendingContext(key bot.ContextKey) (*bot.Context, bool) {
	s.b.mu.Lock()
	defer s.b.mu.Unlock()
	p, ok := s.b.queue[key]
	if !ok {
		return nil, false
	}
	cp := *p.c
	cp.Articles = slices.Clone(p.c.Articles)
	cp.Turns = slices.Clone(p.c.Turns)
	return &cp, true
}

// commit writes the queue until Close, then writes what remains.
func (s *Store) commit() {
	b := s.b
	defer close(b.stopped)
	for {
		_, open := <-b.wake
		b.mu.Lock()
		batch := b.queue
		b.queue = map[bot.ContextKey]pending{}
		b.mu.Unlock()
		if len(batch) > 0 {
			if err := s.writeBatch(batch); err != nil {
				b.mu.Lock()
				b.lastErr = err
				for k, p := range batch {
					if _, newer := b.queue[k]; !newer {
						b.queue[k] = p
					}
				}
				b.mu.Unlock()
				if !open {
					return
				}
				continue
			}
		}
		if !open {
			return
		}
	}
}

// stopBehind writes what is pending and stops the committer; it returns the
// error of a write that failed on the way.
func (s *Store) stopBehind() error {
	b := s.b
	b.mu.Lock()
	b.closed = true
	b.mu.Unlock()
	close(b.wake)
	<-b.stopped
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.queue) > 0 {
		return fmt.Errorf("sqlite: %d conversations not saved: %w", len(b.queue), b.lastErr)
	}
	return nil
}

func (s *Store) writeBatch(batch map[bot.ContextKey]pending) error {
	ctx := context.Background()
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: save context: %w", err)
	}
	st := tx.StmtContext(ctx, s.saveContext)
	for _, p := range batch {
		c := p.c
		blob, err := json.Marshal(state{Articles: c.Articles, Turns: c.Turns})
		if err != nil {
			tx.Rollback()
			return fmt.Errorf("sqlite: encode context: %w", err)
		}
		if _, err := st.ExecContext(ctx, c.Key.Platform, c.Key.Channel, c.Key.Thread, c.Current, blob, unix(c.Updated)); err != nil {
			tx.Rollback()
			return fmt.Errorf("sqlite: save context: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: save context: %w", err)
	}
	return nil
}
