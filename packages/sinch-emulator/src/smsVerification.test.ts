import { describe, expect, it } from 'vitest';
import { createSinchEmulator, type SinchEmulatorOptions } from './createSinchEmulator';
import { createManualClock } from './manualClock';
import { signedRequest } from './signedRequest.test-helper';

const NUMBER = '+46700000000';
const START = '/verification/v1/verifications';

function setup(options: SinchEmulatorOptions = {}) {
  const clock = createManualClock(Date.parse('2026-01-01T00:00:00Z'));
  const emulator = createSinchEmulator({ now: clock.now, seed: 42, ...options });
  const call = async (path: string, init?: Parameters<typeof signedRequest>[1]) => {
    // Signed on the emulator's clock, as a proxy sharing it would.
    const timestamp = new Date(clock.now()).toISOString();
    const response = await emulator.fetch(await signedRequest(path, { timestamp, ...init }));
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as Record<string, unknown>,
    };
  };
  const start = (body: Record<string, unknown> = {}, headers?: Record<string, string>) =>
    call(START, {
      body: { identity: { type: 'number', endpoint: NUMBER }, method: 'sms', ...body },
      ...(headers ? { headers } : {}),
    });
  const reportCode = (id: string, code: string) =>
    call(`${START}/id/${id}`, { method: 'PUT', body: { method: 'sms', sms: { code } } });
  const statusOf = (id: string) => call(`${START}/id/${id}`);
  return { clock, emulator, call, start, reportCode, statusOf };
}

