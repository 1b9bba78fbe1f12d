// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { BotCheckOptions } from '../botCheck/botCheckOptions';
import type { BotCheckFunction } from '../botCheck/botCheckVerifier';
import { hcaptchaVerifier } from '../botCheck/hcaptchaVerifier';
import { createVerificationProxy } from '../createVerificationProxy';
import { botnetCaller } from '../testing/botnetCaller';
import { emulatedProxy } from '../testing/emulatedProxy';
import { listenSiteverifyStandIn } from '../testing/listenSiteverifyStandIn';
import { germanMobile as de, swedishMobile as se } from '../testing/mobileNumbers';
import { SITEVERIFY_TEST_TOKENS as TOKENS } from '../testing/siteverifyStandIn';
import type { VerificationProxyOptions } from '../verificationProxyOptions';
import type { AbuseEvent } from './abuseEvent';

/** The real proxy on the in-process emulator; every start from its own address, as a botnet sends them. */
function stack(overrides: Partial<VerificationProxyOptions> = {}) {
  const setup = emulatedProxy(overrides);
  const call = botnetCaller([setup.proxy]);
  const start = async (endpoint: string, botCheckToken?: string) => {
    const response = await call('/verifications', 'POST', {
      identity: { type: 'number', endpoint },
      method: 'sms',
      ...(botCheckToken !== undefined && { botCheckToken }),
    });
    const body = (await response.json()) as {
      id?: string;
      error?: { code: string; botCheck?: unknown; message: string };
    };
    return { status: response.status, code: body.error?.code, botCheck: body.error?.botCheck };
  };
  const verify = async (endpoint: string, botCheckToken?: string) => {
    const started = await call('/verifications', 'POST', {
      identity: { type: 'number', endpoint },
      method: 'sms',
      ...(botCheckToken !== undefined && { botCheckToken }),
    });
    const { id } = (await started.json()) as { id: string };
    const code = setup.emulator.inbox.latest(endpoint)?.code;
    const answer = await call(`/verifications/id/${id}`, 'PUT', { method: 'sms', sms: { code } });
    return ((await answer.json()) as { status?: string }).status;
  };
  return { ...setup, start, verify };
}

/** A custom verifier that passes tokens starting with `human-` and records what it was asked. */
function recordingVerifier() {
  const asked: { token: string; clientIp: string | undefined }[] = [];
  const verifier: BotCheckFunction = (token, { clientIp }) => {
    asked.push({ token, clientIp });
    return token.startsWith('human-');
  };
  return { asked, verifier };
}

const tripped = { minStarts: 5, unprovenCountries: false } as const;

