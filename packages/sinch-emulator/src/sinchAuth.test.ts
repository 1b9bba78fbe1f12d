import { basicAuthorization } from '@verikit/core/sinch-signing';
import { describe, expect, it } from 'vitest';
import { createSinchEmulator } from './createSinchEmulator';
import { EMULATOR_APPLICATION } from './emulatorApplication';
import { createManualClock } from './manualClock';
import { ORIGIN, signedRequest } from './signedRequest.test-helper';

// Sinch's own signing example (sinch-api.md, vector 1), sent byte for byte as an SDK would.
const VECTOR_APPLICATION = {
  key: '669E367E-6BBA-48AB-AF15-266871C28135',
  secret: 'BeIukql3pTKJ8RGL5zo0DA==',
};
const VECTOR_TIME = '2014-06-04T13:41:58Z';
const VECTOR_BODY = '{"identity": {"type": "number", "endpoint": "+46700000000"}, "method": "sms"}';

function vectorEmulator() {
  return createSinchEmulator({
    applications: [VECTOR_APPLICATION],
    now: createManualClock(Date.parse(VECTOR_TIME)).now,
    seed: 7,
  });
}

function vectorRequest(overrides: { body?: string; signature?: string; contentMd5?: string | null } = {}) {
  const headers = new Headers({
    'content-type': 'application/json',
    'x-timestamp': VECTOR_TIME,
    authorization: `Application ${VECTOR_APPLICATION.key}:${overrides.signature ?? 'h6rXrFayOoggyHW4ymnLlfSDkZZPg6j98lHzvOXVjvw='}`,
  });
  const contentMd5 = overrides.contentMd5 === undefined ? 'c5jl2EZiU6BpQ2QiBOJ/gQ==' : overrides.contentMd5;
  if (contentMd5 !== null) headers.set('content-md5', contentMd5);
  return new Request(`${ORIGIN}/verification/v1/verifications`, {
    method: 'POST',
    headers,
    body: overrides.body ?? VECTOR_BODY,
  });
}

const startBody = { identity: { type: 'number', endpoint: '+46700000000' }, method: 'sms' };