describe('SMS verification', () => {
  it('answers the start like Sinch and delivers the code to the inbox', async () => {
    const { start, emulator } = setup();
    const { status, headers, body } = await start();
    expect(status).toBe(200);
    expect(headers.get('content-language')).toBe('en-US');
    expect(body).toEqual({
      id: expect.any(String),
      method: 'sms',
      sms: { template: 'Your verification code is {{CODE}}.', interceptionTimeout: 600, codeType: 'Numeric' },
      _links: [
        { rel: 'status', href: `http://127.0.0.1:8787${START}/id/${body.id}`, method: 'GET' },
        { rel: 'report', href: `http://127.0.0.1:8787${START}/id/${body.id}`, method: 'PUT' },
      ],
    });
    const delivery = emulator.inbox.latest(NUMBER);
    expect(delivery).toEqual({
      id: expect.any(String),
      verificationId: body.id,
      method: 'sms',
      to: NUMBER,
      text: `Your verification code is ${delivery?.code}.`,
      code: expect.stringMatching(/^\d{4}$/),
      at: '2026-01-01T00:00:00.000Z',
    });
  });

  it('verifies the right code and fills in the final details', async () => {
    const { start, emulator, reportCode, statusOf, clock } = setup();
    const { body } = await start({ reference: 'signup-1', custom: 'cart=3' });
    const id = String(body.id);
    clock.advance(12_345);
    const report = await reportCode(id, emulator.inbox.latest(NUMBER)?.code ?? '');
    expect(report).toMatchObject({ status: 200, body: { id, method: 'sms', status: 'SUCCESSFUL' } });
    expect(report.body).not.toHaveProperty('reason');
    expect((await statusOf(id)).body).toEqual({
      id,
      method: 'sms',
      status: 'SUCCESSFUL',
      reference: 'signup-1',
      custom: 'cart=3',
      identity: { type: 'number', endpoint: NUMBER },
      countryId: 'SE',
      verificationTimestamp: '2026-01-01T00:00:12.3450000',
      source: 'manual',
      price: { verificationPrice: { currencyId: 'EUR', amount: 0.04 } },
    });
  });

  it('shows no price, country or timestamp while pending', async () => {
    const { start, statusOf } = setup();
    const { body } = await start();
    expect((await statusOf(String(body.id))).body).toEqual({
      id: body.id,
      method: 'sms',
      status: 'PENDING',
      identity: { type: 'number', endpoint: NUMBER },
    });
  });

  it('lets a mistyped code be retyped, then closes the verification after the last allowed attempt', async () => {
    const { start, emulator, reportCode, statusOf } = setup({ maxAttempts: 3 });
    const { body } = await start();
    const id = String(body.id);
    const right = emulator.inbox.latest(NUMBER)?.code ?? '';
    const wrong = right === '0000' ? '1111' : '0000';
    expect((await reportCode(id, wrong)).body).toEqual({
      id,
      method: 'sms',
      status: 'FAIL',
      reason: 'Invalid code',
    });
    expect((await statusOf(id)).body.status).toBe('PENDING');
    expect((await reportCode(id, wrong)).body.status).toBe('FAIL');
    expect((await reportCode(id, wrong)).body).toEqual({
      id,
      method: 'sms',
      status: 'FAIL',
      reason: 'Invalid code',
    });
    expect((await statusOf(id)).body).toMatchObject({
      status: 'FAIL',
      reason: 'Invalid code',
      source: 'manual',
    });
    // Closed: even the right code cannot reopen it.
    expect((await reportCode(id, right)).body).toMatchObject({ status: 'FAIL', reason: 'Invalid code' });
  });

  it('accepts a retyped code after a wrong one', async () => {
    const { start, emulator, reportCode } = setup();
    const { body } = await start();
    const right = emulator.inbox.latest(NUMBER)?.code ?? '';
    await reportCode(String(body.id), right === '0000' ? '1111' : '0000');
    expect((await reportCode(String(body.id), right)).body.status).toBe('SUCCESSFUL');
  });

  it('answers SUCCESSFUL again when the same code is reported twice (autofill, double submit)', async () => {
    const { start, emulator, reportCode } = setup();
    const { body } = await start();
    const code = emulator.inbox.latest(NUMBER)?.code ?? '';
    await reportCode(String(body.id), code);
    expect((await reportCode(String(body.id), code)).body).toEqual({
      id: body.id,
      method: 'sms',
      status: 'SUCCESSFUL',
    });
  });

  it('expires on the clock: FAIL / Expired, and a late right code is refused', async () => {
    const { start, emulator, reportCode, statusOf, clock } = setup({ smsExpirySeconds: 60 });
    const { body } = await start();
    const id = String(body.id);
    clock.advance(59_999);
    expect((await statusOf(id)).body.status).toBe('PENDING');
    clock.advance(1);
    expect((await statusOf(id)).body).toMatchObject({ status: 'FAIL', reason: 'Expired' });
    expect((await reportCode(id, emulator.inbox.latest(NUMBER)?.code ?? '')).body).toMatchObject({
      status: 'FAIL',
      reason: 'Expired',
    });
  });

  it('honours smsOptions: expiry, code type and template', async () => {
    const { start, emulator } = setup();
    const { body } = await start({
      smsOptions: { expiry: '00:02:00', codeType: 'Alpha', template: 'Code: {{CODE}} (Acme)' },
    });
    expect(body.sms).toEqual({
      template: 'Code: {{CODE}} (Acme)',
      interceptionTimeout: 120,
      codeType: 'Alpha',
    });
    const delivery = emulator.inbox.latest(NUMBER);
    expect(delivery?.code).toMatch(/^[A-Z]{4}$/);
    expect(delivery?.text).toBe(`Code: ${delivery?.code} (Acme)`);
  });

  it('compares alphabetic codes case-insensitively', async () => {
    const { start, emulator, reportCode } = setup({ codeType: 'Alphanumeric', codeLength: 6 });
    const { body } = await start();
    const code = emulator.inbox.latest(NUMBER)?.code ?? '';
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    expect((await reportCode(String(body.id), code.toLowerCase())).body.status).toBe('SUCCESSFUL');
  });

  it('writes the SMS in the language of Accept-Language and says which in Content-Language', async () => {
    const { start, emulator } = setup();
    const { headers, body } = await start({}, { 'accept-language': 'da;q=0.9, sv-FI, en;q=0.5' });
    expect(headers.get('content-language')).toBe('sv-SE');
    expect((body.sms as { template: string }).template).toBe('Din verifieringskod är {{CODE}}.');
    expect(emulator.inbox.latest(NUMBER)?.text).toMatch(/^Din verifieringskod är \d{4}\.$/);
  });

  it('gives the same codes for the same seed', async () => {
    const first = setup({ seed: 99 });
    const second = setup({ seed: 99 });
    await first.start();
    await second.start();
    expect(first.emulator.inbox.latest(NUMBER)?.code).toBe(second.emulator.inbox.latest(NUMBER)?.code);
  });

  it('takes codes from a code generator', async () => {
    const { start, emulator } = setup({ codeGenerator: ({ to, length }) => to.slice(-length) });
    await start();
    expect(emulator.inbox.latest(NUMBER)?.code).toBe('0000');
  });

  it('aborts the older pending verification of a number when a new one starts', async () => {
    const { start, statusOf, reportCode, emulator } = setup();
    const first = await start();
    const oldCode = emulator.inbox.latest(NUMBER)?.code ?? '';
    const second = await start();
    expect((await statusOf(String(first.body.id))).body).toMatchObject({ status: 'ABORTED' });
    expect((await statusOf(String(first.body.id))).body).not.toHaveProperty('reason');
    expect((await reportCode(String(first.body.id), oldCode)).body.status).toBe('ABORTED');
    expect((await statusOf(String(second.body.id))).body.status).toBe('PENDING');
    expect(emulator.inbox.for(NUMBER)).toHaveLength(2);
  });

  it('leaves an older verification that already expired as Expired, not ABORTED', async () => {
    const { start, statusOf, clock } = setup({ smsExpirySeconds: 60 });
    const first = await start();
    clock.advance(61_000);
    await start();
    expect((await statusOf(String(first.body.id))).body).toMatchObject({ status: 'FAIL', reason: 'Expired' });
  });

  it('reports by identity to the newest pending verification of the number', async () => {
    const { start, call, emulator, statusOf } = setup();
    const { body } = await start();
    const code = emulator.inbox.latest(NUMBER)?.code ?? '';
    const report = await call(`${START}/number/${NUMBER}`, {
      method: 'PUT',
      body: { method: 'sms', sms: { code } },
    });
    expect(report.body).toEqual({ id: body.id, method: 'sms', status: 'SUCCESSFUL' });
    expect((await statusOf(String(body.id))).body.status).toBe('SUCCESSFUL');
  });

  it('takes a report by identity with the + percent-encoded', async () => {
    const { start, call, emulator } = setup();
    const { body } = await start();
    const report = await call(`${START}/number/%2B46700000000`, {
      method: 'PUT',
      body: { method: 'sms', sms: { code: emulator.inbox.latest(NUMBER)?.code } },
    });
    expect(report.body).toEqual({ id: body.id, method: 'sms', status: 'SUCCESSFUL' });
  });

  it('finds verifications by identity (literal + or %2B) and by reference', async () => {
    const { start, call } = setup();
    const { body } = await start({ reference: 'order 7/å' });
    expect((await call(`${START}/sms/number/${NUMBER}`)).body.id).toBe(body.id);
    expect((await call(`${START}/SMS/number/%2B46700000000`)).body.id).toBe(body.id);
    expect((await call(`${START}/reference/${encodeURIComponent('order 7/å')}`)).body).toMatchObject({
      id: body.id,
      reference: 'order 7/å',
    });
  });

  it('refuses a reference a started verification holds, for its number or another (409, Reference already defined)', async () => {
    const { start, call } = setup();
    const first = await start({ reference: 'session-1' });
    const again = await start({ reference: 'session-1' });
    expect(again).toMatchObject({
      status: 409,
      body: { errorCode: 40900, message: 'Reference already defined' },
    });
    expect((await call(`${START}/reference/session-1`)).body.id).toBe(first.body.id);
    const other = await call(START, {
      body: { identity: { type: 'number', endpoint: '+46701234567' }, method: 'sms', reference: 'session-1' },
    });
    expect(other.status).toBe(409);
    expect(other.body).toMatchObject({ errorCode: 40900 });
    // A refused start replaced nothing: the first is still the one to report.
    expect((await call(`${START}/id/${first.body.id}`)).body.status).toBe('PENDING');
  });

  it('forgets the oldest verifications past maxVerifications, with their number and reference', async () => {
    const { start, call, statusOf } = setup({ maxVerifications: 2 });
    const startFor = (endpoint: string, reference?: string) =>
      call(START, {
        body: { identity: { type: 'number', endpoint }, method: 'sms', ...(reference ? { reference } : {}) },
      });
    const first = await start({ reference: 'first' });
    const second = await startFor('+46701234567');
    const third = await startFor('+46701234568');
    expect(await statusOf(String(first.body.id))).toMatchObject({ status: 404, body: { errorCode: 40400 } });
    expect((await call(`${START}/sms/number/${NUMBER}`)).status).toBe(404);
    expect((await call(`${START}/reference/first`)).status).toBe(404);
    expect((await statusOf(String(second.body.id))).body.status).toBe('PENDING');
    expect((await call(`${START}/sms/number/+46701234568`)).body.id).toBe(third.body.id);
    // Its reference no longer belongs to anyone: another number may take it.
    const taken = await startFor('+46701234569', 'first');
    expect(taken.status).toBe(200);
    expect((await call(`${START}/reference/first`)).body.id).toBe(taken.body.id);
    expect((await statusOf(String(second.body.id))).status).toBe(404);
  });

  it('answers unknown ids, numbers and references with 404 / 40400', async () => {
    const { call } = setup();
    for (const path of [`${START}/id/nope`, `${START}/sms/number/${NUMBER}`, `${START}/reference/nope`]) {
      const response = await call(path);
      expect(response.status).toBe(404);
      expect(response.body).toMatchObject({ errorCode: 40400, message: expect.any(String) });
    }
    const report = await call(`${START}/id/nope`, {
      method: 'PUT',
      body: { method: 'sms', sms: { code: '1234' } },
    });
    expect(report).toMatchObject({ status: 404, body: { errorCode: 40400 } });
  });
});