describe('the bot check on the real proxy and emulator', () => {
  it("with when: 'always', asks every start for a token, lets a good one through once and refuses a bad or replayed one", async () => {
    const { asked, verifier } = recordingVerifier();
    const { start, logs } = stack({ botCheck: { verifier, when: 'always' } });
    expect(await start(se('70', 1))).toEqual({
      status: 403,
      code: 'bot_check_required',
      botCheck: { provider: 'custom' },
    });
    expect(logs.at(-1)?.message).toBe('Bot check required: botCheck.when is always');
    expect(await start(se('70', 1), 'human-1')).toMatchObject({ status: 200 });
    expect(asked).toEqual([{ token: 'human-1', clientIp: '198.51.0.2' }]);
    // Replayed: refused from the store's memory, the verifier is not asked again.
    expect(await start(se('70', 2), 'human-1')).toEqual({
      status: 403,
      code: 'bot_check_failed',
      botCheck: { provider: 'custom' },
    });
    expect(logs.at(-1)?.message).toMatch(/already used/);
    expect(await start(se('70', 3), 'bot-1')).toMatchObject({ status: 403, code: 'bot_check_failed' });
    expect(asked).toHaveLength(2);
  });

  it('adaptive, asks for nothing while the risk is not raised', async () => {
    const { asked, verifier } = recordingVerifier();
    const { start } = stack({ botCheck: { verifier }, breaker: tripped });
    for (let index = 0; index < 4; index++) expect((await start(se('7012', index))).status).toBe(200);
    expect(asked).toEqual([]);
  });

  it('adaptive, demands a token where the breaker tripped instead of refusing, and lets a verified person through', async () => {
    const { verifier } = recordingVerifier();
    const alerts: AbuseEvent[] = [];
    const { start, verify, clock, logs } = stack({
      // Only the trip asks here (the milder bar has its own test): the rest of Sweden goes on unasked.
      botCheck: { verifier, askBelowConversionRate: false },
      breaker: tripped,
      onAbuseDetected: (event) => alerts.push(event),
    });
    for (let index = 0; index < 5; index++) expect(await verify(se('7099', index))).toBe('SUCCESSFUL');
    for (let index = 0; index < 5; index++) expect((await start(se('7012', index))).status).toBe(200);
    // The start that trips the breaker: asked for a token, not refused.
    expect(await start(se('7012', 5))).toMatchObject({ status: 403, code: 'bot_check_required' });
    expect(logs.at(-1)?.message).toMatch(
      /^Bot check required: Conversion breaker tripped for prefix \+46 7012/,
    );
    // Tripped: every start without a token is asked for one, one with a good token goes to Sinch.
    expect(await start(se('7012', 6))).toMatchObject({ status: 403, code: 'bot_check_required' });
    expect(logs.at(-1)?.message).toBe(
      'Bot check required: the conversion breaker is tripped for prefix +46 7012',
    );
    expect(await start(se('7012', 7), 'human-7')).toMatchObject({ status: 200 });
    expect(logs.at(-1)?.message).toBe('ok (bot check passed)');
    expect(await start(se('7012', 8), 'bot-8')).toMatchObject({ status: 403, code: 'bot_check_failed' });
    // Half-open: the probes the breaker would let through need a token too.
    clock.advance(900_000);
    expect(await start(se('7012', 9))).toMatchObject({ status: 403, code: 'bot_check_required' });
    expect(logs.at(-1)?.message).toBe(
      'Bot check required: the conversion breaker is half-open for prefix +46 7012',
    );
    // People with tokens spend none of half-open's 3 probes: none of them re-trips it (one alert, the first trip).
    for (let index = 10; index < 16; index++)
      expect(await start(se('7012', index), `human-${index}`)).toMatchObject({ status: 200 });
    expect(alerts).toHaveLength(1);
    // The rest of the country is not asked.
    expect(await start(se('7099', 20))).toMatchObject({ status: 200 });
  });

  it('adaptive, demands a token once starts to a country surge over its recent windows, counted across its windows', async () => {
    const { asked, verifier } = recordingVerifier();
    const alerts: AbuseEvent[] = [];
    const { start, clock, logs } = stack({
      onAbuseDetected: (event) => alerts.push(event),
      breaker: false,
      botCheck: {
        verifier,
        newCountrySurge: { windowSeconds: 60, baselineWindows: 2, minStarts: 5, factor: 2 },
      },
    });
    // Germany, never seen: the fifth start in a window is a surge.
    for (let index = 0; index < 4; index++) expect((await start(de(index))).status).toBe(200);
    expect(await start(de(4))).toMatchObject({ status: 403, code: 'bot_check_required' });
    expect(logs.at(-1)?.message).toBe(
      'Bot check required: new-country surge: 5 starts to DE this window over an average of 0.0 in the 2 before',
    );
    expect((await start(de(5), 'human-5')).status).toBe(200);
    // The operator is told once per country and window.
    expect(alerts).toEqual([
      {
        kind: 'new_country_surge',
        scope: 'country',
        key: 'DE',
        starts: 5,
        verified: 0,
        until: Math.floor(clock.now() / 60_000 + 1) * 60_000,
      },
    ]);
    // Sweden, 4 starts in each of the two windows before: more than 2 × 4 in this one is a surge.
    for (let window = 0; window < 2; window++) {
      for (let index = 0; index < 4; index++)
        expect((await start(se('7012', window * 10 + index))).status).toBe(200);
      clock.advance(60_000);
    }
    for (let index = 0; index < 8; index++) expect((await start(se('7013', index))).status).toBe(200);
    expect(await start(se('7013', 8))).toMatchObject({ status: 403, code: 'bot_check_required' });
    expect(asked).toEqual([{ token: 'human-5', clientIp: expect.any(String) }]);
  });

  it('asks for a token where fewer than half the window verified, a drip too slow to trip the breaker', async () => {
    const { verifier } = recordingVerifier();
    const { start, verify, logs } = stack({ botCheck: { verifier }, breaker: tripped });
    // 3 of 5 verified: 60 %, no one asked.
    for (let index = 0; index < 3; index++) expect(await verify(se('7012', index))).toBe('SUCCESSFUL');
    for (let index = 3; index < 5; index++) expect((await start(se('7012', index))).status).toBe(200);
    // 3 of 6 (50 %), still not under half; 3 of 7 is.
    expect((await start(se('7012', 5))).status).toBe(200);
    expect((await start(se('7012', 6))).status).toBe(200);
    expect(await start(se('7012', 7))).toMatchObject({ status: 403, code: 'bot_check_required' });
    expect(logs.at(-1)?.message).toBe(
      'Bot check required: 3 of 7 starts verified in the window for country SE, under botCheck.askBelowConversionRate',
    );
    // Far from the breaker's own 10 %: a person with a token goes on.
    expect((await start(se('7012', 8), 'human-8')).status).toBe(200);
  });

  it('keeps asking while starts without a token keep coming, even once a person who solved it closed the breaker', async () => {
    const { verifier } = recordingVerifier();
    const { start, verify, clock, logs } = stack({ botCheck: { verifier }, breaker: tripped });
    for (let index = 0; index < 5; index++) expect(await verify(se('7099', index))).toBe('SUCCESSFUL');
    for (let index = 0; index < 5; index++) expect((await start(se('7012', index))).status).toBe(200);
    expect((await start(se('7012', 5))).code).toBe('bot_check_required');
    // A person solves the widget and verifies: the breaker closes (a success of its scope)...
    expect(await verify(se('7012', 6), 'human-6')).toBe('SUCCESSFUL');
    // ...but the botnet still knocking is still asked, and each of its starts keeps the risk raised.
    for (let minute = 0; minute < 30; minute++) {
      expect((await start(se('7012', 100 + minute))).code).toBe('bot_check_required');
      clock.advance(60_000);
    }
    expect(logs.at(-1)?.message).toBe(
      'Bot check required: the risk stays raised for +46 7012: starts without a token keep coming',
    );
    // A cool-off (900 s) after its last start without a token, the risk lapses.
    clock.advance(900_000);
    expect((await start(se('7012', 200))).status).toBe(200);
  });

  it('keeps asking after a surge while a botnet knocks without tokens, and stops once only people come, who bring one', async () => {
    const { verifier } = recordingVerifier();
    const { start, clock } = stack({
      breaker: false,
      botCheck: {
        verifier,
        newCountrySurge: { windowSeconds: 60, baselineWindows: 2, minStarts: 5, factor: 2 },
      },
    });
    for (let index = 0; index < 4; index++) expect((await start(de(index))).status).toBe(200);
    expect((await start(de(4))).code).toBe('bot_check_required');
    // Fresh windows: their count starts again from 0, the raised risk does not while the botnet knocks.
    for (let window = 1; window <= 3; window++) {
      clock.advance(59_000);
      for (let bot = 0; bot < 6; bot++)
        expect((await start(de(10 * window + bot))).code).toBe('bot_check_required');
    }
    // The botnet stops; people keep coming: asked once, each comes back with a token.
    clock.advance(30_000);
    for (let person = 0; person < 2; person++) {
      expect((await start(de(50 + person))).code).toBe('bot_check_required');
      expect((await start(de(50 + person), `human-${person}`)).status).toBe(200);
    }
    // Their asks did not keep it raised: a window after the botnet's last start, nobody is asked.
    clock.advance(31_000);
    expect((await start(de(99))).status).toBe(200);
  });

  it('fails closed with service_unavailable when the verifier cannot answer, unless told to fail open', async () => {
    const down: BotCheckFunction = () => Promise.reject(new TypeError('fetch failed'));
    const closed = stack({ botCheck: { verifier: down, when: 'always' } });
    expect(await closed.start(se('70', 1), 'human-1')).toMatchObject({
      status: 503,
      code: 'service_unavailable',
    });
    expect(closed.logs.at(-1)?.message).toMatch(
      /verifier \(custom\) could not answer: TypeError: fetch failed/,
    );
    const open = stack({ botCheck: { verifier: down, when: 'always', onVerifierFailure: 'open' } });
    expect(await open.start(se('70', 1), 'human-1')).toMatchObject({ status: 200 });
    expect(open.logs.at(-1)?.message).toBe(
      "ok (the bot-check verifier could not answer; let through, onVerifierFailure is 'open')",
    );
    // Still single use.
    expect(await open.start(se('70', 2), 'human-1')).toMatchObject({ status: 403, code: 'bot_check_failed' });
  });

  it('fails closed when a custom verifier never answers, aborting its signal at verifyTimeoutMs', async () => {
    const signals: AbortSignal[] = [];
    const hangs: BotCheckFunction = (_token, { signal }) => {
      signals.push(signal);
      return new Promise<boolean>(() => undefined);
    };
    const { start, logs } = stack({ botCheck: { verifier: hangs, when: 'always', verifyTimeoutMs: 50 } });
    expect(await start(se('70', 1), 'human-1')).toMatchObject({ status: 503, code: 'service_unavailable' });
    expect(logs.at(-1)?.message).toMatch(
      /could not answer: BotCheckUnavailableError: The custom verifier did not answer within 50 ms/,
    );
    expect(signals.map((signal) => signal.aborted)).toEqual([true]);
  });

  it('lets a person retry with the same token after the verifier was unreachable (the token was not spent)', async () => {
    let reachable = false;
    const flaky: BotCheckFunction = async () => {
      if (!reachable) throw new Error('timed out');
      return true;
    };
    const { start } = stack({ botCheck: { verifier: flaky, when: 'always' } });
    expect((await start(se('70', 1), 'human-1')).status).toBe(503);
    reachable = true;
    expect((await start(se('70', 1), 'human-1')).status).toBe(200);
  });

  it('refuses a custom verifier that answers neither a boolean nor { success } as unavailable, never as a pass', async () => {
    const odd = (() => 'yes') as unknown as BotCheckFunction;
    const { start } = stack({ botCheck: { verifier: odd, when: 'always' } });
    expect(await start(se('70', 1), 'human-1')).toMatchObject({ status: 503, code: 'service_unavailable' });
  });

  it('tells the browser the widget and site key of an object verifier, and takes { success, reason } answers', async () => {
    const { start, logs } = stack({
      botCheck: {
        when: 'always',
        verifier: {
          provider: 'custom',
          siteKey: 'my-widget-key',
          verify: async (token) =>
            token === 'ok' ? { success: true } : { success: false, reason: 'too fast' },
        },
      },
    });
    expect(await start(se('70', 1))).toMatchObject({
      botCheck: { provider: 'custom', siteKey: 'my-widget-key' },
    });
    expect(await start(se('70', 1), 'no')).toMatchObject({ code: 'bot_check_failed' });
    expect(logs.at(-1)?.message).toMatch(/refused the token \(too fast\)/);
    expect((await start(se('70', 1), 'ok')).status).toBe(200);
  });
});

