// @vitest-environment node
import {
  createVerificationClient,
  methodDefinition,
  type ProxyReportRequest,
  VerificationError,
  type VerificationMethod,
} from '@verikit/core';
import { createManualClock, createSinchEmulator, EMULATOR_APPLICATION } from '@verikit/sinch-emulator';
import { describe, expect, it } from 'vitest';
import { createMemoryRateLimitStore } from '../createMemoryRateLimitStore';
import { createVerificationProxy } from '../createVerificationProxy';
import type { AbuseEvent } from '../guards/abuseEvent';
import type { ProxyLogEvent, VerificationProxyOptions } from '../verificationProxyOptions';
import { verifyProof } from '../verifyProof';

const PROOF_SECRET = 'test-numbers-proof-secret-0123456789abcdef';
const REVIEW = '+15555550100';
// The code length the app's Sinch application sends (4 by default): the drop-in asks for that many characters.
const REVIEW_CODE = '2468';
const CODE_METHODS = ['sms', 'flashCall', 'callout', 'whatsapp'] as const satisfies VerificationMethod[];

/** The proxy on the in-process emulator, counting every request that reaches it. */
function setup(overrides: Partial<VerificationProxyOptions> = {}) {
  const clock = createManualClock(Date.parse('2026-03-02T09:00:00Z'));
  const emulator = createSinchEmulator({ now: clock.now, seed: 13 });
  const upstream: string[] = [];
  const logs: ProxyLogEvent[] = [];
  const alerts: AbuseEvent[] = [];
  const options: VerificationProxyOptions = {
    applicationKey: EMULATOR_APPLICATION.key,
    applicationSecret: EMULATOR_APPLICATION.secret,
    fetch: (request) => {
      upstream.push(`${request.method} ${new URL(request.url).pathname}`);
      return emulator.fetch(request);
    },
    now: clock.now,
    proof: { secret: PROOF_SECRET },
    allowedMethods: [...CODE_METHODS, 'seamless'],
    testNumbers: [{ phoneNumber: REVIEW, code: REVIEW_CODE }],
    logger: (event) => logs.push(event),
    onAbuseDetected: (event) => alerts.push(event),
    ...overrides,
  };
  const proxy = createVerificationProxy(options);
  let address = 0;
  /** The browser's client, each request from `ip` (by default a new address per client). */
  const clientFrom = (ip = `198.51.100.${++address}`) =>
    createVerificationClient({
      baseUrl: 'http://app.local/api/verification',
      fetch: (input, init) => proxy(new Request(input, init), { clientIp: ip }),
    });
  return { proxy, emulator, clock, upstream, logs, alerts, clientFrom, options };
}

/** The shape of a JSON value: its keys and the types of their values, all the way down. */
function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shapeOf);
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, inner]) => [key, shapeOf(inner)]),
    );
  return typeof value;
}

const refusalOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(VerificationError);
  return (error as VerificationError).code;
};

