package sqlite

// feedSchema is migration 2: subscription state, polled sources, the items
// seen of each, and the outbox of messages to post.
const feedSchema = `ALTER TABLE subscriptions ADD COLUMN digest TEXT NOT NULL DEFAULT '';
	ALTER TABLE subscriptions ADD COLUMN paused INTEGER NOT NULL DEFAULT 0;
	ALTER TABLE subscriptions ADD COLUMN pause_reason TEXT NOT NULL DEFAULT '';
	ALTER TABLE subscriptions ADD COLUMN primed INTEGER NOT NULL DEFAULT 0;
	ALTER TABLE subscriptions ADD COLUMN cursor INTEGER NOT NULL DEFAULT 0;
	ALTER TABLE subscriptions ADD COLUMN last_item TEXT NOT NULL DEFAULT '';
	ALTER TABLE subscriptions ADD COLUMN last_item_at INTEGER NOT NULL DEFAULT 0;
	CREATE INDEX subscriptions_by_url ON subscriptions (url, paused);
	CREATE TABLE feed_sources (
		url TEXT PRIMARY KEY,
		feed_url TEXT NOT NULL,
		kind TEXT NOT NULL,
		etag TEXT NOT NULL,
		last_modified TEXT NOT NULL,
		body_hash TEXT NOT NULL,
		last_check INTEGER NOT NULL,
		next_check INTEGER NOT NULL,
		failures INTEGER NOT NULL,
		last_error TEXT NOT NULL,
		seq INTEGER NOT NULL,
		parsed INTEGER NOT NULL,
		story BLOB,
		story_title TEXT NOT NULL
	);
	CREATE INDEX feed_sources_by_next ON feed_sources (next_check);
	CREATE TABLE feed_items (
		source TEXT NOT NULL,
		key TEXT NOT NULL,
		content TEXT NOT NULL,
		seq INTEGER NOT NULL,
		title TEXT NOT NULL,
		link TEXT NOT NULL,
		published INTEGER NOT NULL,
		last_seen INTEGER NOT NULL,
		fp BLOB,
		PRIMARY KEY (source, key)
	);
	CREATE TABLE outbox (
		id INTEGER PRIMARY KEY AUTOINCREMENT,
		sub TEXT NOT NULL,
		platform TEXT NOT NULL,
		channel TEXT NOT NULL,
		source TEXT NOT NULL,
		dedup TEXT NOT NULL,
		grp TEXT NOT NULL,
		notice INTEGER NOT NULL,
		reply BLOB NOT NULL,
		created INTEGER NOT NULL,
		due INTEGER NOT NULL,
		next_attempt INTEGER NOT NULL,
		attempts INTEGER NOT NULL,
		batch TEXT NOT NULL,
		last_error TEXT NOT NULL,
		sent INTEGER NOT NULL,
		receipt TEXT NOT NULL,
		UNIQUE (sub, dedup)
	);
	CREATE INDEX outbox_unsent ON outbox (sent, due);
	CREATE INDEX outbox_by_item ON outbox (source, dedup);`
