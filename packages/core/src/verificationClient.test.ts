// @vitest-environment node
import { createVerificationProxy, HTTP_STATUS_BY_ERROR_CODE } from '@verikit/proxy';
import {
  createManualClock,
  createSinchEmulator,
  EMULATOR_APPLICATION,
  MAGIC_NUMBERS,
} from '@verikit/sinch-emulator';
import { describe, expect, it } from 'vitest';
import { PROXY_ERROR_CODES, type ProxyErrorCode } from './proxyContract';
import { createVerificationClient, type VerificationClientOptions } from './verificationClient';
import { VerificationError } from './verificationError';
import { VERIFICATION_MESSAGES } from './verificationMessages';

// Transport concerns only (timeouts, aborts, odd bodies, network failures): a tiny handler stands in for the server.
// Everything about the proxy's real answers is tested against the real proxy and emulator in verificationFlow.test.ts.
type Handler = (request: Request) => Promise<Response> | Response;

function clientFor(handler: Handler, timeoutMs?: number) {
  const requests: Request[] = [];
  const client = createVerificationClient({
    baseUrl: 'http://app.local/api/verification/',
    fetch: async (input, init) => {
      const request = new Request(input, init);
      requests.push(request.clone());
      return handler(request);
    },
    headers: () => ({ 'x-csrf-token': 'token' }),
    ...(timeoutMs !== undefined && { timeoutMs }),
  });
  return { client, requests };
}

const startBody = { identity: { type: 'number' as const, endpoint: '+46700000000' }, method: 'sms' as const };
const smsStarted = { id: 'v1', method: 'sms', sms: { template: 'Code {{CODE}}', interceptionTimeout: 298 } };

async function rejection(promise: Promise<unknown>): Promise<VerificationError> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: VerificationError) => error,
  );
}

