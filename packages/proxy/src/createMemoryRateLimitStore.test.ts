// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createMemoryRateLimitStore } from './createMemoryRateLimitStore';

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
    const store = createMemoryRateLimitStore({ now: time.now, sweepThreshold: 10 });
    await store.increment('kept', 10_000);
    for (let index = 0; index < 50; index++) await store.increment(`flood-${index}`, 10);
    time.advance(20);
    for (let index = 50; index < 100; index++) await store.increment(`flood-${index}`, 10);
    expect((await store.increment('kept', 10_000)).count).toBe(2);
  });
});
