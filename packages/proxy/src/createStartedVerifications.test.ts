// @vitest-environment node
import { createManualClock } from '@verikit/sinch-emulator';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryRateLimitStore } from './createMemoryRateLimitStore';
import { createRedisRateLimitStore } from './createRedisRateLimitStore';
import { createStartedVerifications } from './createStartedVerifications';
import { startRedisServer } from './testing/startRedisServer';

const number = '+46700000000';
const cleanups: (() => Promise<unknown>)[] = [];

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

function inMemory() {
  const clock = createManualClock(0);
  const store = createMemoryRateLimitStore({ now: clock.now });
  return { clock, started: createStartedVerifications({ store, ttlMs: 60_000, now: clock.now }) };
}

describe('createStartedVerifications', () => {
  it('finds a verification by id, and the newest of a number by method', async () => {
    const { started } = inMemory();
    await started.remember({ id: 'a', phoneNumber: number, method: 'sms' });
    await started.remember({ id: 'b', phoneNumber: number, method: 'flashCall' });
    await started.remember({ id: 'c', phoneNumber: number, method: 'sms' });
    expect(await started.byId('a')).toEqual({ id: 'a', phoneNumber: number, method: 'sms', startedAt: 0 });
    expect(await started.newestIdFor(number, 'sms')).toBe('c');
    expect(await started.newestIdFor(number, 'flashCall')).toBe('b');
    expect(await started.newestIdFor(number, 'callout')).toBeUndefined();
    expect(await started.newestIdFor('+46700000001', 'sms')).toBeUndefined();
    expect(await started.byId('unknown')).toBeUndefined();
  });

  it('forgets verifications once they are older than the time to live', async () => {
    const { clock, started } = inMemory();
    await started.remember({ id: 'a', phoneNumber: number, method: 'sms' });
    clock.advance(59_999);
    expect(await started.byId('a')).toBeDefined();
    clock.advance(1);
    expect(await started.byId('a')).toBeUndefined();
    expect(await started.newestIdFor(number, 'sms')).toBeUndefined();
  });

  it('counts a remembered-again id from its latest start, not its first', async () => {
    const { clock, started } = inMemory();
    await started.remember({ id: 'a', phoneNumber: number, method: 'sms' });
    clock.advance(30_000);
    await started.remember({ id: 'a', phoneNumber: number, method: 'sms' });
    clock.advance(59_999);
    expect((await started.byId('a'))?.startedAt).toBe(30_000);
  });

  it('is one record for every instance sharing a real redis-server', async () => {
    const server = await startRedisServer();
    cleanups.push(() => server.stop());
    const instance = () => {
      const client = new Redis(server.url, { maxRetriesPerRequest: 1 });
      cleanups.push(() => client.quit());
      return createStartedVerifications({
        store: createRedisRateLimitStore({ client }),
        ttlMs: 60_000,
        now: Date.now,
      });
    };
    const [first, second] = [instance(), instance()];
    await first.remember({ id: 'x1', phoneNumber: number, method: 'sms' });
    expect(await second.byId('x1')).toMatchObject({ phoneNumber: number, method: 'sms' });
    await second.remember({ id: 'x2', phoneNumber: number, method: 'sms' });
    expect(await first.newestIdFor(number, 'sms')).toBe('x2');
  });
});
