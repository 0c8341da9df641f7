package bot

import (
	"container/list"
	"sync"
)

// lru is a bounded cache of analysed articles by hash; the least recently
// used goes first.
type lru struct {
	mu    sync.Mutex
	max   int
	order *list.List // of *entry, most recent first
	items map[string]*list.Element
}

type entry struct {
	hash string
	a    *Article
}

func newLRU(max int) *lru {
	return &lru{max: max, order: list.New(), items: make(map[string]*list.Element, max)}
}

func (c *lru) get(h string) (*Article, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.items[h]
	if !ok {
		return nil, false
	}
	c.order.MoveToFront(e)
	return e.Value.(*entry).a, true
}

func (c *lru) put(h string, a *Article) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.items[h]; ok {
		e.Value.(*entry).a = a
		c.order.MoveToFront(e)
		return
	}
	c.items[h] = c.order.PushFront(&entry{hash: h, a: a})
	for c.order.Len() > c.max {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.items, last.Value.(*entry).hash)
	}
}

func (c *lru) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.order.Len()
}
