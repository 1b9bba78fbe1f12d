import type { ProxyFailure } from '../proxyFailure';
import type { RateLimitStore } from '../rateLimitStore';
import { destinationOf } from './destinationOf';
import type { BudgetRule, StartBudgets } from './startBudgets';
import type { StartGuard } from './startGuard';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Starts per country, per number prefix and in all, per hour and per day, counted in the store. */
export function startBudgetsGuard(budgets: StartBudgets): StartGuard {
  const scopes = (phoneNumber: string) => {
    const destination = destinationOf(phoneNumber, budgets.prefixDigits);
    // Narrowest first: a start refused by its spent prefix or country stops there and spends nothing broader, so a
    // botnet knocking on one spent range cannot drain the global budget and pause every country.
    return [
      { rule: budgets.perPrefix, key: `prefix:${destination.prefix}`, what: `prefix ${destination.prefix}` },
      {
        rule: budgets.perCountry,
        key: `country:${destination.country}`,
        what: `country ${destination.country}`,
      },
      { rule: budgets.global, key: 'all', what: 'all numbers' },
    ];
  };
  return {
    name: 'startBudgets',
    skipsTestNumbers: true,
    async check({ phoneNumber }, _context, store) {
      for (const { rule, key, what } of scopes(phoneNumber)) {
        if (rule === false) continue;
        const failure = await spend(store, rule, key, what);
        if (failure) return failure;
      }
      return undefined;
    },
  };
}

async function spend(
  store: RateLimitStore,
  rule: BudgetRule,
  key: string,
  what: string,
): Promise<ProxyFailure | undefined> {
  for (const [limit, windowMs, per] of [
    [rule.perHour, HOUR_MS, 'hour'],
    [rule.perDay, DAY_MS, 'day'],
  ] as const) {
    const counter = await store.increment(`budget:${per}:${key}`, windowMs);
    if (counter.count > limit)
      return {
        code: 'verification_paused',
        message: 'Verifications to numbers like this one are paused for now',
        retryAfter: counter.resetInMs / 1000,
        logMessage: `The budget of ${limit} starts per ${per} to ${what} is spent (SMS pumping?)`,
      };
  }
  return undefined;
}