describe('the bot check with hCaptcha, its siteverify stand-in over HTTP', () => {
  it('tells the browser the hCaptcha site key, passes a solved token, refuses a bad one and fails closed on a timeout', async () => {
    const secretKey = '0x-hcaptcha-secret-of-the-test';
    const standIn = await listenSiteverifyStandIn({
      provider: 'hcaptcha',
      secretKey,
      siteKey: 'hc-site-key',
    });
    try {
      const verifier = hcaptchaVerifier({
        secretKey,
        siteKey: 'hc-site-key',
        siteverifyUrl: standIn.url,
        // Long enough for a loaded machine; the slow token waits it out.
        timeoutMs: 1000,
      });
      const { start, logs } = stack({ botCheck: { verifier, when: 'always' } });
      expect(await start(se('70', 1))).toEqual({
        status: 403,
        code: 'bot_check_required',
        botCheck: { provider: 'hcaptcha', siteKey: 'hc-site-key' },
      });
      expect((await start(se('70', 1), `${TOKENS.pass}1`)).status).toBe(200);
      expect(standIn.calls.at(-1)).toMatchObject({ remoteip: '198.51.0.2', sitekey: 'hc-site-key' });
      const expired = await start(se('70', 2), `${TOKENS.expired}1`);
      expect(expired).toMatchObject({ code: 'bot_check_failed' });
      expect(logs.at(-1)?.message).toBe(
        'Bot check failed: the hcaptcha verifier refused the token (expired-input-response)',
      );
      expect(await start(se('70', 3), `${TOKENS.slow}1`)).toMatchObject({
        status: 503,
        code: 'service_unavailable',
      });
      expect(logs.at(-1)?.message).toMatch(/hCaptcha siteverify did not answer within 1000 ms/);
    } finally {
      await standIn.close();
    }
  });
});

