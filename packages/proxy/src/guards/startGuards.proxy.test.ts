// @vitest-environment node
import { MAGIC_NUMBERS } from '@verikit/sinch-emulator';
import { describe, expect, it } from 'vitest';
import { createMemoryRateLimitStore } from '../createMemoryRateLimitStore';
import { emulatedProxy } from '../testing/emulatedProxy';
import type { VerificationProxyOptions } from '../verificationProxyOptions';

/** The real proxy in front of the in-process emulator; each start from its own address, as a botnet sends them. */
function stack(overrides: Partial<VerificationProxyOptions> = {}) {
  const setup = emulatedProxy(overrides);
  let address = 0;
  const start = async (endpoint: string, method = 'sms') => {
    address++;
    const response = await setup.proxy(
      new Request('http://app.local/api/verification/verifications', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ identity: { type: 'number', endpoint }, method }),
      }),
      { clientIp: `198.51.${address >> 8}.${address & 255}` },
    );
    const body = (await response.json()) as { error?: { code: string; retryAfter?: number } };
    return { status: response.status, code: body.error?.code, retryAfter: body.error?.retryAfter };
  };
  return { ...setup, start };
}

describe('the start pipeline on the real proxy and emulator', () => {
  it('refuses premium, personal and non-geographic numbers before Sinch, and lets mobiles and the test numbers through', async () => {
    const { start, emulator, logs } = stack();
    for (const number of ['+447012345678', '+449098790000', '+33891234567', '+88213000000'])
      expect(await start(number)).toEqual({
        status: 403,
        code: 'number_type_not_allowed',
        retryAfter: undefined,
      });
    expect(await start('+442079460958', 'sms')).toMatchObject({
      status: 403,
      code: 'number_type_not_allowed',
    });
    expect(emulator.inbox.all()).toEqual([]);
    expect(logs[0]?.message).toBe('Refused a PERSONAL_NUMBER number for sms (number-type policy)');

    expect((await start('+442079460958', 'callout')).status).toBe(200);
    for (const number of [MAGIC_NUMBERS.fixedCode, '+4915123456789', '+12015550123'])
      expect((await start(number)).status, number).toBe(200);
  });

  it('turns the number-type policy off with numberTypes: false', async () => {
    const { start } = stack({ numberTypes: false });
    expect((await start('+447012345678')).status).toBe(200);
  });

  it('pauses a prefix pumped from many addresses once its budget is spent; the rest of the country goes on', async () => {
    const { start, emulator } = stack({ budgets: { perPrefix: { perHour: 5, perDay: 50 } } });
    const answers = [];
    for (let index = 0; index < 20; index++)
      answers.push(await start(`+4474001${String(index).padStart(5, '0')}`));
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(5);
    expect(answers.at(-1)).toEqual({ status: 429, code: 'verification_paused', retryAfter: 3600 });
    expect(emulator.inbox.all()).toHaveLength(5);
    expect((await start('+447911123456')).status).toBe(200);
  });

  it('fails closed with service_unavailable when the store is down, and no code goes out; open when told', async () => {
    const down = {
      increment: () => Promise.reject(new Error('redis: connection refused')),
      reset: () => Promise.reject(new Error('redis: connection refused')),
      get: () => Promise.reject(new Error('redis: connection refused')),
      set: () => Promise.reject(new Error('redis: connection refused')),
      setIfAbsent: () => Promise.reject(new Error('redis: connection refused')),
    };
    const closed = stack({ store: down });
    expect(await closed.start(MAGIC_NUMBERS.fixedCode)).toEqual({
      status: 503,
      code: 'service_unavailable',
      retryAfter: 5,
    });
    expect(closed.emulator.inbox.all()).toEqual([]);
    expect(closed.logs[0]).toMatchObject({ level: 'error', errorCode: 'service_unavailable' });

    // Open: the guards let it through to Sinch (the answer is then the started-verifications record's to give).
    const open = stack({ store: down, onStoreFailure: 'open' });
    await open.start(MAGIC_NUMBERS.fixedCode);
    expect(open.emulator.inbox.all()).toHaveLength(1);
  });

  it('fails closed for status reads and reports too while the store is down: 503, Sinch not asked', async () => {
    const memory = createMemoryRateLimitStore();
    let down = false;
    const failing =
      <Args extends unknown[], Result>(call: (...args: Args) => Promise<Result>) =>
      (...args: Args) =>
        down ? Promise.reject(new Error('redis: connection refused')) : call(...args);
    const store = {
      increment: failing(memory.increment.bind(memory)),
      reset: failing(memory.reset.bind(memory)),
      get: failing(memory.get.bind(memory)),
      set: failing(memory.set.bind(memory)),
      setIfAbsent: failing(memory.setIfAbsent.bind(memory)),
    };
    let sinchCalls = 0;
    const counted = stack({
      store,
      fetch: (request) => {
        sinchCalls++;
        return counted.emulator.fetch(request);
      },
    });
    const call = (path: string, method: string, body?: unknown) =>
      counted.proxy(
        new Request(`http://app.local/api/verification${path}`, {
          method,
          headers: { 'content-type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        }),
        { clientIp: '198.51.100.77' },
      );
    const started = await call('/verifications', 'POST', {
      identity: { type: 'number', endpoint: MAGIC_NUMBERS.fixedCode },
      method: 'sms',
    });
    const { id } = (await started.json()) as { id: string };
    down = true;
    const before = sinchCalls;
    for (const response of [
      await call(`/verifications/id/${id}`, 'GET'),
      await call(`/verifications/id/${id}`, 'PUT', { method: 'sms', sms: { code: '0000' } }),
    ]) {
      expect(response.status).toBe(503);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('service_unavailable');
    }
    expect(sinchCalls - before).toBe(0);

    // onStoreFailure: 'open' opens starts, never untallied guesses at a code: a report still answers 503, not 500.
    const open = stack({ store, onStoreFailure: 'open' });
    const report = await open.proxy(
      new Request(`http://app.local/api/verification/verifications/id/${id}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ method: 'sms', sms: { code: '0000' } }),
      }),
      { clientIp: '198.51.100.78' },
    );
    expect(report.status).toBe(503);
    expect(open.emulator.inbox.all()).toEqual([]);
  });

  it('checks the new options at creation', () => {
    expect(() => stack({ onStoreFailure: 'maybe' as never })).toThrow(
      new TypeError("onStoreFailure must be 'closed' or 'open'"),
    );
    expect(() => stack({ budgets: { global: { perHour: -1, perDay: 1 } } })).toThrow(TypeError);
    expect(() => stack({ numberTypes: { types: { MOBILE: 'none' as never } } })).toThrow(TypeError);
    expect(() => stack({ store: createMemoryRateLimitStore() })).not.toThrow();
    for (const trustProxyHeaders of ['1', 'true', -1, 1.5, Number.NaN])
      expect(
        () => stack({ trustProxyHeaders: trustProxyHeaders as never }),
        String(trustProxyHeaders),
      ).toThrow(
        new TypeError('trustProxyHeaders must be true, false or a whole number of reverse proxies (≥ 0)'),
      );
    expect(stack({ trustProxyHeaders: 0 }).proxy.knowsClientIpFromHeaders).toBe(false);
    expect(stack({ trustProxyHeaders: 2 }).proxy.knowsClientIpFromHeaders).toBe(true);
  });
});

describe('starts without a known client address, and IPv6 networks', () => {
  const startFrom = (proxy: ReturnType<typeof emulatedProxy>['proxy'], endpoint: string, clientIp?: string) =>
    proxy(
      new Request('http://app.local/api/verification/verifications', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ identity: { type: 'number', endpoint }, method: 'sms' }),
      }),
      clientIp === undefined ? {} : { clientIp },
    );

  it('counts every start with no known address as one address: one per-IP budget, never none', async () => {
    // The breaker off: its budget for countries with no success yet is also 10.
    const { proxy, emulator } = emulatedProxy({ breaker: false });
    const statuses = [];
    for (let index = 0; index < 15; index++)
      statuses.push((await startFrom(proxy, `+467012340${10 + index}`)).status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(10);
    expect(emulator.inbox.all()).toHaveLength(10);
  });

  it('counts reports and status reads with no known address as one address too (requestsPerIp, never none)', async () => {
    const { proxy } = emulatedProxy({ limits: { requestsPerIp: { limit: 3, windowSeconds: 60 } } });
    const read = (clientIp?: string) =>
      proxy(
        new Request('http://app.local/api/verification/verifications/id/1234567890'),
        clientIp === undefined ? {} : { clientIp },
      );
    const statuses = [];
    for (let index = 0; index < 5; index++) statuses.push((await read()).status);
    expect(statuses).toEqual([404, 404, 404, 429, 429]);
    // A known address has its own budget.
    expect((await read('203.0.113.9')).status).toBe(404);
  });

  it("refuses them as a configuration error with unknownClientIp: 'refuse', and says why in the log", async () => {
    const { proxy, emulator, logs } = emulatedProxy({ unknownClientIp: 'refuse' });
    expect((await startFrom(proxy, '+46701234010')).status).toBe(500);
    expect(logs[0]?.message).toMatch(/No client IP is known for this start/);
    expect((await startFrom(proxy, '+46701234011', '203.0.113.9')).status).toBe(200);
    expect(emulator.inbox.all()).toHaveLength(1);
    expect(() => emulatedProxy({ unknownClientIp: 'skip' as never })).toThrow(
      new TypeError("unknownClientIp must be 'shared' or 'refuse'"),
    );
  });

  it('counts IPv6 clients by /64 and by /48: rotating /64s inside one site does not multiply the budget', async () => {
    const { proxy } = emulatedProxy({
      breaker: false,
      limits: { startsPerIp: { limit: 2, windowSeconds: 3600 } },
    });
    const statuses = [];
    for (let index = 0; index < 40; index++)
      statuses.push(
        (
          await startFrom(
            proxy,
            `+467012341${String(index).padStart(2, '0')}`,
            `2001:db8:77:${index.toString(16)}::1`,
          )
        ).status,
      );
    expect(statuses.filter((status) => status === 200)).toHaveLength(30);
  });
});
