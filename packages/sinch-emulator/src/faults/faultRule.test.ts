import { describe, expect, it } from 'vitest';
import { faultMatches, parseFaultRule } from './faultRule';

describe('fault rules', () => {
  it('accepts each kind and copies only known fields', () => {
    expect(parseFaultRule({ match: '*', fault: 'latency', ms: 200, extra: true })).toEqual({
      ok: true,
      rule: { match: '*', fault: 'latency', ms: 200 },
    });
    expect(parseFaultRule({ match: '+4670*', fault: 'deny', reason: 'Not enough credit', times: 2 })).toEqual(
      {
        ok: true,
        rule: { match: '+4670*', fault: 'deny', reason: 'Not enough credit', times: 2 },
      },
    );
  });

  it.each([
    ['not an object', 'deny'],
    ['a match without +', { match: '4670*', fault: 'deny' }],
    ['an unknown fault', { match: '*', fault: 'meteor' }],
    ['an unknown denial reason', { match: '*', fault: 'deny', reason: 'Because' }],
    ['an unsupported status', { match: '*', fault: 'httpError', status: 418 }],
    ['an error code of another status', { match: '*', fault: 'httpError', status: 503, errorCode: 42901 }],
    ['zero times', { match: '*', fault: 'deliveryFailure', times: 0 }],
    ['an unknown route', { match: '*', fault: 'latency', ms: 1, on: ['delete'] }],
    ['an unknown method', { match: '*', fault: 'latency', ms: 1, methods: ['fax'] }],
  ])('refuses %s with a message', (_label, input) => {
    const result = parseFaultRule(input);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).not.toBe('');
  });

  it('matches exact numbers, prefixes, routes and methods in any spelling', () => {
    const call = { route: 'status', number: '+46700000000', method: 'flashcall' } as const;
    expect(faultMatches({ match: '+46700000000', fault: 'latency', ms: 1 }, call)).toBe(true);
    expect(faultMatches({ match: '+4670*', fault: 'latency', ms: 1 }, call)).toBe(true);
    expect(faultMatches({ match: '+4671*', fault: 'latency', ms: 1 }, call)).toBe(false);
    expect(faultMatches({ match: '*', fault: 'latency', ms: 1, methods: ['flashCall'] }, call)).toBe(true);
    expect(faultMatches({ match: '*', fault: 'latency', ms: 1, on: ['start'] }, call)).toBe(false);
    // Denials only ever hit a start, whatever `on` says.
    expect(faultMatches({ match: '*', fault: 'deny', on: ['status'] }, call)).toBe(false);
  });
});
