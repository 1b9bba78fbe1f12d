// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createMemoryRateLimitStore } from '../createMemoryRateLimitStore';
import type { StartInput } from '../parseStartRequest';
import { parseStartRequest } from '../parseStartRequest';
import { numberTypeGuard } from './numberTypeGuard';
import { numberTypeOf } from './numberTypeOf';
import { type NumberTypePolicy, resolveNumberTypePolicy } from './numberTypePolicy';

function startOf(endpoint: string, method = 'sms'): StartInput {
  const parsed = parseStartRequest({ identity: { type: 'number', endpoint }, method });
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

async function verdict(endpoint: string, method = 'sms', policy?: NumberTypePolicy) {
  const resolved = resolveNumberTypePolicy(policy);
  if (!resolved) throw new Error('policy off');
  const context = {
    reportAbuse: () => undefined,
    clientIp: '192.0.2.1',
    request: new Request('http://localhost/'),
    now: () => 0,
  };
  const failure = await numberTypeGuard(resolved).check(
    startOf(endpoint, method),
    context,
    createMemoryRateLimitStore(),
  );
  return failure?.code ?? 'allowed';
}

describe('number types (libphonenumber-js full metadata)', () => {
  it.each([
    ['+447012345678', 'PERSONAL_NUMBER'],
    ['+449098790000', 'PREMIUM_RATE'],
    ['+33891234567', 'PREMIUM_RATE'],
    ['+447640123456', 'PAGER'],
    ['+445612345678', 'VOIP'],
    ['+46108881234', 'UAN'],
    ['+33810123456', 'SHARED_COST'],
    ['+351600123456', 'VOICEMAIL'],
    ['+88213000000', 'NON_GEOGRAPHIC'],
    ['+881612345678', 'NON_GEOGRAPHIC'],
    ['+80012345678', 'NON_GEOGRAPHIC'],
    ['+442079460958', 'FIXED_LINE'],
    ['+448001234567', 'TOLL_FREE'],
    ['+46700000000', 'MOBILE'],
    ['+12015550123', 'FIXED_LINE_OR_MOBILE'],
    ['+447700900123', 'UNKNOWN'],
  ])('%s is %s', (number, type) => {
    expect(numberTypeOf(number)).toBe(type);
  });
});

describe('number-type guard', () => {
  it('refuses the ranges SMS pumping pays on, for every method', async () => {
    const pumped = [
      ...['+447012345678', '+449098790000', '+447640123456', '+445612345678', '+46108881234'],
      ...['+33810123456', '+351600123456', '+88213000000', '+881612345678', '+80012345678'],
    ];
    for (const number of pumped)
      for (const method of ['sms', 'flashCall', 'callout', 'seamless'])
        expect(await verdict(number, method), `${number} ${method}`).toBe('number_type_not_allowed');
  });

  it('lets mobiles (and +1 numbers that may be mobiles, and unknown ranges) through for every method', async () => {
    for (const number of ['+46700000000', '+4915123456789', '+12015550123', '+447700900123'])
      for (const method of ['sms', 'flashCall', 'callout', 'seamless'])
        expect(await verdict(number, method), `${number} ${method}`).toBe('allowed');
  });

  it('gives landlines and toll-free numbers a voice callout only', async () => {
    for (const number of ['+442079460958', '+448001234567']) {
      expect(await verdict(number, 'callout'), number).toBe('allowed');
      for (const method of ['sms', 'flashCall', 'seamless', 'whatsapp'])
        expect(await verdict(number, method), `${number} ${method}`).toBe('number_type_not_allowed');
    }
  });

  it('takes rules per type and per country, the country over the type', async () => {
    const policy: NumberTypePolicy = {
      types: { FIXED_LINE: [], VOIP: ['sms'] },
      countries: { se: { FIXED_LINE: 'all' } },
    };
    expect(await verdict('+442079460958', 'callout', policy)).toBe('number_type_not_allowed');
    expect(await verdict('+46812345678', 'sms', policy)).toBe('allowed');
    expect(await verdict('+445612345678', 'sms', policy)).toBe('allowed');
    expect(await verdict('+445612345678', 'callout', policy)).toBe('number_type_not_allowed');
    expect(await verdict('+447012345678', 'sms', policy)).toBe('number_type_not_allowed');
  });

  it('refuses a malformed policy at creation with a TypeError that names the mistake', () => {
    expect(() => resolveNumberTypePolicy({ types: { LANDLINE: [] } as never })).toThrow(
      new TypeError(
        'numberTypes.types: unknown number type LANDLINE (one of MOBILE, FIXED_LINE_OR_MOBILE, FIXED_LINE, TOLL_FREE, PREMIUM_RATE, SHARED_COST, VOIP, PERSONAL_NUMBER, PAGER, UAN, VOICEMAIL, NON_GEOGRAPHIC, UNKNOWN)',
      ),
    );
    expect(() => resolveNumberTypePolicy({ types: { VOIP: ['telegram'] } as never })).toThrow(
      /numberTypes.types.VOIP must be 'all' or a list of methods/,
    );
    expect(() => resolveNumberTypePolicy({ types: { VOIP: 'sms' } as never })).toThrow(TypeError);
    expect(() => resolveNumberTypePolicy({ countries: { 'United Kingdom': {} } })).toThrow(
      'numberTypes.countries: United Kingdom is not an ISO 3166 alpha-2 code',
    );
    expect(() => resolveNumberTypePolicy('strict' as never)).toThrow(TypeError);
    expect(resolveNumberTypePolicy(false)).toBeUndefined();
  });
});
