import type { RateLimitRule } from '../proxyLimits';
import { countAgainstRule } from './countAgainstRule';
import type { StartGuard } from './startGuard';

/** Starts for one phone number, whatever the method. */
export function startsPerNumberGuard(rule: RateLimitRule): StartGuard {
  return {
    name: 'startsPerNumber',
    check: ({ phoneNumber }, _context, store) =>
      countAgainstRule(store, rule, `start-number:${phoneNumber}`, 'Too many verifications for this number'),
  };
}
