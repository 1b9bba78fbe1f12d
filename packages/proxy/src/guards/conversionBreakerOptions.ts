/**
 * The conversion breaker: real people finish 60–90 % of the verifications they start, SMS pumping about 0 %. Per
 * country and per number prefix, starts and successes are counted in a sliding window (time buckets in the store);
 * when enough starts come and almost none convert, the breaker trips: that country or prefix is refused for a
 * cool-off, then half-open lets a few probe starts through, and one success closes it again.
 */
export interface ConversionBreakerOptions {
  /** The sliding window starts and successes are judged over. @default 3600 */
  windowSeconds: number;
  /** Time buckets the window is counted in (its resolution). @default 6 */
  buckets: number;
  /** Starts in the window before the conversion rate is judged at all. @default 20 */
  minStarts: number;
  /** Trips when fewer than this share of the window's starts succeeded. @default 0.1 */
  minConversionRate: number;
  /** Seconds a tripped country or prefix is refused before it goes half-open. @default 900 */
  coolOffSeconds: number;
  /** Starts let through half-open before it trips again without a success. @default 3 */
  probeStarts: number;
  /**
   * Unverified starts, in all, to countries with no success for `provenForSeconds`: a botnet spreading over every
   * country sends a few starts to each, too few to judge a rate, so new countries share one small budget. Counted
   * per clock hour and over a sliding day (the last 24 clock hours); the success that proves a new country gives
   * its start back, so real people in new countries barely spend it and a botnet's starts, which never convert,
   * do. `false` switches it off. @default { perHour: 8, perDay: 10 }
   */
  unprovenCountries: { perHour: number; perDay: number } | false;
  /** How long one success keeps a country proven. @default 604800 (7 days) */
  provenForSeconds: number;
  /** Digits after the calling code that make a prefix (as in the budgets). @default 4 */
  prefixDigits: number;
}

export const DEFAULT_CONVERSION_BREAKER: ConversionBreakerOptions = {
  windowSeconds: 3600,
  buckets: 6,
  minStarts: 20,
  minConversionRate: 0.1,
  coolOffSeconds: 900,
  probeStarts: 3,
  unprovenCountries: { perHour: 8, perDay: 10 },
  provenForSeconds: 7 * 24 * 3600,
  prefixDigits: 4,
};

/** Merges the option over the defaults; a TypeError for anything that would silently disable it. */
export function resolveConversionBreaker(
  breaker: Partial<ConversionBreakerOptions> | false | undefined,
): ConversionBreakerOptions | undefined {
  if (breaker === false) return undefined;
  if (breaker !== undefined && (typeof breaker !== 'object' || breaker === null))
    throw new TypeError('breaker must be false or an object of ConversionBreakerOptions');
  const resolved = { ...DEFAULT_CONVERSION_BREAKER, ...breaker };
  const positive = (name: keyof ConversionBreakerOptions, integer = true) => {
    const value = resolved[name];
    if (
      !(
        typeof value === 'number' &&
        value > 0 &&
        Number.isFinite(value) &&
        (!integer || Number.isInteger(value))
      )
    )
      throw new TypeError(`breaker.${name} must be ${integer ? 'an integer ≥ 1' : 'a number > 0'}`);
  };
  for (const name of [
    'windowSeconds',
    'buckets',
    'minStarts',
    'coolOffSeconds',
    'probeStarts',
    'provenForSeconds',
  ] as const)
    positive(name);
  if (!(resolved.buckets <= 60)) throw new TypeError('breaker.buckets must be at most 60');
  const rate = resolved.minConversionRate;
  if (!(typeof rate === 'number' && rate > 0 && rate < 1))
    throw new TypeError('breaker.minConversionRate must be a share between 0 and 1, e.g. 0.1');
  if (!(Number.isInteger(resolved.prefixDigits) && resolved.prefixDigits >= 1 && resolved.prefixDigits <= 8))
    throw new TypeError('breaker.prefixDigits must be an integer from 1 to 8');
  const unproven = resolved.unprovenCountries;
  if (
    unproven !== false &&
    !(
      Number.isInteger(unproven?.perHour) &&
      unproven.perHour >= 1 &&
      Number.isInteger(unproven?.perDay) &&
      unproven.perDay >= 1
    )
  )
    throw new TypeError(
      'breaker.unprovenCountries must be false or { perHour: integer ≥ 1, perDay: integer ≥ 1 }',
    );
  return resolved;
}
