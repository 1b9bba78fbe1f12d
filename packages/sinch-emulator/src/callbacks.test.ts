import type { VerificationCallbackEvent } from '@verikit/core';
import { checkSignature } from '@verikit/core/sinch-signing';
import { describe, expect, it } from 'vitest';
import { EMULATOR_APPLICATION } from './emulatorApplication';
import { NUMBER, setupEmulator } from './emulatorTestSetup.test-helper';

/** The app's backend, in process: checks each callback's signature like Sinch's docs say, then answers. */
function callbackReceiver(answer: (event: VerificationCallbackEvent) => Response | Promise<Response>) {
  const events: VerificationCallbackEvent[] = [];
  const signatureChecks: boolean[] = [];
  const receiver = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const body = new Uint8Array(await request.arrayBuffer());
    const check = checkSignature({
      method: request.method,
      path: new URL(request.url).pathname,
      headers: request.headers,
      body,
      secretFor: (key) => (key === EMULATOR_APPLICATION.key ? EMULATOR_APPLICATION.secret : undefined),
      now: Date.parse('2026-01-01T00:00:00Z'),
    });
    signatureChecks.push(check.ok);
    const event = JSON.parse(new TextDecoder().decode(body)) as VerificationCallbackEvent;
    events.push(event);
    return answer(event);
  };
  return { receiver: receiver as typeof fetch, events, signatureChecks };
}

const allow = () => Response.json({ action: 'allow' });

