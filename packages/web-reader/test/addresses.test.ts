import { describe, expect, it } from 'vitest';
import { isPublicAddress } from '../src/index.ts';

describe('which addresses the server may connect to', () => {
  it('allows public unicast addresses, IPv4 and IPv6', () => {
    for (const address of [
      '8.8.8.8',
      '203.162.4.191',
      '14.225.255.1',
      '2001:4860:4860::8888',
      '2405:4800::1',
    ]) {
      expect(isPublicAddress(address), address).toBe(true);
    }
  });

  it('refuses loopback, private, link-local, CGNAT, multicast, unspecified, broadcast and reserved blocks', () => {
    for (const address of [
      '127.0.0.1',
      '127.8.9.10',
      '10.1.2.3',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '100.127.255.254',
      '224.0.0.1',
      '239.255.255.250',
      '0.0.0.0',
      '255.255.255.255',
      '192.0.2.1',
      '198.18.0.1',
      '240.0.0.1',
      '::1',
      '::',
      'fe80::1',
      'fc00::1',
      'fd12:3456::1',
      'ff02::1',
      '2001:db8::1',
    ]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
  });

  it('judges an IPv6 form of an IPv4 address (mapped, NAT64) by the address it carries', () => {
    expect(isPublicAddress('::ffff:127.0.0.1')).toBe(false);
    expect(isPublicAddress('::ffff:7f00:1')).toBe(false);
    expect(isPublicAddress('::ffff:10.0.0.1')).toBe(false);
    expect(isPublicAddress('::ffff:169.254.169.254')).toBe(false);
    expect(isPublicAddress('::ffff:8.8.8.8')).toBe(true);
    expect(isPublicAddress('64:ff9b::7f00:1')).toBe(false);
    expect(isPublicAddress('64:ff9b::808:808')).toBe(true);
  });

  it('refuses what is not an address', () => {
    for (const text of ['', 'localhost', 'example.vn', '1.2.3', '::g'])
      expect(isPublicAddress(text), text).toBe(false);
  });
});