describe('createVerificationClient', () => {
  it('posts the start body as JSON to the proxy’s route, with the app’s headers', async () => {
    const { client, requests } = clientFor(() => Response.json(smsStarted));
    await expect(client.start(startBody)).resolves.toEqual(smsStarted);
    const [request] = requests;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('http://app.local/api/verification/verifications');
    expect(request?.headers.get('content-type')).toBe('application/json');
    expect(request?.headers.get('x-csrf-token')).toBe('token');
    expect(await request?.json()).toEqual(startBody);
  });

  it('reports by id or by number on the documented paths, and reads status by id', async () => {
    const result = { id: 'v 1', method: 'sms', status: 'SUCCESSFUL', proof: 'jwt' };
    const { client, requests } = clientFor(() => Response.json(result));
    await client.report('v 1', { method: 'sms', sms: { code: '1234' } });
    await client.report({ phoneNumber: '+46700000000' }, { method: 'sms', sms: { code: '1234' } });
    await client.status('v 1');
    expect(requests.map((request) => `${request.method} ${new URL(request.url).pathname}`)).toEqual([
      'PUT /api/verification/verifications/id/v%201',
      'PUT /api/verification/verifications/number/+46700000000',
      'GET /api/verification/verifications/id/v%201',
    ]);
  });

  it('turns the proxy’s error body into a typed error with its retry time', async () => {
    const { client } = clientFor(() =>
      Response.json(
        { error: { code: 'rate_limited', message: 'Slow down', retryAfter: 42 } },
        { status: 429, headers: { 'retry-after': '42' } },
      ),
    );
    const error = await rejection(client.start(startBody));
    expect(error).toMatchObject({ code: 'rate_limited', status: 429, retryAfter: 42, detail: 'Slow down' });
    expect(error.message).toBe('Too many attempts. Try again in 42 seconds.');
  });

  it('reads the bot-check widget the proxy asks for, and ignores a malformed one', async () => {
    const asking = (botCheck: unknown) =>
      clientFor(() =>
        Response.json(
          { error: { code: 'service_unavailable', message: 'Solve the challenge', botCheck } },
          { status: 503 },
        ),
      ).client.start(startBody);
    const turnstile = await rejection(asking({ provider: 'turnstile', siteKey: '0x4AAA', extra: 1 }));
    expect(turnstile.botCheck).toEqual({ provider: 'turnstile', siteKey: '0x4AAA' });
    for (const malformed of [{ provider: 'recaptcha' }, 'turnstile', null, { siteKey: 'k' }]) {
      expect((await rejection(asking(malformed))).botCheck).toBeUndefined();
    }
  });

  it('sends the bot-check token with the start, and refuses one that is not a short string', async () => {
    const { client, requests } = clientFor(() => Response.json(smsStarted));
    await client.start({ ...startBody, botCheckToken: 'XXXX.DUMMY.TOKEN' });
    expect(await requests[0]?.json()).toEqual({ ...startBody, botCheckToken: 'XXXX.DUMMY.TOKEN' });
    for (const botCheckToken of ['', 'x'.repeat(4097), 42]) {
      const body = { ...startBody, botCheckToken } as Parameters<typeof client.start>[0];
      expect(await rejection(client.start(body))).toMatchObject({ code: 'invalid_request' });
    }
    expect(requests).toHaveLength(1);
  });

  it('classifies answers that are not the proxy’s by their HTTP status', async () => {
    const gateway = clientFor(() => new Response('<html>Bad gateway</html>', { status: 502 }));
    expect(await rejection(gateway.client.status('v1'))).toMatchObject({
      code: 'upstream_unavailable',
      status: 502,
    });
    const limited = clientFor(
      () => new Response('slow down', { status: 429, headers: { 'retry-after': '7' } }),
    );
    expect(await rejection(limited.client.status('v1'))).toMatchObject({
      code: 'rate_limited',
      retryAfter: 7,
    });
    const unknownCode = clientFor(() =>
      Response.json({ error: { code: 'nope', message: 'x' } }, { status: 400 }),
    );
    expect(await rejection(unknownCode.client.status('v1'))).toMatchObject({
      code: 'invalid_response',
      status: 400,
    });
  });

  it('rejects a success answer that is not JSON or lacks the fields it needs', async () => {
    const html = clientFor(() => new Response('<!doctype html><title>SPA fallback</title>', { status: 200 }));
    expect(await rejection(html.client.start(startBody))).toMatchObject({ code: 'invalid_response' });
    const partial = clientFor(() => Response.json({ method: 'sms' }));
    expect(await rejection(partial.client.start(startBody))).toMatchObject({ code: 'invalid_response' });
  });

  it('reports a network failure as network_error', async () => {
    const { client } = clientFor(() => {
      throw new TypeError('Failed to fetch');
    });
    const error = await rejection(client.start(startBody));
    expect(error.code).toBe('network_error');
    expect(error.message).toMatch(/internet connection/);
  });

  it('gives up with timeout when the server never answers, and aborts the request', async () => {
    // The signal handed to fetch itself: a `Request` built from it follows it only through a WeakRef in undici, so
    // under garbage collection its own signal may never abort (seen under load in CI).
    let signal: AbortSignal | null | undefined;
    const client = createVerificationClient({
      baseUrl: 'http://app.local/api/verification/',
      fetch: (_input, init) => {
        signal = init?.signal;
        return new Promise<Response>(() => {});
      },
      timeoutMs: 20,
    });
    expect(await rejection(client.status('v1'))).toMatchObject({ code: 'timeout' });
    expect(signal?.aborted).toBe(true);
  });

  it('rejects with aborted when the caller aborts, before or during the request', async () => {
    const { client, requests } = clientFor(() => new Promise<Response>(() => {}));
    const controller = new AbortController();
    const pending = client.status('v1', { signal: controller.signal });
    controller.abort();
    expect(await rejection(pending)).toMatchObject({ code: 'aborted' });
    expect(await rejection(client.status('v1', { signal: controller.signal }))).toMatchObject({
      code: 'aborted',
    });
    expect(requests).toHaveLength(1);
  });

  it('answers bad arguments with typed errors and sends nothing', async () => {
    const { client, requests } = clientFor(() => Response.json(smsStarted));
    const badNumber = {
      identity: { type: 'number' as const, endpoint: '0700000000' },
      method: 'sms' as const,
    };
    expect(await rejection(client.start(badNumber))).toMatchObject({ code: 'invalid_phone_number' });
    expect(await rejection(client.start({ ...startBody, method: 'fax' as 'sms' }))).toMatchObject({
      code: 'method_not_allowed',
    });
    expect(await rejection(client.start(null as never))).toMatchObject({ code: 'invalid_request' });
    expect(await rejection(client.status(''))).toMatchObject({ code: 'invalid_request' });
    expect(
      await rejection(client.report({ phoneNumber: '12' }, { method: 'sms', sms: { code: '1' } })),
    ).toMatchObject({ code: 'invalid_phone_number' });
    expect(await rejection(client.report('v1', { method: 'sms' } as never))).toMatchObject({
      code: 'invalid_request',
    });
    expect(requests).toHaveLength(0);
  });

  it('refuses a report whose code is not a non-empty string, or whose method has no report, and sends nothing', async () => {
    const { client, requests } = clientFor(() => Response.json(smsStarted));
    for (const body of [
      { method: 'sms', sms: { code: 1234 } },
      { method: 'sms', sms: { code: '  ' } },
      { method: 'callout', callout: {} },
      { method: 'flashcall', flashCall: { cli: null } },
      { method: 'flashCall', flashCall: { code: '+46701234567' } },
      { method: 'seamless', seamless: { code: '1234' } },
      { method: 'fax', fax: { code: '1234' } },
      'sms',
    ]) {
      const error = await rejection(client.report('v1', body as never));
      expect(error, JSON.stringify(body)).toBeInstanceOf(VerificationError);
      expect(error.code, JSON.stringify(body)).toBe('invalid_request');
    }
    expect(requests).toHaveLength(0);
  });

  it('refuses a locale that is not a language tag string, and odd values without throwing', async () => {
    const { client, requests } = clientFor(() => Response.json(smsStarted));
    expect(await rejection(client.start({ ...startBody, locale: 49 as never }))).toMatchObject({
      code: 'invalid_request',
    });
    // A BigInt cannot be written as JSON: the error must still be a typed rejection, not a synchronous throw.
    expect(await rejection(client.status(BigInt(7) as never))).toMatchObject({ code: 'invalid_request' });
    const cyclic: Record<string, unknown> = { type: 'number' };
    cyclic.self = cyclic;
    expect(await rejection(client.start({ identity: cyclic, method: 'sms' } as never))).toMatchObject({
      code: 'invalid_phone_number',
    });
    expect(requests).toHaveLength(0);
  });

  it('refuses a configuration that cannot work, at creation, saying what to pass', () => {
    expect(() => createVerificationClient({} as never)).toThrow(/baseUrl/);
    expect(() => createVerificationClient(undefined as never)).toThrow(/baseUrl/);
    expect(() => createVerificationClient({ baseUrl: '' })).toThrow(/`baseUrl` must be a non-empty string/);
    expect(() => createVerificationClient({ baseUrl: '   ' })).toThrow(/baseUrl/);
    expect(() => createVerificationClient({ baseUrl: '/api', fetch: 'fetch' as never })).toThrow(/`fetch`/);
    expect(() => createVerificationClient({ baseUrl: '/api', timeoutMs: 0 })).toThrow(/timeoutMs/);
    expect(() => createVerificationClient({ baseUrl: '/api', timeoutMs: Number.NaN })).toThrow(/timeoutMs/);
    // A timer cannot wait that long: it would fire at once and time every request out.
    expect(() => createVerificationClient({ baseUrl: '/api', timeoutMs: Number.POSITIVE_INFINITY })).toThrow(
      /timeoutMs/,
    );
    expect(() => createVerificationClient({ baseUrl: '/api', timeoutMs: 2 ** 31 })).toThrow(/timeoutMs/);
  });

  it('takes "/" for a proxy mounted at the root', async () => {
    const requests: string[] = [];
    const client = createVerificationClient({
      baseUrl: '/',
      fetch: async (input) => {
        requests.push(input);
        return Response.json(smsStarted);
      },
    });
    await client.start(startBody);
    expect(requests).toEqual(['/verifications']);
  });
});

