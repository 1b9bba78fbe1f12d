// @vitest-environment node
import {
  createVerificationClient,
  type ProxyErrorBody,
  type ProxyStartResponse,
  type ProxyVerificationResult,
  VerificationError,
} from '@verikit/core';
import {
  createManualClock,
  createSinchEmulator,
  EMULATOR_APPLICATION,
  MAGIC_NUMBERS,
} from '@verikit/sinch-emulator';
import { describe, expect, it } from 'vitest';
import { createMemoryRateLimitStore } from './createMemoryRateLimitStore';
import { createVerificationProxy } from './createVerificationProxy';
import type { ProxyLogEvent, VerificationProxyOptions } from './verificationProxyOptions';
import { verifyProof } from './verifyProof';

const proofSecret = 'the-app-backend-shares-this-proof-secret';
const number = '+46700000000';

function setup(overrides: Partial<VerificationProxyOptions> = {}) {
  const clock = createManualClock(Date.parse('2026-01-01T00:00:00Z'));
  const emulator = createSinchEmulator({ now: clock.now, seed: 1 });
  const logs: ProxyLogEvent[] = [];
  const proxy = createVerificationProxy({
    applicationKey: EMULATOR_APPLICATION.key,
    applicationSecret: EMULATOR_APPLICATION.secret,
    fetch: emulator.fetch,
    now: clock.now,
    proof: { secret: proofSecret },
    logger: (event) => logs.push(event),
    ...overrides,
  });
  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    callProxy(proxy, method, path, body, headers);
  const start = (endpoint = number, method = 'sms', extra: object = {}) =>
    call('POST', '/verifications', { identity: { type: 'number', endpoint }, method, ...extra });
  return { clock, emulator, proxy, call, start, logs };
}

