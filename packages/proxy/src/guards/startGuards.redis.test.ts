// @vitest-environment node
import {
  createManualClock,
  createSinchEmulator,
  EMULATOR_APPLICATION,
  MAGIC_NUMBERS,
} from '@verikit/sinch-emulator';
import { describe, expect, it } from 'vitest';
import { createRedisRateLimitStore } from '../createRedisRateLimitStore';
import { createVerificationProxy } from '../createVerificationProxy';
import { botnetCaller } from '../testing/botnetCaller';
import { germanMobile as de, swedishMobile as se } from '../testing/mobileNumbers';
import { redisServerForTests } from '../testing/redisServerForTests';
import { startAcrossCountries } from '../testing/startAcrossCountries';
import { startRedisServer } from '../testing/startRedisServer';
import type { VerificationProxyOptions } from '../verificationProxyOptions';
import type { AbuseEvent } from './abuseEvent';

// The start pipeline on two proxy instances behind one load balancer, one real redis-server and one emulator: the
// aggregate guards must hold across them as on one instance.
const redis = redisServerForTests();
let prefix = 0;

function twoInstances(options: Partial<VerificationProxyOptions> = {}, redisUrl?: string) {
  const clock = createManualClock(Date.parse('2026-03-02T09:00:00Z'));
  const emulator = createSinchEmulator({ now: clock.now, seed: 11 });
  const alerts: AbuseEvent[] = [];
  const keyPrefix = `guards-${++prefix}:`;
  const instances = [0, 1].map(() => {
    const client = redis.connect({ maxRetriesPerRequest: 0, enableOfflineQueue: !redisUrl }, redisUrl);
    client.on('error', () => undefined);
    return createVerificationProxy({
      applicationKey: EMULATOR_APPLICATION.key,
      applicationSecret: EMULATOR_APPLICATION.secret,
      fetch: emulator.fetch,
      now: clock.now,
      proof: { secret: 'guards-redis-proof-secret-0123456789abcdef' },
      store: createRedisRateLimitStore({ client, prefix: keyPrefix }),
      onAbuseDetected: (event) => alerts.push(event),
      ...options,
    });
  });
  const call = botnetCaller(instances);
  const start = async (endpoint: string) => {
    const response = await call('/verifications', 'POST', {
      identity: { type: 'number', endpoint },
      method: 'sms',
    });
    const body = (await response.json()) as { id?: string; error?: { code: string } };
    return { status: response.status, id: body.id, code: body.error?.code };
  };
  const verify = async (endpoint: string) => {
    const { id } = await start(endpoint);
    const code = emulator.inbox.latest(endpoint)?.code;
    const answer = await call(`/verifications/id/${id}`, 'PUT', { method: 'sms', sms: { code } });
    return ((await answer.json()) as { status?: string }).status;
  };
  /** Types the code a person received for the newest verification of `endpoint` (a report by number). */
  const typeTheCode = async (endpoint: string) => {
    const code = emulator.inbox.latest(endpoint)?.code;
    const answer = await call(`/verifications/number/${encodeURIComponent(endpoint)}`, 'PUT', {
      method: 'sms',
      sms: { code },
    });
    return ((await answer.json()) as { status?: string }).status;
  };
  return { clock, emulator, alerts, start, verify, typeTheCode };
}

