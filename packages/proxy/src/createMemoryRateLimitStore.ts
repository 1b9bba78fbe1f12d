import type { RateLimitCounter, RateLimitStore } from './rateLimitStore';

export interface MemoryRateLimitStoreOptions {
  /** The clock, for tests. @default Date.now */
  now?: () => number;
  /**
   * Expired windows are swept once the map holds this many keys, so memory stays bounded under a flood of
   * distinct keys (each IP or number is one). @default 10_000
   */
  sweepThreshold?: number;
}

interface Window {
  count: number;
  endsAt: number;
}

/** Counters in this process's memory: right for one instance, lost on restart. */
export function createMemoryRateLimitStore(options: MemoryRateLimitStoreOptions = {}): RateLimitStore {
  const now = options.now ?? Date.now;
  const sweepThreshold = options.sweepThreshold ?? 10_000;
  const windows = new Map<string, Window>();
  let nextSweepAt = sweepThreshold;

  function sweep(at: number): void {
    for (const [key, window] of windows) if (window.endsAt <= at) windows.delete(key);
    // If most keys are still live, wait for the map to double before sweeping again (amortised O(1) per hit).
    nextSweepAt = Math.max(sweepThreshold, windows.size * 2);
  }

  return {
    async increment(key: string, windowMs: number): Promise<RateLimitCounter> {
      const at = now();
      let window = windows.get(key);
      if (!window || window.endsAt <= at) {
        if (windows.size >= nextSweepAt) sweep(at);
        window = { count: 0, endsAt: at + windowMs };
        windows.set(key, window);
      }
      window.count += 1;
      return { count: window.count, resetInMs: window.endsAt - at };
    },
    async reset(key: string): Promise<void> {
      windows.delete(key);
    },
  };
}
