import { describe, expect, it } from 'vitest';
import { NUMBER, START, setupEmulator } from './emulatorTestSetup.test-helper';
import { MAGIC_NUMBERS } from './faults/magicNumbers';

/** Sinch's OpenAPI "Verification 2.0.1" (and the Node SDK 1.4.0) beside what the v1 docs already said. */

/** A backend that answers the request event with `answer` and the other events with 200. */
function backend(answer: unknown) {
  const events: Record<string, unknown>[] = [];
  const receiver = async (input: RequestInfo | URL, init?: RequestInit) => {
    const event = (await new Request(input, init).json()) as Record<string, unknown>;
    events.push(event);
    return event.event === 'VerificationRequestEvent' ? Response.json(answer) : new Response(null);
  };
  return {
    events,
    options: { callbackUrl: 'https://backend.example/cb', callbackFetch: receiver as typeof fetch },
  };
}

describe('reason Failed pending', () => {
  it('is what the failed-pending number ends in: start 200, nothing arrives, FAIL / Failed pending', async () => {
    const { call, emulator } = setupEmulator();
    const started = await call(START, {
      body: { identity: { type: 'number', endpoint: MAGIC_NUMBERS.failedPending }, method: 'sms' },
    });
    expect(started.status).toBe(200);
    expect(emulator.inbox.all()).toEqual([]);
    expect((await call(`${START}/id/${started.body.id}`)).body).toMatchObject({
      status: 'FAIL',
      reason: 'Failed pending',
    });
  });

  it('is a fault rule too, sent in the result event', async () => {
    const { events, options } = backend({ action: 'allow' });
    const { start, statusOf, emulator } = setupEmulator({
      ...options,
      faults: [{ match: NUMBER, fault: 'failedPending', methods: ['flashCall'] }],
    });
    const call = await start('flashCall');
    expect((await statusOf(String(call.body.id))).body).toMatchObject({
      status: 'FAIL',
      reason: 'Failed pending',
    });
    // Only the methods it names.
    expect((await statusOf(String((await start('sms')).body.id))).body.status).toBe('PENDING');
    await emulator.settled();
    expect(events).toContainEqual(
      expect.objectContaining({
        event: 'VerificationResultEvent',
        id: call.body.id,
        reason: 'Failed pending',
      }),
    );
  });
});

describe('error codes 40107, 42201 and 50301', () => {
  it('answers the no-route number with 422 / 42201 No route to destination', async () => {
    const { call } = setupEmulator();
    const answer = await call(START, {
      body: { identity: { type: 'number', endpoint: MAGIC_NUMBERS.noRoute }, method: 'sms' },
    });
    expect(answer).toMatchObject({
      status: 422,
      body: { errorCode: 42201, message: 'No route to destination.' },
    });
  });

  it.each([
    [{ status: 401 }, 401, 40107],
    [{ status: 422 }, 422, 42201],
    [{ status: 503, errorCode: 50301 }, 503, 50301],
  ] as const)(
    'answers an httpError fault %j with HTTP %i and errorCode %i',
    async (rule, status, errorCode) => {
      const { start, emulator } = setupEmulator();
      emulator.faults.add({ match: NUMBER, fault: 'httpError', ...rule });
      expect(await start('sms')).toMatchObject({ status, body: { errorCode, message: expect.any(String) } });
    },
  );

  it('answers a code given as a string as a string, as Sinch’s OpenAPI examples show it', async () => {
    const { start, emulator } = setupEmulator();
    emulator.faults.add({ match: NUMBER, fault: 'httpError', status: 503, errorCode: '50301' });
    expect((await start('sms')).body).toMatchObject({ errorCode: '50301' });
  });

  it('refuses a code of another status, or one Sinch does not have', () => {
    const { emulator } = setupEmulator();
    for (const errorCode of [42201, '40107', 50399, '5030', 'abcde'])
      expect(() =>
        emulator.faults.add({ match: NUMBER, fault: 'httpError', status: 503, errorCode } as never),
      ).toThrow(/errorCode/);
    expect(() => emulator.faults.add({ match: NUMBER, fault: 'httpError', status: 404 } as never)).toThrow(
      /status/,
    );
  });
});