// Every error code the proxy can send, provoked on the real proxy in front of the real emulator (in-process), and
// what the client makes of it: the same stable code, the HTTP status, and a message for the person.
const PROOF_SECRET = 'test-proof-secret-at-least-32-bytes-long!!';
const BASE_URL = 'http://app.local/api/verification';
const NUMBER = '+46701234567';

function onRealProxy({
  proxy: proxyOptions = {},
  client: clientOptions = {},
  through = (request) => request,
}: {
  proxy?: Partial<Parameters<typeof createVerificationProxy>[0]>;
  client?: Partial<VerificationClientOptions>;
  /** What a gateway between the browser and the proxy does to the request. */
  through?: (request: Request) => Request;
} = {}) {
  const clock = createManualClock(Date.UTC(2026, 0, 1));
  const emulator = createSinchEmulator({ now: clock.now, seed: 1 });
  const proxy = createVerificationProxy({
    applicationKey: EMULATOR_APPLICATION.key,
    applicationSecret: EMULATOR_APPLICATION.secret,
    fetch: emulator.fetch,
    sinchBaseUrl: 'http://emulator.local',
    proof: { secret: PROOF_SECRET },
    now: clock.now,
    ...proxyOptions,
  });
  const client = createVerificationClient({
    baseUrl: BASE_URL,
    fetch: (input, init) => proxy(through(new Request(input, init))),
    ...clientOptions,
  });
  return { client, emulator };
}

