import { isIPv4, isIPv6 } from 'node:net';

/**
 * The address a per-address limit counts: IPv4 as is (also when written as ::ffff:a.b.c.d), IPv6 by
 * its /64 network, since one subscriber usually holds a whole /64 and could otherwise take a fresh
 * address for every attempt (as @fastify/rate-limit does by default).
 */
export function addressBucket(ip: string): string {
  const address = ip.trim().toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped?.[1] && isIPv4(mapped[1])) return mapped[1];
  if (!isIPv6(address)) return address;
  const [head = '', tail] = address.split('%')[0]?.split('::') ?? [];
  const groupsOf = (part: string | undefined) =>
    // A trailing dotted quad (::ffff:0:1.2.3.4, 64:ff9b::1.2.3.4) fills the last two groups.
    (part ? part.split(':') : []).flatMap((group) => (group.includes('.') ? ['0', '0'] : [group]));
  const front = groupsOf(head);
  const back = groupsOf(tail);
  const zeros = tail === undefined ? [] : Array<string>(8 - front.length - back.length).fill('0');
  const network = [...front, ...zeros, ...back].slice(0, 4);
  return `${network.map((group) => Number.parseInt(group, 16).toString(16)).join(':')}::/64`;
}
