import { describe, expect, it } from 'vitest';
import { NUMBER, START, setupEmulator } from './emulatorTestSetup.test-helper';
import { MAGIC_NUMBERS } from './faults/magicNumbers';
import { ORIGIN, signedRequest } from './signedRequest.test-helper';
import { textStreamReader } from './textStreamReader.test-helper';

describe('fault rules', () => {
  it('fails SMS delivery: start answers 200, nothing arrives, status ERROR', async () => {
    const { start, statusOf, emulator } = setupEmulator({
      faults: [{ match: '+4670*', fault: 'deliveryFailure' }],
    });
    const { status, body } = await start('sms');
    expect(status).toBe(200);
    expect(emulator.inbox.all()).toEqual([]);
    const final = (await statusOf(String(body.id))).body;
    expect(final).toMatchObject({ status: 'ERROR', reason: 'SMS delivery failure', countryId: 'SE' });
    expect(final).not.toHaveProperty('price');
  });

  it('fails a call as unreachable', async () => {
    const { start, statusOf } = setupEmulator({ faults: [{ match: NUMBER, fault: 'deliveryFailure' }] });
    const { body } = await start('callout');
    expect((await statusOf(String(body.id))).body).toMatchObject({
      status: 'ERROR',
      reason: 'Network error or number unreachable',
      callComplete: false,
      callResult: 'FAILED',
    });
  });

  it('denies with the chosen reason, findable by number afterwards', async () => {
    const { start, call } = setupEmulator({ faults: [{ match: '*', fault: 'deny', reason: 'Fraud' }] });
    const denied = await start('sms');
    expect(denied).toMatchObject({
      status: 403,
      body: { errorCode: 40300, message: 'Verification denied: Fraud.' },
    });
    expect((await call(`${START}/sms/number/${NUMBER}`)).body).toMatchObject({
      status: 'DENIED',
      reason: 'Fraud',
    });
  });

  it('answers HTTP 429, 500 and 503 with Sinch’s bodies, and Retry-After when asked', async () => {
    const { start, emulator } = setupEmulator();
    emulator.faults.add({ match: NUMBER, fault: 'httpError', status: 429, retryAfterSeconds: 30, times: 1 });
    emulator.faults.add({ match: NUMBER, fault: 'httpError', status: 500, times: 1 });
    emulator.faults.add({ match: NUMBER, fault: 'httpError', status: 503, times: 1 });
    const first = await start('sms');
    expect(first).toMatchObject({ status: 429, body: { errorCode: 42901 } });
    expect(first.headers.get('retry-after')).toBe('30');
    expect(await start('sms')).toMatchObject({
      status: 500,
      body: { errorCode: 50000, message: 'Internal error.' },
    });
    expect(await start('sms')).toMatchObject({ status: 503, body: { errorCode: 50300 } });
    // Each rule hit once and retired: the fourth start goes through.
    expect((await start('sms')).status).toBe(200);
    expect(emulator.faults.list()).toEqual([]);
  });

  it('hits only the routes and methods it names', async () => {
    const { start, statusOf, emulator } = setupEmulator();
    emulator.faults.add({
      match: NUMBER,
      on: ['status'],
      methods: ['flashCall'],
      fault: 'httpError',
      status: 503,
    });
    const sms = await start('sms');
    expect((await statusOf(String(sms.body.id))).status).toBe(200);
    const flash = await start('flashcall');
    expect(flash.status).toBe(200);
    expect((await statusOf(String(flash.body.id))).status).toBe(503);
  });

  it('holds the answers of matching numbers only, until the caller gives up', async () => {
    const { emulator, start } = setupEmulator({
      faults: [{ match: NUMBER, fault: 'latency', ms: 60_000, on: ['start'] }],
    });
    const controller = new AbortController();
    const request = await signedRequest(START, {
      body: { identity: { type: 'number', endpoint: NUMBER }, method: 'sms' },
      timestamp: '2026-01-01T00:00:00Z',
    });
    let isAnswered = false;
    const slow = emulator.fetch(new Request(request, { signal: controller.signal })).then((response) => {
      isAnswered = true;
      return response;
    });
    // Another number goes through while the slow answer is still held (a minute away).
    expect((await start('sms', {}, '+46701234567')).status).toBe(200);
    expect(isAnswered).toBe(false);
    expect(emulator.inbox.for(NUMBER)).toEqual([]);
    controller.abort();
    // Giving up does not undo the request, as with a real timeout: the verification started and the SMS went out.
    expect((await slow).status).toBe(200);
    expect(emulator.inbox.for(NUMBER)).toHaveLength(1);
  });

  it('rejects a malformed rule given in options or to faults.add', () => {
    const { emulator } = setupEmulator();
    expect(() => emulator.faults.add({ match: '46700', fault: 'deliveryFailure' })).toThrow(/match/);
    // @ts-expect-error -- not a fault kind
    expect(() => emulator.faults.add({ match: '*', fault: 'explode' })).toThrow(/fault/);
  });

  it('reset() forgets verifications and the inbox, and restores the options’ rules', async () => {
    const { start, statusOf, emulator } = setupEmulator({
      faults: [{ match: '+4671*', fault: 'deliveryFailure' }],
    });
    const { body } = await start('sms');
    emulator.faults.add({ match: '*', fault: 'httpError', status: 500 });
    emulator.reset();
    expect(emulator.inbox.all()).toEqual([]);
    expect((await statusOf(String(body.id))).status).toBe(404);
    expect(emulator.faults.list()).toEqual([{ match: '+4671*', fault: 'deliveryFailure' }]);
  });
});

