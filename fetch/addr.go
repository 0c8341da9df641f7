package fetch

import (
	"net/netip"
	"syscall"
)

// blockedPrefixes are the address ranges a fetch may not reach unless the
// operator allows private addresses: loopback, RFC 1918 private, CGNAT,
// link-local (with the 169.254.169.254 cloud metadata service), multicast,
// broadcast and reserved ranges, and their IPv6 counterparts. Sources: IANA
// IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890 and updates).
var blockedPrefixes = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),       // "this network", unspecified
	netip.MustParsePrefix("10.0.0.0/8"),      // private
	netip.MustParsePrefix("100.64.0.0/10"),   // CGNAT shared address space
	netip.MustParsePrefix("127.0.0.0/8"),     // loopback
	netip.MustParsePrefix("169.254.0.0/16"),  // link-local, cloud metadata
	netip.MustParsePrefix("172.16.0.0/12"),   // private
	netip.MustParsePrefix("192.0.0.0/24"),    // IETF protocol assignments
	netip.MustParsePrefix("192.0.2.0/24"),    // TEST-NET-1
	netip.MustParsePrefix("192.88.99.0/24"),  // 6to4 relay anycast
	netip.MustParsePrefix("192.168.0.0/16"),  // private
	netip.MustParsePrefix("198.18.0.0/15"),   // benchmarking
	netip.MustParsePrefix("198.51.100.0/24"), // TEST-NET-2
	netip.MustParsePrefix("203.0.113.0/24"),  // TEST-NET-3
	netip.MustParsePrefix("224.0.0.0/4"),     // multicast
	netip.MustParsePrefix("240.0.0.0/4"),     // reserved, 255.255.255.255 broadcast
	netip.MustParsePrefix("::/128"),          // unspecified
	netip.MustParsePrefix("::1/128"),         // loopback
	netip.MustParsePrefix("64:ff9b:1::/48"),  // local-use NAT64
	netip.MustParsePrefix("100::/64"),        // discard-only
	netip.MustParsePrefix("2001::/32"),       // Teredo (embeds an obfuscated IPv4)
	netip.MustParsePrefix("2001:db8::/32"),   // documentation
	netip.MustParsePrefix("fc00::/7"),        // unique local (includes fd00:ec2::254 metadata)
	netip.MustParsePrefix("fe80::/10"),       // link-local
	netip.MustParsePrefix("fec0::/10"),       // deprecated site-local
	netip.MustParsePrefix("ff00::/8"),        // multicast
}

var (
	nat64     = netip.MustParsePrefix("64:ff9b::/96")
	sixToFour = netip.MustParsePrefix("2002::/16")
	v4compat  = netip.MustParsePrefix("::/96")
)

// isBlocked reports whether a is private, local or otherwise not a public
// unicast address. IPv6 forms that carry an IPv4 address (IPv4-mapped,
// IPv4-compatible, NAT64 and 6to4) are judged by the IPv4 address they carry.
func isBlocked(a netip.Addr) bool {
	if !a.IsValid() {
		return true
	}
	a = a.WithZone("")
	if a.Is4In6() {
		a = a.Unmap()
	}
	if a.Is6() {
		b := a.As16()
		switch {
		case nat64.Contains(a), v4compat.Contains(a) && a != netip.IPv6Unspecified() && a != netip.IPv6Loopback():
			if isBlocked(netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]})) {
				return true
			}
		case sixToFour.Contains(a):
			if isBlocked(netip.AddrFrom4([4]byte{b[2], b[3], b[4], b[5]})) {
				return true
			}
		}
	}
	for _, p := range blockedPrefixes {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// control is the net.Dialer Control hook: it runs after DNS resolution with
// the exact address about to be connected, so neither a redirect nor a DNS
// answer that changes between checks (rebinding) can reach a blocked address.
func (c *Client) control(network, address string, _ syscall.RawConn) error {
	if c.opt.AllowPrivate {
		return nil
	}
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return &blockedError{addr: address}
	}
	if c.allowAddrs[ap] {
		return nil
	}
	if isBlocked(ap.Addr()) {
		return &blockedError{addr: address}
	}
	return nil
}

// blockedError is what the dialer returns for a refused address; Fetch turns
// it into an *Error of KindBlocked.
type blockedError struct{ addr string }

func (e *blockedError) Error() string { return "address " + e.addr + " is private or local" }
