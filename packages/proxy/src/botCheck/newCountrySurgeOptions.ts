/**
 * A new-country surge: starts to one country's numbers rising fast in the current window over what its recent
 * windows saw (none, or few). A botnet spreading over countries the app never serves looks like this long before the
 * conversion breaker has enough starts to judge; a real launch in a new market does too, so it only raises the risk:
 * the start must then carry a bot-check token.
 */
export interface NewCountrySurgeOptions {
  /** The length of one counting window. @default 900 (15 minutes) */
  windowSeconds: number;
  /** The windows before the current one whose average is the country's baseline. @default 8 (2 hours) */
  baselineWindows: number;
  /** Starts in the current window before it can be a surge at all. @default 20 */
  minStarts: number;
  /** A surge once the current window has more than `factor` × the baseline's average. @default 5 */
  factor: number;
}

export const DEFAULT_NEW_COUNTRY_SURGE: NewCountrySurgeOptions = {
  windowSeconds: 900,
  baselineWindows: 8,
  minStarts: 20,
  factor: 5,
};

/** Merges the option over the defaults; a TypeError for anything that would silently disable it. */
export function resolveNewCountrySurge(
  surge: Partial<NewCountrySurgeOptions> | false | undefined,
): NewCountrySurgeOptions | undefined {
  if (surge === false) return undefined;
  if (surge !== undefined && (typeof surge !== 'object' || surge === null))
    throw new TypeError('botCheck.newCountrySurge must be false or an object of NewCountrySurgeOptions');
  const resolved = { ...DEFAULT_NEW_COUNTRY_SURGE, ...surge };
  for (const name of ['windowSeconds', 'baselineWindows', 'minStarts'] as const) {
    const value = resolved[name];
    if (!(Number.isInteger(value) && value >= 1))
      throw new TypeError(`botCheck.newCountrySurge.${name} must be an integer ≥ 1`);
  }
  if (resolved.baselineWindows > 48)
    throw new TypeError('botCheck.newCountrySurge.baselineWindows must be at most 48');
  if (!(typeof resolved.factor === 'number' && Number.isFinite(resolved.factor) && resolved.factor >= 1))
    throw new TypeError('botCheck.newCountrySurge.factor must be a number ≥ 1');
  return resolved;
}
