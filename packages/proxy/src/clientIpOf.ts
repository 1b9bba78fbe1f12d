import { canonicalIp } from './canonicalIp';

/**
 * Whom to believe about the client's IP address.
 * - `false`: only the address the adapter saw on the socket (`context.clientIp`); headers are ignored because
 *   any client can send them.
 * - `true`: the first address of RFC 7239 `Forwarded` (else `X-Forwarded-For`, then `X-Real-IP`): right only when
 *   every request passes through your own reverse proxy, which must overwrite those headers.
 * - a number `n`: the `n`-th address from the right, i.e. there are `n` proxies of yours in front, each appending
 *   the address it saw; addresses further left were written by the client and are ignored. A header with fewer
 *   than `n` addresses did not come through all of them: the socket's address is used.
 */
export type TrustProxyHeaders = boolean | number;

/** Longer headers are read from their trusted end only: a client may pad the left of a header as it likes. */
const MAX_HEADER_LENGTH = 2048;

/** The client's address in canonical form (see `canonicalIp`), or `undefined` when nothing trustworthy tells it. */
export function clientIpOf(
  headers: Headers,
  socketIp: string | undefined,
  trust: TrustProxyHeaders,
): string | undefined {
  const socket = canonicalIp(socketIp);
  if (trust === false) return socket;
  const entries = forwardedEntries(headers, trust);
  if (entries === undefined)
    return (trust === true && canonicalIp(headers.get('x-real-ip') ?? undefined)) || socket;
  const candidate =
    trust === true ? entries[0] : entries.length >= trust ? entries[entries.length - trust] : undefined;
  return canonicalIp(candidate) ?? socket;
}

/** The addresses of `Forwarded` (its `for=` parameters) or else of `X-Forwarded-For`, left to right. */
function forwardedEntries(headers: Headers, trust: true | number): string[] | undefined {
  const forwarded = headers.get('forwarded');
  if (forwarded !== null) return elements(forwarded, trust).map(forParameter);
  const xff = headers.get('x-forwarded-for');
  if (xff === null) return undefined;
  const entries = elements(xff, trust).map((entry) => entry.trim());
  return entries.some(Boolean) ? entries : undefined;
}

function elements(value: string, trust: true | number): string[] {
  if (value.length <= MAX_HEADER_LENGTH) return value.split(',');
  // Trusting the leftmost address, its start is what counts; trusting n hops, its end. The cut element is dropped.
  return trust === true
    ? value.slice(0, MAX_HEADER_LENGTH).split(',').slice(0, -1)
    : value.slice(-MAX_HEADER_LENGTH).split(',').slice(1);
}

/** RFC 7239: `for=192.0.2.43`, `for="[2001:db8::17]:4711"`; `unknown` and obfuscated `_names` are no address. */
function forParameter(element: string): string {
  for (const pair of element.split(';')) {
    const equals = pair.indexOf('=');
    if (equals === -1 || pair.slice(0, equals).trim().toLowerCase() !== 'for') continue;
    return pair
      .slice(equals + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
  }
  return '';
}
