// @vitest-environment node
import { signRequest } from '@verikit/core/sinch-signing';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { createCallbackHandler } from './createCallbackHandler';
import { createMemoryRateLimitStore } from './createMemoryRateLimitStore';
import { createRedisRateLimitStore } from './createRedisRateLimitStore';
import type { RateLimitStore } from './rateLimitStore';
import { startRedisServer } from './testing/startRedisServer';

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

// Vector 2 of the signing test vectors (packages/core/src/sinchSigning.test.ts): a callback Sinch signed.
const applicationKey = '669E367E-6BBA-48AB-AF15-266871C28135';
const applicationSecret = 'BeIukql3pTKJ8RGL5zo0DA==';
const vectorBody =
  '{"event":"ace","callid":"822aa4b7-05b4-4d83-87c7-1f835ee0b6f6_257","timestamp":"2014-09-24T10:59:41Z","version":1}';
const vectorTime = Date.parse('2014-09-24T10:59:41Z');

function vectorRequest(body = vectorBody): Request {
  return new Request('https://app.example/sinch/callback/ace', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-timestamp': '2014-09-24T10:59:41Z',
      'content-md5': 'REWF+X220L4/Gw1spXOU7g==',
      authorization: `Application ${applicationKey}:Tg6fMyo8mj9pYfWQ9ssbx3Tc1BNC87IEygAfLbJqZb4=`,
    },
    body,
  });
}

const now = Date.parse('2026-01-01T12:00:00Z');

async function signedCallback(event: object, options: { at?: number; path?: string; secret?: string } = {}) {
  const body = JSON.stringify(event);
  const path = options.path ?? '/sinch/callback';
  const headers = signRequest({
    applicationKey,
    applicationSecret: options.secret ?? applicationSecret,
    method: 'POST',
    path,
    contentType: 'application/json; charset=utf-8',
    body,
    timestamp: new Date(options.at ?? now).toISOString(),
  });
  return new Request(`https://app.example${path}`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json; charset=utf-8' },
    body,
  });
}

const requestEvent = {
  id: '1234',
  event: 'VerificationRequestEvent',
  method: 'sms',
  identity: { type: 'number', endpoint: '+46700000000' },
  reference: 'user-7',
};

describe('Sinch callback handler', () => {
  it('accepts the signature of the facts page vector, then sees its body is no verification event', async () => {
    const handler = createCallbackHandler({
      applicationKey,
      applicationSecret,
      singleInstance: true,
      now: () => vectorTime,
    });
    const response = await handler(vectorRequest());
    // Past the signature, timestamp and replay checks (each a 401): the vector is a calling event, not ours.
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'invalid_body' });
  });

  it('refuses the vector once one byte of its body changed', async () => {
    const handler = createCallbackHandler({
      applicationKey,
      applicationSecret,
      singleInstance: true,
      now: () => vectorTime,
    });
    const response = await handler(vectorRequest(vectorBody.replace('"version":1', '"version":2')));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'content_md5_mismatch' });
  });

  it('answers a VerificationRequestEvent with what onRequest decides', async () => {
    const seen: unknown[] = [];
    const handler = createCallbackHandler({
      applicationKey,
      applicationSecret,
      singleInstance: true,
      now: () => now,
      onRequest: (event) => {
        seen.push(event);
        return event.reference === 'user-7'
          ? { action: 'allow', sms: { codeType: 'Numeric' } }
          : { action: 'deny' };
      },
    });
    const allowed = await handler(await signedCallback(requestEvent));
    expect(await allowed.json()).toEqual({ action: 'allow', sms: { codeType: 'Numeric' } });
    const denied = await handler(
      await signedCallback({ ...requestEvent, id: '5678', reference: 'stranger' }),
    );
    expect(await denied.json()).toEqual({ action: 'deny' });
    expect(seen).toHaveLength(2);
  });

  it('denies when onRequest throws, rather than failing with a 500', async () => {
    const handler = createCallbackHandler({
      applicationKey,
      applicationSecret,
      singleInstance: true,
      now: () => now,
      onRequest: () => {
        throw new Error('database down');
      },
    });
    const response = await handler(await signedCallback(requestEvent));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ action: 'deny' });
  });

  it('passes results to onResult and acknowledges with an empty 200', async () => {
    const results: unknown[] = [];
    const handler = createCallbackHandler({
      applicationKey,
      applicationSecret,
      singleInstance: true,
      now: () => now,
      onResult: (event) => void results.push(event),
    });
    const result = {
      id: '1234',
      event: 'VerificationResultEvent',
      method: 'sms',
      identity: requestEvent.identity,
      status: 'SUCCESSFUL',
    };
    const response = await handler(await signedCallback(result));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    expect(results).toEqual([result]);
  });

  it('refuses a callback signed with another secret, or not signed, without calling any hook', async () => {
    let called = false;
    const handler = createCallbackHandler({
      applicationKey,
      applicationSecret,
      singleInstance: true,
      now: () => now,
      onRequest: () => {
        called = true;
        return { action: 'allow' };
      },
    });
    const forged = await handler(
      await signedCallback(requestEvent, { secret: btoa('someone else entirely') }),
    );
    expect(forged.status).toBe(401);
    expect(await forged.json()).toEqual({ error: 'invalid_signature' });
    const unsigned = await handler(
      new Request('https://app.example/sinch/callback', {
        method: 'POST',
        body: JSON.stringify(requestEvent),
      }),
    );
    expect(unsigned.status).toBe(401);
    expect(called).toBe(false);
  });

  it('refuses a callback signed for another path (a signature moved to another endpoint)', async () => {
    const handler = createCallbackHandler({
      applicationKey,
      applicationSecret,
      singleInstance: true,
      now: () => now,
    });
    const signed = await signedCallback(requestEvent, { path: '/sinch/other' });
    const moved = new Request('https://app.example/sinch/callback', {
      method: 'POST',
      headers: signed.headers,
      body: await signed.text(),
    });
    expect((await handler(moved)).status).toBe(401);
  });

  it('refuses a stale callback and a replayed one', async () => {
    const handler = createCallbackHandler({
      applicationKey,
      applicationSecret,
      singleInstance: true,
      now: () => now,
    });
    const stale = await handler(await signedCallback(requestEvent, { at: now - 6 * 60_000 }));
    expect(await stale.json()).toEqual({ error: 'stale_timestamp' });
    const original = await signedCallback(requestEvent);
    const copy = original.clone();
    expect((await handler(original)).status).toBe(200);
    const replayed = await handler(copy);
    expect(replayed.status).toBe(401);
    expect(await replayed.json()).toEqual({ error: 'replayed' });
  });

  it('answers bodies that are not events, too large, or not POST with a clear 4xx', async () => {
    const handler = createCallbackHandler({
      applicationKey,
      applicationSecret,
      singleInstance: true,
      now: () => now,
      maxBodyBytes: 1024,
    });
    expect((await handler(await signedCallback({ hello: 'world' }))).status).toBe(400);
    expect((await handler(await signedCallback({ id: 'x', event: 'Y', pad: 'x'.repeat(2000) }))).status).toBe(
      413,
    );
    const get = await handler(new Request('https://app.example/sinch/callback'));
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
  });
});

