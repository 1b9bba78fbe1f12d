// @vitest-environment node
import { createManualClock, createSinchEmulator, EMULATOR_APPLICATION } from '@verikit/sinch-emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BotCheckOptions } from '../botCheck/botCheckOptions';
import { turnstileVerifier } from '../botCheck/turnstileVerifier';
import { createRedisRateLimitStore } from '../createRedisRateLimitStore';
import { createVerificationProxy } from '../createVerificationProxy';
import { botnetCaller } from '../testing/botnetCaller';
import { listenSiteverifyStandIn } from '../testing/listenSiteverifyStandIn';
import { germanMobile as de, swedishMobile as se } from '../testing/mobileNumbers';
import { redisServerForTests } from '../testing/redisServerForTests';
import { SITEVERIFY_TEST_TOKENS as TOKENS } from '../testing/siteverifyStandIn';
import type { VerificationProxyOptions } from '../verificationProxyOptions';

// The bot check on two proxy instances behind one load balancer, one real redis-server, one emulator and the
// Turnstile stand-in over real HTTP: single use and the adaptive trigger hold across instances as on one.
const TURNSTILE_SECRET = '0x4AAAA-turnstile-secret-of-the-test';
const TURNSTILE_SITE_KEY = '0x4AAAA-site-key';
const redis = redisServerForTests();
let turnstile: Awaited<ReturnType<typeof listenSiteverifyStandIn>>;
let prefix = 0;

beforeAll(async () => {
  turnstile = await listenSiteverifyStandIn({
    provider: 'turnstile',
    secretKey: TURNSTILE_SECRET,
    siteKey: TURNSTILE_SITE_KEY,
  });
});

afterAll(async () => {
  await turnstile?.close();
});

const viaTurnstile = (options: Partial<BotCheckOptions> = {}): BotCheckOptions => ({
  verifier: turnstileVerifier({
    secretKey: TURNSTILE_SECRET,
    siteKey: TURNSTILE_SITE_KEY,
    siteverifyUrl: turnstile.url,
  }),
  ...options,
});

function twoInstances(options: Partial<VerificationProxyOptions> = {}) {
  const clock = createManualClock(Date.parse('2026-03-02T09:00:00Z'));
  const emulator = createSinchEmulator({ now: clock.now, seed: 13 });
  /** What reached Sinch: start requests the emulator was sent. */
  let sinchStarts = 0;
  const keyPrefix = `bot-check-${++prefix}:`;
  const instances = [0, 1].map(() => {
    const client = redis.connect({ maxRetriesPerRequest: 0 });
    client.on('error', () => undefined);
    return createVerificationProxy({
      applicationKey: EMULATOR_APPLICATION.key,
      applicationSecret: EMULATOR_APPLICATION.secret,
      fetch: (request) => {
        if (request.method === 'POST') sinchStarts++;
        return emulator.fetch(request);
      },
      now: clock.now,
      proof: { secret: 'bot-check-redis-proof-secret-0123456789abcdef' },
      store: createRedisRateLimitStore({ client, prefix: keyPrefix }),
      ...options,
    });
  });
  const call = botnetCaller(instances);
  const start = async (endpoint: string, botCheckToken?: string) => {
    const response = await call('/verifications', 'POST', {
      identity: { type: 'number', endpoint },
      method: 'sms',
      ...(botCheckToken !== undefined && { botCheckToken }),
    });
    const body = (await response.json()) as { error?: { code: string; botCheck?: unknown } };
    return { status: response.status, code: body.error?.code, botCheck: body.error?.botCheck };
  };
  const verify = async (endpoint: string) => {
    const started = await call('/verifications', 'POST', {
      identity: { type: 'number', endpoint },
      method: 'sms',
    });
    const { id } = (await started.json()) as { id: string };
    const code = emulator.inbox.latest(endpoint)?.code;
    const answer = await call(`/verifications/id/${id}`, 'PUT', { method: 'sms', sms: { code } });
    return ((await answer.json()) as { status?: string }).status;
  };
  /** Trips the breaker for +46 7012: five successes elsewhere in Sweden, five starts there that never convert. */
  const tripPrefix = async () => {
    for (let index = 0; index < 5; index++) expect(await verify(se('7099', index))).toBe('SUCCESSFUL');
    for (let index = 0; index < 5; index++) expect((await start(se('7012', index))).status).toBe(200);
    expect((await start(se('7012', 5))).code).toBe('bot_check_required');
  };
  return { clock, emulator, start, tripPrefix, sinchStarts: () => sinchStarts };
}

