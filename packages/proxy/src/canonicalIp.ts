import { expandIpv6 } from './ipRateLimitKey';

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const MAX_ADDRESS_LENGTH = 64;

/**
 * An address as written by a socket, `X-Forwarded-For`, `X-Real-IP` or RFC 7239 `Forwarded`, in one canonical form
 * (so one client is one key however it is written), or `undefined` for anything that is not an address:
 * - `1.2.3.4:5678` → `1.2.3.4`; `[2001:db8::1]:443` and `[2001:db8::1]` → `2001:db8::1`; a zone (`%eth0`) dropped;
 * - IPv4 in dotted decimal only (no leading zeros, which some parsers read as octal);
 * - IPv6 lower-case, zeros compressed as RFC 5952 writes them; IPv4-mapped IPv6 (`::ffff:1.2.3.4`) → `1.2.3.4`.
 */
export function canonicalIp(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  let value = text.trim();
  if (value.length === 0 || value.length > MAX_ADDRESS_LENGTH) return undefined;
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(value);
  if (bracketed?.[1]) value = bracketed[1];
  else if (/^[\d.]+:\d{1,5}$/.test(value)) value = value.slice(0, value.indexOf(':'));
  if (IPV4.test(value)) return value;
  if (!value.includes(':')) return undefined;
  const withoutZone = value.split('%', 1)[0] ?? '';
  const mapped = /^::ffff:([\d.]+)$/i.exec(withoutZone);
  if (mapped?.[1]) return IPV4.test(mapped[1]) ? mapped[1] : undefined;
  // An embedded IPv4 tail (`64:ff9b::192.0.2.33`) is two hextets written in decimal.
  let hex = withoutZone;
  const embedded = /:([\d.]+)$/.exec(withoutZone);
  if (embedded?.[1]?.includes('.')) {
    if (!IPV4.test(embedded[1])) return undefined;
    const [a, b, c, d] = embedded[1].split('.').map(Number) as [number, number, number, number];
    hex = `${withoutZone.slice(0, -embedded[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const hextets = expandIpv6(hex);
  return hextets ? compressIpv6(hextets) : undefined;
}

/** RFC 5952: the longest run of two or more zero hextets (the first of equals) becomes `::`. */
function compressIpv6(hextets: string[]): string {
  let bestStart = -1;
  let bestLength = 1;
  for (let index = 0; index < 8; ) {
    if (hextets[index] !== '0') {
      index++;
      continue;
    }
    let end = index;
    while (end < 8 && hextets[end] === '0') end++;
    if (end - index > bestLength) {
      bestStart = index;
      bestLength = end - index;
    }
    index = end;
  }
  if (bestStart === -1) return hextets.join(':');
  return `${hextets.slice(0, bestStart).join(':')}::${hextets.slice(bestStart + bestLength).join(':')}`;
}