describe('magic numbers', () => {
  it.each([
    [MAGIC_NUMBERS.denied, 403, 40300],
    [MAGIC_NUMBERS.notEnoughCredit, 402, 40200],
    [MAGIC_NUMBERS.velocityLimited, 429, 42901],
    [MAGIC_NUMBERS.internalError, 500, 50000],
    [MAGIC_NUMBERS.unavailable, 503, 50300],
  ])('%s answers the start with HTTP %i / %i', async (number, status, errorCode) => {
    const { start } = setupEmulator();
    const answer = await start('sms', {}, number);
    expect(answer.status).toBe(status);
    expect(answer.body).toEqual({ errorCode, message: expect.any(String) });
  });

  it.each([
    [MAGIC_NUMBERS.denied, 'Blocked'],
    [MAGIC_NUMBERS.notEnoughCredit, 'Not enough credit'],
  ])('leaves %s DENIED / %s, with nothing delivered', async (number, reason) => {
    const { start, call, emulator } = setupEmulator();
    await start('sms', {}, number);
    expect((await call(`${START}/sms/number/${number}`)).body).toMatchObject({ status: 'DENIED', reason });
    expect(emulator.inbox.for(number)).toEqual([]);
  });

  it('answers everything late for the slow number, and nothing late for the others', async () => {
    const { emulator, start } = setupEmulator({ slowResponseMs: 60_000 });
    const controller = new AbortController();
    const request = await signedRequest(START, {
      body: { identity: { type: 'number', endpoint: MAGIC_NUMBERS.slow }, method: 'sms' },
      timestamp: '2026-01-01T00:00:00Z',
    });
    let isAnswered = false;
    const slow = emulator.fetch(new Request(request, { signal: controller.signal })).then((response) => {
      isAnswered = true;
      return response;
    });
    expect((await start('sms')).status).toBe(200);
    expect(isAnswered).toBe(false);
    controller.abort();
    expect((await slow).status).toBe(200);
  });

  it('fails SMS delivery for the delivery-failure number', async () => {
    const { start, statusOf, emulator } = setupEmulator();
    const { body } = await start('sms', {}, MAGIC_NUMBERS.smsDeliveryFailure);
    expect((await statusOf(String(body.id))).body).toMatchObject({
      status: 'ERROR',
      reason: 'SMS delivery failure',
    });
    expect(emulator.inbox.latest(MAGIC_NUMBERS.smsDeliveryFailure)).toBeUndefined();
  });

  it('lets a call through to the delivery-failure number, so a fallback from SMS can be tried', async () => {
    const { start, statusOf, emulator } = setupEmulator();
    const { body } = await start('flashCall', {}, MAGIC_NUMBERS.smsDeliveryFailure);
    expect((await statusOf(String(body.id))).body).toMatchObject({ status: 'PENDING' });
    expect(emulator.inbox.latest(MAGIC_NUMBERS.smsDeliveryFailure)?.method).toBe('flashcall');
  });

  it('always sends 1234 to the fixed-code number', async () => {
    const { start, emulator } = setupEmulator({ seed: 5 });
    await start('sms', {}, MAGIC_NUMBERS.fixedCode);
    expect(emulator.inbox.latest(MAGIC_NUMBERS.fixedCode)?.code).toBe('1234');
  });

  it('are ordinary numbers when magicNumbers is false', async () => {
    const { start } = setupEmulator({ magicNumbers: false });
    expect((await start('sms', {}, MAGIC_NUMBERS.unavailable)).status).toBe(200);
  });
});

