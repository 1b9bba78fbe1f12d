import { describe, expect, it } from 'vitest';
import { createVerificationClient } from './verificationClient';
import type { VerificationError } from './verificationError';

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
    let signal: AbortSignal | undefined;
    const { client } = clientFor((request) => {
      signal = request.signal;
      return new Promise<Response>(() => {});
    }, 20);
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

  it('refuses a configuration that cannot work, at creation', () => {
    expect(() => createVerificationClient({} as never)).toThrow(/baseUrl/);
    expect(() => createVerificationClient({ baseUrl: '/api', timeoutMs: 0 })).toThrow(/timeoutMs/);
  });
});