describe('test numbers', () => {
  it.each(CODE_METHODS)(
    '%s: a start answered like a real one, the fixed code verified, a proof marked as a test number, and nothing sent to Sinch',
    async (method) => {
      const { clientFrom, upstream, logs, clock } = setup();
      const client = clientFrom();

      // The same method started for a real number, to the emulator: the shape a test number's answer must have.
      const real = await client.start({ identity: { type: 'number', endpoint: '+46701234567' }, method });
      const requestsForReal = upstream.length;
      expect(requestsForReal).toBe(1);

      const started = await client.start({ identity: { type: 'number', endpoint: REVIEW }, method });
      expect(shapeOf(started)).toEqual(shapeOf(real));
      expect(started.id).not.toBe(real.id);

      // What the browser's flow makes of it: the challenge it shows and the report it builds from typed digits.
      const definition = methodDefinition(method);
      const challenge = definition.challenge(started, undefined);
      const report = (typed: string) => {
        const body = definition.reportBody(challenge, typed);
        if (body instanceof VerificationError) throw body;
        return body as ProxyReportRequest;
      };
      const wrong = await client.report(started.id, report('1357'));
      expect(wrong).toMatchObject({ id: started.id, status: 'FAIL', reason: 'Invalid code' });
      expect(wrong.proof).toBeUndefined();
      expect(await client.status(started.id)).toMatchObject({ status: 'PENDING' });

      const right = await client.report(started.id, report(REVIEW_CODE));
      expect(right).toMatchObject({ id: started.id, status: 'SUCCESSFUL' });
      const proof = await verifyProof(right.proof as string, {
        now: clock.now,
        secret: PROOF_SECRET,
        expectedPhoneNumber: REVIEW,
      });
      expect(proof).toMatchObject({
        phoneNumber: REVIEW,
        method,
        verificationId: started.id,
        testNumber: true,
      });
      // Within the mint window, the status hands out the same proof.
      expect(await client.status(started.id)).toMatchObject({ status: 'SUCCESSFUL', proof: right.proof });

      expect(upstream).toHaveLength(requestsForReal);
      const testLines = logs.slice(1);
      expect(testLines.map((line) => [line.route, line.testNumber])).toEqual([
        ['start', true],
        ['reportById', true],
        ['statusById', true],
        ['reportById', true],
        ['statusById', true],
      ]);
      expect(logs[0]?.testNumber).toBeUndefined();
    },
  );

  it("marks only a test number's proof: a real one says testNumber: false", async () => {
    const { clientFrom, emulator, clock } = setup();
    const client = clientFrom();
    const number = '+46701234567';
    const { id } = await client.start({ identity: { type: 'number', endpoint: number }, method: 'sms' });
    const code = emulator.inbox.latest(number)?.code as string;
    const { proof } = await client.report(id, { method: 'sms', sms: { code } });
    expect(await verifyProof(proof as string, { secret: PROOF_SECRET, now: clock.now })).toMatchObject({
      testNumber: false,
    });
  });

  it('reports by number count against the same attempt cap as by id, and a wrong code never becomes right past it', async () => {
    const { clientFrom, upstream } = setup();
    const client = clientFrom();
    const { id } = await client.start({ identity: { type: 'number', endpoint: REVIEW }, method: 'sms' });
    const wrong = { method: 'sms', sms: { code: '000000' } } as const;
    for (let attempt = 0; attempt < 3; attempt++)
      expect((await client.report(id, wrong)).status).toBe('FAIL');
    for (let attempt = 0; attempt < 2; attempt++)
      expect((await client.report({ phoneNumber: REVIEW }, wrong)).status).toBe('FAIL');
    // The sixth try, even with the right code, is over attemptsPerVerification (5).
    expect(await refusalOf(client.report(id, { method: 'sms', sms: { code: REVIEW_CODE } }))).toBe(
      'too_many_attempts',
    );
    expect(upstream).toEqual([]);
  });

  it('verifies by number the newest verification of that method, and expires like an SMS code', async () => {
    const { clientFrom, clock } = setup();
    const client = clientFrom();
    await client.start({ identity: { type: 'number', endpoint: REVIEW }, method: 'sms' });
    const right = await client.report({ phoneNumber: REVIEW }, { method: 'sms', sms: { code: REVIEW_CODE } });
    expect(right.status).toBe('SUCCESSFUL');
    expect(right.proof).toEqual(expect.any(String));

    clock.advance(31_000);
    const late = await client.start({ identity: { type: 'number', endpoint: REVIEW }, method: 'sms' });
    clock.advance(600_000);
    expect(await client.report(late.id, { method: 'sms', sms: { code: REVIEW_CODE } })).toMatchObject({
      status: 'FAIL',
      reason: 'Expired',
    });
    expect(await client.status(late.id)).toMatchObject({ status: 'FAIL', reason: 'Expired' });
  });

  it('still meets the per-IP limits: a test number is no way around them', async () => {
    const { clientFrom, clock, upstream } = setup({
      limits: { startsPerIp: { limit: 2, windowSeconds: 3600 } },
    });
    const client = clientFrom('203.0.113.50');
    for (let start = 0; start < 2; start++) {
      await client.start({ identity: { type: 'number', endpoint: REVIEW }, method: 'sms' });
      clock.advance(31_000);
    }
    expect(
      await refusalOf(client.start({ identity: { type: 'number', endpoint: REVIEW }, method: 'sms' })),
    ).toBe('rate_limited');
    // The limit is the address's: from another one, the same test number starts.
    const other = await clientFrom().start({ identity: { type: 'number', endpoint: REVIEW }, method: 'sms' });
    expect(other.id).toMatch(/^vktest_/);
    expect(upstream).toEqual([]);
  });

  it('keeps the resend cooldown and the per-number limit, which cap guesses at its fixed code', async () => {
    const { clientFrom, clock } = setup();
    await clientFrom().start({ identity: { type: 'number', endpoint: REVIEW }, method: 'sms' });
    expect(
      await refusalOf(clientFrom().start({ identity: { type: 'number', endpoint: REVIEW }, method: 'sms' })),
    ).toBe('resend_cooldown');
    // The refused start counted as the number's second: three more make five.
    for (let start = 0; start < 3; start++) {
      clock.advance(31_000);
      await clientFrom().start({ identity: { type: 'number', endpoint: REVIEW }, method: 'sms' });
    }
    clock.advance(31_000);
    // Five starts an hour for one number, from any number of addresses: at most 25 guesses an hour.
    expect(
      await refusalOf(clientFrom().start({ identity: { type: 'number', endpoint: REVIEW }, method: 'sms' })),
    ).toBe('rate_limited');
  });

  it('never counts toward the budgets or the breaker: test-number successes cannot hold a pumped prefix open', async () => {
    // A test number in the very prefix a botnet pumps, verified between the attack's starts.
    const inPrefix = '+46701200000';
    const { clientFrom, clock, alerts, emulator } = setup({
      testNumbers: [{ phoneNumber: inPrefix, code: REVIEW_CODE }],
      // So the attacker may start the test number as often as it likes.
      limits: { startsPerNumber: false },
      breaker: { minStarts: 5, unprovenCountries: false },
    });
    const attack = (index: number) =>
      clientFrom().start({
        identity: { type: 'number', endpoint: `+4670120${String(1000 + index)}` },
        method: 'sms',
      });
    const statuses: string[] = [];
    for (let index = 0; index < 12; index++) {
      await attack(index).then(
        () => statuses.push('sent'),
        (error: VerificationError) => statuses.push(error.code),
      );
      // The attacker verifies the test number after every start: if it counted, 50 % would convert.
      const client = clientFrom();
      const { id } = await client.start({ identity: { type: 'number', endpoint: inPrefix }, method: 'sms' });
      expect((await client.report(id, { method: 'sms', sms: { code: REVIEW_CODE } })).status).toBe(
        'SUCCESSFUL',
      );
      clock.advance(31_000);
    }
    expect(statuses.slice(0, 5)).toEqual(['sent', 'sent', 'sent', 'sent', 'sent']);
    expect(statuses.slice(5)).toEqual(Array(7).fill('verification_paused'));
    expect(alerts).toMatchObject([{ kind: 'conversion_breaker_tripped', starts: 5, verified: 0 }]);
    expect(emulator.inbox.all()).toHaveLength(5);
  });

  it('is never asked for a bot check, and raises no risk: a reviewer or an uptime monitor sees no widget', async () => {
    const monitor = '+46701200000';
    let asked = 0;
    const botCheck = { verifier: () => ++asked > 0 };
    const always = setup({
      testNumbers: [{ phoneNumber: monitor, code: REVIEW_CODE }],
      botCheck: { ...botCheck, when: 'always' },
    });
    const { id } = await always
      .clientFrom()
      .start({ identity: { type: 'number', endpoint: monitor }, method: 'sms' });
    expect(id).toMatch(/^vktest_/);
    expect(
      await refusalOf(
        always.clientFrom().start({ identity: { type: 'number', endpoint: '+46701200001' }, method: 'sms' }),
      ),
    ).toBe('bot_check_required');

    // Adaptive: 30 monitor starts in one window are no surge of Sweden; its next real starts are asked nothing.
    const limits = { startsPerNumber: false, resendCooldownSeconds: 0, startsPerIp: false } as const;
    const surge = setup({
      testNumbers: [{ phoneNumber: monitor, code: REVIEW_CODE }],
      limits,
      breaker: false,
      botCheck: { ...botCheck, newCountrySurge: { minStarts: 5 } },
    });
    const surgeStart = (endpoint: string) =>
      surge.clientFrom().start({ identity: { type: 'number', endpoint }, method: 'sms' });
    for (let index = 0; index < 30; index++) expect((await surgeStart(monitor)).id).toMatch(/^vktest_/);
    for (let index = 0; index < 4; index++) expect((await surgeStart(`+4673000000${index}`)).id).toBeTruthy();
    expect(surge.alerts).toEqual([]);

    // A tripped prefix asks its real numbers for a token, the monitor in it nothing.
    const tripped = setup({
      testNumbers: [{ phoneNumber: monitor, code: REVIEW_CODE }],
      limits,
      breaker: { minStarts: 5, unprovenCountries: false },
      // Only the trip asks (not the milder under-half bar, which the fifth unverified start would meet first).
      botCheck: { ...botCheck, newCountrySurge: false, askBelowConversionRate: false },
    });
    const startOf = (endpoint: string) =>
      tripped.clientFrom().start({ identity: { type: 'number', endpoint }, method: 'sms' });
    // Sweden proven by a success elsewhere, then five starts in +46 7012 that never convert.
    const person = tripped.clientFrom();
    const started = await person.start({
      identity: { type: 'number', endpoint: '+46730000009' },
      method: 'sms',
    });
    const code = tripped.emulator.inbox.latest('+46730000009')?.code ?? '';
    expect((await person.report(started.id, { method: 'sms', sms: { code } })).status).toBe('SUCCESSFUL');
    for (let index = 1; index < 6; index++) await startOf(`+4670120000${index}`);
    expect(await refusalOf(startOf('+46701200007'))).toBe('bot_check_required');
    expect((await startOf(monitor)).id).toMatch(/^vktest_/);
    expect(asked).toBe(0);
  });

  it("spends no budget and proves no country: the unproven countries' budget still counts a test number's country", async () => {
    const { clientFrom, clock } = setup({
      testNumbers: [{ phoneNumber: '+64211230000', code: REVIEW_CODE }],
      budgets: { perCountry: { perHour: 2, perDay: 10 } },
      breaker: { unprovenCountries: { perHour: 2, perDay: 2 } },
    });
    for (let index = 0; index < 4; index++) {
      const client = clientFrom();
      const { id } = await client.start({
        identity: { type: 'number', endpoint: '+64211230000' },
        method: 'sms',
      });
      await client.report(id, { method: 'sms', sms: { code: REVIEW_CODE } });
      clock.advance(31_000);
    }
    // New Zealand is still unproven and its budget untouched: two real starts, then the unproven budget (2).
    const real = (index: number) =>
      clientFrom().start({
        identity: { type: 'number', endpoint: `+6421123${String(1000 + index)}` },
        method: 'sms',
      });
    await real(0);
    await real(1);
    expect(await refusalOf(real(2))).toBe('verification_paused');
  });

  it('answers for a test verification on every instance sharing the store', async () => {
    const store = createMemoryRateLimitStore();
    const one = setup({ store });
    const two = setup({ store });
    const { id } = await one
      .clientFrom()
      .start({ identity: { type: 'number', endpoint: REVIEW }, method: 'sms' });
    const right = await two.clientFrom().report(id, { method: 'sms', sms: { code: REVIEW_CODE } });
    expect(right.status).toBe('SUCCESSFUL');
    expect([...one.upstream, ...two.upstream]).toEqual([]);
  });

  it('refuses a method not listed for it (seamless has no code) and sends nothing', async () => {
    const { clientFrom, upstream } = setup({
      testNumbers: [{ phoneNumber: REVIEW, code: REVIEW_CODE, methods: ['sms'] }],
    });
    for (const method of ['callout', 'seamless'] as const)
      expect(
        await refusalOf(clientFrom().start({ identity: { type: 'number', endpoint: REVIEW }, method })),
      ).toBe('method_not_allowed');
    expect(upstream).toEqual([]);
  });

  it('is off by default: the same number then goes to Sinch like any other', async () => {
    const { clientFrom, upstream } = setup({ testNumbers: undefined });
    await clientFrom().start({ identity: { type: 'number', endpoint: REVIEW }, method: 'sms' });
    expect(upstream).toEqual(['POST /verification/v1/verifications']);
  });

  it('checks the option at creation with a TypeError that says what is wrong', () => {
    const create = (testNumbers: unknown) => () =>
      setup({ testNumbers: testNumbers as VerificationProxyOptions['testNumbers'] });
    expect(create({ phoneNumber: REVIEW, code: REVIEW_CODE })).toThrow(
      new TypeError('testNumbers must be an array of { phoneNumber, code, methods? }'),
    );
    expect(create(['+15555550100'])).toThrow(
      new TypeError('testNumbers[0] must be an object { phoneNumber, code, methods? }'),
    );
    expect(create([{ phoneNumber: '15555550100', code: REVIEW_CODE }])).toThrow(
      /^testNumbers\[0\]\.phoneNumber must be a possible number in E\.164/,
    );
    expect(create([{ phoneNumber: '+1 555 555 0100', code: REVIEW_CODE }])).toThrow(TypeError);
    expect(create([{ phoneNumber: '+4670', code: REVIEW_CODE }])).toThrow(/cannot exist/);
    expect(
      create([
        { phoneNumber: REVIEW, code: REVIEW_CODE },
        { phoneNumber: REVIEW, code: '1111' },
      ]),
    ).toThrow(new TypeError('testNumbers[1]: +15555550100 is listed twice'));
    for (const code of ['123', '12 34', 1234, 'x'.repeat(17)])
      expect(create([{ phoneNumber: REVIEW, code }])).toThrow(
        new TypeError('testNumbers[0].code must be 4 to 16 letters or digits'),
      );
    expect(create([{ phoneNumber: REVIEW, code: REVIEW_CODE, methods: ['seamless'] }])).toThrow(
      new TypeError('testNumbers[0].methods: seamless has no code, so a test number cannot use it'),
    );
    expect(create([{ phoneNumber: REVIEW, code: REVIEW_CODE, methods: ['pigeon'] }])).toThrow(
      new TypeError('testNumbers[0].methods: unknown method pigeon'),
    );
    expect(create([{ phoneNumber: REVIEW, code: REVIEW_CODE, methods: [] }])).toThrow(
      new TypeError('testNumbers[0].methods must be a non-empty array of methods'),
    );
    expect(create([{ phoneNumber: REVIEW, code: 'ABCD12', methods: ['flashCall'] }])).toThrow(
      new TypeError("testNumbers[0].code must be digits, fewer than the number's, for flashCall"),
    );
    expect(create([{ phoneNumber: REVIEW, code: REVIEW_CODE, number: REVIEW }])).toThrow(
      new TypeError('testNumbers[0]: unknown field number'),
    );
    // A code with letters is fine for the code methods; flashCall is then simply not among its defaults.
    expect(create([{ phoneNumber: REVIEW, code: 'ABCD12' }])).not.toThrow();
  });
});