/** A browser's request to one proxy instance, as `@verikit/core`'s client sends it. */
function callProxy(
  proxy: ReturnType<typeof createVerificationProxy>,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  return proxy(
    new Request(`https://app.example/api/verification${path}`, {
      method,
      headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
    { clientIp: '203.0.113.7' },
  );
}

async function errorOf(response: Response): Promise<ProxyErrorBody['error']> {
  return ((await response.json()) as ProxyErrorBody).error;
}

describe('verification proxy against the emulator: the SMS flow', () => {
  it('starts a verification, takes the delivered code and hands back a proof the backend accepts', async () => {
    const { emulator, start, call, clock } = setup();
    const started = await start();
    expect(started.status).toBe(200);
    const body = (await started.json()) as ProxyStartResponse;
    expect(body).toMatchObject({ method: 'sms', sms: { interceptionTimeout: expect.any(Number) } });
    expect(body).not.toHaveProperty('_links');

    const code = emulator.inbox.latest(number)?.code;
    expect(code).toMatch(/^\d+$/);
    const reported = await call('PUT', `/verifications/id/${body.id}`, { method: 'sms', sms: { code } });
    expect(reported.status).toBe(200);
    const result = (await reported.json()) as ProxyVerificationResult;
    expect(result).toMatchObject({ id: body.id, method: 'sms', status: 'SUCCESSFUL' });

    const verified = await verifyProof(result.proof ?? '', { secret: proofSecret, now: clock.now });
    expect(verified).toMatchObject({ phoneNumber: number, method: 'sms', verificationId: body.id });
  });

  it('answers a double submission (autofill firing twice) with SUCCESSFUL and a proof both times', async () => {
    const { emulator, start, call } = setup();
    const { id } = (await (await start()).json()) as ProxyStartResponse;
    const code = emulator.inbox.latest(number)?.code;
    const both = await Promise.all([
      call('PUT', `/verifications/id/${id}`, { method: 'sms', sms: { code } }),
      call('PUT', `/verifications/id/${id}`, { method: 'sms', sms: { code } }),
    ]);
    for (const response of both) {
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: 'SUCCESSFUL', proof: expect.any(String) });
    }
  });

  it('reports by number as well, and proves that number', async () => {
    const { emulator, start, call, clock } = setup();
    await start();
    const code = emulator.inbox.latest(number)?.code;
    const reported = await call('PUT', `/verifications/number/${number}`, { method: 'sms', sms: { code } });
    const result = (await reported.json()) as ProxyVerificationResult;
    expect(result.status).toBe('SUCCESSFUL');
    expect((await verifyProof(result.proof ?? '', { secret: proofSecret, now: clock.now })).phoneNumber).toBe(
      number,
    );
  });

  it('accepts the number percent-encoded in the path (%2B)', async () => {
    const { emulator, start, call } = setup();
    await start();
    const code = emulator.inbox.latest(number)?.code;
    const reported = await call('PUT', '/verifications/number/%2B46700000000', {
      method: 'sms',
      sms: { code },
    });
    expect(((await reported.json()) as ProxyVerificationResult).status).toBe('SUCCESSFUL');
  });

  it('answers a wrong code with FAIL and no proof', async () => {
    const { start, call } = setup();
    const { id } = (await (await start()).json()) as ProxyStartResponse;
    const reported = await call('PUT', `/verifications/id/${id}`, {
      method: 'sms',
      sms: { code: '0000000' },
    });
    expect(reported.status).toBe(200);
    const result = (await reported.json()) as ProxyVerificationResult;
    expect(result.status).toBe('FAIL');
    expect(result).not.toHaveProperty('proof');
  });

  it('gives the status without price or custom, and a proof once SUCCESSFUL', async () => {
    const { emulator, start, call, clock } = setup({
      onStart: () => ({ reference: 'user-42', custom: 'secret-note' }),
    });
    const { id } = (await (await start()).json()) as ProxyStartResponse;
    const pending = (await (await call('GET', `/verifications/id/${id}`)).json()) as ProxyVerificationResult;
    expect(pending).toMatchObject({ id, status: 'PENDING', reference: 'user-42' });
    expect(pending).not.toHaveProperty('proof');
    expect(pending).not.toHaveProperty('custom');

    await call('PUT', `/verifications/id/${id}`, {
      method: 'sms',
      sms: { code: emulator.inbox.latest(number)?.code },
    });
    const done = (await (await call('GET', `/verifications/id/${id}`)).json()) as ProxyVerificationResult;
    expect(done.status).toBe('SUCCESSFUL');
    expect(done).not.toHaveProperty('price');
    expect(done).not.toHaveProperty('custom');
    expect(
      (await verifyProof(done.proof ?? '', { secret: proofSecret, now: clock.now })).verificationId,
    ).toBe(id);
  });

  it('mints one proof per verification: the same token within the mint window, none after (+1 h, +24 h, +7 days)', async () => {
    for (const attemptWindowSeconds of [undefined, 30 * 24 * 3600]) {
      // Both layers: by default the record of the start is gone after an hour; kept for 30 days, the mint mark
      // still refuses a second proof.
      const { emulator, start, call, clock } = setup(
        attemptWindowSeconds ? { limits: { attemptWindowSeconds } } : {},
      );
      const { id } = (await (await start()).json()) as ProxyStartResponse;
      const reported = (await (
        await call('PUT', `/verifications/id/${id}`, {
          method: 'sms',
          sms: { code: emulator.inbox.latest(number)?.code },
        })
      ).json()) as ProxyVerificationResult;
      expect(reported.proof).toEqual(expect.any(String));
      clock.advance(60_000);
      const polled = (await (await call('GET', `/verifications/id/${id}`)).json()) as ProxyVerificationResult;
      expect(polled.proof).toBe(reported.proof);
      clock.advance(240_000);
      for (const later of [1, 3600, 24 * 3600, 7 * 24 * 3600]) {
        clock.advance(later * 1000);
        const read = (await (await call('GET', `/verifications/id/${id}`)).json()) as ProxyVerificationResult;
        expect(read.status).toBe('SUCCESSFUL');
        expect(read).not.toHaveProperty('proof');
      }
    }
  });

  it('refuses a mint window longer than the proof lives, at creation', () => {
    for (const proof of [
      { secret: proofSecret, mintWindowSeconds: 601 },
      { secret: proofSecret, mintWindowSeconds: 0 },
      { secret: proofSecret, ttlSeconds: 60, mintWindowSeconds: 120 },
      { secret: proofSecret, ttlSeconds: 0 },
    ])
      expect(() => setup({ proof })).toThrow(TypeError);
    expect(() => setup({ proof: { secret: proofSecret, ttlSeconds: 60 } })).not.toThrow();
  });

  it('answers an unknown verification id with verification_not_found', async () => {
    const { call } = setup();
    const response = await call('GET', '/verifications/id/999999999');
    expect(response.status).toBe(404);
    expect((await errorOf(response)).code).toBe('verification_not_found');
  });

  it('sends the server-side SMS options upstream', async () => {
    const { emulator, start } = setup({ smsOptions: { template: 'Ton code: {{CODE}}' } });
    await start(number, 'sms', { locale: 'fr-FR' });
    const delivery = emulator.inbox.latest(number);
    expect(delivery?.text).toBe(`Ton code: ${delivery?.code}`);
  });

  it("sends the browser's locale as Accept-Language and tells the page the SMS language", async () => {
    const { emulator, start } = setup();
    const response = await start(number, 'sms', { locale: 'sv-SE' });
    expect(emulator.inbox.latest(number)?.text).toMatch(/verifieringskod/i);
    expect(response.headers.get('content-language')).toMatch(/^sv/);
  });

  it('works with Basic auth as well', async () => {
    const { start } = setup({ authScheme: 'basic' });
    expect((await start()).status).toBe(200);
  });

  it('answers upstream_error when its own credentials are wrong, and never blames the browser', async () => {
    const { start, logs } = setup({ applicationSecret: btoa('not the emulator secret') });
    const response = await start();
    expect(response.status).toBe(502);
    expect(await errorOf(response)).toMatchObject({ code: 'upstream_error', sinchErrorCode: 40102 });
    expect(logs.at(-1)).toMatchObject({
      level: 'error',
      upstreamStatus: 401,
      message: expect.stringMatching(/application key and secret/),
    });
  });
});

