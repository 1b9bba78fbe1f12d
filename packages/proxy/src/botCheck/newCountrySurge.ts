import type { AbuseEvent } from '../guards/abuseEvent';
import type { RateLimitStore } from '../rateLimitStore';
import type { NewCountrySurgeOptions } from './newCountrySurgeOptions';

/**
 * Counts starts per country in fixed windows in the store (`bc:n:<country>:<window>`, so every instance counts into
 * the same windows) and tells whether the current window is a surge over the country's baseline. The baseline (the
 * sum of the previous windows) is read once per country and window, then kept under `bc:b:<country>:<window>`:
 * a start costs one increment, plus one read once the window passed `minStarts`.
 */
export function newCountrySurge(options: NewCountrySurgeOptions) {
  const windowMs = options.windowSeconds * 1000;
  const keepMs = windowMs * (options.baselineWindows + 1);
  async function baselineOf(store: RateLimitStore, country: string, current: number): Promise<number> {
    const cached = await store.get(`bc:b:${country}:${current}`);
    if (cached !== undefined) return Number(cached);
    const counts = await Promise.all(
      Array.from({ length: options.baselineWindows }, (_, back) =>
        store.get(`bc:n:${country}:${current - 1 - back}`),
      ),
    );
    const sum = counts.reduce((total, value) => total + Number(value ?? 0), 0);
    await store.set(`bc:b:${country}:${current}`, String(sum), windowMs);
    return sum;
  }
  return {
    /** Counts this start; why the risk is raised, or `undefined`. Alerts once per country and window. */
    async count(
      store: RateLimitStore,
      country: string,
      now: number,
      onAbuse: (event: AbuseEvent) => void,
    ): Promise<string | undefined> {
      const current = Math.floor(now / windowMs);
      const { count } = await store.increment(`bc:n:${country}:${current}`, keepMs);
      if (count < options.minStarts) return undefined;
      const average = (await baselineOf(store, country, current)) / options.baselineWindows;
      if (!(count > options.factor * average)) return undefined;
      const until = (current + 1) * windowMs;
      if (await store.setIfAbsent(`bc:alerted:${country}:${current}`, '1', windowMs))
        onAbuse({
          kind: 'new_country_surge',
          scope: 'country',
          key: country,
          starts: count,
          verified: 0,
          until,
        });
      return `new-country surge: ${count} starts to ${country} this window over an average of ${average.toFixed(1)} in the ${options.baselineWindows} before`;
    },
  };
}
