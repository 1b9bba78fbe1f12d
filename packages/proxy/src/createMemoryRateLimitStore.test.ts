// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createMemoryRateLimitStore, MemoryStoreFullError } from './createMemoryRateLimitStore';

function clock(start = 0) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe('memory rate-limit store', () => {
  it('counts hits in a window that starts at the first hit and tells how long it has left', async () => {
    const time = clock();
    const store = createMemoryRateLimitStore({ now: time.now });
    expect(await store.increment('a', 1000)).toEqual({ count: 1, resetInMs: 1000 });
    time.advance(400);
    expect(await store.increment('a', 1000)).toEqual({ count: 2, resetInMs: 600 });
    expect(await store.increment('b', 1000)).toEqual({ count: 1, resetInMs: 1000 });
  });

  it('starts from zero once the window has passed, or after a reset', async () => {
    const time = clock();
    const store = createMemoryRateLimitStore({ now: time.now });
    await store.increment('a', 1000);
    await store.increment('a', 1000);
    time.advance(1000);
    expect((await store.increment('a', 1000)).count).toBe(1);
    await store.reset('a');
    expect((await store.increment('a', 1000)).count).toBe(1);
  });

  it('keeps counting live keys while it sweeps expired ones under a flood of distinct keys', async () => {
    const time = clock();
    const store = createMemoryRateLimitStore({ now: time.now, maxKeys: 60 });
    await store.increment('kept', 10_000);
    for (let index = 0; index < 50; index++) await store.increment(`flood-${index}`, 10);
    time.advance(20);
    for (let index = 50; index < 100; index++) await store.increment(`flood-${index}`, 10);
    expect((await store.increment('kept', 10_000)).count).toBe(2);
  });

  it('refuses a new key once it holds maxKeys live ones, and takes it again when some expire', async () => {
    const time = clock();
    const store = createMemoryRateLimitStore({ now: time.now, maxKeys: 3 });
    await store.increment('a', 1000);
    await store.set('b', 'x', 5000);
    expect(await store.setIfAbsent('c', 'y', 5000)).toBe(true);
    await expect(store.increment('d', 1000)).rejects.toThrow(MemoryStoreFullError);
    await expect(store.set('d', 'x', 1000)).rejects.toThrow(/maxKeys/);
    await expect(store.setIfAbsent('d', 'x', 1000)).rejects.toThrow(MemoryStoreFullError);
    // Keys it already holds still count and change: a full store never forgets a limit.
    expect((await store.increment('a', 1000)).count).toBe(2);
    await store.set('b', 'z', 5000);
    time.advance(1000);
    expect((await store.increment('d', 1000)).count).toBe(1);
    expect(await store.get('b')).toBe('z');
  });

  it('sweeps expired keys as writes go, well before the cap', async () => {
    const time = clock();
    const store = createMemoryRateLimitStore({ now: time.now });
    for (let index = 0; index < 1000; index++) await store.set(`old-${index}`, 'x', 10);
    expect(store.size).toBe(1000);
    time.advance(20);
    // Each write sweeps a few keys: 1,000 fresh writes leave none of the 1,000 expired ones behind.
    for (let index = 0; index < 1000; index++) await store.increment(`new-${index}`, 60_000);
    expect(store.size).toBe(1000);
  });

  it("frees a flood's expired keys within a few writes once its windows end, not one write per key", async () => {
    const time = clock();
    const store = createMemoryRateLimitStore({ now: time.now });
    for (let index = 0; index < 20_000; index++) await store.set(`flood-${index}`, 'x', 1000);
    time.advance(1000);
    for (let index = 0; index < 40; index++) await store.set(`fresh-${index}`, 'x', 1000);
    expect(store.size).toBe(40);
  });

  it('reads a counter as its decimal count and counts on from a decimal value, as Redis does', async () => {
    const store = createMemoryRateLimitStore();
    await store.increment('n', 1000);
    expect(await store.get('n')).toBe('1');
    await store.set('v', '41', 1000);
    expect((await store.increment('v', 1000)).count).toBe(42);
    await store.set('w', 'word', 1000);
    await expect(store.increment('w', 1000)).rejects.toThrow(TypeError);
  });

  it('rejects a maxKeys that is not a positive whole number at creation', () => {
    for (const maxKeys of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => createMemoryRateLimitStore({ maxKeys })).toThrow(TypeError);
  });
});
