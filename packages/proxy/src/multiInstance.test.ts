// @vitest-environment node
import type { ProxyStartResponse } from '@verikit/core';
import { createSinchEmulator, EMULATOR_APPLICATION } from '@verikit/sinch-emulator';
import { describe, expect, it } from 'vitest';
import { createRedisRateLimitStore } from './createRedisRateLimitStore';
import { createVerificationProxy } from './createVerificationProxy';
import type { RateLimitStore } from './rateLimitStore';
import { redisServerForTests } from './testing/redisServerForTests';
import type { VerificationProxyOptions } from './verificationProxyOptions';

// Three proxy instances behind one load balancer, one real redis-server, one Sinch (the emulator): every cap must
// hold exactly as it does on one instance.
const redis = redisServerForTests();
let prefix = 0;

function sharedStore(): () => RateLimitStore {
  const keyPrefix = `multi-${++prefix}:`;
  return () =>
    createRedisRateLimitStore({ client: redis.connect({ maxRetriesPerRequest: 1 }), prefix: keyPrefix });
}

/** `count` proxy instances, each with its own Redis connection, in front of one emulator that counts what reaches it. */
function deployment(
  count: number,
  limits: VerificationProxyOptions['limits'] = {},
  options: Partial<VerificationProxyOptions> = {},
) {
  const emulator = createSinchEmulator({ seed: 5 });
  const reached: string[] = [];
  const connect = sharedStore();
  const instances = Array.from({ length: count }, () =>
    createVerificationProxy({
      applicationKey: EMULATOR_APPLICATION.key,
      applicationSecret: EMULATOR_APPLICATION.secret,
      fetch: (request) => {
        reached.push(`${request.method} ${new URL(request.url).pathname.replace(/^.*\/verifications/, '')}`);
        return emulator.fetch(request);
      },
      proof: { secret: 'multi-instance-proof-secret-0123456789abcdef' },
      store: connect(),
      limits,
      ...options,
    }),
  );
  const call = (instance: number, method: string, path: string, body: unknown, clientIp = '203.0.113.7') =>
    (instances[instance % count] as (typeof instances)[number])(
      new Request(`https://app.example/api/verification${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
      { clientIp },
    );
  const start = (instance: number, endpoint: string, clientIp?: string) =>
    call(
      instance,
      'POST',
      '/verifications',
      { identity: { type: 'number', endpoint }, method: 'sms' },
      clientIp,
    );
  return { emulator, reached, call, start };
}

const wrong = { method: 'sms', sms: { code: '0000000' } };

async function wrongCodesReachingSinch(instances: number): Promise<number> {
  const number = '+46700000010';
  const { reached, call, start } = deployment(instances);
  const { id } = (await (await start(0, number)).json()) as ProxyStartResponse;
  // 40 wrong codes, by id and by number in turn, spread over the instances, all in flight at once.
  const answers = await Promise.all(
    Array.from({ length: 40 }, (_, index) =>
      call(index, 'PUT', index % 2 ? `/verifications/id/${id}` : `/verifications/number/${number}`, wrong),
    ),
  );
  const statuses = answers.map((answer) => answer.status);
  expect(statuses.filter((status) => status === 429)).toHaveLength(40 - 5);
  return reached.filter((line) => line.startsWith('PUT')).length;
}

describe('three proxy instances on one real redis-server', () => {
  it('let exactly the attempt cap (5) of 40 interleaved wrong codes reach Sinch, as one instance does', async () => {
    expect(await wrongCodesReachingSinch(1)).toBe(5);
    expect(await wrongCodesReachingSinch(3)).toBe(5);
  });

  it('hold the per-number start limit exactly (5 starts an hour)', async () => {
    const { reached, start } = deployment(3, { resendCooldownSeconds: 0, startsPerIp: false });
    const answers = await Promise.all(
      Array.from({ length: 15 }, (_, index) => start(index, '+46700000020', `198.51.100.${index}`)),
    );
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(5);
    expect(reached.filter((line) => line.startsWith('POST'))).toHaveLength(5);
  });

  it('hold the per-IP start limit exactly (10 starts an hour) over rotating numbers', async () => {
    // The breaker off: its budget for countries with no success yet (8 an hour) would refuse them first.
    const { reached, start } = deployment(3, {}, { breaker: false });
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, index) => start(index, `+4670555${String(index).padStart(4, '0')}`)),
    );
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(10);
    expect(reached.filter((line) => line.startsWith('POST'))).toHaveLength(10);
  });

  it('hold the resend cooldown exactly: one of twelve racing starts of one number goes out', async () => {
    const { reached, start } = deployment(3);
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, index) => start(index, '+46700000030', `198.51.100.${index}`)),
    );
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1);
    expect(reached.filter((line) => line.startsWith('POST'))).toHaveLength(1);
  });
});
