/**
 * Whom to believe about the client's IP address.
 * - `false`: only the address the adapter saw on the socket (`context.clientIp`); headers are ignored because
 *   any client can send them.
 * - `true`: the first address of `X-Forwarded-For` (then `X-Real-IP`): right only when every request passes through
 *   your own reverse proxy, which must overwrite those headers.
 * - a number `n`: the `n`-th address from the right of `X-Forwarded-For`, i.e. there are `n` proxies of yours in
 *   front; addresses further left were written by the client and are ignored.
 */
export type TrustProxyHeaders = boolean | number;

const MAX_IP_LENGTH = 64;
const IP_LIKE = /^[0-9A-Fa-f:.]+$/;

export function clientIpOf(
  headers: Headers,
  socketIp: string | undefined,
  trust: TrustProxyHeaders,
): string | undefined {
  if (trust !== false) {
    const forwarded = headers
      .get('x-forwarded-for')
      ?.split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    let candidate: string | undefined;
    if (forwarded && forwarded.length > 0)
      candidate = trust === true ? forwarded[0] : forwarded[Math.max(0, forwarded.length - trust)];
    else if (trust === true) candidate = headers.get('x-real-ip')?.trim();
    if (candidate && candidate.length <= MAX_IP_LENGTH && IP_LIKE.test(stripZone(candidate)))
      return candidate;
  }
  return socketIp || undefined;
}

function stripZone(ip: string): string {
  const percent = ip.indexOf('%');
  return percent === -1 ? ip : ip.slice(0, percent);
}
