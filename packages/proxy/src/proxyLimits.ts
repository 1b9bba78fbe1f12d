/** At most `limit` hits per fixed window of `windowSeconds`. */
export interface RateLimitRule {
  limit: number;
  windowSeconds: number;
}

/** Abuse guards. Each rule can be `false` to switch it off (e.g. when a gateway in front already limits). */
export interface ProxyLimits {
  /** Any request from one IP address. @default { limit: 60, windowSeconds: 60 } */
  requestsPerIp: RateLimitRule | false;
  /** Verifications started from one IP address: the main brake on SMS pumping. @default { limit: 10, windowSeconds: 3600 } */
  startsPerIp: RateLimitRule | false;
  /**
   * Verifications started from one IPv6 /48 (a site), beside `startsPerIp` for its /64s. @default { limit: 30, windowSeconds: 3600 }
   */
  startsPerIpv6Site: RateLimitRule | false;
  /** Verifications started for one phone number. @default { limit: 5, windowSeconds: 3600 } */
  startsPerNumber: RateLimitRule | false;
  /** Seconds before the same number may get another code (a resend). `0` switches it off. @default 30 */
  resendCooldownSeconds: number;
  /** Code reports for one verification (by id, or by number). @default 5 */
  attemptsPerVerification: number;
  /** How long the attempt count of a verification is kept. @default 3600 */
  attemptWindowSeconds: number;
  /** The largest request body accepted, in bytes (room for a 4,096-character bot-check token). @default 8192 */
  maxBodyBytes: number;
}

export const DEFAULT_PROXY_LIMITS: ProxyLimits = {
  requestsPerIp: { limit: 60, windowSeconds: 60 },
  startsPerIp: { limit: 10, windowSeconds: 3600 },
  startsPerIpv6Site: { limit: 30, windowSeconds: 3600 },
  startsPerNumber: { limit: 5, windowSeconds: 3600 },
  resendCooldownSeconds: 30,
  attemptsPerVerification: 5,
  attemptWindowSeconds: 3600,
  maxBodyBytes: 8192,
};

/** Merges the user's limits over the defaults, refusing values that would silently disable a guard. */
export function resolveProxyLimits(limits: Partial<ProxyLimits> | undefined): ProxyLimits {
  const resolved = { ...DEFAULT_PROXY_LIMITS, ...limits };
  for (const name of ['requestsPerIp', 'startsPerIp', 'startsPerIpv6Site', 'startsPerNumber'] as const) {
    const rule = resolved[name];
    if (rule !== false && !(isPositiveInteger(rule?.limit) && isPositiveNumber(rule?.windowSeconds)))
      throw new TypeError(`limits.${name} must be false or { limit: integer ≥ 1, windowSeconds > 0 }`);
  }
  if (!(resolved.resendCooldownSeconds >= 0)) throw new TypeError('limits.resendCooldownSeconds must be ≥ 0');
  if (!isPositiveInteger(resolved.attemptsPerVerification))
    throw new TypeError('limits.attemptsPerVerification must be an integer ≥ 1');
  if (!isPositiveNumber(resolved.attemptWindowSeconds))
    throw new TypeError('limits.attemptWindowSeconds must be > 0');
  if (!isPositiveInteger(resolved.maxBodyBytes))
    throw new TypeError('limits.maxBodyBytes must be an integer ≥ 1');
  return resolved;
}

function isPositiveInteger(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

function isPositiveNumber(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}
