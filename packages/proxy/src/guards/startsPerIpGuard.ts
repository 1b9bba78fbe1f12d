import { ipRateLimitKey } from '../ipRateLimitKey';
import type { RateLimitRule } from '../proxyLimits';
import { countAgainstRule } from './countAgainstRule';
import type { StartGuard } from './startGuard';

/** Starts from one client address (IPv6 by its /64). */
export function startsPerIpGuard(rule: RateLimitRule): StartGuard {
  return {
    name: 'startsPerIp',
    check: (_start, { clientIp }, store) =>
      clientIp === undefined
        ? undefined
        : countAgainstRule(
            store,
            rule,
            `start-ip:${ipRateLimitKey(clientIp)}`,
            'Too many verifications from this address',
          ),
  };
}
