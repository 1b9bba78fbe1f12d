import { describe, expect, it } from 'vitest';
import { NUMBER, START, setupEmulator } from './emulatorTestSetup.test-helper';

const identity = { type: 'number', endpoint: NUMBER };

describe('bad input gets Sinch’s 4xx body, never a 500', () => {
  it.each([
    ['malformed JSON', '{"identity":', 400, 40003],
    ['a JSON array', '[]', 400, 40003],
    ['no identity', { method: 'sms' }, 400, 40002],
    ['an identity that is not an object', { identity: 'x', method: 'sms' }, 400, 40001],
    [
      'a non-number identity type',
      { identity: { type: 'email', endpoint: NUMBER }, method: 'sms' },
      400,
      40001,
    ],
    ['no endpoint', { identity: { type: 'number' }, method: 'sms' }, 400, 40002],
    [
      'a numeric endpoint',
      { identity: { type: 'number', endpoint: 46700000000 }, method: 'sms' },
      400,
      40001,
    ],
    [
      'an endpoint without +',
      { identity: { type: 'number', endpoint: '46700000000' }, method: 'sms' },
      400,
      40005,
    ],
    ['a too short endpoint', { identity: { type: 'number', endpoint: '+4' }, method: 'sms' }, 400, 40001],
    [
      'a too long endpoint',
      { identity: { type: 'number', endpoint: '+4670000000000000' }, method: 'sms' },
      400,
      40001,
    ],
    [
      'letters in the endpoint',
      { identity: { type: 'number', endpoint: '+4670abc' }, method: 'sms' },
      400,
      40001,
    ],
    ['no method', { identity }, 400, 40002],
    ['an unknown method', { identity, method: 'pigeon' }, 400, 40001],
    ['a method that is not a string', { identity, method: 1 }, 400, 40001],
    ['a too long reference', { identity, method: 'sms', reference: 'r'.repeat(129) }, 400, 40001],
    ['a too long custom', { identity, method: 'sms', custom: 'c'.repeat(4097) }, 400, 40001],
    ['a bad expiry', { identity, method: 'sms', smsOptions: { expiry: '10 minutes' } }, 400, 40001],
    ['a bad code type', { identity, method: 'sms', smsOptions: { codeType: 'Emoji' } }, 400, 40001],
    ['a template without {{CODE}}', { identity, method: 'sms', smsOptions: { template: 'Hi' } }, 400, 40001],
    [
      'a dial timeout out of range',
      { identity, method: 'flashCall', flashCallOptions: { dialTimeout: 500 } },
      400,
      40001,
    ],
    [
      'a bad speech locale',
      { identity, method: 'callout', calloutOptions: { speech: { locale: 7 } } },
      400,
      40001,
    ],
  ])('start with %s', async (_label, body, status, errorCode) => {
    const { call, emulator } = setupEmulator();
    const answer = await call(START, { body });
    expect(answer.status).toBe(status);
    expect(answer.body).toEqual({ errorCode, message: expect.any(String) });
    expect(emulator.inbox.all()).toEqual([]);
  });

  it.each([
    ['+4813', 'Number +4813 is invalid. Too short.'],
    ['+4670000000000', 'Number +4670000000000 is invalid. No number of its country has this length.'],
    ['+1201555012345678', 'Number +1201555012345678 is invalid. Too long.'],
    ['+999123456', 'Number +999123456 is invalid. Unknown country calling code.'],
  ])('refuses %s, a number no country has, in Sinch’s words', async (endpoint, message) => {
    const { start, call } = setupEmulator();
    expect(await start('sms', {}, endpoint)).toMatchObject({
      status: 400,
      body: { errorCode: 40001, message },
    });
    expect(await call(`${START}/sms/number/${endpoint}`)).toMatchObject({
      status: 400,
      body: { errorCode: 40001, message },
    });
  });

  it.each([
    ['no method', { sms: { code: '1234' } }, 40002],
    ['an unknown method', { method: 'fax', fax: { code: '1' } }, 40001],
    ['no details', { method: 'sms' }, 40002],
    ['no code', { method: 'sms', sms: {} }, 40002],
    ['a numeric code', { method: 'sms', sms: { code: 1234 } }, 40001],
    ['an empty code', { method: 'sms', sms: { code: ' ' } }, 40001],
  ])('report with %s, leaving the verification open', async (_label, body, errorCode) => {
    const { start, report, statusOf, emulator } = setupEmulator();
    const started = await start('sms');
    const answer = await report(String(started.body.id), body);
    expect(answer).toMatchObject({ status: 400, body: { errorCode } });
    expect((await statusOf(String(started.body.id))).body.status).toBe('PENDING');
    const code = emulator.inbox.latest(NUMBER)?.code;
    expect((await report(String(started.body.id), { method: 'sms', sms: { code } })).body.status).toBe(
      'SUCCESSFUL',
    );
  });

  it('refuses an oversized body with 413 before reading it all', async () => {
    const { call } = setupEmulator({ maxBodyBytes: 1024 });
    const answer = await call(START, { body: { identity, method: 'sms', custom: 'x'.repeat(2000) } });
    expect(answer).toMatchObject({ status: 413, body: { errorCode: 40003 } });
  });

  it('answers unknown routes with 404 and known routes with the wrong verb with 405 + Allow', async () => {
    const { call } = setupEmulator();
    expect(await call('/verification/v1/nothing')).toMatchObject({ status: 404, body: { errorCode: 40400 } });
    expect(await call(`${START}/id/1/extra`)).toMatchObject({ status: 404, body: { errorCode: 40400 } });
    const wrongVerb = await call(START);
    expect(wrongVerb).toMatchObject({ status: 405, body: { errorCode: 40003 } });
    expect(wrongVerb.headers.get('allow')).toBe('POST');
    expect((await call(`${START}/number/${NUMBER}`)).headers.get('allow')).toBe('PUT');
  });

  it('answers a bad number or method in a path with 400', async () => {
    const { call } = setupEmulator();
    expect(await call(`${START}/sms/number/46700000000`)).toMatchObject({
      status: 400,
      body: { errorCode: 40005 },
    });
    expect(await call(`${START}/sms/number/%E0%A4%A`)).toMatchObject({
      status: 400,
      body: { errorCode: 40001 },
    });
    expect(await call(`${START}/fax/number/${NUMBER}`)).toMatchObject({
      status: 400,
      body: { errorCode: 40001 },
    });
  });

  it('keeps other verifications intact through a storm of bad requests', async () => {
    const { start, call, statusOf, report, emulator } = setupEmulator();
    const good = await start('sms', {}, '+46701234567');
    for (const body of [
      '',
      'null',
      '{"identity":{}}',
      '{"method":"sms"}',
      '"x"',
      '{"identity":{"type":"number","endpoint":"+1"},"method":"sms"}',
    ])
      expect((await call(START, { body, method: 'POST' })).status).toBeLessThan(500);
    expect((await statusOf(String(good.body.id))).body.status).toBe('PENDING');
    const code = emulator.inbox.latest('+46701234567')?.code;
    expect((await report(String(good.body.id), { method: 'sms', sms: { code } })).body.status).toBe(
      'SUCCESSFUL',
    );
  });

  it('is callable like the global fetch, and answers a relative URL with 400', async () => {
    const { emulator } = setupEmulator();
    const relative = await emulator.fetch('/verification/v1/verifications');
    expect(relative.status).toBe(400);
    expect(await relative.json()).toMatchObject({ errorCode: 40003 });
    const absolute = await emulator.fetch('http://sinch.test/emulator/inbox', { method: 'DELETE' });
    expect(absolute.status).toBe(204);
  });

  it('validates its own options with a clear error', async () => {
    const { createSinchEmulator } = await import('./createSinchEmulator');
    expect(() => createSinchEmulator({ codeLength: 0 })).toThrow(/codeLength/);
    expect(() => createSinchEmulator({ applications: [] })).toThrow(/application/);
    expect(() => createSinchEmulator({ applications: [{ key: 'k', secret: 'not base64!' }] })).toThrow(
      /base64/,
    );
    expect(() => createSinchEmulator({ flashCall: { cliPool: ['46108'] } })).toThrow(/cliPool/);
    expect(() => createSinchEmulator({ callbackTimeoutMs: -1 })).toThrow(/callbackTimeoutMs/);
    expect(() => createSinchEmulator({ slowResponseMs: Number.NaN })).toThrow(/slowResponseMs/);
    expect(() => createSinchEmulator({ maxClockSkewMs: -5 })).toThrow(/maxClockSkewMs/);
    expect(() => createSinchEmulator({ baseUrl: 'localhost:8787' })).toThrow(/baseUrl must be an absolute/);
    expect(() => createSinchEmulator({ callbackUrl: '/callbacks' })).toThrow(
      /callbackUrl must be an absolute/,
    );
  });

  it('answers a start whose custom code generator returns no code with a logged 500, and stores nothing', async () => {
    const lines: string[] = [];
    let code: unknown = '';
    const { start, call, emulator } = setupEmulator({
      codeGenerator: () => code as string,
      logger: (line) => lines.push(line),
    });
    expect(await start('sms')).toMatchObject({ status: 500, body: { errorCode: 50000 } });
    expect(lines.join('\n')).toContain('codeGenerator must return a non-empty string');
    expect(emulator.inbox.all()).toEqual([]);
    expect((await call(`${START}/sms/number/${NUMBER}`)).status).toBe(404);
    code = '2468';
    await start('sms');
    expect(emulator.inbox.latest(NUMBER)?.code).toBe('2468');
  });
});
