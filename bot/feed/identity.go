package feed

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strings"
	"time"
)

// trackingParams are query parameters that say who sent a reader, not what
// they read; a link is the same item without them. Sources: Google
// Analytics (utm_*, _ga, gclid, dclid), Facebook (fbclid), Microsoft
// (msclkid), Mailchimp (mc_cid, mc_eid), Yandex (yclid), Instagram (igshid),
// Twitter (ref_src, ref_url), HubSpot (_hsenc, _hsmi), Marketo (mkt_tok).
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "gbraid": true, "wbraid": true, "msclkid": true,
	"mc_cid": true, "mc_eid": true, "yclid": true, "igshid": true, "_ga": true, "_gl": true,
	"ref_src": true, "ref_url": true, "_hsenc": true, "_hsmi": true, "mkt_tok": true, "twclid": true,
}

// IsLink reports whether w starts like an http or https link.
func IsLink(w string) bool {
	l := strings.ToLower(w)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// NormalizeLink returns raw with its scheme and host in lower case, the
// default port, the fragment and tracking parameters removed and the other
// parameters sorted, so that two links to one item compare equal. A link
// that does not parse comes back trimmed.
func NormalizeLink(raw string) string {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return raw
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	if p := u.Port(); (p == "80" && u.Scheme == "http") || (p == "443" && u.Scheme == "https") {
		u.Host = strings.TrimSuffix(u.Host, ":"+p)
	}
	u.Fragment, u.RawFragment = "", ""
	if u.Path == "" {
		u.Path = "/"
	}
	if u.RawQuery != "" {
		q := u.Query()
		for k := range q {
			if lk := strings.ToLower(k); strings.HasPrefix(lk, "utm_") || trackingParams[lk] {
				q.Del(k)
			}
		}
		u.RawQuery = q.Encode()
	}
	return u.String()
}

// ItemKey is an item's identity: its GUID, else its normalized link, else a
// hash of its title and date.
func ItemKey(guid, link, title string, published time.Time) string {
	if g := strings.TrimSpace(guid); g != "" {
		return "guid:" + g
	}
	if l := strings.TrimSpace(link); l != "" {
		return "link:" + NormalizeLink(l)
	}
	d := ""
	if !published.IsZero() {
		d = published.UTC().Format(time.RFC3339)
	}
	return "hash:" + shortHash(normSentence(title)+"\x00"+d)
}

// ContentHash fingerprints an item's title and text in normalized form, so
// an item met again under a new GUID or date is known.
func ContentHash(title, text string) string {
	return shortHash(normSentence(title) + "\x00" + normSentence(text))
}

// shortHash is the first 16 bytes of s's SHA-256 in hex.
func shortHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:16])
}