describe('emulator routes', () => {
  async function json(response: Response) {
    return { status: response.status, body: await response.json() };
  }

  it('lists the inbox newest first, per number, and empties it', async () => {
    const { start, emulator } = setupEmulator();
    await start('sms');
    await start('flashCall', {}, '+46701234567');
    const all = await json(await emulator.fetch(new Request(`${ORIGIN}/emulator/inbox`)));
    expect(all.status).toBe(200);
    expect(all.body.map((delivery: { to: string }) => delivery.to)).toEqual(['+46701234567', NUMBER]);
    expect(Object.keys(all.body[1])).toEqual(['id', 'verificationId', 'method', 'to', 'text', 'code', 'at']);
    expect(Object.keys(all.body[0])).toEqual(['id', 'verificationId', 'method', 'to', 'text', 'cli', 'at']);
    expect(all.body[0]).toEqual({
      id: expect.any(String),
      verificationId: expect.any(String),
      method: 'flashcall',
      to: '+46701234567',
      text: `Missed call from ${all.body[0].cli}`,
      cli: expect.stringMatching(/^\+\d+$/),
      at: '2026-01-01T00:00:00.000Z',
    });
    const one = await json(await emulator.fetch(new Request(`${ORIGIN}/emulator/inbox/%2B46700000000`)));
    expect(one.body).toHaveLength(1);
    expect(one.body[0]).toMatchObject({ method: 'sms', to: NUMBER });
    const cleared = await emulator.fetch(new Request(`${ORIGIN}/emulator/inbox`, { method: 'DELETE' }));
    expect(cleared.status).toBe(204);
    expect(emulator.inbox.all()).toEqual([]);
  });

  it('answers a bad number in the inbox path with Sinch’s 400', async () => {
    const { emulator } = setupEmulator();
    const response = await json(await emulator.fetch(new Request(`${ORIGIN}/emulator/inbox/46700000000`)));
    expect(response).toMatchObject({ status: 400, body: { errorCode: 40005 } });
  });

  it('adds, lists and clears fault rules over HTTP, and refuses a bad rule', async () => {
    const { emulator, start } = setupEmulator();
    const added = await emulator.fetch(
      new Request(`${ORIGIN}/emulator/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify([{ match: NUMBER, fault: 'httpError', status: 503 }]),
      }),
    );
    expect(await json(added)).toEqual({
      status: 201,
      body: [{ match: NUMBER, fault: 'httpError', status: 503 }],
    });
    expect((await start('sms')).status).toBe(503);
    const bad = await emulator.fetch(
      new Request(`${ORIGIN}/emulator/faults`, {
        method: 'POST',
        body: '{"match":"*","fault":"latency","ms":-1}',
      }),
    );
    expect(await json(bad)).toMatchObject({
      status: 400,
      body: { errorCode: 40001, message: expect.stringContaining('ms') },
    });
    const malformed = await emulator.fetch(
      new Request(`${ORIGIN}/emulator/faults`, { method: 'POST', body: '{"match":' }),
    );
    expect(await json(malformed)).toMatchObject({ status: 400, body: { errorCode: 40003 } });
    expect(emulator.faults.list()).toHaveLength(1);
    expect(
      (await emulator.fetch(new Request(`${ORIGIN}/emulator/faults`, { method: 'DELETE' }))).status,
    ).toBe(204);
    expect((await start('sms')).status).toBe(200);
  });

  it('keeps one fault book for code and HTTP: the same rules, the same `times` count, reset() for both', async () => {
    const { emulator, start } = setupEmulator({ faults: [{ match: '+4671*', fault: 'deliveryFailure' }] });
    const faultsOverHttp = async () => json(await emulator.fetch(new Request(`${ORIGIN}/emulator/faults`)));
    emulator.faults.add({ match: NUMBER, fault: 'httpError', status: 500, times: 2 });
    expect((await faultsOverHttp()).body).toEqual(emulator.faults.list());
    expect(emulator.faults.list()).toHaveLength(2);
    expect((await start('sms')).status).toBe(500);
    // An array with one bad rule adds none of them.
    const mixed = await emulator.fetch(
      new Request(`${ORIGIN}/emulator/faults`, {
        method: 'POST',
        body: JSON.stringify([
          { match: '*', fault: 'latency', ms: 5 },
          { match: '*', fault: 'explode' },
        ]),
      }),
    );
    expect((await json(mixed)).status).toBe(400);
    expect(emulator.faults.list()).toHaveLength(2);
    // The second of its two hits, then it retires from both views.
    expect((await start('sms')).status).toBe(500);
    expect((await faultsOverHttp()).body).toEqual([{ match: '+4671*', fault: 'deliveryFailure' }]);
    expect((await start('sms')).status).toBe(200);
    await emulator.fetch(new Request(`${ORIGIN}/emulator/faults`, { method: 'DELETE' }));
    expect(emulator.faults.list()).toEqual([]);
    emulator.reset();
    expect((await faultsOverHttp()).body).toEqual([{ match: '+4671*', fault: 'deliveryFailure' }]);
  });

  it('lets a page on another origin read the inbox (CORS)', async () => {
    const { emulator } = setupEmulator();
    const preflight = await emulator.fetch(new Request(`${ORIGIN}/emulator/faults`, { method: 'OPTIONS' }));
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    const response = await emulator.fetch(new Request(`${ORIGIN}/emulator/inbox`));
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('streams each new delivery as a Server-Sent Event until the client goes away', async () => {
    const { emulator, start } = setupEmulator();
    const controller = new AbortController();
    const response = await emulator.fetch(
      new Request(`${ORIGIN}/emulator/events`, { signal: controller.signal }),
    );
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const reader = textStreamReader(response.body);
    expect((await reader.read()).value).toBe(': connected\n\n');
    await start('sms');
    const event = (await reader.read()).value ?? '';
    const delivery = emulator.inbox.latest(NUMBER);
    expect(event).toBe(`event: delivery\nid: ${delivery?.id}\ndata: ${JSON.stringify(delivery)}\n\n`);
    controller.abort();
    expect((await reader.read()).done).toBe(true);
    // Nobody listens any more: deliveries go on without error.
    expect((await start('sms')).status).toBe(200);
  });

  it('lets another process move a manual clock, and expiry follows it', async () => {
    const { createManualClock } = await import('./manualClock');
    const clock = createManualClock(Date.parse('2026-01-01T00:00:00Z'));
    const { start, statusOf, emulator } = setupEmulator({
      manualClock: clock,
      now: clock.now,
      smsExpirySeconds: 60,
    });
    const { body } = await start('sms');
    const move = (body: unknown) =>
      emulator.fetch(new Request(`${ORIGIN}/emulator/clock`, { method: 'POST', body: JSON.stringify(body) }));
    expect(await (await move({ advanceMs: 60_000 })).json()).toEqual({
      now: '2026-01-01T00:01:00.000Z',
      isManual: true,
    });
    expect((await statusOf(String(body.id))).body).toMatchObject({ status: 'FAIL', reason: 'Expired' });
    expect(await (await move({ set: '2026-02-01T00:00:00Z' })).json()).toMatchObject({
      now: '2026-02-01T00:00:00.000Z',
    });
    expect((await move({ advanceMs: -1 })).status).toBe(400);
    expect((await move({})).status).toBe(400);
    // Past the last date a timestamp can show: refused, and the clock has not moved.
    expect(await (await move({ advanceMs: 1e300 })).json()).toMatchObject({ errorCode: 40001 });
    expect(await (await emulator.fetch(new Request(`${ORIGIN}/emulator/clock`))).json()).toMatchObject({
      now: '2026-02-01T00:00:00.000Z',
    });
  });

  it('moves a manual clock from code too, and refuses to move real time', async () => {
    const { createManualClock } = await import('./manualClock');
    const { createSinchEmulator } = await import('./createSinchEmulator');
    const clock = createManualClock(Date.parse('2026-01-01T00:00:00Z'));
    const { start, statusOf, emulator } = setupEmulator({ manualClock: clock, now: clock.now });
    const { body } = await start('sms', { smsOptions: { expiry: '00:01:00' } });
    expect(emulator.clock.isManual).toBe(true);
    emulator.clock.advance(60_000);
    expect(emulator.clock.now()).toBe(Date.parse('2026-01-01T00:01:00Z'));
    expect((await statusOf(String(body.id))).body).toMatchObject({ status: 'FAIL', reason: 'Expired' });
    expect(() => emulator.clock.advance(Number.MAX_VALUE)).toThrow(RangeError);
    expect(emulator.clock.now()).toBe(Date.parse('2026-01-01T00:01:00Z'));

    const realTime = createSinchEmulator();
    expect(realTime.clock.isManual).toBe(false);
    expect(() => realTime.clock.advance(1)).toThrow(/manualClock/);
    expect(() => realTime.clock.set(0)).toThrow(/manualClock/);
  });

  it('refuses to move a real-time clock over HTTP', async () => {
    const { createSinchEmulator } = await import('./createSinchEmulator');
    const emulator = createSinchEmulator();
    const answer = await emulator.fetch(
      new Request(`${ORIGIN}/emulator/clock`, { method: 'POST', body: '{"advanceMs":1}' }),
    );
    expect(answer.status).toBe(409);
    expect(await (await emulator.fetch(new Request(`${ORIGIN}/emulator/clock`))).json()).toMatchObject({
      isManual: false,
    });
  });

  it('tells subscribers about each delivery until they unsubscribe', async () => {
    const { emulator, start } = setupEmulator();
    const seen: string[] = [];
    const unsubscribe = emulator.inbox.subscribe((delivery) => seen.push(delivery.method));
    await start('sms');
    await start('callout');
    unsubscribe();
    await start('flashCall');
    expect(seen).toEqual(['sms', 'callout']);
  });
});
