// @vitest-environment node
import { MAGIC_NUMBERS } from '@verikit/sinch-emulator';
import { describe, expect, it } from 'vitest';
import { createMemoryRateLimitStore } from './createMemoryRateLimitStore';
import type { RateLimitStore } from './rateLimitStore';
import { emulatedProxy } from './testing/emulatedProxy';

/** A working store whose writes of the started-verifications record fail while `down.on` is set. */
function storeFailingOnTheRecord() {
  const down = { on: true };
  const inner = createMemoryRateLimitStore();
  const store: RateLimitStore = {
    increment: (key, windowMs) => inner.increment(key, windowMs),
    reset: (key) => inner.reset(key),
    get: (key) => inner.get(key),
    setIfAbsent: (key, value, ttlMs) => inner.setIfAbsent(key, value, ttlMs),
    set: (key, value, ttlMs) =>
      down.on && key.startsWith('started')
        ? Promise.reject(new Error('redis: connection lost'))
        : inner.set(key, value, ttlMs),
  };
  return { store, down };
}

describe('the store failing after Sinch accepted a start', () => {
  const number = MAGIC_NUMBERS.fixedCode;
  const start = (proxy: ReturnType<typeof emulatedProxy>['proxy']) =>
    proxy(
      new Request('http://app.local/api/verification/verifications', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ identity: { type: 'number', endpoint: number }, method: 'sms' }),
      }),
      { clientIp: '203.0.113.7' },
    );

  it('answers a typed 503 service_unavailable, says in the log that the code is out, and keeps the cooldown', async () => {
    const { store, down } = storeFailingOnTheRecord();
    const { proxy, emulator, logs } = emulatedProxy({ store });

    const response = await start(proxy);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(await response.json()).toEqual({
      error: {
        code: 'service_unavailable',
        message: 'Verification is unavailable for a moment; try again shortly',
        retryAfter: 5,
      },
    });
    // The SMS did go out: the log says so, for the operator.
    expect(emulator.inbox.all()).toHaveLength(1);
    expect(logs.at(-1)).toMatchObject({
      level: 'error',
      status: 503,
      errorCode: 'service_unavailable',
      message:
        'Sinch accepted the start, so its code is already out (SMS, call or message), but the store failed to record it: redis: connection lost (answered service_unavailable; the resend cooldown is kept)',
    });

    // Fail closed: a retry, with the store back, meets the resend cooldown and sends no second SMS.
    down.on = false;
    const retry = await start(proxy);
    expect(retry.status).toBe(429);
    expect(((await retry.json()) as { error: { code: string } }).error.code).toBe('resend_cooldown');
    expect(emulator.inbox.all()).toHaveLength(1);
  });

  it("answers the same with onStoreFailure: 'open' (no record, no proof could ever be minted for it)", async () => {
    const { store } = storeFailingOnTheRecord();
    const { proxy, emulator } = emulatedProxy({ store, onStoreFailure: 'open' });
    const response = await start(proxy);
    expect(response.status).toBe(503);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('service_unavailable');
    expect(emulator.inbox.all()).toHaveLength(1);
  });
});
