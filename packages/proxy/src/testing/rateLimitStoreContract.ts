import { describe, expect, it } from 'vitest';
import type { RateLimitStore } from '../rateLimitStore';

export interface StoreUnderTest {
  /** The store, as one proxy instance holds it. */
  store: RateLimitStore;
  /** The same state as another instance holds it (its own connection, for Redis). */
  other: RateLimitStore;
  /** Lets `ms` pass for the store's clock. */
  elapse(ms: number): Promise<void>;
}

/**
 * What every store must do, run against each implementation, so the proxy decides the same on memory and on Redis.
 * TTLs are short (Redis's clock cannot be faked): `elapse` sleeps for Redis, moves a manual clock for memory.
 */
export function describeStoreContract(name: string, setup: () => Promise<StoreUnderTest>): void {
  const TTL = 60;
  const PAST_TTL = 120;
  let unique = 0;
  const key = (label: string) => `contract:${label}:${++unique}`;

  describe(`store contract: ${name}`, () => {
    it('counts hits in a fixed window shared by instances and reads a counter as its decimal count', async () => {
      const { store, other } = await setup();
      const counter = key('count');
      expect((await store.increment(counter, 60_000)).count).toBe(1);
      expect((await other.increment(counter, 60_000)).count).toBe(2);
      const third = await store.increment(counter, 60_000);
      expect(third.count).toBe(3);
      expect(third.resetInMs).toBeGreaterThan(0);
      expect(third.resetInMs).toBeLessThanOrEqual(60_000);
      expect(await other.get(counter)).toBe('3');
    });

    it('starts a counter from zero once its window has passed, or after a reset', async () => {
      const { store, elapse } = await setup();
      const counter = key('window');
      await store.increment(counter, TTL);
      await store.increment(counter, TTL);
      await elapse(PAST_TTL);
      expect(await store.get(counter)).toBeUndefined();
      expect((await store.increment(counter, 60_000)).count).toBe(1);
      await store.reset(counter);
      expect((await store.increment(counter, 60_000)).count).toBe(1);
    });

    it('counts concurrent hits from two instances exactly once each', async () => {
      const { store, other } = await setup();
      const counter = key('burst');
      const counts = await Promise.all(
        Array.from({ length: 40 }, (_, index) => (index % 2 ? store : other).increment(counter, 60_000)),
      );
      expect(counts.map((hit) => hit.count).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 40 }, (_, index) => index + 1),
      );
    });

    it('stores a value for its TTL, replaces it on set and forgets it on reset', async () => {
      const { store, other, elapse } = await setup();
      const value = key('value');
      expect(await store.get(value)).toBeUndefined();
      await store.set(value, 'first', 60_000);
      expect(await other.get(value)).toBe('first');
      await other.set(value, 'second', TTL);
      expect(await store.get(value)).toBe('second');
      await elapse(PAST_TTL);
      expect(await store.get(value)).toBeUndefined();
      await store.set(value, 'third', 60_000);
      await other.reset(value);
      expect(await store.get(value)).toBeUndefined();
    });

    it('sets a mark only when none lives: true for the one call that set it', async () => {
      const { store, other, elapse } = await setup();
      const mark = key('mark');
      expect(await store.setIfAbsent(mark, 'a', TTL)).toBe(true);
      expect(await other.setIfAbsent(mark, 'b', 60_000)).toBe(false);
      expect(await store.get(mark)).toBe('a');
      await elapse(PAST_TTL);
      expect(await other.setIfAbsent(mark, 'c', 60_000)).toBe(true);
      await store.reset(mark);
      expect(await store.setIfAbsent(mark, 'd', 60_000)).toBe(true);
    });

    it('lets exactly one of 40 racing instances set a mark', async () => {
      const { store, other } = await setup();
      const mark = key('race');
      const wins = await Promise.all(
        Array.from({ length: 40 }, (_, index) =>
          (index % 2 ? store : other).setIfAbsent(mark, String(index), 60_000),
        ),
      );
      expect(wins.filter(Boolean)).toHaveLength(1);
      expect(await store.get(mark)).toBe(String(wins.indexOf(true)));
    });
  });
}