describe('the start pipeline on two instances sharing a real redis-server', () => {
  it('spends one prefix budget across both instances', async () => {
    const { start, emulator } = twoInstances({ budgets: { perPrefix: { perHour: 5, perDay: 50 } } });
    const answers = [];
    for (let index = 0; index < 20; index++) answers.push((await start(se('7012', index))).status);
    expect(answers.filter((status) => status === 200)).toHaveLength(5);
    expect(emulator.inbox.all()).toHaveLength(5);
  });

  it('trips the breaker on successes and starts counted by both instances, and alerts once', async () => {
    const { start, verify, alerts } = twoInstances({ breaker: { minStarts: 5, unprovenCountries: false } });
    for (let index = 0; index < 5; index++) expect(await verify(se('7099', index))).toBe('SUCCESSFUL');
    for (let index = 0; index < 5; index++) expect((await start(se('7012', index))).status).toBe(200);
    expect(await start(se('7012', 5))).toMatchObject({ status: 429, code: 'verification_paused' });
    expect(await start(se('7012', 6))).toMatchObject({ status: 429, code: 'verification_paused' });
    expect(alerts).toMatchObject([{ kind: 'conversion_breaker_tripped', scope: 'prefix', key: '+46 7012' }]);
    expect((await start(se('7099', 9))).status).toBe(200);
  });

  it('spends one country and one global budget across both instances; a spent country spends no more of the global one', async () => {
    const { start, emulator } = twoInstances({
      breaker: false,
      budgets: {
        perPrefix: false,
        perCountry: { perHour: 100, perDay: 4 },
        global: { perHour: 100, perDay: 6 },
      },
    });
    const sweden = [];
    for (let index = 0; index < 12; index++) sweden.push((await start(se(`70${10 + index}`, index))).status);
    expect(sweden).toEqual([200, 200, 200, 200, ...Array.from({ length: 8 }, () => 429)]);
    // Germany gets what Sweden left of the global day, two, however often Sweden's numbers were refused.
    expect((await start(de(0))).status).toBe(200);
    expect((await start(de(1))).status).toBe(200);
    expect(await start(de(2))).toMatchObject({ status: 429, code: 'verification_paused' });
    expect(emulator.inbox.all()).toHaveLength(6);
  });

  it('cools off, lets exactly probeStarts racing probes through half-open on both instances, and closes on a success typed on either', async () => {
    const { start, verify, typeTheCode, clock, emulator, alerts } = twoInstances({
      // One second: Redis expires the tripped state on its own clock, not the proxy's manual one.
      breaker: { minStarts: 5, unprovenCountries: false, coolOffSeconds: 1, probeStarts: 3 },
    });
    for (let index = 0; index < 5; index++) expect(await verify(se('7099', index))).toBe('SUCCESSFUL');
    for (let index = 0; index < 5; index++) expect((await start(se('7012', index))).status).toBe(200);
    expect((await start(se('7012', 5))).code).toBe('verification_paused');
    expect((await start(se('7012', 6))).code).toBe('verification_paused');
    expect((await start(se('7012', 7))).code).toBe('verification_paused');
    clock.advance(1_000);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const sentBefore = emulator.inbox.all().length;
    const probes = await Promise.all(
      Array.from({ length: 12 }, (_, index) => start(se('7012', 100 + index))),
    );
    expect(probes.filter(({ status }) => status === 200)).toHaveLength(3);
    expect(emulator.inbox.all().length - sentBefore).toBe(3);
    expect(probes.filter(({ code }) => code === 'verification_paused')).toHaveLength(9);
    // Tripped again by the fourth probe (once, on whichever instance counted it), then a probe's person verifies.
    expect(alerts.filter(({ kind }) => kind === 'conversion_breaker_tripped')).toHaveLength(2);
    const probed = probes.findIndex(({ status }) => status === 200);
    expect(await typeTheCode(se('7012', 100 + probed))).toBe('SUCCESSFUL');
    expect((await start(se('7012', 200))).status).toBe(200);
    expect((await start(se('7012', 201))).status).toBe(200);
  });

  it('shares the unproven-countries budget across both instances', async () => {
    const { start, emulator } = twoInstances();
    const answers = await startAcrossCountries(start);
    expect(answers.filter((status) => status === 200)).toHaveLength(8);
    expect((await start(MAGIC_NUMBERS.fixedCode)).code).toBe('verification_paused');
    expect(emulator.inbox.all()).toHaveLength(8);
  });

  it('fails closed on both instances when Redis is unreachable: service_unavailable, nothing sent', async () => {
    const dead = await startRedisServer();
    await dead.stop();
    const { start, emulator } = twoInstances({}, dead.url);
    expect(await start(MAGIC_NUMBERS.fixedCode)).toMatchObject({ status: 503, code: 'service_unavailable' });
    expect(await start(MAGIC_NUMBERS.fixedCode)).toMatchObject({ status: 503, code: 'service_unavailable' });
    expect(emulator.inbox.all()).toEqual([]);
  });
});