describe('the botCheck option', () => {
  const create = (botCheck: unknown) => () =>
    createVerificationProxy({
      applicationKey: 'key',
      applicationSecret: btoa('secret'),
      proof: { secret: 'a-proof-secret-of-at-least-32-bytes!!' },
      botCheck: botCheck as BotCheckOptions,
    });
  const invalid: [unknown, RegExp][] = [
    [null, /botCheck must be/],
    ['turnstile', /botCheck must be/],
    [{}, /botCheck.verifier must be/],
    [{ verifier: 'secret' }, /botCheck.verifier must be/],
    [{ verifier: { provider: 'recaptcha', verify: () => true } }, /provider must be/],
    [{ verifier: { provider: 'custom', siteKey: '', verify: () => true } }, /siteKey must be/],
    [{ verifier: () => true, when: 'sometimes' }, /when must be 'adaptive' or 'always'/],
    [{ verifier: () => true, onVerifierFailure: 'maybe' }, /onVerifierFailure/],
    [{ verifier: () => true, rememberTokensSeconds: 5 }, /rememberTokensSeconds/],
    [{ verifier: () => true, verifyTimeoutMs: 0 }, /verifyTimeoutMs/],
    [{ verifier: () => true, askBelowConversionRate: 1 }, /askBelowConversionRate/],
    [{ verifier: () => true, verifyTimeoutMs: '1s' }, /verifyTimeoutMs/],
    [{ verifier: () => true, newCountrySurge: 'on' }, /newCountrySurge must be false or/],
    [{ verifier: () => true, newCountrySurge: { minStarts: 0 } }, /newCountrySurge.minStarts/],
    [{ verifier: () => true, newCountrySurge: { factor: 0.5 } }, /newCountrySurge.factor/],
    [{ verifier: () => true, newCountrySurge: { baselineWindows: 100 } }, /baselineWindows/],
  ];
  it.each(invalid)('refuses %j at creation with a TypeError', (botCheck, message) => {
    expect(create(botCheck)).toThrow(TypeError);
    expect(create(botCheck)).toThrow(message);
  });
});
