import type { ProxyFailure } from '../proxyFailure';
import type { RateLimitRule } from '../proxyLimits';
import type { RateLimitStore } from '../rateLimitStore';

/** Counts one hit on `key`; a `rate_limited` failure once the rule's limit is passed. */
export async function countAgainstRule(
  store: RateLimitStore,
  rule: RateLimitRule,
  key: string,
  message: string,
): Promise<ProxyFailure | undefined> {
  const counter = await store.increment(key, rule.windowSeconds * 1000);
  return counter.count > rule.limit
    ? { code: 'rate_limited', message, retryAfter: counter.resetInMs / 1000 }
    : undefined;
}