describe('the request event and its answers', () => {
  it('carries rate beside price', async () => {
    const { events, options } = backend({ action: 'allow' });
    const { start } = setupEmulator(options);
    await start('flashCall');
    expect(events[0]).toMatchObject({
      event: 'VerificationRequestEvent',
      price: { currencyId: 'EUR', amount: 0.02 },
      rate: { currencyId: 'EUR', amount: 0.02 },
    });
  });

  it('writes the SMS in the language the backend’s sms.acceptLanguage asks for', async () => {
    const { options } = backend({ action: 'allow', sms: { acceptLanguage: ['sv-SE', 'en-US'] } });
    const { call, emulator } = setupEmulator(options);
    const started = await call(START, {
      body: { identity: { type: 'number', endpoint: NUMBER }, method: 'sms' },
      headers: { 'accept-language': 'de-DE' },
    });
    expect(started.headers.get('content-language')).toBe('sv-SE');
    expect(emulator.inbox.latest(NUMBER)?.text).toMatch(/^Din verifieringskod är \d{4}\.$/);
  });

  it('waits as long as the backend’s flashCall.interceptionTimeout says, and only 5–120 s', async () => {
    const { options } = backend({ action: 'allow', flashCall: { interceptionTimeout: 20 } });
    const { start, statusOf, clock } = setupEmulator(options);
    const { body } = await start('flashCall');
    expect(body.flashCall).toMatchObject({ interceptionTimeout: 20, reportTimeout: 50 });
    clock.advance(49_000);
    expect((await statusOf(String(body.id))).body.status).toBe('PENDING');
    clock.advance(1000);
    expect((await statusOf(String(body.id))).body).toMatchObject({ status: 'FAIL', reason: 'Expired' });

    for (const interceptionTimeout of [4, 121, '20']) {
      const unfit = setupEmulator(backend({ action: 'allow', flashCall: { interceptionTimeout } }).options);
      expect(await unfit.start('flashCall')).toMatchObject({ status: 422, body: { errorCode: 42202 } });
    }
  });

  it('refuses an sms.acceptLanguage that is not a list of language tags', async () => {
    for (const acceptLanguage of ['sv-SE', [42], ['not a tag']]) {
      const { start } = setupEmulator(backend({ action: 'allow', sms: { acceptLanguage } }).options);
      expect(await start('sms')).toMatchObject({ status: 422, body: { errorCode: 42202 } });
    }
  });
});

describe('flash call timeouts', () => {
  it('takes interceptionTimeout and dialTimeout of 5–120 s, and refuses others', async () => {
    const { start } = setupEmulator();
    for (const flashCallOptions of [
      { interceptionTimeout: 5 },
      { interceptionTimeout: 120 },
      { dialTimeout: 5 },
      { dialTimeout: 120 },
    ])
      expect((await start('flashCall', { flashCallOptions })).status).toBe(200);
    for (const flashCallOptions of [
      { interceptionTimeout: 4 },
      { interceptionTimeout: 121 },
      { interceptionTimeout: 3600 },
      { dialTimeout: 4 },
      { dialTimeout: 121 },
    ])
      expect(await start('flashCall', { flashCallOptions })).toMatchObject({
        status: 400,
        body: { errorCode: 40001 },
      });
  });

  it('waits as long as the phone rings (dialTimeout), unless interceptionTimeout says otherwise', async () => {
    const { start, statusOf, clock } = setupEmulator();
    const ringing = await start('flashCall', { flashCallOptions: { dialTimeout: 10 } });
    expect(ringing.body.flashCall).toMatchObject({ interceptionTimeout: 10, reportTimeout: 40 });
    const both = await start(
      'flashCall',
      { flashCallOptions: { dialTimeout: 10, interceptionTimeout: 60 } },
      '+46700000001',
    );
    expect(both.body.flashCall).toMatchObject({ interceptionTimeout: 60, reportTimeout: 90 });
    clock.advance(40_000);
    expect((await statusOf(String(ringing.body.id))).body).toMatchObject({
      status: 'FAIL',
      reason: 'Expired',
    });
    expect((await statusOf(String(both.body.id))).body.status).toBe('PENDING');
  });
});
