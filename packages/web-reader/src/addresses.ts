import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

// Which addresses the server may connect to on a user's behalf. A feed URL or a pasted link is
// chosen by a user, so without this check the server would fetch its own admin ports, the
// database, the cloud's metadata service (169.254.169.254) or the province's intranet for them.
// ipaddr.js's range() names every special-purpose block of the IANA registries; only 'unicast'
// (the public internet) is allowed.

/** The IPv4 address an IPv6 address stands for, where it is a translation of one. */
function embeddedIpv4(address: ipaddr.IPv6): ipaddr.IPv4 | null {
  // ::ffff:a.b.c.d, the form a dual-stack socket gives an IPv4 peer.
  if (address.isIPv4MappedAddress()) return address.toIPv4Address();
  // 64:ff9b::a.b.c.d, NAT64's well-known prefix (RFC 6052): on a DNS64 network every IPv4-only
  // site resolves to one, so it is judged by the address it carries rather than refused outright.
  const bytes = address.toByteArray();
  const wellKnownNat64 = [0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0];
  if (wellKnownNat64.every((byte, index) => bytes[index] === byte)) {
    return ipaddr.fromByteArray(bytes.slice(12)) as ipaddr.IPv4;
  }
  return null;
}

/**
 * True for a public unicast address; false for loopback, private, link-local, carrier-grade NAT,
 * multicast, unspecified, reserved and documentation blocks, unique-local IPv6, and IPv6 forms of
 * those IPv4 addresses. Not an address at all: false.
 */
export function isPublicAddress(text: string): boolean {
  // Only the canonical forms: ipaddr.js would also take '1.2.3' or '0x7f.1', which no resolver gives.
  if (isIP(text) === 0) return false;
  const address = ipaddr.parse(text);
  if (address.kind() === 'ipv6') {
    const ipv4 = embeddedIpv4(address as ipaddr.IPv6);
    if (ipv4) return ipv4.range() === 'unicast';
  }
  return address.range() === 'unicast';
}
