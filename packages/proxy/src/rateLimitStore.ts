/** One fixed-window counter after a hit. */
export interface RateLimitCounter {
  /** Hits in the current window, this one included. */
  count: number;
  /** Milliseconds until the window ends and the count starts again from zero. */
  resetInMs: number;
}

/**
 * Where the proxy keeps every piece of state that decides: abuse counters, cooldowns, attempt counts, the record of
 * started verifications, callback replay memory and issued-proof marks. In-memory by default
 * (`createMemoryRateLimitStore`, one instance); use `createRedisRateLimitStore` from `@verikit/proxy/redis` when
 * several proxy instances share the traffic, so that they decide as one.
 *
 * Every method may throw (e.g. the store is unreachable or full): the proxy then keeps its gates shut.
 */
export interface RateLimitStore {
  /** Counts one hit on `key` in a fixed window of `windowMs` that starts at the key's first hit. */
  increment(key: string, windowMs: number): Promise<RateLimitCounter>;
  /** Forgets `key` (a counter or a value), e.g. a resend cooldown whose start never reached Sinch. */
  reset(key: string): Promise<void>;
  /** The value under `key` while it lives; a counter reads as its count in decimal. */
  get(key: string): Promise<string | undefined>;
  /** Stores `value` under `key` for `ttlMs`, replacing what was there. */
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /**
   * Stores `value` under `key` for `ttlMs` only when no live value is there: `true` when this call stored it. Atomic
   * across every instance sharing the store, so exactly one of racing callers wins (replay marks, proof ids).
   */
  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean>;
}

/** The same interface under the name of what it has become: the store of all the proxy's deciding state. */
export type ProxyStore = RateLimitStore;
