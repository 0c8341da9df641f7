package sqlite

import (
	"context"
	"errors"
	"fmt"
)

// Conversations are saved on every chat turn. Instead of one transaction a
// turn, which makes concurrent turns queue for the single writer, a committer
// goroutine writes every save waiting at that moment in one transaction
// (group commit) and then answers each: a save returns once it is on disk.

// maxBatch caps the saves one transaction writes.
const maxBatch = 256

// errClosed is what a save gets after Close.
var errClosed = errors.New("sqlite: store is closed")

// saveReq is one conversation waiting to be written.
type saveReq struct {
	args []any
	done chan error
}

// save queues a context row and waits until it is committed.
func (s *Store) save(ctx context.Context, args []any) error {
	req := saveReq{args: args, done: make(chan error, 1)}
	s.mu.RLock()
	if s.closed {
		s.mu.RUnlock()
		return errClosed
	}
	s.saves <- req
	s.mu.RUnlock()
	select {
	case err := <-req.done:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// commit runs until saves is closed, writing what waits in batches.
func (s *Store) commit() {
	defer close(s.committed)
	for first := range s.saves {
		batch := []saveReq{first}
	fill:
		for len(batch) < maxBatch {
			select {
			case r, ok := <-s.saves:
				if !ok {
					break fill
				}
				batch = append(batch, r)
			default:
				break fill
			}
		}
		err := s.writeBatch(batch)
		for _, r := range batch {
			r.done <- err
		}
	}
}

func (s *Store) writeBatch(batch []saveReq) error {
	ctx := context.Background()
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: save context: %w", err)
	}
	st := tx.StmtContext(ctx, s.saveContext)
	for _, r := range batch {
		if _, err := st.ExecContext(ctx, r.args...); err != nil {
			tx.Rollback()
			return fmt.Errorf("sqlite: save context: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: save context: %w", err)
	}
	return nil
}
