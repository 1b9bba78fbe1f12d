import { createManualClock } from '@verikit/sinch-emulator';
import { describe, expect, it } from 'vitest';
import { createStartedVerifications } from './createStartedVerifications';

const number = '+46700000000';

describe('createStartedVerifications', () => {
  it('finds a verification by id, and the newest of a number by method', () => {
    const clock = createManualClock(0);
    const started = createStartedVerifications({ ttlMs: 60_000, maxEntries: 10, now: clock.now });
    started.remember({ id: 'a', phoneNumber: number, method: 'sms' });
    started.remember({ id: 'b', phoneNumber: number, method: 'flashCall' });
    started.remember({ id: 'c', phoneNumber: number, method: 'sms' });
    expect(started.byId('a')).toMatchObject({ phoneNumber: number, method: 'sms' });
    expect(started.newestFor(number, 'sms')?.id).toBe('c');
    expect(started.newestFor(number, 'flashCall')?.id).toBe('b');
    expect(started.newestFor(number, 'callout')).toBeUndefined();
    expect(started.newestFor('+46700000001', 'sms')).toBeUndefined();
  });

  it('forgets verifications once they are older than the time to live', () => {
    const clock = createManualClock(0);
    const started = createStartedVerifications({ ttlMs: 60_000, maxEntries: 10, now: clock.now });
    started.remember({ id: 'a', phoneNumber: number, method: 'sms' });
    clock.advance(59_999);
    expect(started.byId('a')).toBeDefined();
    clock.advance(1);
    expect(started.byId('a')).toBeUndefined();
    expect(started.newestFor(number, 'sms')).toBeUndefined();
  });

  it('keeps at most maxEntries, forgetting the oldest first', () => {
    const clock = createManualClock(0);
    const started = createStartedVerifications({ ttlMs: 60_000, maxEntries: 3, now: clock.now });
    for (let index = 0; index < 5; index++)
      started.remember({ id: `v${index}`, phoneNumber: `+4670000000${index}`, method: 'sms' });
    expect(['v0', 'v1', 'v2', 'v3', 'v4'].map((id) => started.byId(id) !== undefined)).toEqual([
      false,
      false,
      true,
      true,
      true,
    ]);
    expect(started.newestFor('+46700000000', 'sms')).toBeUndefined();
    expect(started.newestFor('+46700000004', 'sms')?.id).toBe('v4');
  });

  it('keeps the newer verification of a number when an older one is evicted', () => {
    const clock = createManualClock(0);
    const started = createStartedVerifications({ ttlMs: 60_000, maxEntries: 2, now: clock.now });
    started.remember({ id: 'old', phoneNumber: number, method: 'sms' });
    started.remember({ id: 'new', phoneNumber: number, method: 'sms' });
    started.remember({ id: 'other', phoneNumber: '+46700000001', method: 'sms' });
    expect(started.byId('old')).toBeUndefined();
    expect(started.newestFor(number, 'sms')?.id).toBe('new');
  });

  it('counts a remembered-again id from its latest start, not its first', () => {
    const clock = createManualClock(0);
    const started = createStartedVerifications({ ttlMs: 60_000, maxEntries: 2, now: clock.now });
    started.remember({ id: 'a', phoneNumber: number, method: 'sms' });
    started.remember({ id: 'b', phoneNumber: '+46700000001', method: 'sms' });
    clock.advance(30_000);
    started.remember({ id: 'a', phoneNumber: number, method: 'sms' });
    expect(started.byId('a')).toBeDefined();
    expect(started.byId('b')).toBeDefined();
    clock.advance(59_999);
    // `b` is past its time to live; `a`, started again 30 s after it, is not.
    expect(started.byId('b')).toBeUndefined();
    expect(started.newestFor(number, 'sms')?.id).toBe('a');
    started.remember({ id: 'c', phoneNumber: '+46700000002', method: 'sms' });
    expect([started.byId('a')?.id, started.byId('c')?.id]).toEqual(['a', 'c']);
  });
});
