// Package sqlite stores briefly's articles, conversations and subscriptions
// in SQLite through modernc.org/sqlite (pure Go, no cgo). A file database
// runs in WAL mode with synchronous=NORMAL: one writer connection and a pool
// of readers, so reads never wait for a write.
package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/briefly-bot/briefly/bot"
)

// Memory is the path of a database that lives only as long as the Store.
const Memory = ":memory:"

// Store is a bot.Store in one SQLite database. It is safe for concurrent use.
type Store struct {
	w *sql.DB // the single writer
	r *sql.DB // readers; the same as w for an in-memory database

	// Statements of every turn, prepared once.
	loadContext, saveContext, getArticle *sql.Stmt

	b *behind // conversations written behind: see commit.go
}

var _ bot.Store = (*Store)(nil)

// Open opens or creates the database at path (Memory for an in-memory one),
// creating its directory, and brings its schema up to date.
func Open(ctx context.Context, path string) (*Store, error) {
	if strings.ContainsRune(path, '?') {
		return nil, fmt.Errorf("sqlite: open %s: a path may not contain '?'", path)
	}
	s := &Store{}
	if path == Memory {
		db, err := sql.Open("sqlite", Memory+"?_pragma=foreign_keys(1)")
		if err != nil {
			return nil, fmt.Errorf("sqlite: open: %w", err)
		}
		// Every connection to :memory: is a database of its own: keep one.
		db.SetMaxOpenConns(1)
		db.SetConnMaxLifetime(0)
		db.SetConnMaxIdleTime(0)
		s.w, s.r = db, db
	} else {
		if dir := filepath.Dir(path); dir != "." {
			if err := os.MkdirAll(dir, 0o700); err != nil {
				return nil, fmt.Errorf("sqlite: open: %w", err)
			}
		}
		const pragmas = "?_pragma=busy_timeout(5000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=foreign_keys(1)"
		w, err := sql.Open("sqlite", path+pragmas+"&_txlock=immediate")
		if err != nil {
			return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
		}
		w.SetMaxOpenConns(1)
		r, err := sql.Open("sqlite", path+pragmas+"&_pragma=query_only(1)")
		if err != nil {
			w.Close()
			return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
		}
		r.SetMaxOpenConns(8)
		r.SetMaxIdleConns(8)
		s.w, s.r = w, r
	}
	if err := s.migrate(ctx); err != nil {
		s.Close()
		return nil, err
	}
	if err := s.prepare(ctx); err != nil {
		s.Close()
		return nil, err
	}
	s.startBehind()
	return s, nil
}

// prepare prepares the statements every turn runs.
func (s *Store) prepare(ctx context.Context) error {
	var err error
	prep := func(db *sql.DB, query string) *sql.Stmt {
		if err != nil {
			return nil
		}
		var st *sql.Stmt
		st, err = db.PrepareContext(ctx, query)
		return st
	}
	s.loadContext = prep(s.r, `SELECT current, state, updated FROM contexts
		WHERE platform = ? AND channel = ? AND thread = ?`)
	s.saveContext = prep(s.w, `INSERT INTO contexts (platform, channel, thread, current, state, updated)
		VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (platform, channel, thread) DO UPDATE SET current = excluded.current, state = excluded.state, updated = excluded.updated`)
	s.getArticle = prep(s.r, `SELECT url, title, text, published, added, analysis, analysis_version
		FROM articles WHERE hash = ?`)
	if err != nil {
		return fmt.Errorf("sqlite: prepare: %w", err)
	}
	return nil
}

// Close writes the conversations still pending and closes the database.
// Call it once.
func (s *Store) Close() error {
	var err error
	if s.b != nil {
		err = s.stopBehind()
	}
	for _, st := range []*sql.Stmt{s.loadContext, s.saveContext, s.getArticle} {
		if st != nil {
			st.Close()
		}
	}
	err = errors.Join(err, s.w.Close())
	if s.r != s.w {
		err = errors.Join(err, s.r.Close())
	}
	return err
}

// migrations are the schema's versions in order; PRAGMA user_version holds
// how many have run. Append, never edit.
var migrations = []string{
	`CREATE TABLE articles (
		hash TEXT PRIMARY KEY,
		url TEXT NOT NULL,
		title TEXT NOT NULL,
		text TEXT NOT NULL,
		published INTEGER NOT NULL,
		added INTEGER NOT NULL,
		analysis BLOB,
		analysis_version TEXT NOT NULL
	);
	CREATE TABLE contexts (
		platform TEXT NOT NULL,
		channel TEXT NOT NULL,
		thread TEXT NOT NULL,
		current TEXT NOT NULL,
		state BLOB NOT NULL,
		updated INTEGER NOT NULL,
		PRIMARY KEY (platform, channel, thread)
	);
	CREATE TABLE subscriptions (
		id TEXT PRIMARY KEY,
		platform TEXT NOT NULL,
		channel TEXT NOT NULL,
		url TEXT NOT NULL,
		filters TEXT NOT NULL,
		user TEXT NOT NULL,
		created INTEGER NOT NULL
	);
	CREATE INDEX subscriptions_by_channel ON subscriptions (platform, channel, created);`,
	feedSchema,
}

// migrate runs the migrations the database has not had, each in its own
// transaction.
func (s *Store) migrate(ctx context.Context) error {
	var have int
	if err := s.w.QueryRowContext(ctx, "PRAGMA user_version").Scan(&have); err != nil {
		return fmt.Errorf("sqlite: read schema version: %w", err)
	}
	if have > len(migrations) {
		return fmt.Errorf("sqlite: schema version %d is newer than this briefly knows (%d)", have, len(migrations))
	}
	for v := have; v < len(migrations); v++ {
		tx, err := s.w.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("sqlite: migrate to %d: %w", v+1, err)
		}
		if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
			tx.Rollback()
			return fmt.Errorf("sqlite: migrate to %d: %w", v+1, err)
		}
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", v+1)); err != nil {
			tx.Rollback()
			return fmt.Errorf("sqlite: migrate to %d: %w", v+1, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("sqlite: migrate to %d: %w", v+1, err)
		}
	}
	return nil
}
