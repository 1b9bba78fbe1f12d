import type { RateLimitCounter, RateLimitStore } from './rateLimitStore';

export interface MemoryRateLimitStoreOptions {
  /** The clock, for tests. @default Date.now */
  now?: () => number;
  /**
   * The most keys held at once (each counted IP, number, cooldown, started verification, replay or proof mark is
   * one). When it is reached the expired keys are swept; if every key is still live, a write of a new key throws
   * and the proxy keeps its gates shut rather than forget a limit. At about 220 bytes a key (`bench:memory`), the
   * default holds some 125,000 live starts (four keys each) in about 110 MB. @default 500_000
   */
  maxKeys?: number;
}

/** The memory store: the store interface, and how many keys it holds (for monitoring). */
export interface MemoryRateLimitStore extends RateLimitStore {
  /** Keys held now, expired ones not yet swept included. */
  readonly size: number;
}

interface Entry {
  /** A counter's count, or a stored value. */
  value: number | string;
  expiresAt: number;
}

/**
 * Keys looked at on each write: more than one, so the sweep outpaces any flood of new keys; each expired key found
 * buys as many more looks, up to the most, so once a flood's windows end its keys go within a few thousand writes
 * (800,000 in about 3,000), at a bounded cost per write and with no pause to sweep them all.
 */
const SWEEP_STEPS_PER_WRITE = 4;
const MAX_SWEEP_STEPS_PER_WRITE = 1024;

/** Raised by a write of a new key while the store holds `maxKeys` live keys. */
export class MemoryStoreFullError extends Error {
  override name = 'MemoryStoreFullError';
}

const memoryStores = new WeakSet<object>();

/** Whether `store` keeps its state in this process (one made by `createMemoryRateLimitStore`). */
export function isMemoryStore(store: RateLimitStore): boolean {
  return memoryStores.has(store);
}

/** Every TTL the store is given is at least a millisecond, as Redis's `PX` requires. */
const ttlOf = (ms: number) => Math.max(1, Math.ceil(ms));

/**
 * The proxy's deciding state in this process's memory: right for one instance, lost on restart. Bounded: at most
 * `maxKeys` keys, and expired ones are swept as writes go (a few per write, all of them when the cap is reached), so
 * memory comes back once a flood's windows have passed.
 */
export function createMemoryRateLimitStore(options: MemoryRateLimitStoreOptions = {}): MemoryRateLimitStore {
  const now = options.now ?? Date.now;
  const maxKeys = options.maxKeys ?? 500_000;
  if (!Number.isSafeInteger(maxKeys) || maxKeys < 1)
    throw new TypeError('maxKeys must be a positive whole number');
  const entries = new Map<string, Entry>();
  // A cursor that walks the map across writes, never from the front each time: V8 keeps deleted entries as holes
  // until the table is rebuilt, and restarting at the front would walk past the same holes again and again.
  let cursor: Iterator<[string, Entry]> | undefined;

  function sweepAll(at: number): void {
    for (const [key, entry] of entries) if (entry.expiresAt <= at) entries.delete(key);
    cursor = undefined;
  }

  function sweepSome(at: number): void {
    let budget = SWEEP_STEPS_PER_WRITE;
    for (let step = 0; step < budget; step++) {
      cursor ??= entries.entries();
      const next = cursor.next();
      if (next.done) {
        cursor = undefined;
        return;
      }
      if (next.value[1].expiresAt <= at) {
        entries.delete(next.value[0]);
        budget = Math.min(MAX_SWEEP_STEPS_PER_WRITE, budget + SWEEP_STEPS_PER_WRITE);
      }
    }
  }

  function live(key: string, at: number): Entry | undefined {
    const entry = entries.get(key);
    if (entry && entry.expiresAt <= at) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  }

  /** Makes room for a new key, or throws when every key held is still live. */
  function admit(at: number): void {
    if (entries.size < maxKeys) return;
    sweepAll(at);
    if (entries.size >= maxKeys)
      throw new MemoryStoreFullError(`the memory store holds its ${maxKeys} keys (maxKeys), all live`);
  }

  function write(key: string, value: number | string, ttlMs: number, at: number): void {
    sweepSome(at);
    if (!live(key, at)) admit(at);
    // Delete first so the key moves to the end: the sweep meets keys roughly in the order they expire.
    entries.delete(key);
    entries.set(key, { value, expiresAt: at + ttlOf(ttlMs) });
  }

  const store: MemoryRateLimitStore = {
    get size() {
      return entries.size;
    },
    async increment(key: string, windowMs: number): Promise<RateLimitCounter> {
      const at = now();
      const entry = live(key, at);
      if (entry) {
        // As Redis's INCR: a decimal value counts on, anything else is not a counter.
        const count = Number(entry.value);
        if (!Number.isSafeInteger(count)) throw new TypeError(`${key} holds a value, not a counter`);
        entry.value = count + 1;
        return { count: entry.value, resetInMs: entry.expiresAt - at };
      }
      write(key, 1, windowMs, at);
      return { count: 1, resetInMs: ttlOf(windowMs) };
    },
    async reset(key: string): Promise<void> {
      entries.delete(key);
    },
    async get(key: string): Promise<string | undefined> {
      const entry = live(key, now());
      return entry === undefined ? undefined : String(entry.value);
    },
    async set(key: string, value: string, ttlMs: number): Promise<void> {
      write(key, value, ttlMs, now());
    },
    async setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean> {
      const at = now();
      if (live(key, at)) return false;
      write(key, value, ttlMs, at);
      return true;
    },
  };
  memoryStores.add(store);
  return store;
}
