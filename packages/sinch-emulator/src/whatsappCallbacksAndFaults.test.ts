import { VerificationCallbackWebhooks } from '@sinch/sdk-core';
import { describe, expect, it } from 'vitest';
import { EMULATOR_APPLICATION } from './emulatorApplication';
import { NUMBER, START, setupEmulator } from './emulatorTestSetup.test-helper';
import { MAGIC_NUMBERS } from './faults/magicNumbers';

/**
 * The app's backend as Sinch's Node SDK builds one: its own signature check and event parser read what the
 * emulator sends, then `answer` decides the request event.
 */
function sdkBackend(answer: (event: Record<string, unknown>) => unknown) {
  const webhooks = new VerificationCallbackWebhooks({
    applicationKey: EMULATOR_APPLICATION.key,
    applicationSecret: EMULATOR_APPLICATION.secret,
  });
  const events: Record<string, unknown>[] = [];
  const signatureChecks: boolean[] = [];
  const receiver = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const body = await request.text();
    signatureChecks.push(
      webhooks.validateAuthenticationHeader(
        Object.fromEntries(request.headers),
        body,
        new URL(request.url).pathname,
        request.method,
      ),
    );
    const event = webhooks.parseEvent(body) as unknown as Record<string, unknown>;
    events.push(event);
    return event.event === 'VerificationRequestEvent' ? Response.json(answer(event)) : new Response(null);
  };
  return {
    events,
    signatureChecks,
    options: { callbackUrl: 'https://backend.example/sinch', callbackFetch: receiver as typeof fetch },
  };
}

const startWhatsApp = (call: ReturnType<typeof setupEmulator>['call'], endpoint = NUMBER, extra = {}) =>
  call(START, { body: { identity: { type: 'number', endpoint }, method: 'whatsapp', ...extra } });

describe('WhatsApp callbacks', () => {
  it('names whatsapp in the request event (price and rate), and obeys its whatsapp.codeType and acceptLanguage', async () => {
    const backend = sdkBackend(() => ({
      action: 'allow',
      whatsapp: { codeType: 'Alpha', acceptLanguage: ['sv-SE'] },
    }));
    const { call, emulator } = setupEmulator(backend.options);
    const started = await startWhatsApp(call);
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({ method: 'whatsapp', whatsapp: { codeType: 'Alpha' } });
    expect(started.headers.get('content-language')).toBe('sv-SE');
    const delivery = emulator.inbox.latest(NUMBER);
    expect(delivery).toMatchObject({ method: 'whatsapp', code: expect.stringMatching(/^[A-Z]{4}$/) });
    expect(delivery?.text).toBe(`Din verifieringskod är ${delivery?.code}.`);

    // Alpha codes are compared in any case, as for SMS.
    const report = await call(`${START}/id/${started.body.id}`, {
      method: 'PUT',
      body: { method: 'whatsapp', whatsapp: { code: delivery?.code?.toLowerCase() } },
    });
    expect(report.body).toMatchObject({ method: 'whatsapp', status: 'SUCCESSFUL' });
    await emulator.settled();
    expect(backend.events.map((event) => [event.event, event.method])).toEqual([
      ['VerificationRequestEvent', 'whatsapp'],
      // No SMS delivery report for a WhatsApp message.
      ['VerificationResultEvent', 'whatsapp'],
    ]);
    expect(backend.events[0]).toMatchObject({
      identity: { type: 'number', endpoint: NUMBER },
      price: { currencyId: 'EUR', amount: 0.03 },
      rate: { currencyId: 'EUR', amount: 0.03 },
    });
    // Sinch's SDK accepts every signature the emulator made.
    expect(backend.signatureChecks).toEqual([true, true]);
  });

  it('does not take a code from the backend: Sinch’s WhatsApp answer has none', async () => {
    const backend = sdkBackend(() => ({ action: 'allow', whatsapp: { code: '9999' } }));
    const { call, emulator } = setupEmulator({ ...backend.options, seed: 3 });
    await startWhatsApp(call);
    expect(emulator.inbox.latest(NUMBER)?.code).not.toBe('9999');
  });

  it.each([
    ['a code type Sinch does not have', { codeType: 'Emoji' }],
    ['languages that are not a list', { acceptLanguage: 'sv-SE' }],
  ])('treats %s as an invalid callback: 422 / 42202, DENIED', async (_label, whatsapp) => {
    const { call } = setupEmulator(sdkBackend(() => ({ action: 'allow', whatsapp })).options);
    expect(await startWhatsApp(call)).toMatchObject({ status: 422, body: { errorCode: 42202 } });
    expect((await call(`${START}/whatsapp/number/${NUMBER}`)).body).toMatchObject({
      status: 'DENIED',
      reason: 'Invalid callback',
    });
  });

  it('denies when the backend says deny', async () => {
    const { call, emulator } = setupEmulator(sdkBackend(() => ({ action: 'deny' })).options);
    expect(await startWhatsApp(call)).toMatchObject({ status: 403, body: { errorCode: 40300 } });
    expect(emulator.inbox.all()).toEqual([]);
  });
});

