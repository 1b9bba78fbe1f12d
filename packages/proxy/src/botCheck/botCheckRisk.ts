import type { RateLimitStore } from '../rateLimitStore';

/** Tokenless starts a window may see beside 1.5 × the tokens that came back before they keep the risk raised. */
const KNOCKS_OVER_PASSES = 5;

/**
 * The risk a tripped breaker or a surge raised, remembered per country or prefix (`bc:raised:<key>`) for `ttlMs`, so
 * a person who solved the widget, verified and closed the breaker does not reopen the gate to a botnet still
 * knocking. It is kept raised while, in the current window of `ttlMs`, starts refused for want of a token
 * (`bc:knock:`) outnumber 1.5 × the starts that came with a good one (`bc:pass:`) by 5 or more: real people,
 * asked once, come back with a token; a botnet does not. So it lapses `ttlMs` after the botnet stops, even while
 * real people keep coming.
 */
export function botCheckRisk(ttlMs: number) {
  const windowOf = (now: number) => Math.floor(now / ttlMs);
  const raise = (store: RateLimitStore, key: string) => store.set(`bc:raised:${key}`, '1', ttlMs);
  return {
    raise,
    /** The first of `keys` whose risk is still raised, or `undefined`. */
    async raisedAmong(store: RateLimitStore, keys: readonly string[]): Promise<string | undefined> {
      const marks = await Promise.all(keys.map((key) => store.get(`bc:raised:${key}`)));
      return keys.find((_, index) => marks[index] !== undefined);
    },
    /** A start refused for want of a token while `key` is raised: keeps it raised while such starts dominate. */
    async knocked(store: RateLimitStore, key: string, now: number): Promise<void> {
      const window = windowOf(now);
      const [knocks, passes] = await Promise.all([
        store.increment(`bc:knock:${key}:${window}`, ttlMs),
        store.get(`bc:pass:${key}:${window}`),
      ]);
      if (knocks.count >= 1.5 * Number(passes ?? 0) + KNOCKS_OVER_PASSES) await raise(store, key);
    },
    /** A start whose token passed, for its country and prefix. */
    async passed(store: RateLimitStore, keys: readonly string[], now: number): Promise<void> {
      const window = windowOf(now);
      await Promise.all(keys.map((key) => store.increment(`bc:pass:${key}:${window}`, ttlMs)));
    },
  };
}
