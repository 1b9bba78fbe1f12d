// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { botnetCaller } from '../testing/botnetCaller';
import { emulatedProxy } from '../testing/emulatedProxy';
import { swedishMobile as se } from '../testing/mobileNumbers';
import { startAcrossCountries } from '../testing/startAcrossCountries';
import type { VerificationProxyOptions } from '../verificationProxyOptions';
import type { AbuseEvent } from './abuseEvent';
import { resolveConversionBreaker } from './conversionBreakerOptions';

/** The real proxy on the in-process emulator; starts from distinct addresses, as a botnet sends them. */
function stack(overrides: Partial<VerificationProxyOptions> = {}) {
  const alerts: AbuseEvent[] = [];
  const setup = emulatedProxy({ onAbuseDetected: (event) => alerts.push(event), ...overrides });
  const call = botnetCaller([setup.proxy]);
  const start = async (endpoint: string) => {
    const response = await call('/verifications', 'POST', {
      identity: { type: 'number', endpoint },
      method: 'sms',
    });
    const body = (await response.json()) as { id?: string; error?: { code: string } };
    return { status: response.status, id: body.id, code: body.error?.code };
  };
  /** Starts and types the right code, as a real person does. */
  const verify = async (endpoint: string) => {
    const { id } = await start(endpoint);
    const code = setup.emulator.inbox.latest(endpoint)?.code;
    const answer = await call(`/verifications/id/${id}`, 'PUT', { method: 'sms', sms: { code } });
    return ((await answer.json()) as { status?: string }).status;
  };
  /** Types the right code for the newest verification of a number, reported by number. */
  const typeTheCode = async (endpoint: string) => {
    const code = setup.emulator.inbox.latest(endpoint)?.code;
    const answer = await call(`/verifications/number/${encodeURIComponent(endpoint)}`, 'PUT', {
      method: 'sms',
      sms: { code },
    });
    return ((await answer.json()) as { status?: string }).status;
  };
  return { ...setup, alerts, call, start, verify, typeTheCode };
}