const sms = (phoneNumber = NUMBER) => ({
  identity: { type: 'number' as const, endpoint: phoneNumber },
  method: 'sms' as const,
});

/** One way to make the proxy answer each code. A new `ProxyErrorCode` fails the typecheck here until it has one. */
const provoke: Record<ProxyErrorCode, () => Promise<unknown>> = {
  invalid_request: () => onRealProxy().client.start({ ...sms(), locale: 'not a tag!' }),
  // E.164 in shape (the client's check), too short for Sweden (the proxy's numbering plans).
  invalid_phone_number: () => onRealProxy().client.start(sms('+4670')),
  method_not_allowed: () =>
    onRealProxy({ proxy: { allowedMethods: ['sms'] } }).client.start({ ...sms(), method: 'callout' }),
  country_not_allowed: () =>
    onRealProxy({ proxy: { allowedCountries: ['SE'] } }).client.start(sms('+4915123456789')),
  number_type_not_allowed: () => onRealProxy().client.start(sms('+447012345678')),
  verification_paused: async () => {
    const { client } = onRealProxy({ proxy: { budgets: { global: { perHour: 1, perDay: 10 } } } });
    await client.start(sms());
    return client.start(sms('+4915123456789'));
  },
  service_unavailable: () =>
    onRealProxy({
      proxy: {
        store: {
          increment: () => Promise.reject(new Error('store down')),
          reset: () => Promise.reject(new Error('store down')),
          get: () => Promise.reject(new Error('store down')),
          set: () => Promise.reject(new Error('store down')),
          setIfAbsent: () => Promise.reject(new Error('store down')),
        },
      },
    }).client.start(sms()),
  rate_limited: async () => {
    const { client } = onRealProxy({
      proxy: { limits: { resendCooldownSeconds: 0, startsPerNumber: { limit: 1, windowSeconds: 600 } } },
    });
    await client.start(sms());
    return client.start(sms());
  },
  resend_cooldown: async () => {
    const { client } = onRealProxy();
    await client.start(sms());
    return client.start(sms());
  },
  too_many_attempts: async () => {
    const { client } = onRealProxy({ proxy: { limits: { attemptsPerVerification: 1 } } });
    const { id } = await client.start(sms(MAGIC_NUMBERS.fixedCode));
    await client.report(id, { method: 'sms', sms: { code: '9999' } });
    return client.report(id, { method: 'sms', sms: { code: '1234' } });
  },
  verification_not_found: () => onRealProxy().client.status('1234567890'),
  verification_denied: () => onRealProxy().client.start(sms(MAGIC_NUMBERS.denied)),
  bot_check_required: () =>
    onRealProxy({ proxy: { botCheck: { verifier: () => true, when: 'always' } } }).client.start(sms()),
  bot_check_failed: () =>
    onRealProxy({ proxy: { botCheck: { verifier: (token) => token === 'a person' } } }).client.start({
      ...sms(),
      botCheckToken: 'a bot',
    }),
  payload_too_large: () =>
    onRealProxy().client.report('1234567890', { method: 'sms', sms: { code: '1'.repeat(10_000) } }),
  unsupported_media_type: () =>
    onRealProxy({
      through: (request) => {
        const headers = new Headers(request.headers);
        headers.set('content-type', 'text/plain');
        return new Request(request, { headers });
      },
    }).client.start(sms()),
  route_not_found: () =>
    onRealProxy({ client: { baseUrl: 'http://app.local/api/verify' } }).client.status('1234567890'),
  http_method_not_allowed: () =>
    onRealProxy({ through: (request) => new Request(request, { method: 'DELETE' }) }).client.status(
      '1234567890',
    ),
  forbidden_origin: () =>
    onRealProxy({
      proxy: { cors: { origins: ['https://shop.example'] } },
      client: { headers: { origin: 'https://elsewhere.example' } },
    }).client.start(sms()),
  upstream_unavailable: () => onRealProxy().client.start(sms(MAGIC_NUMBERS.unavailable)),
  // Sinch's 402 (not enough credit) is the account owner's problem, not the person's.
  upstream_error: () => onRealProxy().client.start(sms(MAGIC_NUMBERS.notEnoughCredit)),
  internal_error: () =>
    onRealProxy({
      proxy: {
        onStart: () => {
          throw new Error('the app’s own hook failed');
        },
      },
    }).client.start(sms()),
};

