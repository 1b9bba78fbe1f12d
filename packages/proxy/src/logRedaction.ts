import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { expandIpv6 } from './ipRateLimitKey';

/** How much of the client's address a log line shows. */
export type LogClientIp = 'full' | 'truncated' | 'none';

const encoder = new TextEncoder();

/**
 * A verification id as log lines name it: `#` and 12 hex digits of its HMAC under the proof secret. The same id gives
 * the same tag on every instance (lines correlate), and the id cannot be read back from it (an id with the proof
 * secret is what the mint-once rule guards; a tag is neither).
 */
export function verificationIdTag(id: string, proofSecret: string | Uint8Array): string {
  const key = typeof proofSecret === 'string' ? encoder.encode(proofSecret) : proofSecret;
  return `#${bytesToHex(hmac(sha256, key, encoder.encode(id))).slice(0, 12)}`;
}

/** The client IP as `mode` lets a log line show it: whole, its /24 (IPv4) or /48 (IPv6) network, or nothing. */
export function clientIpForLog(ip: string | undefined, mode: LogClientIp): string | undefined {
  if (ip === undefined || mode === 'none') return undefined;
  if (mode === 'full') return ip;
  const address = ip.split('%', 1)[0] ?? ip;
  const v4 = /^(?:::ffff:)?(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.\d{1,3}$/i.exec(address);
  if (v4) return `${v4[1]}.${v4[2]}.${v4[3]}.0/24`;
  const hextets = expandIpv6(address);
  return hextets ? `${hextets.slice(0, 3).join(':')}::/48` : undefined;
}