describe('callbacks', () => {
  it('asks the backend with a signed VerificationRequestEvent before delivering', async () => {
    const backend = callbackReceiver(allow);
    const { start, emulator } = setupEmulator({
      callbackUrl: 'https://backend.example/sinch/callbacks',
      callbackFetch: backend.receiver,
    });
    const { status, body } = await start('sms', { reference: 'r-1', custom: 'c-1' });
    expect(status).toBe(200);
    // The delivery report follows on its own schedule: wait for it, so the order of events is what is checked.
    await emulator.settled();
    expect(backend.events.map((event) => event.event)).toEqual([
      'VerificationRequestEvent',
      'VerificationSmsDeliveredEvent',
    ]);
    expect(backend.events[0]).toEqual({
      id: body.id,
      event: 'VerificationRequestEvent',
      method: 'sms',
      identity: { type: 'number', endpoint: NUMBER },
      price: { currencyId: 'EUR', amount: 0.04 },
      rate: { currencyId: 'EUR', amount: 0.04 },
      reference: 'r-1',
      custom: 'c-1',
    });
    expect(backend.signatureChecks).toEqual([true, true]);
    expect(emulator.inbox.latest(NUMBER)).toBeDefined();
  });

  it('uses the code, code type and expiry the backend chooses', async () => {
    const backend = callbackReceiver(() =>
      Response.json({ action: 'allow', sms: { code: '3688', codeType: 'Numeric', expiry: '00:01:00' } }),
    );
    const { start, emulator, clock, statusOf } = setupEmulator({
      callbackUrl: 'https://backend.example/cb',
      callbackFetch: backend.receiver,
    });
    const { body } = await start('sms');
    expect(emulator.inbox.latest(NUMBER)?.code).toBe('3688');
    expect(body.sms).toMatchObject({ interceptionTimeout: 60 });
    clock.advance(60_000);
    expect((await statusOf(String(body.id))).body).toMatchObject({ status: 'FAIL', reason: 'Expired' });
  });

  it('calls from the CLI the backend chooses', async () => {
    const backend = callbackReceiver(() =>
      Response.json({ action: 'allow', flashCall: { cli: '+46812345678' } }),
    );
    const { start, emulator } = setupEmulator({
      callbackUrl: 'https://backend.example/cb',
      callbackFetch: backend.receiver,
    });
    const { body } = await start('flashCall');
    expect(emulator.inbox.latest(NUMBER)?.cli).toBe('+46812345678');
    expect((body.flashCall as { cliFilter: string }).cliFilter).toBe('+4681234(\\d{4})');
  });

  it('speaks the callout code the backend chooses, and tells it the languages the phone asked for', async () => {
    const backend = callbackReceiver(() => Response.json({ action: 'allow', callout: { code: '4567' } }));
    const { call, emulator } = setupEmulator({
      callbackUrl: 'https://backend.example/cb',
      callbackFetch: backend.receiver,
    });
    const { body } = await call('/verification/v1/verifications', {
      body: { identity: { type: 'number', endpoint: NUMBER }, method: 'callout' },
      headers: { 'accept-language': 'es-ES, en;q=0.4' },
    });
    expect(backend.events[0]).toMatchObject({
      event: 'VerificationRequestEvent',
      method: 'callout',
      acceptLanguage: ['es-ES', 'en'],
    });
    expect(emulator.inbox.latest(NUMBER)).toMatchObject({
      code: '4567',
      text: 'Tu código de verificación es 4, 5, 6, 7.',
    });
    const report = await call(`/verification/v1/verifications/id/${body.id}`, {
      method: 'PUT',
      body: { method: 'callout', callout: { code: '4567' } },
    });
    expect(report.body).toMatchObject({ status: 'SUCCESSFUL' });
  });

  it('treats a backend that does not answer within callbackTimeoutMs as an invalid callback', async () => {
    const { start, call } = setupEmulator({
      callbackUrl: 'https://backend.example/cb',
      callbackTimeoutMs: 1,
      // Never answers; gives up only when the emulator's timeout aborts the request.
      callbackFetch: (_input, init) =>
        new Promise<Response>((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
        ),
    });
    expect(await start('sms')).toMatchObject({ status: 422, body: { errorCode: 42202 } });
    expect((await call(`/verification/v1/verifications/sms/number/${NUMBER}`)).body).toMatchObject({
      status: 'DENIED',
      reason: 'Invalid callback',
    });
  });

  it('denies when the backend says deny: 403, DENIED / Denied by callback, nothing delivered', async () => {
    const backend = callbackReceiver((event) =>
      event.event === 'VerificationRequestEvent' ? Response.json({ action: 'deny' }) : new Response(null),
    );
    const { start, emulator, call } = setupEmulator({
      callbackUrl: 'https://backend.example/cb',
      callbackFetch: backend.receiver,
    });
    const answer = await start('sms');
    expect(answer).toMatchObject({ status: 403, body: { errorCode: 40300 } });
    expect(emulator.inbox.all()).toEqual([]);
    expect((await call(`/verification/v1/verifications/sms/number/${NUMBER}`)).body).toMatchObject({
      status: 'DENIED',
      reason: 'Denied by callback',
    });
  });

  it.each([
    ['an HTTP error', () => new Response('oops', { status: 500 })],
    ['a body that is not JSON', () => new Response('allow')],
    ['an unknown action', () => Response.json({ action: 'maybe' })],
    ['a code that is not numeric', () => Response.json({ action: 'allow', sms: { code: 'ab12' } })],
    ['a thrown network error', () => Promise.reject(new TypeError('fetch failed'))],
  ])('treats %s as an invalid callback: 422 / 42202, DENIED', async (_label, answer) => {
    const backend = callbackReceiver((event) =>
      event.event === 'VerificationRequestEvent' ? answer() : new Response(null),
    );
    const lines: string[] = [];
    const { start, call } = setupEmulator({
      callbackUrl: 'https://backend.example/cb',
      callbackFetch: backend.receiver,
      logger: (line) => lines.push(line),
    });
    const response = await start('sms');
    expect(response).toMatchObject({ status: 422, body: { errorCode: 42202 } });
    expect((await call(`/verification/v1/verifications/sms/number/${NUMBER}`)).body).toMatchObject({
      status: 'DENIED',
      reason: 'Invalid callback',
    });
    expect(lines.some((line) => line.includes('was invalid'))).toBe(true);
  });

  it('sends a signed VerificationResultEvent once the verification is final', async () => {
    const backend = callbackReceiver(allow);
    const { start, report, emulator } = setupEmulator({
      callbackUrl: 'https://backend.example/cb',
      callbackFetch: backend.receiver,
    });
    const { body } = await start('sms', { reference: 'r-2' });
    await report(String(body.id), { method: 'sms', sms: { code: emulator.inbox.latest(NUMBER)?.code } });
    await emulator.settled();
    expect(backend.events.find((event) => event.event === 'VerificationResultEvent')).toEqual({
      id: body.id,
      event: 'VerificationResultEvent',
      method: 'sms',
      identity: { type: 'number', endpoint: NUMBER },
      status: 'SUCCESSFUL',
      reference: 'r-2',
      source: 'manual',
    });
    // Request event, SMS delivery report, result: each one signed.
    expect(backend.signatureChecks).toEqual([true, true, true]);
  });

  it('reports SMS delivery with a VerificationSmsDeliveredEvent: Successful, or Failed before the ERROR result', async () => {
    const backend = callbackReceiver(allow);
    const { start, emulator } = setupEmulator({
      callbackUrl: 'https://backend.example/cb',
      callbackFetch: backend.receiver,
      faults: [{ match: '+46701234567', fault: 'deliveryFailure' }],
    });
    const delivered = await start('sms', { reference: 'r-3' });
    const failed = await start('sms', {}, '+46701234567');
    await emulator.settled();
    expect(backend.events.filter((event) => event.event !== 'VerificationRequestEvent')).toEqual([
      {
        id: delivered.body.id,
        event: 'VerificationSmsDeliveredEvent',
        method: 'sms',
        identity: { type: 'number', endpoint: NUMBER },
        smsResult: 'Successful',
        reference: 'r-3',
      },
      expect.objectContaining({
        id: failed.body.id,
        event: 'VerificationSmsDeliveredEvent',
        smsResult: 'Failed',
      }),
      expect.objectContaining({ id: failed.body.id, event: 'VerificationResultEvent', status: 'ERROR' }),
    ]);
  });

  it('keeps the newer of two overlapping starts of one number, whichever the backend answers first', async () => {
    const answers: ((response: Response) => void)[] = [];
    const { start, emulator, call } = setupEmulator({
      callbackUrl: 'https://backend.example/cb',
      callbackFetch: async (_input, init) => {
        const event = JSON.parse(String(init?.body)) as VerificationCallbackEvent;
        if (event.event !== 'VerificationRequestEvent') return new Response(null);
        return new Promise<Response>((resolve) => answers.push(resolve));
      },
    });
    const older = start('sms');
    while (answers.length < 1) await new Promise((resolve) => setTimeout(resolve, 0));
    const newer = start('sms');
    while (answers.length < 2) await new Promise((resolve) => setTimeout(resolve, 0));
    answers[1]?.(Response.json({ action: 'allow' }));
    const newerAnswer = await newer;
    answers[0]?.(Response.json({ action: 'allow' }));
    const olderAnswer = await older;
    const statusOf = async (id: unknown) =>
      (await call(`/verification/v1/verifications/id/${id}`)).body.status;
    expect(await statusOf(newerAnswer.body.id)).toBe('PENDING');
    expect(await statusOf(olderAnswer.body.id)).toBe('ABORTED');
    expect(emulator.inbox.all().map((delivery) => delivery.verificationId)).toEqual([newerAnswer.body.id]);
  });

  it('tells the backend when a newer verification aborts an older one', async () => {
    const backend = callbackReceiver(allow);
    const { start, emulator } = setupEmulator({
      callbackUrl: 'https://backend.example/cb',
      callbackFetch: backend.receiver,
    });
    const first = await start('sms');
    await start('sms');
    await emulator.settled();
    expect(backend.events.filter((event) => event.event === 'VerificationResultEvent')).toEqual([
      expect.objectContaining({ id: first.body.id, status: 'ABORTED' }),
    ]);
  });
});
