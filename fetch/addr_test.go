package fetch

import (
	"net/netip"
	"testing"
)

func TestIsBlocked(t *testing.T) {
	tests := []struct {
		addr string
		want bool
	}{
		{"127.0.0.1", true},
		{"127.8.9.10", true},
		{"10.1.2.3", true},
		{"172.16.0.1", true},
		{"172.31.255.255", true},
		{"172.32.0.1", false},
		{"192.168.1.1", true},
		{"169.254.169.254", true},
		{"100.64.0.1", true},
		{"100.127.255.255", true},
		{"100.128.0.1", false},
		{"0.0.0.0", true},
		{"224.0.0.1", true},
		{"239.255.255.250", true},
		{"255.255.255.255", true},
		{"8.8.8.8", false},
		{"93.184.216.34", false},
		{"::1", true},
		{"::", true},
		{"fc00::1", true},
		{"fd00:ec2::254", true},
		{"fe80::1", true},
		{"fe80::1%eth0", true},
		{"ff02::1", true},
		{"::ffff:127.0.0.1", true},
		{"::ffff:10.0.0.1", true},
		{"::ffff:169.254.169.254", true},
		{"::ffff:8.8.8.8", false},
		{"::127.0.0.1", true},
		{"64:ff9b::127.0.0.1", true},
		{"64:ff9b::a9fe:a9fe", true},
		{"64:ff9b::8.8.8.8", false},
		{"2002:7f00:1::", true},
		{"2002:0808:0808::", false},
		{"2606:4700::1111", false},
		{"2001:db8::1", true},
	}
	for _, tt := range tests {
		t.Run(tt.addr, func(t *testing.T) {
			a, err := netip.ParseAddr(tt.addr)
			if err != nil {
				t.Fatal(err)
			}
			if got := isBlocked(a); got != tt.want {
				t.Errorf("isBlocked(%s) = %v, want %v", tt.addr, got, tt.want)
			}
		})
	}
}

func TestControl(t *testing.T) {
	c := New(Options{})
	c.allowAddrs = map[netip.AddrPort]bool{netip.MustParseAddrPort("127.0.0.1:8080"): true}
	tests := []struct {
		name, addr string
		wantErr    bool
	}{
		{"public", "8.8.8.8:443", false},
		{"loopback", "127.0.0.1:80", true},
		{"allowed exact address", "127.0.0.1:8080", false},
		{"mapped loopback", "[::ffff:127.0.0.1]:80", true},
		{"metadata", "169.254.169.254:80", true},
		{"unparsable", "nonsense", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := c.control("tcp", tt.addr, nil)
			if (err != nil) != tt.wantErr {
				t.Errorf("control(%q) = %v, want error %v", tt.addr, err, tt.wantErr)
			}
		})
	}
	if err := New(Options{AllowPrivate: true}).control("tcp", "127.0.0.1:80", nil); err != nil {
		t.Errorf("AllowPrivate: control = %v, want nil", err)
	}
}