describe('conversion breaker on the real proxy and emulator', () => {
  it('trips a prefix whose starts do not convert, refuses it for the cool-off, probes half-open and closes on a success', async () => {
    const { start, verify, typeTheCode, clock, alerts, logs } = stack({
      breaker: { minStarts: 5, unprovenCountries: false },
    });
    for (let index = 0; index < 5; index++) expect(await verify(se('7099', index))).toBe('SUCCESSFUL');
    for (let index = 0; index < 5; index++) expect((await start(se('7012', index))).status).toBe(200);

    const refused = await start(se('7012', 5));
    expect(refused).toEqual({ status: 429, id: undefined, code: 'verification_paused' });
    expect(alerts).toEqual([
      {
        kind: 'conversion_breaker_tripped',
        scope: 'prefix',
        key: '+46 7012',
        starts: 5,
        verified: 0,
        until: clock.now() + 900_000,
      },
    ]);
    expect(logs.at(-1)).toMatchObject({ errorCode: 'verification_paused', abuse: alerts[0] });
    expect(logs.at(-1)?.message).toMatch(/Conversion breaker tripped for prefix \+46 7012: 0 of 5 starts/);
    // The rest of the country goes on.
    expect(await verify(se('7099', 9))).toBe('SUCCESSFUL');

    clock.advance(899_000);
    expect((await start(se('7012', 6))).code).toBe('verification_paused');
    clock.advance(1_000);
    // Half-open: three probes, then it trips again.
    for (let index = 7; index < 10; index++) expect((await start(se('7012', index))).status).toBe(200);
    expect((await start(se('7012', 10))).code).toBe('verification_paused');
    expect(alerts).toHaveLength(2);

    // A real person among the probes types the code: the prefix is open again, its window counted afresh.
    clock.advance(30_000);
    expect(await typeTheCode(se('7012', 8))).toBe('SUCCESSFUL');
    expect((await start(se('7012', 11))).status).toBe(200);
  });

  it('counts a success once, however often the status is read', async () => {
    const { start, call, emulator, alerts } = stack({ breaker: { minStarts: 4, unprovenCountries: false } });
    const { id } = await start(se('7012', 0));
    const code = emulator.inbox.latest(se('7012', 0))?.code;
    await call(`/verifications/id/${id}`, 'PUT', { method: 'sms', sms: { code } });
    for (let read = 0; read < 5; read++) await call(`/verifications/id/${id}`, 'GET');
    // 1 success of 4 starts is 25 %: closed. Counted five times it would hide the three that follow.
    for (let index = 1; index < 4; index++) expect((await start(se('7012', index))).status).toBe(200);
    for (let index = 4; index < 40; index++) await start(se('7012', index));
    expect(alerts.map((alert) => alert.kind)).toContain('conversion_breaker_tripped');
  });

  it('gives countries with no success one small shared budget (a botnet spread over every country), a proven country none', async () => {
    const { start, verify, alerts } = stack();
    expect(await verify(se('7099', 0))).toBe('SUCCESSFUL');
    const answers = await startAcrossCountries(start);
    // 8 unverified starts an hour to unproven countries; Sweden's first start counted too, and gave its place back
    // when it was verified.
    expect(answers.filter((status) => status === 200)).toHaveLength(8);
    expect(alerts).toMatchObject([{ kind: 'unproven_countries_surge', scope: 'all', starts: 9 }]);
    expect(alerts).toHaveLength(1);
    for (let index = 1; index < 6; index++) expect((await start(se('7099', index))).status).toBe(200);
  });

  it('gives a verified start to a new country its place back, so real people in new countries barely spend it', async () => {
    const { start, verify, alerts } = stack();
    // Five new countries, each one's first person verifying, and 15 more in Sweden: none of them spends the budget.
    const firsts = ['+4915123456789', '+33612345678', '+5511987654321', '+919876543210', '+61412345678'];
    for (const number of firsts) expect(await verify(number)).toBe('SUCCESSFUL');
    for (let index = 0; index < 15; index++) expect(await verify(se('7099', index))).toBe('SUCCESSFUL');
    // Walk-aways in countries still unproven do spend it.
    const unproven = ['+64211234567', '+27821234567', '+818012345678', '+821012345678', '+447911123456'];
    const answers = [];
    for (let round = 0; round < 2; round++)
      for (const number of unproven) answers.push((await start(number.slice(0, -1) + round)).status);
    expect(answers.filter((status) => status === 200)).toHaveLength(8);
    expect(alerts).toHaveLength(1);
  });

  it('counts it over a sliding day, so a drip spread over a day cannot spend it twice; a refused start spends nothing', async () => {
    const { start, clock } = stack();
    const numbers = Array.from({ length: 40 }, (_, index) => `+64211234${String(100 + index)}`);
    let next = 0;
    const startNext = async () => (await start(numbers[next++] as string)).status;
    // 5 in one hour, 5 the next: the day's 10 are spent, and an hour later the hour budget is fresh but not the day.
    for (let index = 0; index < 5; index++) expect(await startNext()).toBe(200);
    clock.advance(3_600_000);
    for (let index = 0; index < 5; index++) expect(await startNext()).toBe(200);
    clock.advance(3_600_000);
    for (let index = 0; index < 10; index++) expect(await startNext()).toBe(429);
    // 22 hours after the first hour, its 5 leave the window (the 10 refused counted for nothing): 5 places.
    clock.advance(21 * 3_600_000);
    expect(await startNext()).toBe(429);
    clock.advance(3_600_000);
    const answers = [];
    for (let index = 0; index < 8; index++) answers.push(await startNext());
    expect(answers).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
  });

  it('is switched off with breaker: false, and checks its options at creation', () => {
    expect(resolveConversionBreaker(false)).toBeUndefined();
    expect(() => resolveConversionBreaker({ minConversionRate: 1.5 })).toThrow(
      new TypeError('breaker.minConversionRate must be a share between 0 and 1, e.g. 0.1'),
    );
    expect(() => resolveConversionBreaker({ minStarts: 0 })).toThrow(
      'breaker.minStarts must be an integer ≥ 1',
    );
    expect(() => resolveConversionBreaker({ buckets: 1000 })).toThrow('breaker.buckets must be at most 60');
    expect(() => resolveConversionBreaker({ unprovenCountries: { perHour: 5 } as never })).toThrow(TypeError);
    expect(() => stack({ breaker: 'on' as never })).toThrow(TypeError);
  });
});