describe('createVerificationClient on the real proxy and emulator', () => {
  it('has a way to provoke every proxy error code', () => {
    expect(Object.keys(provoke).sort()).toEqual([...PROXY_ERROR_CODES].sort());
  });

  it.each(PROXY_ERROR_CODES)(
    'turns the proxy’s %s into a typed error with a message for the person',
    async (code) => {
      const error = await rejection(provoke[code]());
      expect(error).toBeInstanceOf(VerificationError);
      expect(error).toMatchObject({ code, status: HTTP_STATUS_BY_ERROR_CODE[code] });
      // The person reads the catalogue's words, never the proxy's developer English.
      expect(error.message).not.toBe(error.detail);
      expect(error.message).not.toMatch(/[{}]/);
      if (code !== 'rate_limited' && code !== 'resend_cooldown') {
        expect(error.message).toBe(VERIFICATION_MESSAGES[code]);
      }
    },
  );

  it('says how long a rate-limited person waits, from the proxy’s retry time', async () => {
    const error = await rejection(provoke.rate_limited());
    expect(error.retryAfter).toBe(600);
    expect(error.message).toBe('Too many attempts. Try again in 10 minutes.');
  });

  it('says a code was just sent, not "too many attempts", inside the resend cooldown', async () => {
    const error = await rejection(provoke.resend_cooldown());
    expect(error.retryAfter).toBe(30);
    expect(error.message).toBe('A code was just sent to this number. Ask for a new one in 30 seconds.');
  });

  it('tells the browser which bot-check widget to render with bot_check_required and bot_check_failed', async () => {
    for (const code of ['bot_check_required', 'bot_check_failed'] as const)
      expect(await rejection(provoke[code]())).toMatchObject({ code, botCheck: { provider: 'custom' } });
  });

  it('fails with network_error when nothing answers, and with timeout when the proxy is too slow', async () => {
    const unreachable = onRealProxy({
      through: () => {
        throw new TypeError('fetch failed');
      },
    });
    expect(await rejection(unreachable.client.start(sms()))).toMatchObject({ code: 'network_error' });
    // The emulator's slow number answers after 3 s of real time; the client gives up after 20 ms.
    const slow = onRealProxy({ client: { timeoutMs: 20 } });
    const error = await rejection(slow.client.start(sms(MAGIC_NUMBERS.slow)));
    expect(error).toMatchObject({ code: 'timeout' });
    expect(error.message).toBe(VERIFICATION_MESSAGES.timeout);
  });
});
