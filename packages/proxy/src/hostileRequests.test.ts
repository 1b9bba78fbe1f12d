// @vitest-environment node
import type { ProxyErrorBody, ProxyErrorCode, ProxyStartResponse } from '@verikit/core';
import {
  createManualClock,
  createSinchEmulator,
  EMULATOR_APPLICATION,
  MAGIC_NUMBERS,
} from '@verikit/sinch-emulator';
import { describe, expect, it } from 'vitest';
import { hcaptchaVerifier } from './botCheck/hcaptchaVerifier';
import { turnstileVerifier } from './botCheck/turnstileVerifier';
import { createVerificationProxy } from './createVerificationProxy';
import { createSiteverifyStandIn, SITEVERIFY_TEST_TOKENS } from './testing/siteverifyStandIn';
import type { ProxyLogEvent } from './verificationProxyOptions';

const proofSecret = 'hostile-table-proof-secret-0123456789abcdef';
const base = 'https://app.example/api/verification';
const goodStart = { identity: { type: 'number', endpoint: '+46700000000' }, method: 'sms' };

function setup() {
  const clock = createManualClock(Date.parse('2026-01-01T00:00:00Z'));
  const emulator = createSinchEmulator({ now: clock.now, seed: 7 });
  const logs: ProxyLogEvent[] = [];
  const proxy = createVerificationProxy({
    applicationKey: EMULATOR_APPLICATION.key,
    applicationSecret: EMULATOR_APPLICATION.secret,
    fetch: emulator.fetch,
    now: clock.now,
    proof: { secret: proofSecret },
    logger: (event) => logs.push(event),
    // The table sends many requests from one address: the velocity guards have their own tests.
    limits: { requestsPerIp: false, startsPerIp: false, startsPerNumber: false, resendCooldownSeconds: 0 },
  });
  return { proxy, emulator, logs };
}

const json = (body: unknown, init: RequestInit = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: typeof body === 'string' ? body : JSON.stringify(body),
  ...init,
});

function streamOf(size: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= size) return controller.close();
      const chunk = new Uint8Array(Math.min(1024, size - sent)).fill(0x20);
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
}

/** A function where the body is a stream: a stream can be read only once. */
type Row = [
  name: string,
  path: string,
  init: RequestInit | (() => RequestInit),
  status: number,
  code: ProxyErrorCode,
];

const initOf = (init: Row[2]): RequestInit => (typeof init === 'function' ? init() : init);

