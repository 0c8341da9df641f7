package slackadapter

import (
	"container/list"
	"sync"
	"time"
)

// ttlCache is a bounded map whose entries expire; the oldest entry goes
// when it is full. Safe for concurrent use.
type ttlCache[V any] struct {
	mu    sync.Mutex
	max   int
	ttl   time.Duration
	order *list.List // of *ttlEntry, oldest first
	items map[string]*list.Element
	now   func() time.Time
}

type ttlEntry[V any] struct {
	key   string
	val   V
	until time.Time
}

func newTTLCache[V any](max int, ttl time.Duration) *ttlCache[V] {
	return &ttlCache[V]{max: max, ttl: ttl, order: list.New(), items: map[string]*list.Element{}, now: time.Now}
}

// get returns the live value under key.
func (c *ttlCache[V]) get(key string) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	var zero V
	el, ok := c.items[key]
	if !ok {
		return zero, false
	}
	e := el.Value.(*ttlEntry[V])
	if c.now().After(e.until) {
		c.order.Remove(el)
		delete(c.items, key)
		return zero, false
	}
	return e.val, true
}

// add stores val under key unless a live value is there; it reports
// whether it stored.
func (c *ttlCache[V]) add(key string, val V) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := c.now()
	if el, ok := c.items[key]; ok {
		e := el.Value.(*ttlEntry[V])
		if !now.After(e.until) {
			return false
		}
		c.order.Remove(el)
		delete(c.items, key)
	}
	for c.order.Len() >= c.max {
		old := c.order.Front()
		c.order.Remove(old)
		delete(c.items, old.Value.(*ttlEntry[V]).key)
	}
	c.items[key] = c.order.PushBack(&ttlEntry[V]{key: key, val: val, until: now.Add(c.ttl)})
	return true
}

// put stores val under key, replacing what was there.
func (c *ttlCache[V]) put(key string, val V) {
	c.mu.Lock()
	if el, ok := c.items[key]; ok {
		c.order.Remove(el)
		delete(c.items, key)
	}
	c.mu.Unlock()
	c.add(key, val)
}

// seenSet remembers the events answered, so that a retried delivery (the
// same event_id, or the same message through two events) is answered once.
type seenSet struct{ c *ttlCache[struct{}] }

func newSeenSet(max int, ttl time.Duration) *seenSet {
	return &seenSet{newTTLCache[struct{}](max, ttl)}
}

// first reports whether none of keys was seen before, and marks them all
// seen. Empty keys are ignored.
func (s *seenSet) first(keys ...string) bool {
	fresh := true
	for _, k := range keys {
		if k != "" && !s.c.add(k, struct{}{}) {
			fresh = false
		}
	}
	return fresh
}

// adminCache keeps users.info's answer to "may this user manage
// subscriptions?".
type adminCache struct{ c *ttlCache[bool] }

func newAdminCache(max int, ttl time.Duration) *adminCache {
	return &adminCache{newTTLCache[bool](max, ttl)}
}

func (a *adminCache) get(user string) (ok, cached bool) { return a.c.get(user) }
func (a *adminCache) put(user string, ok bool)          { a.c.put(user, ok) }
