/**
 * The key an address is counted under. IPv4 addresses (also IPv4-mapped IPv6, `::ffff:1.2.3.4`) count one by one;
 * IPv6 addresses count by their /64 network, because one subscriber gets a whole /64 and could otherwise rotate
 * through 2^64 addresses to dodge the per-IP limits.
 */
export function ipRateLimitKey(ip: string): string {
  const withoutZone = ip.split('%', 1)[0] ?? ip;
  if (!withoutZone.includes(':')) return withoutZone;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(withoutZone);
  if (mapped?.[1]) return mapped[1];
  const hextets = expandIpv6(withoutZone);
  return hextets ? `${hextets.slice(0, 4).join(':')}::/64` : withoutZone.toLowerCase();
}

/** The eight hextets of an IPv6 address, or `undefined` if it is not one. */
export function expandIpv6(ip: string): string[] | undefined {
  const halves = ip.toLowerCase().split('::');
  if (halves.length > 2) return undefined;
  const parse = (part: string | undefined) => (part ? part.split(':') : []);
  const head = parse(halves[0]);
  const tail = parse(halves[1]);
  // An embedded IPv4 tail (`…:1.2.3.4`) takes two hextets' room.
  const last = tail.length > 0 ? tail : head;
  if (last.at(-1)?.includes('.')) {
    last.pop();
    last.push('0', '0');
  }
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const all = [...head, ...Array.from({ length: halves.length === 2 ? missing : 0 }, () => '0'), ...tail];
  if (!all.every((hextet) => /^[0-9a-f]{1,4}$/.test(hextet))) return undefined;
  return all.map((hextet) => hextet.replace(/^0+(?=.)/, ''));
}

/**
 * The /48 an IPv6 address is in (`2001:db8:85a3::/48`), or `undefined` for IPv4: a site usually holds a whole /48,
 * 65,536 /64s, so a botnet renting one must not get the per-IP budget 65,536 times.
 */
export function ipv6SiteKey(ip: string): string | undefined {
  const withoutZone = ip.split('%', 1)[0] ?? ip;
  if (!withoutZone.includes(':') || /^::ffff:\d/i.test(withoutZone)) return undefined;
  const hextets = expandIpv6(withoutZone);
  return hextets ? `${hextets.slice(0, 3).join(':')}::/48` : undefined;
}
