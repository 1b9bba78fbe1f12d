import type { StartInput } from '../parseStartRequest';
import type { StartGuard } from './startGuard';

/**
 * Per number and method: a second SMS within the cooldown is refused, a flash call right after an SMS that could
 * not be delivered is not (the per-number limit still counts every method). Released only for a code never sent.
 */
export function resendCooldownGuard(cooldownSeconds: number): StartGuard {
  const keyOf = ({ phoneNumber, method }: StartInput) => `cooldown:${phoneNumber}:${method}`;
  return {
    name: 'resendCooldown',
    async check(start, _context, store) {
      const counter = await store.increment(keyOf(start), cooldownSeconds * 1000);
      return counter.count > 1
        ? {
            // Its own code, not `rate_limited`: the person reads that a code is on its way, not "too many attempts".
            code: 'resend_cooldown',
            message: 'A code was just sent to this number; wait before asking again',
            retryAfter: counter.resetInMs / 1000,
          }
        : undefined;
    },
    async settle(start, _context, store, outcome) {
      // Do not make the user wait for a resend of nothing; a start that may have sent a code (timeout, 5xx, lost
      // connection) keeps the cooldown, or a flaky upstream would let every retry send another SMS.
      if (outcome === 'not_sent') await store.reset(keyOf(start));
    },
  };
}