const table: Row[] = [
  ['invalid JSON', '/verifications', json('{"identity":'), 400, 'invalid_request'],
  ['a JSON array', '/verifications', json([goodStart]), 400, 'invalid_request'],
  ['JSON null', '/verifications', json('null'), 400, 'invalid_request'],
  ['an empty body', '/verifications', json(''), 400, 'invalid_request'],
  [
    'bytes that are not UTF-8',
    '/verifications',
    { ...json(''), body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) },
    400,
    'invalid_request',
  ],
  [
    'text/plain',
    '/verifications',
    json(goodStart, { headers: { 'content-type': 'text/plain' } }),
    415,
    'unsupported_media_type',
  ],
  [
    'form encoding',
    '/verifications',
    json('a=b', { headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
    415,
    'unsupported_media_type',
  ],
  [
    'no content type',
    '/verifications',
    { method: 'POST', body: new Uint8Array(new TextEncoder().encode(JSON.stringify(goodStart))) },
    415,
    'unsupported_media_type',
  ],
  [
    'an honest oversized body',
    '/verifications',
    json({ ...goodStart, pad: 'x'.repeat(10_000) }),
    413,
    'payload_too_large',
  ],
  [
    'an oversized streamed body with no length',
    '/verifications',
    () => ({ ...json(''), body: streamOf(1_000_000), duplex: 'half' }) as RequestInit,
    413,
    'payload_too_large',
  ],
  [
    'identity as a string',
    '/verifications',
    json({ ...goodStart, identity: '+46700000000' }),
    400,
    'invalid_request',
  ],
  [
    'identity of another type',
    '/verifications',
    json({ ...goodStart, identity: { type: 'email', endpoint: 'a@b.c' } }),
    400,
    'invalid_request',
  ],
  [
    'an extra identity field',
    '/verifications',
    json({ ...goodStart, identity: { ...goodStart.identity, verified: true } }),
    400,
    'invalid_request',
  ],
  [
    'the number as a JSON number',
    '/verifications',
    json({ ...goodStart, identity: { type: 'number', endpoint: 46700000000 } }),
    400,
    'invalid_phone_number',
  ],
  [
    'a number without +',
    '/verifications',
    json({ ...goodStart, identity: { type: 'number', endpoint: '46700000000' } }),
    400,
    'invalid_phone_number',
  ],
  [
    'a number with spaces',
    '/verifications',
    json({ ...goodStart, identity: { type: 'number', endpoint: '+46 70 000 00 00' } }),
    400,
    'invalid_phone_number',
  ],
  [
    'a number too short to exist',
    '/verifications',
    json({ ...goodStart, identity: { type: 'number', endpoint: '+4613' } }),
    400,
    'invalid_phone_number',
  ],
  [
    '16 digits',
    '/verifications',
    json({ ...goodStart, identity: { type: 'number', endpoint: '+4670000000000000' } }),
    400,
    'invalid_phone_number',
  ],
  [
    'a number with letters',
    '/verifications',
    json({ ...goodStart, identity: { type: 'number', endpoint: '+4670CALLME' } }),
    400,
    'invalid_phone_number',
  ],
  ['an unknown method', '/verifications', json({ ...goodStart, method: 'fax' }), 400, 'invalid_request'],
  [
    'a method as an object',
    '/verifications',
    json({ ...goodStart, method: { sms: true } }),
    400,
    'invalid_request',
  ],
  [
    'a reference from the browser',
    '/verifications',
    json({ ...goodStart, reference: 'admin' }),
    400,
    'invalid_request',
  ],
  ['custom from the browser', '/verifications', json({ ...goodStart, custom: 'x' }), 400, 'invalid_request'],
  [
    'smsOptions from the browser',
    '/verifications',
    json({ ...goodStart, smsOptions: { template: 'Pay here {{CODE}}' } }),
    400,
    'invalid_request',
  ],
  [
    'a __proto__ key',
    '/verifications',
    json(
      '{"identity":{"type":"number","endpoint":"+46700000000"},"method":"sms","__proto__":{"isAdmin":true}}',
    ),
    400,
    'invalid_request',
  ],
  [
    'a locale that smuggles a header',
    '/verifications',
    json({ ...goodStart, locale: 'en\r\nX-Evil: 1' }),
    400,
    'invalid_request',
  ],
  [
    'a locale list with q-weights',
    '/verifications',
    json({ ...goodStart, locale: 'en;q=0.1,*' }),
    400,
    'invalid_request',
  ],
  [
    'a huge locale',
    '/verifications',
    json({ ...goodStart, locale: 'en-'.repeat(100) }),
    400,
    'invalid_request',
  ],
  [
    'a bot-check token that is not a string',
    '/verifications',
    json({ ...goodStart, botCheckToken: { response: 'x' } }),
    400,
    'invalid_request',
  ],
  [
    'an empty bot-check token',
    '/verifications',
    json({ ...goodStart, botCheckToken: '' }),
    400,
    'invalid_request',
  ],
  [
    'a huge bot-check token',
    '/verifications',
    json({ ...goodStart, botCheckToken: 'x'.repeat(4097) }),
    400,
    'invalid_request',
  ],
  ['an unknown route under the base', '/admin', { method: 'GET' }, 404, 'route_not_found'],
  ['a path outside the base', '/../../etc/passwd', { method: 'GET' }, 404, 'route_not_found'],
  ['a trailing slash', '/verifications/', json(goodStart), 404, 'route_not_found'],
  ['a doubled slash', '//verifications', json(goodStart), 404, 'route_not_found'],
  ['a deeper path', '/verifications/id/123/extra', { method: 'GET' }, 404, 'route_not_found'],
  [
    'Sinch status by reference (not offered)',
    '/verifications/reference/my-ref',
    { method: 'GET' },
    404,
    'route_not_found',
  ],
  ['DELETE on start', '/verifications', { method: 'DELETE' }, 405, 'http_method_not_allowed'],
  ['GET on start', '/verifications', { method: 'GET' }, 405, 'http_method_not_allowed'],
  [
    'PATCH on a verification',
    '/verifications/id/123',
    { method: 'PATCH', body: '{}' },
    405,
    'http_method_not_allowed',
  ],
  [
    'GET by number (not offered)',
    '/verifications/number/+46700000000',
    { method: 'GET' },
    405,
    'http_method_not_allowed',
  ],
  [
    'an encoded traversal as an id',
    '/verifications/id/%2e%2e%2fadmin',
    { method: 'GET' },
    400,
    'invalid_request',
  ],
  ['an id with encoded slash', '/verifications/id/1%2F2', { method: 'GET' }, 400, 'invalid_request'],
  ['a 65-character id', `/verifications/id/${'1'.repeat(65)}`, { method: 'GET' }, 400, 'invalid_request'],
  [
    'a report number that is not E.164',
    '/verifications/number/46700000000',
    json({ method: 'sms', sms: { code: '1234' } }, { method: 'PUT' }),
    400,
    'invalid_phone_number',
  ],
  [
    'a report number with broken encoding',
    '/verifications/number/%E0%A4%A',
    json({ method: 'sms', sms: { code: '1234' } }, { method: 'PUT' }),
    400,
    'invalid_phone_number',
  ],
  [
    'a code as a number',
    '/verifications/id/123',
    json({ method: 'sms', sms: { code: 1234 } }, { method: 'PUT' }),
    400,
    'invalid_request',
  ],
  [
    'a code with spaces',
    '/verifications/id/123',
    json({ method: 'sms', sms: { code: '12 34' } }, { method: 'PUT' }),
    400,
    'invalid_request',
  ],
  [
    'a 100-character code',
    '/verifications/id/123',
    json({ method: 'sms', sms: { code: '1'.repeat(100) } }, { method: 'PUT' }),
    400,
    'invalid_request',
  ],
  [
    'a detail that does not match the method',
    '/verifications/id/123',
    json({ method: 'sms', callout: { code: '1234' } }, { method: 'PUT' }),
    400,
    'invalid_request',
  ],
  [
    'two details',
    '/verifications/id/123',
    json({ method: 'sms', sms: { code: '1' }, callout: { code: '1' } }, { method: 'PUT' }),
    400,
    'invalid_request',
  ],
  [
    'a seamless report',
    '/verifications/id/123',
    json({ method: 'seamless', seamless: {} }, { method: 'PUT' }),
    400,
    'invalid_request',
  ],
  [
    'a CLI that is not a number',
    '/verifications/id/123',
    json({ method: 'flashcall', flashCall: { cli: 'anonymous' } }, { method: 'PUT' }),
    400,
    'invalid_request',
  ],
];

describe('hostile requests: each gets a clear error of the documented shape, never a 500', () => {
  it.each(table)('%s → %i %s', async (_name, path, init, status, code) => {
    const { proxy } = setup();
    const response = await proxy(new Request(base + path, initOf(init)));
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await response.json()) as ProxyErrorBody;
    expect(body.error.code).toBe(code);
    expect(body.error.message).toEqual(expect.any(String));
    if (status === 405) expect(response.headers.get('allow')).toMatch(/[A-Z]+/);
  });

  it('only believes the socket address for per-IP limits, not a forged X-Forwarded-For', async () => {
    const emulator = createSinchEmulator({ seed: 1 });
    const proxy = createVerificationProxy({
      applicationKey: EMULATOR_APPLICATION.key,
      applicationSecret: EMULATOR_APPLICATION.secret,
      fetch: emulator.fetch,
      proof: { secret: proofSecret },
      limits: { startsPerIp: { limit: 2, windowSeconds: 60 }, resendCooldownSeconds: 0 },
    });
    const statuses: number[] = [];
    for (let index = 0; index < 3; index++) {
      const response = await proxy(
        new Request(`${base}/verifications`, {
          ...json({ ...goodStart, identity: { type: 'number', endpoint: `+4670000000${index}` } }),
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${index}` },
        }),
        { clientIp: '203.0.113.9' },
      );
      statuses.push(response.status);
    }
    expect(statuses).toEqual([200, 200, 429]);
  });

  it('takes the address a trusted reverse proxy appended, not the one the client wrote before it', async () => {
    const emulator = createSinchEmulator({ seed: 1 });
    const logs: ProxyLogEvent[] = [];
    const proxy = createVerificationProxy({
      applicationKey: EMULATOR_APPLICATION.key,
      applicationSecret: EMULATOR_APPLICATION.secret,
      fetch: emulator.fetch,
      proof: { secret: proofSecret },
      trustProxyHeaders: 1,
      logger: (event) => logs.push(event),
    });
    await proxy(
      new Request(`${base}/verifications/id/123`, {
        headers: { 'x-forwarded-for': '6.6.6.6, 198.51.100.20' },
      }),
      { clientIp: '10.0.0.1' },
    );
    expect(logs[0]?.clientIp).toBe('198.51.100.20');
  });
});

describe('secret hygiene', () => {
  it('never shows the application secret, the proof secret or a code in any response or log line', async () => {
    const { proxy, emulator, logs } = setup();
    const transcripts: string[] = [];
    const send = async (path: string, init: RequestInit) => {
      const response = await proxy(new Request(base + path, init), { clientIp: '203.0.113.1' });
      const headers = [...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n');
      const text = await response.text();
      transcripts.push(`${response.status}\n${headers}\n${text}`);
      return text;
    };

    for (const [, path, init] of table) await send(path, initOf(init));
    const started = JSON.parse(await send('/verifications', json(goodStart))) as ProxyStartResponse;
    const code = emulator.inbox.latest('+46700000000')?.code ?? '';
    await send(
      `/verifications/id/${started.id}`,
      json({ method: 'sms', sms: { code: '99999999' } }, { method: 'PUT' }),
    );
    await send(`/verifications/id/${started.id}`, json({ method: 'sms', sms: { code } }, { method: 'PUT' }));
    await send(`/verifications/id/${started.id}`, { method: 'GET' });
    for (const magic of Object.values(MAGIC_NUMBERS).filter((value) => value !== MAGIC_NUMBERS.slow))
      await send('/verifications', json({ ...goodStart, identity: { type: 'number', endpoint: magic } }));

    // The same proxy with wrong credentials: Sinch's 401 must not echo anything of them.
    const misconfigured = createVerificationProxy({
      applicationKey: EMULATOR_APPLICATION.key,
      applicationSecret: btoa('a-wrong-secret-0123456789'),
      fetch: emulator.fetch,
      proof: { secret: proofSecret },
      logger: (event) => logs.push(event),
    });
    const refused = await misconfigured(new Request(`${base}/verifications`, json(goodStart)));
    transcripts.push(await refused.text());

    // A bot check of each provider, the right secret and a wrong one: no answer, no log line shows either.
    const botCheck = [
      ['turnstile', 'turnstile-secret-0x4AAAAAAA-never-shown'],
      ['hcaptcha', 'hcaptcha-secret-0x0000-never-shown'],
    ] as const;
    const botCheckSecrets = botCheck.map(([, secretKey]) => secretKey);
    for (const [provider, secretKey] of botCheck) {
      const standIn = createSiteverifyStandIn({ provider, secretKey, siteKey: 'public-site-key' });
      for (const sentSecret of [secretKey, `${secretKey}-but-wrong`]) {
        const options = {
          secretKey: sentSecret,
          siteKey: 'public-site-key',
          fetch: standIn.fetch,
          timeoutMs: 500,
        };
        const guarded = createVerificationProxy({
          applicationKey: EMULATOR_APPLICATION.key,
          applicationSecret: EMULATOR_APPLICATION.secret,
          fetch: emulator.fetch,
          proof: { secret: proofSecret },
          logger: (event) => logs.push(event),
          botCheck: {
            when: 'always',
            verifier: provider === 'turnstile' ? turnstileVerifier(options) : hcaptchaVerifier(options),
          },
        });
        for (const token of [
          undefined,
          ...Object.values(SITEVERIFY_TEST_TOKENS).map((prefix) => `${prefix}1`),
        ]) {
          const answer = await guarded(
            new Request(`${base}/verifications`, json({ ...goodStart, botCheckToken: token })),
            { clientIp: '203.0.113.9' },
          );
          transcripts.push(`${answer.status}\n${[...answer.headers].join('\n')}\n${await answer.text()}`);
        }
      }
    }
    const everything = [...transcripts, ...logs.map((event) => JSON.stringify(event))].join('\n');
    expect(everything).toMatch(
      /turnstile siteverify refused the proxy's own request \(invalid-input-secret\)/i,
    );
    expect(everything).toMatch(/hCaptcha siteverify did not answer within 500 ms/);
    expect(transcripts.length).toBeGreaterThan(table.length);
    expect(logs.length).toBeGreaterThan(table.length);
    for (const secret of [
      EMULATOR_APPLICATION.secret,
      atob(EMULATOR_APPLICATION.secret),
      'a-wrong-secret-0123456789',
      btoa('a-wrong-secret-0123456789'),
      proofSecret,
      ...botCheckSecrets,
    ])
      expect(everything).not.toContain(secret);
    expect(code).toMatch(/^\d{4,}$/);
    // The code as a number of its own: its digits may well appear inside a timing such as `"durationMs":0.36969`.
    expect(logs.map((event) => JSON.stringify(event)).join('\n')).not.toMatch(
      new RegExp(`(?<![\\d.])${code}(?!\\d)`),
    );
    expect(logs.map((event) => JSON.stringify(event)).join('\n')).not.toContain('+46700000000');
  });
});
