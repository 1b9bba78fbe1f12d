/** One fixed-window counter after a hit. */
export interface RateLimitCounter {
  /** Hits in the current window, this one included. */
  count: number;
  /** Milliseconds until the window ends and the count starts again from zero. */
  resetInMs: number;
}

/**
 * Where the proxy keeps its abuse counters. In-memory by default (`createMemoryRateLimitStore`); use
 * `createRedisRateLimitStore` from `@verikit/proxy/redis` when several proxy instances share the traffic.
 */
export interface RateLimitStore {
  /** Counts one hit on `key` in a fixed window of `windowMs` that starts at the key's first hit. */
  increment(key: string, windowMs: number): Promise<RateLimitCounter>;
  /** Forgets `key`, e.g. a resend cooldown whose start never reached Sinch. */
  reset(key: string): Promise<void>;
}
