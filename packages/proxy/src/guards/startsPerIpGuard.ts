import { ipRateLimitKey, ipv6SiteKey } from '../ipRateLimitKey';
import type { RateLimitRule } from '../proxyLimits';
import { countAgainstRule } from './countAgainstRule';
import type { StartGuard } from './startGuard';

/**
 * What the start path does when no client address is known (an adapter without a socket address and no trusted
 * header): `'shared'` counts every such start under one address, so they share one per-IP budget; `'refuse'`
 * refuses them as a configuration error.
 */
export type UnknownClientIpMode = 'shared' | 'refuse';

/** Starts from one client address: an IPv4 address, an IPv6 /64, and its /48 under its own, larger, rule. */
export function startsPerIpGuard(
  rule: RateLimitRule | false,
  siteRule: RateLimitRule | false,
  unknown: UnknownClientIpMode,
): StartGuard {
  return {
    name: 'startsPerIp',
    async check(_start, { clientIp }, store) {
      if (clientIp === undefined) {
        if (unknown === 'refuse')
          return {
            code: 'internal_error',
            message: 'Internal error',
            logMessage:
              'No client IP is known for this start: pass context.clientIp from the adapter, set trustProxyHeaders, or set unknownClientIp: "shared"',
          };
        return rule === false
          ? undefined
          : countAgainstRule(store, rule, 'start-ip:unknown', 'Too many verifications from this address');
      }
      const failure =
        rule === false
          ? undefined
          : await countAgainstRule(
              store,
              rule,
              `start-ip:${ipRateLimitKey(clientIp)}`,
              'Too many verifications from this address',
            );
      if (failure || siteRule === false) return failure;
      const site = ipv6SiteKey(clientIp);
      return site === undefined
        ? undefined
        : countAgainstRule(store, siteRule, `start-ip:${site}`, 'Too many verifications from this network');
    },
  };
}