describe('verification proxy: Sinch errors and faults mapped onto the proxy error shape', () => {
  it('answers upstream_error, never the browser’s fault, when onStart reuses a reference, and logs what to fix', async () => {
    const { start, clock, logs } = setup({ onStart: () => ({ reference: 'user-42' }) });
    expect((await start()).status).toBe(200);
    clock.advance(60_000);
    const response = await start('+46700000001');
    expect(response.status).toBe(502);
    expect(await errorOf(response)).toMatchObject({ code: 'upstream_error', sinchErrorCode: 40900 });
    expect(logs.at(-1)).toMatchObject({
      level: 'error',
      upstreamStatus: 409,
      message: expect.stringMatching(/unique per started verification/),
    });
  });

  it.each([
    [MAGIC_NUMBERS.denied, 403, 'verification_denied'],
    [MAGIC_NUMBERS.notEnoughCredit, 502, 'upstream_error'],
    [MAGIC_NUMBERS.velocityLimited, 429, 'rate_limited'],
    [MAGIC_NUMBERS.internalError, 503, 'upstream_unavailable'],
    [MAGIC_NUMBERS.unavailable, 503, 'upstream_unavailable'],
    // No route for this method: another method may reach the number.
    [MAGIC_NUMBERS.noRoute, 403, 'method_not_allowed'],
  ])('a start for %s answers %i %s', async (magic, status, code) => {
    const { start } = setup();
    const response = await start(magic);
    expect(response.status).toBe(status);
    const error = await errorOf(response);
    expect(error.code).toBe(code);
    expect(error.sinchErrorCode).toEqual(expect.any(Number));
    if (code === 'rate_limited') expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('passes on the Retry-After of a Sinch 429', async () => {
    const { emulator, start } = setup();
    emulator.faults.add({
      match: number,
      on: ['start'],
      fault: 'httpError',
      status: 429,
      retryAfterSeconds: 17,
    });
    const response = await start();
    expect(response.headers.get('retry-after')).toBe('17');
    expect(await errorOf(response)).toMatchObject({
      code: 'rate_limited',
      retryAfter: 17,
      sinchErrorCode: 42901,
    });
  });

  it('passes on Sinch’s errorCode sent as a string, as Sinch’s OpenAPI examples type it', async () => {
    const { emulator, start } = setup();
    emulator.faults.add({
      match: number,
      on: ['start'],
      fault: 'httpError',
      status: 503,
      errorCode: '50301',
    });
    expect(await errorOf(await start())).toMatchObject({
      code: 'upstream_unavailable',
      sinchErrorCode: 50301,
    });
  });

  it('answers upstream_unavailable when Sinch does not answer in time', async () => {
    const { emulator, start } = setup({ upstreamTimeoutMs: 20 });
    emulator.faults.add({ match: number, fault: 'latency', ms: 5_000 });
    const response = await start();
    expect(response.status).toBe(503);
    expect(await errorOf(response)).toMatchObject({ code: 'upstream_unavailable' });
  });

  it('lets the user resend at once when Sinch refused the start (no cooldown for a code never sent)', async () => {
    const { emulator, start } = setup();
    emulator.faults.add({ match: number, on: ['start'], fault: 'httpError', status: 429, times: 1 });
    expect((await start()).status).toBe(429);
    expect((await start()).status).toBe(200);
  });

  it.each([
    ['a 5xx', { fault: 'httpError', status: 503, times: 1 } as const, {}],
    ['a timeout', { fault: 'latency', ms: 5_000, times: 1 } as const, { upstreamTimeoutMs: 20 }],
  ])('keeps the cooldown after %s: the SMS may have left', async (_name, fault, options) => {
    const { emulator, start } = setup(options);
    emulator.faults.add({ match: number, on: ['start'], ...fault });
    expect((await start()).status).toBe(503);
    const again = await start();
    expect(again.status).toBe(429);
    expect((await errorOf(again)).message).toBe(
      'A code was just sent to this number; wait before asking again',
    );
  });

  it('keeps the cooldown when the connection to Sinch was lost mid-request', async () => {
    const { start } = setup({
      fetch: async () => {
        throw new TypeError('socket hang up');
      },
    });
    expect((await start()).status).toBe(503);
    expect((await start()).status).toBe(429);
  });

  it('answers upstream_unavailable when Sinch cannot be reached, and upstream_error for a non-JSON answer', async () => {
    const unreachable = setup({
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
    });
    expect(await errorOf(await unreachable.start())).toMatchObject({ code: 'upstream_unavailable' });
    const html = setup({ fetch: async () => new Response('<html>gateway</html>', { status: 200 }) });
    const response = await html.start();
    expect(response.status).toBe(502);
    expect(await errorOf(response)).toMatchObject({ code: 'upstream_error' });
    const htmlError = setup({ fetch: async () => new Response('<html>bad gateway</html>', { status: 502 }) });
    expect(await errorOf(await htmlError.start())).toMatchObject({ code: 'upstream_unavailable' });
  });

  it('stops reading a runaway upstream answer at its limit and answers upstream_error', async () => {
    let chunksPulled = 0;
    const endless = setup({
      fetch: async () =>
        new Response(
          new ReadableStream<Uint8Array>({
            pull(controller) {
              chunksPulled += 1;
              controller.enqueue(new TextEncoder().encode(`{"id":"${'1'.repeat(65_536)}",`));
            },
          }),
          { status: 200, headers: { 'content-type': 'application/json' } },
        ),
    });
    const response = await endless.start();
    expect(response.status).toBe(502);
    expect(await errorOf(response)).toMatchObject({ code: 'upstream_error' });
    // About 1 MB read, not an endless stream.
    expect(chunksPulled).toBeLessThan(40);
  });
});

describe('verification proxy: guards', () => {
  it('refuses methods the server did not allow', async () => {
    const { start } = setup({ allowedMethods: ['sms'] });
    const response = await start(number, 'callout');
    expect(response.status).toBe(403);
    expect((await errorOf(response)).code).toBe('method_not_allowed');
  });

  it('refuses numbers from countries outside the allow-list, by the number, not the browser', async () => {
    const { start } = setup({ allowedCountries: ['SE'] });
    expect((await start('+46700000000')).status).toBe(200);
    const response = await start('+12015550123');
    expect(response.status).toBe(403);
    expect((await errorOf(response)).code).toBe('country_not_allowed');
    // +800 is non-geographic: no country can allow it.
    expect((await errorOf(await start('+80012345678'))).code).toBe('country_not_allowed');
  });

  it('holds a resend for the cooldown, then lets it through on the injected clock', async () => {
    const { start, clock } = setup({ limits: { resendCooldownSeconds: 30 } });
    expect((await start()).status).toBe(200);
    const early = await start();
    expect(early.status).toBe(429);
    expect(await errorOf(early)).toMatchObject({ code: 'resend_cooldown', retryAfter: 30 });
    clock.advance(29_000);
    expect((await errorOf(await start())).retryAfter).toBe(1);
    clock.advance(1_000);
    expect((await start()).status).toBe(200);
  });

  it('caps starts per number within the window', async () => {
    const { start, clock } = setup({
      limits: { resendCooldownSeconds: 0, startsPerNumber: { limit: 2, windowSeconds: 600 } },
    });
    expect((await start()).status).toBe(200);
    expect((await start()).status).toBe(200);
    const third = await start();
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBe('600');
    expect((await start('+46700000001')).status).toBe(200);
    clock.advance(600_000);
    expect((await start()).status).toBe(200);
  });

  it('caps starts per IP across numbers', async () => {
    const { start } = setup({ limits: { startsPerIp: { limit: 2, windowSeconds: 3600 } } });
    expect((await start('+46700000001')).status).toBe(200);
    expect((await start('+46700000002')).status).toBe(200);
    const third = await start('+46700000003');
    expect(third.status).toBe(429);
    expect(await errorOf(third)).toMatchObject({
      code: 'rate_limited',
      message: expect.stringMatching(/address/),
    });
  });

  it('counts IPv6 clients by their /64, so rotating addresses does not dodge the per-IP limit', async () => {
    const { proxy } = setup({ limits: { startsPerIp: { limit: 2, windowSeconds: 3600 } } });
    const statuses: number[] = [];
    for (const [index, clientIp] of [
      '2001:db8:1:2::a',
      '2001:db8:1:2::b',
      '2001:db8:1:2:ffff::c',
    ].entries()) {
      const response = await proxy(
        new Request('https://app.example/api/verification/verifications', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            identity: { type: 'number', endpoint: `+4670000001${index}` },
            method: 'sms',
          }),
        }),
        { clientIp },
      );
      statuses.push(response.status);
    }
    expect(statuses).toEqual([200, 200, 429]);
  });

  it('caps code attempts per verification, before Sinch is asked', async () => {
    const { start, call, emulator } = setup({ limits: { attemptsPerVerification: 2 } });
    const { id } = (await (await start()).json()) as ProxyStartResponse;
    for (let attempt = 0; attempt < 2; attempt++)
      expect(
        (
          (await (
            await call('PUT', `/verifications/id/${id}`, { method: 'sms', sms: { code: '0000000' } })
          ).json()) as ProxyVerificationResult
        ).status,
      ).toBe('FAIL');
    const code = emulator.inbox.latest(number)?.code;
    const third = await call('PUT', `/verifications/id/${id}`, { method: 'sms', sms: { code } });
    expect(third.status).toBe(429);
    expect((await errorOf(third)).code).toBe('too_many_attempts');
  });

  it('lets onStart deny a start, or attach reference and per-method options', async () => {
    const seen: unknown[] = [];
    const { start, emulator } = setup({
      onStart: (context) => {
        seen.push({
          phoneNumber: context.phoneNumber,
          country: context.country,
          method: context.method,
          ip: context.clientIp,
        });
        return context.phoneNumber.endsWith('9')
          ? { action: 'deny' }
          : { smsOptions: { template: 'Code {{CODE}}' } };
      },
    });
    const denied = await start('+46700000009');
    expect(denied.status).toBe(403);
    expect((await errorOf(denied)).code).toBe('verification_denied');
    expect(emulator.inbox.latest('+46700000009')).toBeUndefined();
    expect((await start()).status).toBe(200);
    expect(emulator.inbox.latest(number)?.text).toMatch(/^Code \d+$/);
    expect(seen).toEqual([
      { phoneNumber: '+46700000009', country: 'SE', method: 'sms', ip: '203.0.113.7' },
      { phoneNumber: number, country: 'SE', method: 'sms', ip: '203.0.113.7' },
    ]);
  });

  it('answers internal_error, not a crash, when onStart throws, logs why, and holds no cooldown', async () => {
    let isDown = true;
    const { start, logs } = setup({
      onStart: () => {
        if (isDown) throw new Error('session store down');
        return undefined;
      },
    });
    const response = await start();
    expect(response.status).toBe(500);
    expect(await errorOf(response)).toEqual({ code: 'internal_error', message: 'Internal error' });
    // Which hook failed and how, never the hook's own words (they may hold anything).
    expect(logs.at(-1)).toMatchObject({ level: 'error', message: 'Internal error (onStart threw Error)' });
    expect(JSON.stringify(logs)).not.toMatch(/session store down/);
    isDown = false;
    expect((await start()).status).toBe(200);
  });

  it('allows listed origins with CORS headers and refuses others', async () => {
    const { call } = setup({ cors: { origins: ['https://shop.example'] } });
    const body = { identity: { type: 'number', endpoint: number }, method: 'sms' };
    const preflight = await call('OPTIONS', '/verifications', undefined, {
      origin: 'https://shop.example',
      'access-control-request-method': 'POST',
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    expect(preflight.headers.get('access-control-allow-methods')).toMatch(/POST/);
    const allowed = await call('POST', '/verifications', body, { origin: 'https://shop.example' });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    const refused = await call('POST', '/verifications', body, { origin: 'https://evil.example' });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    expect((await errorOf(refused)).code).toBe('forbidden_origin');
  });

  it('logs one line per request with the number redacted and the verification id as a tag', async () => {
    const { start, call, logs } = setup();
    const { id } = (await (await start()).json()) as ProxyStartResponse;
    await call('GET', `/verifications/id/${id}`);
    expect(logs).toHaveLength(2);
    expect(logs[0]).toMatchObject({
      level: 'info',
      route: 'start',
      status: 200,
      phoneNumber: '+467******00',
      clientIp: '203.0.113.7',
      verificationId: expect.stringMatching(/^#[0-9a-f]{12}$/),
    });
    // The same id, the same tag on the next line; the id itself in no line.
    expect(logs[1]?.verificationId).toBe(logs[0]?.verificationId);
    expect(JSON.stringify(logs)).not.toContain(id);
  });

  it('logs the client IP whole, by its network, or not at all, as logClientIp says', async () => {
    const seen: Record<string, (string | undefined)[]> = {};
    for (const logClientIp of ['full', 'truncated', 'none'] as const) {
      const { proxy, logs } = setup({ logClientIp });
      for (const clientIp of ['203.0.113.7', '::ffff:198.51.100.23', '2001:db8:1:2:3:4:5:6'])
        await proxy(new Request('https://app.example/api/verification/nowhere'), { clientIp });
      seen[logClientIp] = logs.map((event) => event.clientIp);
    }
    expect(seen).toEqual({
      // In canonical form: an IPv4-mapped IPv6 address is the IPv4 address it maps.
      full: ['203.0.113.7', '198.51.100.23', '2001:db8:1:2:3:4:5:6'],
      truncated: ['203.0.113.0/24', '198.51.100.0/24', '2001:db8:1::/48'],
      none: [undefined, undefined, undefined],
    });
    expect(() => setup({ logClientIp: 'half' as 'full' })).toThrow(TypeError);
  });
});

describe("with @verikit/core's browser client, in-process (the handler passed as its fetch)", () => {
  it('runs start → report → status and gets the proof; a proxy error becomes a typed VerificationError', async () => {
    const { proxy, emulator, clock } = setup({
      allowedCountries: ['SE'],
      limits: { resendCooldownSeconds: 5 },
    });
    const client = createVerificationClient({ baseUrl: '/api/verification', fetch: proxy });
    const started = await client.start({ identity: { type: 'number', endpoint: number }, method: 'sms' });
    const code = emulator.inbox.latest(number)?.code ?? '';
    const result = await client.report(started.id, { method: 'sms', sms: { code } });
    expect(result.status).toBe('SUCCESSFUL');
    expect((await verifyProof(result.proof ?? '', { secret: proofSecret, now: clock.now })).phoneNumber).toBe(
      number,
    );
    expect((await client.status(started.id)).status).toBe('SUCCESSFUL');

    const refused = await client
      .start({ identity: { type: 'number', endpoint: '+12015550123' }, method: 'sms' })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(VerificationError);
    expect(refused).toMatchObject({ code: 'country_not_allowed', status: 403 });
    const cooling = await client
      .start({ identity: { type: 'number', endpoint: number }, method: 'sms' })
      .catch((error: unknown) => error);
    expect(cooling).toMatchObject({ code: 'resend_cooldown', retryAfter: 5 });
  });
});

describe('verification proxy against the emulator: flash call, callout and seamless', () => {
  it('runs a flash call: the cliFilter goes to the browser, the reported CLI comes back with a proof', async () => {
    const { emulator, start, call, clock } = setup({ flashCallOptions: { dialTimeout: 20 } });
    const started = (await (await start(number, 'flashCall')).json()) as ProxyStartResponse;
    expect(started).toMatchObject({ method: 'flashcall', flashCall: { cliFilter: expect.any(String) } });
    const cli = emulator.inbox.latest(number)?.cli;
    expect(cli).toMatch(/^\+\d+$/);
    const result = (await (
      await call('PUT', `/verifications/id/${started.id}`, { method: 'flashcall', flashCall: { cli } })
    ).json()) as ProxyVerificationResult;
    expect(result.status).toBe('SUCCESSFUL');
    expect((await verifyProof(result.proof ?? '', { secret: proofSecret, now: clock.now })).method).toBe(
      'flashCall',
    );
  });

  it('runs a callout in the speech locale the server chose', async () => {
    const { emulator, start, call } = setup({ calloutOptions: { speech: { locale: 'sv-SE' } } });
    const started = (await (await start(number, 'callout')).json()) as ProxyStartResponse;
    const delivery = emulator.inbox.latest(number);
    expect(delivery?.text).toMatch(/verifieringskod/);
    const result = (await (
      await call('PUT', `/verifications/id/${started.id}`, {
        method: 'callout',
        callout: { code: delivery?.code },
      })
    ).json()) as ProxyVerificationResult;
    expect(result.status).toBe('SUCCESSFUL');
    expect(result.proof).toEqual(expect.any(String));
  });

  it('proves a seamless verification once its status turns SUCCESSFUL', async () => {
    const { emulator, start, call, clock } = setup();
    const started = (await (await start(number, 'seamless')).json()) as ProxyStartResponse;
    if (started.method !== 'seamless') throw new Error('expected a seamless start');
    // The phone's data session opens the link and follows its redirect.
    const opened = await emulator.fetch(new Request(started.seamless.targetUri));
    await emulator.fetch(new Request(opened.headers.get('location') ?? ''));
    const result = (await (
      await call('GET', `/verifications/id/${started.id}`)
    ).json()) as ProxyVerificationResult;
    expect(result.status).toBe('SUCCESSFUL');
    expect((await verifyProof(result.proof ?? '', { secret: proofSecret, now: clock.now })).method).toBe(
      'seamless',
    );
  });
});

describe('verification proxy: the resend cooldown is per method, the attempt cap per verification', () => {
  it('refuses a second SMS within the cooldown but lets a flash call go at once after an SMS that failed', async () => {
    const { emulator, start, call, clock } = setup({ limits: { resendCooldownSeconds: 30 } });
    emulator.faults.add({ match: number, methods: ['sms'], fault: 'deliveryFailure' });
    const sms = (await (await start(number, 'sms')).json()) as ProxyStartResponse;
    clock.advance(3_000);
    const failed = (await (
      await call('GET', `/verifications/id/${sms.id}`)
    ).json()) as ProxyVerificationResult;
    expect(failed.status).toBe('ERROR');

    const secondSms = await start(number, 'sms');
    expect(secondSms.status).toBe(429);
    expect(await errorOf(secondSms)).toMatchObject({ code: 'resend_cooldown', retryAfter: 27 });

    const flashCall = await start(number, 'flashCall');
    expect(flashCall.status).toBe(200);
    expect(emulator.inbox.latest(number)?.method).toBe('flashcall');
    const secondFlashCall = await start(number, 'flashCall');
    expect(await errorOf(secondFlashCall)).toMatchObject({ code: 'resend_cooldown', retryAfter: 30 });
  });

  it('still counts every method against the per-number velocity limit', async () => {
    const { start } = setup({
      limits: { resendCooldownSeconds: 30, startsPerNumber: { limit: 2, windowSeconds: 600 } },
    });
    expect((await start(number, 'sms')).status).toBe(200);
    expect((await start(number, 'flashCall')).status).toBe(200);
    const third = await start(number, 'callout');
    expect(third.status).toBe(429);
    expect(await errorOf(third)).toMatchObject({
      code: 'rate_limited',
      message: expect.stringMatching(/this number/),
      retryAfter: 600,
    });
  });

  it('caps attempts once per verification when reports alternate between id and number', async () => {
    const { emulator, start, call, clock } = setup({
      limits: { attemptsPerVerification: 3, resendCooldownSeconds: 30 },
    });
    const { id } = (await (await start()).json()) as ProxyStartResponse;
    const wrong = { method: 'sms', sms: { code: '0000000' } };
    const statuses: (string | number)[] = [];
    for (const path of [
      `/verifications/id/${id}`,
      `/verifications/number/${number}`,
      `/verifications/id/${id}`,
    ]) {
      const response = await call('PUT', path, wrong);
      statuses.push(((await response.json()) as ProxyVerificationResult).status);
    }
    expect(statuses).toEqual(['FAIL', 'FAIL', 'FAIL']);
    const right = { method: 'sms', sms: { code: emulator.inbox.latest(number)?.code } };
    for (const path of [`/verifications/number/${number}`, `/verifications/id/${id}`]) {
      const refused = await call('PUT', path, right);
      expect(refused.status).toBe(429);
      expect((await errorOf(refused)).code).toBe('too_many_attempts');
    }

    // A new verification of the same number has attempts of its own, by either route.
    clock.advance(30_000);
    const again = (await (await start()).json()) as ProxyStartResponse;
    expect(again.id).not.toBe(id);
    const fresh = { method: 'sms', sms: { code: emulator.inbox.latest(number)?.code } };
    const reported = await call('PUT', `/verifications/number/${number}`, fresh);
    expect(((await reported.json()) as ProxyVerificationResult).status).toBe('SUCCESSFUL');
  });

  it('proves a success reported by id without asking Sinch for the number it started', async () => {
    const clock = createManualClock(Date.parse('2026-01-01T00:00:00Z'));
    const emulator = createSinchEmulator({ now: clock.now, seed: 1 });
    const upstream: string[] = [];
    const options = {
      applicationKey: EMULATOR_APPLICATION.key,
      applicationSecret: EMULATOR_APPLICATION.secret,
      fetch: (request: Request) => {
        upstream.push(`${request.method} ${new URL(request.url).pathname.replace(/^.*\/verifications/, '')}`);
        return emulator.fetch(request);
      },
      now: clock.now,
      proof: { secret: proofSecret },
    };
    const proxy = createVerificationProxy(options);
    const { id } = (await (
      await callProxy(proxy, 'POST', '/verifications', {
        identity: { type: 'number', endpoint: number },
        method: 'sms',
      })
    ).json()) as ProxyStartResponse;
    const code = emulator.inbox.latest(number)?.code;
    upstream.length = 0;
    const result = (await (
      await callProxy(proxy, 'PUT', `/verifications/id/${id}`, { method: 'sms', sms: { code } })
    ).json()) as ProxyVerificationResult;
    expect(upstream).toEqual([`PUT /id/${id}`]);
    expect((await verifyProof(result.proof ?? '', { secret: proofSecret, now: clock.now })).phoneNumber).toBe(
      number,
    );

    // Another instance with a memory of its own never heard of it: SUCCESSFUL, no proof, and no question to Sinch.
    const other = createVerificationProxy(options);
    upstream.length = 0;
    const elsewhere = (await (
      await callProxy(other, 'PUT', `/verifications/id/${id}`, { method: 'sms', sms: { code } })
    ).json()) as ProxyVerificationResult;
    expect(upstream).toEqual([`PUT /id/${id}`]);
    expect(elsewhere.status).toBe('SUCCESSFUL');
    expect(elsewhere).not.toHaveProperty('proof');
  });

  it('caps reports once across instances sharing a store, whichever route and instance reports', async () => {
    const clock = createManualClock(Date.parse('2026-01-01T00:00:00Z'));
    const emulator = createSinchEmulator({ now: clock.now, seed: 1 });
    const store = createMemoryRateLimitStore({ now: clock.now });
    const options = {
      applicationKey: EMULATOR_APPLICATION.key,
      applicationSecret: EMULATOR_APPLICATION.secret,
      fetch: emulator.fetch,
      now: clock.now,
      proof: { secret: proofSecret },
      store,
      limits: { attemptsPerVerification: 3 },
    };
    const starter = createVerificationProxy(options);
    const other = createVerificationProxy(options);
    const { id } = (await (
      await callProxy(starter, 'POST', '/verifications', {
        identity: { type: 'number', endpoint: number },
        method: 'sms',
      })
    ).json()) as ProxyStartResponse;
    const wrong = { method: 'sms', sms: { code: '0000000' } };
    expect((await callProxy(other, 'PUT', `/verifications/number/${number}`, wrong)).status).toBe(200);
    expect((await callProxy(starter, 'PUT', `/verifications/id/${id}`, wrong)).status).toBe(200);
    expect((await callProxy(other, 'PUT', `/verifications/id/${id}`, wrong)).status).toBe(200);
    for (const [proxy, path] of [
      [starter, `/verifications/number/${number}`],
      [other, `/verifications/id/${id}`],
    ] as const)
      expect((await errorOf(await callProxy(proxy, 'PUT', path, wrong))).code).toBe('too_many_attempts');
  });
});
