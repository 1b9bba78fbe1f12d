import type { StartGuard } from './startGuard';

/** Refuses numbers of a country outside the allow-list (and non-geographic numbers, which have none). */
export function countryAllowListGuard(allowed: ReadonlySet<string>): StartGuard {
  return {
    name: 'countryAllowList',
    skipsTestNumbers: true,
    check: ({ country }) =>
      country && allowed.has(country)
        ? undefined
        : { code: 'country_not_allowed', message: 'Numbers from this country cannot be verified here' },
  };
}