const resultEvent = {
  id: '1234',
  event: 'VerificationResultEvent',
  method: 'sms',
  identity: { type: 'number', endpoint: '+46700000000' },
  status: 'SUCCESSFUL',
};

/** The same signed callback with its Authorization header respelled: scheme case and whitespace, as an attacker would. */
function respelled(request: Request, variant: number): Request {
  const [, credentials] = (request.headers.get('authorization') ?? '').split(' ');
  const scheme = [...'Application']
    .map((letter, index) => ((variant >> index) & 1 ? letter.toUpperCase() : letter.toLowerCase()))
    .join('');
  const gaps = [' ', '  ', '\t', ' \t ', '   '];
  const authorization = `${variant % 3 ? ' ' : ''}${scheme}${gaps[variant % gaps.length]}${credentials}${variant % 2 ? '  ' : ''}`;
  const headers = new Headers(request.headers);
  headers.set('authorization', authorization);
  return new Request(request.url, {
    method: 'POST',
    headers,
    body: request.clone().body,
    duplex: 'half',
  } as RequestInit);
}

describe('Sinch callback handler: replays', () => {
  it('runs onResult once for a callback replayed in 200 spellings of its scheme and spaces', async () => {
    let results = 0;
    const handler = createCallbackHandler({
      applicationKey,
      applicationSecret,
      singleInstance: true,
      now: () => now,
      onResult: () => {
        results += 1;
      },
    });
    const captured = await signedCallback(resultEvent);
    expect((await handler(captured.clone())).status).toBe(200);
    const statuses: number[] = [];
    for (let variant = 0; variant < 200; variant++) {
      const response = await handler(respelled(captured, variant));
      statuses.push(response.status);
      if (response.status === 401) expect(await response.json()).toEqual({ error: 'replayed' });
    }
    expect(statuses.filter((status) => status === 401)).toHaveLength(200);
    expect(results).toBe(1);
  });

  it('shares its replay memory between instances through a real redis-server', async () => {
    const server = await startRedisServer();
    cleanups.push(() => server.stop());
    const instance = (onResult: () => void) => {
      const client = new Redis(server.url, { maxRetriesPerRequest: 1 });
      cleanups.push(() => client.quit());
      return createCallbackHandler({
        applicationKey,
        applicationSecret,
        now: () => now,
        store: createRedisRateLimitStore({ client }),
        onResult,
      });
    };
    let results = 0;
    const handlers = [0, 1, 2].map(() => instance(() => (results += 1)));
    const captured = await signedCallback(resultEvent);
    const statuses = await Promise.all(
      Array.from({ length: 30 }, (_, variant) =>
        (handlers[variant % 3] as (typeof handlers)[number])(respelled(captured, variant)).then(
          (response) => response.status,
        ),
      ),
    );
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(results).toBe(1);
  });

  it('warns at creation when each instance would keep its own replay memory', () => {
    const warnings: string[] = [];
    const warn = (message: string) => warnings.push(message);
    createCallbackHandler({ applicationKey, applicationSecret, warn });
    createCallbackHandler({ applicationKey, applicationSecret, warn, store: createMemoryRateLimitStore() });
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/shared store \(createRedisRateLimitStore\)/);
    createCallbackHandler({ applicationKey, applicationSecret, warn, singleInstance: true });
    const shared: RateLimitStore = {
      increment: async () => ({ count: 1, resetInMs: 1 }),
      reset: async () => {},
      get: async () => undefined,
      set: async () => {},
      setIfAbsent: async () => true,
    };
    createCallbackHandler({ applicationKey, applicationSecret, warn, store: shared });
    expect(warnings).toHaveLength(2);
  });

  it('refuses a callback with 503 when its replay memory cannot answer, and runs no hook', async () => {
    let results = 0;
    const down = new Error('store down');
    const handler = createCallbackHandler({
      applicationKey,
      applicationSecret,
      now: () => now,
      onResult: () => {
        results += 1;
      },
      store: {
        increment: async () => Promise.reject(down),
        reset: async () => Promise.reject(down),
        get: async () => Promise.reject(down),
        set: async () => Promise.reject(down),
        setIfAbsent: async () => Promise.reject(down),
      },
    });
    const response = await handler(await signedCallback(resultEvent));
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(results).toBe(0);
  });
});