describe('auth, like Sinch', () => {
  it('accepts the request of Sinch’s signing vector and starts the verification', async () => {
    const response = await vectorEmulator().fetch(vectorRequest());
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ method: 'sms' });
  });

  it('accepts the vector’s empty-body signature (and then rejects the empty body, not the auth)', async () => {
    const response = await vectorEmulator().fetch(
      new Request(`${ORIGIN}/verification/v1/verifications`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-timestamp': VECTOR_TIME,
          authorization: `Application ${VECTOR_APPLICATION.key}:srx3SkKXw/ryFJLfwFFzZTigPxR/1+9Ae+eB3olDIjM=`,
        },
      }),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errorCode: 40003 });
  });

  it('rejects a tampered body whose Content-MD5 no longer matches', async () => {
    const response = await vectorEmulator().fetch(
      vectorRequest({ body: VECTOR_BODY.replace('+46700000000', '+46700000001') }),
    );
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      errorCode: 40102,
      message: 'Invalid signature: Content-MD5 does not match the body.',
    });
  });

  it('rejects a tampered body sent without Content-MD5 by its signature', async () => {
    const response = await vectorEmulator().fetch(
      vectorRequest({ body: VECTOR_BODY.replace('+46700000000', '+46700000001'), contentMd5: null }),
    );
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ errorCode: 40102, message: 'Invalid signature.' });
  });

  it('rejects a wrong signature', async () => {
    const response = await vectorEmulator().fetch(
      vectorRequest({ signature: 'AAAAFayOoggyHW4ymnLlfSDkZZPg6j98lHzvOXVjvw=' }),
    );
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ errorCode: 40102 });
  });

  it('rejects a timestamp outside the 15 minute window, either way', async () => {
    const clock = createManualClock(Date.parse('2026-01-01T12:00:00Z'));
    const emulator = createSinchEmulator({ now: clock.now });
    const stale = await emulator.fetch(
      await signedRequest('/verification/v1/verifications', {
        body: startBody,
        timestamp: '2026-01-01T11:44:59Z',
      }),
    );
    expect(stale.status).toBe(401);
    expect(await stale.json()).toMatchObject({ errorCode: 40105 });
    const future = await emulator.fetch(
      await signedRequest('/verification/v1/verifications', {
        body: startBody,
        timestamp: '2026-01-01T12:15:01Z',
      }),
    );
    expect(future.status).toBe(401);
    expect(await future.json()).toMatchObject({ errorCode: 40105 });
    const withinWindow = await emulator.fetch(
      await signedRequest('/verification/v1/verifications', {
        body: startBody,
        timestamp: '2026-01-01T11:45:01Z',
      }),
    );
    expect(withinWindow.status).toBe(200);
  });

  it('answers a missing Authorization header with 40104, an unknown scheme with 40100', async () => {
    const emulator = createSinchEmulator();
    const missing = await emulator.fetch(new Request(`${ORIGIN}/verification/v1/verifications/id/1`));
    expect(missing.status).toBe(401);
    expect(await missing.json()).toMatchObject({ errorCode: 40104 });
    const bearer = await emulator.fetch(
      new Request(`${ORIGIN}/verification/v1/verifications/id/1`, {
        headers: { authorization: 'Bearer abc' },
      }),
    );
    expect(bearer.status).toBe(401);
    expect(await bearer.json()).toMatchObject({ errorCode: 40100 });
  });

  it('answers a signed request without X-Timestamp, or with one that is not a time, with 40101', async () => {
    const request = await signedRequest('/verification/v1/verifications/id/1');
    request.headers.delete('x-timestamp');
    const response = await createSinchEmulator().fetch(request);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ errorCode: 40101 });
    const garbled = await signedRequest('/verification/v1/verifications/id/1', { timestamp: 'yesterday' });
    const answer = await createSinchEmulator().fetch(garbled);
    expect(answer.status).toBe(401);
    expect(await answer.json()).toMatchObject({ errorCode: 40101 });
  });

  it.each([
    ['the Public scheme (a key, no signature)', `Application ${EMULATOR_APPLICATION.key}`],
    ['a key with an empty signature', `Application ${EMULATOR_APPLICATION.key}:`],
    ['a signature with no key', 'Application :c2lnbmF0dXJl'],
    ['Basic credentials that are not base64', 'Basic !!!'],
  ])('answers %s with 40100', async (_label, authorization) => {
    const response = await createSinchEmulator().fetch(
      new Request(`${ORIGIN}/verification/v1/verifications/id/1`, {
        headers: { authorization, 'x-timestamp': new Date().toISOString() },
      }),
    );
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ errorCode: 40100, message: expect.any(String) });
  });

  it('answers an unknown application key with 40108', async () => {
    const response = await createSinchEmulator().fetch(
      await signedRequest('/verification/v1/verifications', {
        body: startBody,
        application: { key: 'someone-else', secret: EMULATOR_APPLICATION.secret },
      }),
    );
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ errorCode: 40108 });
  });

  it('accepts Basic auth with the right secret and rejects a wrong one', async () => {
    const emulator = createSinchEmulator();
    const request = (authorization: string) =>
      new Request(`${ORIGIN}/verification/v1/verifications`, {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/json' },
        body: JSON.stringify(startBody),
      });
    const right = await emulator.fetch(
      request(basicAuthorization(EMULATOR_APPLICATION.key, EMULATOR_APPLICATION.secret)),
    );
    expect(right.status).toBe(200);
    const wrong = await emulator.fetch(request(basicAuthorization(EMULATOR_APPLICATION.key, 'bm90IGl0')));
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ errorCode: 40108 });
  });

  it('refuses Basic auth when allowBasic is false', async () => {
    const emulator = createSinchEmulator({ allowBasic: false });
    const response = await emulator.fetch(
      new Request(`${ORIGIN}/verification/v1/verifications/id/1`, {
        headers: { authorization: basicAuthorization(EMULATOR_APPLICATION.key, EMULATOR_APPLICATION.secret) },
      }),
    );
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ errorCode: 40100 });
  });

  it('checks the path as sent: a signature over `%2B` verifies a `%2B` request', async () => {
    const emulator = createSinchEmulator({ seed: 1 });
    await emulator.fetch(await signedRequest('/verification/v1/verifications', { body: startBody }));
    const response = await emulator.fetch(
      await signedRequest('/verification/v1/verifications/sms/number/%2B46700000000'),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'PENDING',
      identity: { endpoint: '+46700000000' },
    });
  });
});