describe('faults on WhatsApp', () => {
  it('hits WhatsApp when a rule names it (any case), and leaves other methods alone', async () => {
    const { call, start, emulator } = setupEmulator();
    emulator.faults.add({ match: NUMBER, methods: ['WhatsApp'], fault: 'deliveryFailure' });
    const failed = await startWhatsApp(call);
    expect(failed.status).toBe(200);
    expect(emulator.inbox.all()).toEqual([]);
    expect((await call(`${START}/id/${failed.body.id}`)).body).toMatchObject({
      status: 'ERROR',
      reason: 'Network error or number unreachable',
    });
    expect((await start('sms')).status).toBe(200);
    expect(emulator.inbox.latest(NUMBER)?.method).toBe('sms');
  });

  it.each([
    [{ fault: 'deny', reason: 'Fraud' } as const, 403, { status: 'DENIED', reason: 'Fraud' }],
    [{ fault: 'failedPending' } as const, 200, { status: 'FAIL', reason: 'Failed pending' }],
    [{ fault: 'httpError', status: 422 } as const, 422, undefined],
  ])('applies %j to a WhatsApp start', async (rule, httpStatus, outcome) => {
    const { call, emulator } = setupEmulator({ faults: [{ match: NUMBER, methods: ['whatsapp'], ...rule }] });
    expect((await startWhatsApp(call)).status).toBe(httpStatus);
    const byIdentity = await call(`${START}/whatsapp/number/${NUMBER}`);
    if (outcome) expect(byIdentity.body).toMatchObject(outcome);
    else expect(byIdentity.status).toBe(404);
    expect(emulator.inbox.all()).toEqual([]);
  });

  it('lets WhatsApp through to the SMS-delivery-failure number, so a fallback from SMS can be tried', async () => {
    const { call, emulator } = setupEmulator();
    const started = await startWhatsApp(call, MAGIC_NUMBERS.smsDeliveryFailure);
    expect(started.status).toBe(200);
    expect(emulator.inbox.latest(MAGIC_NUMBERS.smsDeliveryFailure)?.method).toBe('whatsapp');
  });

  it('starts with whatsappOptions.codeType, and the fixed-code number sends 1234 or ABCD', async () => {
    const { call, emulator } = setupEmulator();
    const alpha = await startWhatsApp(call, MAGIC_NUMBERS.fixedCode, {
      whatsappOptions: { codeType: 'Alpha' },
    });
    expect(alpha.body).toMatchObject({ whatsapp: { codeType: 'Alpha' } });
    expect(emulator.inbox.latest(MAGIC_NUMBERS.fixedCode)?.code).toBe('ABCD');
    await startWhatsApp(call, MAGIC_NUMBERS.fixedCode);
    expect(emulator.inbox.latest(MAGIC_NUMBERS.fixedCode)?.code).toBe('1234');
  });
});