const breaker = { minStarts: 5, unprovenCountries: false } as const;

describe('the bot check on two instances sharing a real redis-server', () => {
  it('lets a token through once across both instances, even racing, and even if the verifier itself would not remember it', async () => {
    let asked = 0;
    const { start, sinchStarts } = twoInstances({
      botCheck: {
        when: 'always',
        verifier: () => {
          asked++;
          return true;
        },
      },
    });
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, index) => start(se('7012', index), 'the-same-token')),
    );
    expect(answers.filter(({ status }) => status === 200)).toHaveLength(1);
    expect(answers.filter(({ code }) => code === 'bot_check_failed')).toHaveLength(19);
    expect(asked).toBe(1);
    expect(sinchStarts()).toBe(1);
  });

  it('demands a token on both instances once the breaker tripped, and lets a person with a Turnstile token through', async () => {
    const { start, tripPrefix } = twoInstances({ breaker, botCheck: viaTurnstile() });
    await tripPrefix();
    for (let index = 10; index < 14; index++)
      expect(await start(se('7012', index))).toEqual({
        status: 403,
        code: 'bot_check_required',
        botCheck: { provider: 'turnstile', siteKey: TURNSTILE_SITE_KEY },
      });
    expect((await start(se('7012', 20), `${TOKENS.pass}person-1`)).status).toBe(200);
    expect((await start(se('7012', 21), `${TOKENS.pass}person-2`)).status).toBe(200);
    expect(await start(se('7012', 22), `${TOKENS.fail}bot`)).toMatchObject({
      status: 403,
      code: 'bot_check_failed',
    });
    expect(await start(se('7012', 23), `${TOKENS.expired}old`)).toMatchObject({ code: 'bot_check_failed' });
  });

  it('sees a new-country surge from starts spread over both instances', async () => {
    const { start } = twoInstances({
      breaker: false,
      botCheck: viaTurnstile({ newCountrySurge: { minStarts: 6 } }),
    });
    for (let index = 0; index < 5; index++) expect((await start(de(index))).status).toBe(200);
    expect((await start(de(5))).code).toBe('bot_check_required');
    expect((await start(de(6))).code).toBe('bot_check_required');
  });

  it('attack: with the breaker tripped, 500 starts of a botnet without tokens reach Sinch 0 times; 200 with one replayed token, once', async () => {
    const { start, tripPrefix, sinchStarts } = twoInstances({ breaker, botCheck: viaTurnstile() });
    await tripPrefix();
    const before = sinchStarts();
    const tokenless = [];
    for (let wave = 0; wave < 5; wave++)
      tokenless.push(
        ...(await Promise.all(
          Array.from({ length: 100 }, (_, index) => start(se('7012', 100 + wave * 100 + index))),
        )),
      );
    expect(tokenless.every(({ code }) => code === 'bot_check_required')).toBe(true);
    expect(sinchStarts() - before).toBe(0);
    // One person's token, captured and replayed by every bot at once.
    const replayed = await Promise.all(
      Array.from({ length: 200 }, (_, index) => start(se('7013', index), `${TOKENS.pass}captured`)),
    );
    expect(replayed.filter(({ status }) => status === 200)).toHaveLength(1);
    expect(sinchStarts() - before).toBe(1);
    // Siteverify was asked once: the store refused the replays before it.
    expect(turnstile.calls.filter(({ response }) => response === `${TOKENS.pass}captured`)).toHaveLength(1);
  });
});
