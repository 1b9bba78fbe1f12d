// @vitest-environment node
import { createVerificationClient } from '@verikit/core';
import { createSinchEmulator, EMULATOR_APPLICATION } from '@verikit/sinch-emulator';
import { describe, expect, it } from 'vitest';
import { createRedisRateLimitStore } from '../createRedisRateLimitStore';
import { createVerificationProxy } from '../createVerificationProxy';
import { redisServerForTests } from '../testing/redisServerForTests';

// Test numbers on two proxy instances sharing one real redis-server: what one started, the other verifies, and the
// limits they meet hold across both.
const redis = redisServerForTests();

describe('test numbers on two instances sharing a real redis-server', () => {
  it('verifies on one instance what the other started, caps attempts and starts across both, and sends nothing', async () => {
    const emulator = createSinchEmulator({ seed: 17 });
    const upstream: string[] = [];
    const instances = [0, 1].map(() => {
      const client = redis.connect({ maxRetriesPerRequest: 1 });
      return createVerificationProxy({
        applicationKey: EMULATOR_APPLICATION.key,
        applicationSecret: EMULATOR_APPLICATION.secret,
        fetch: (request) => {
          upstream.push(request.url);
          return emulator.fetch(request);
        },
        proof: { secret: 'test-numbers-redis-proof-secret-0123456789' },
        store: createRedisRateLimitStore({ client, prefix: 'test-numbers:' }),
        limits: { startsPerIp: { limit: 3, windowSeconds: 3600 }, resendCooldownSeconds: 0 },
        testNumbers: [{ phoneNumber: '+15555550100', code: '2468' }],
      });
    });
    const on = (instance: 0 | 1) =>
      createVerificationClient({
        baseUrl: 'http://app.local/api/verification',
        fetch: (input, init) =>
          (instances[instance] as (typeof instances)[number])(new Request(input, init), {
            clientIp: '203.0.113.80',
          }),
      });
    const identity = { type: 'number', endpoint: '+15555550100' } as const;

    const first = await on(0).start({ identity, method: 'sms' });
    for (let attempt = 0; attempt < 4; attempt++)
      expect(
        (await on((attempt % 2) as 0 | 1).report(first.id, { method: 'sms', sms: { code: '0000' } })).status,
      ).toBe('FAIL');
    const right = await on(1).report(first.id, { method: 'sms', sms: { code: '2468' } });
    expect(right).toMatchObject({ status: 'SUCCESSFUL', proof: expect.any(String) });
    // Both instances read the same proof within the mint window.
    expect((await on(0).status(first.id)).proof).toBe(right.proof);
    // The sixth report of it, on either instance, is past attemptsPerVerification.
    await expect(on(0).report(first.id, { method: 'sms', sms: { code: '2468' } })).rejects.toMatchObject({
      code: 'too_many_attempts',
    });

    // One address, three starts an hour over both instances.
    await on(1).start({ identity, method: 'sms' });
    await on(0).start({ identity, method: 'callout' });
    await expect(on(1).start({ identity, method: 'sms' })).rejects.toMatchObject({ code: 'rate_limited' });
    expect(upstream).toEqual([]);
  });
});
