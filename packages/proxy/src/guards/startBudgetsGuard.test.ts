// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createMemoryRateLimitStore } from '../createMemoryRateLimitStore';
import { parseStartRequest } from '../parseStartRequest';
import { destinationOf } from './destinationOf';
import { resolveStartBudgets, type StartBudgets } from './startBudgets';
import { startBudgetsGuard } from './startBudgetsGuard';

function budgeted(budgets: Partial<StartBudgets>) {
  let time = 0;
  const store = createMemoryRateLimitStore({ now: () => time });
  const resolved = resolveStartBudgets(budgets);
  if (!resolved) throw new Error('budgets off');
  const guard = startBudgetsGuard(resolved);
  const context = {
    reportAbuse: () => undefined,
    clientIp: '192.0.2.1',
    request: new Request('http://localhost/'),
    now: () => time,
  };
  return {
    advance: (ms: number) => (time += ms),
    async start(endpoint: string) {
      const parsed = parseStartRequest({ identity: { type: 'number', endpoint }, method: 'sms' });
      if (!parsed.ok) throw new Error(parsed.message);
      return guard.check(parsed.value, context, store);
    },
  };
}

describe('destinations', () => {
  it('are the country and the calling code with the first digits after it', () => {
    expect(destinationOf('+447012345678', 4)).toEqual({ country: 'GB', prefix: '+44 7012' });
    expect(destinationOf('+12015550123', 3)).toEqual({ country: 'US', prefix: '+1 201' });
    expect(destinationOf('+88213000000', 4)).toEqual({ country: '+882', prefix: '+882 1300' });
  });
});

describe('start budgets', () => {
  it('pauses a prefix once its hourly budget is spent, tells when it opens again, and leaves other prefixes be', async () => {
    const budgets = budgeted({ perPrefix: { perHour: 3, perDay: 100 }, perCountry: false, global: false });
    for (let index = 0; index < 3; index++)
      expect(await budgets.start(`+4670123456${index}`)).toBeUndefined();
    budgets.advance(60_000);
    expect(await budgets.start('+46701234569')).toEqual({
      code: 'verification_paused',
      message: 'Verifications to numbers like this one are paused for now',
      retryAfter: 3540,
      logMessage: 'The budget of 3 starts per hour to prefix +46 7012 is spent (SMS pumping?)',
    });
    expect(await budgets.start('+46709999999')).toBeUndefined();
    budgets.advance(3_540_000);
    expect(await budgets.start('+46701234569')).toBeUndefined();
  });

  it('pauses a country for the day once its daily budget is spent, whatever the hour', async () => {
    const budgets = budgeted({ perCountry: { perHour: 100, perDay: 4 }, perPrefix: false, global: false });
    for (let hour = 0; hour < 4; hour++) {
      expect(await budgets.start(`+44740012345${hour}`)).toBeUndefined();
      budgets.advance(3_600_000);
    }
    expect((await budgets.start('+447911123456'))?.code).toBeUndefined(); // GG is its own country
    expect((await budgets.start('+447400123459'))?.logMessage).toBe(
      'The budget of 4 starts per day to country GB is spent (SMS pumping?)',
    );
    expect(await budgets.start('+46700000000')).toBeUndefined();
  });

  it('holds one global budget over every country', async () => {
    const budgets = budgeted({ global: { perHour: 2, perDay: 100 }, perCountry: false, perPrefix: false });
    expect(await budgets.start('+46700000000')).toBeUndefined();
    expect(await budgets.start('+4915123456789')).toBeUndefined();
    expect((await budgets.start('+33612345678'))?.code).toBe('verification_paused');
  });

  it('spends no broader budget on a start a narrower one refused: a botnet on a spent range cannot pause every country', async () => {
    const budgets = budgeted({
      perPrefix: { perHour: 2, perDay: 100 },
      perCountry: { perHour: 3, perDay: 100 },
      global: { perHour: 5, perDay: 100 },
    });
    const pad = (index: number) => String(index).padStart(2, '0');
    expect(await budgets.start('+46701200000')).toBeUndefined();
    expect(await budgets.start('+46701200001')).toBeUndefined();
    for (let index = 2; index < 50; index++)
      expect((await budgets.start(`+467012000${pad(index)}`))?.logMessage).toMatch(/prefix \+46 7012/);
    expect(await budgets.start('+46730000000')).toBeUndefined();
    // Each from a prefix of its own: only the country's budget refuses them.
    for (let index = 0; index < 50; index++)
      expect((await budgets.start(`+4676${pad(index)}00000`))?.logMessage).toMatch(/country SE/);
    // Three of the global five spent by Sweden, however often the botnet knocked: the rest of the world has two.
    expect(await budgets.start('+4915123456789')).toBeUndefined();
    expect(await budgets.start('+33612345678')).toBeUndefined();
    expect((await budgets.start('+447400123450'))?.logMessage).toMatch(/all numbers/);
  });

  it('refuses a malformed budget at creation with a TypeError', () => {
    expect(() => resolveStartBudgets({ perCountry: { perHour: 0, perDay: 10 } })).toThrow(
      new TypeError('budgets.perCountry must be false or { perHour: integer ≥ 1, perDay: integer ≥ 1 }'),
    );
    expect(() => resolveStartBudgets({ global: { perHour: 10 } as never })).toThrow(TypeError);
    expect(() => resolveStartBudgets({ prefixDigits: 0 })).toThrow(
      'budgets.prefixDigits must be an integer from 1 to 8',
    );
    expect(() => resolveStartBudgets(7 as never)).toThrow(TypeError);
    expect(resolveStartBudgets(false)).toBeUndefined();
  });
});
