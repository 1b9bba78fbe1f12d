import { describe, expect, it } from 'vitest';
import type { ProxyStartResponse } from '../proxyContract';
import { VerificationError } from '../verificationError';
import { VERIFICATION_METHODS } from '../wire';
import { METHOD_DEFINITIONS, methodDefinition } from './methodDefinitions';

// The registry is what each method is, for every package: these are its answers, method by method.
const smsAnswer: ProxyStartResponse = {
  id: 'v1',
  method: 'sms',
  sms: { template: 'Your code is {{CODE}}', interceptionTimeout: 120, codeType: 'Alphanumeric' },
};
const flashAnswer: ProxyStartResponse = {
  id: 'v2',
  method: 'flashcall',
  flashCall: { cliFilter: '+4610888(\\d{4})', interceptionTimeout: 45, reportTimeout: 75, denyCallAfter: 0 },
};

describe('the method registry', () => {
  it('has one definition for every method verikit knows, and no other', () => {
    expect(Object.keys(METHOD_DEFINITIONS).sort()).toEqual([...VERIFICATION_METHODS].sort());
  });

  it('gives SMS and callout codes 4 digits unless the flow says otherwise, as the emulator and Sinch send', () => {
    expect(METHOD_DEFINITIONS.sms).toMatchObject({ codeLength: 4, codeType: 'Numeric' });
    expect(METHOD_DEFINITIONS.callout).toMatchObject({ codeLength: 4, codeType: 'Numeric' });
    expect(methodDefinition('sms').challenge(smsAnswer, undefined)).toEqual({
      method: 'sms',
      kind: 'code',
      codeLength: 4,
      codeType: 'Alphanumeric',
    });
    expect(methodDefinition('callout').challenge({ id: 'v3', method: 'callout' }, 6)).toEqual({
      method: 'callout',
      kind: 'code',
      codeLength: 6,
      codeType: 'Numeric',
    });
  });

  it('reads each method’s window from its own start answer', () => {
    expect(methodDefinition('sms').timeoutSeconds(smsAnswer)).toBe(120);
    // A flash call's late report is refused after reportTimeout, not interceptionTimeout.
    expect(methodDefinition('flashCall').timeoutSeconds(flashAnswer)).toBe(75);
    expect(methodDefinition('callout').timeoutSeconds({ id: 'v3', method: 'callout' })).toBeUndefined();
    expect(
      methodDefinition('seamless').timeoutSeconds({
        id: 'v4',
        method: 'seamless',
        seamless: { targetUri: 'https://x' },
      }),
    ).toBeUndefined();
  });

  it('builds each method’s report body from what the person typed, and refuses what cannot be reported', () => {
    const code = methodDefinition('sms').challenge(smsAnswer, 6);
    expect(methodDefinition('sms').reportBody(code, 'ab12cd')).toEqual({
      method: 'sms',
      sms: { code: 'ab12cd' },
    });
    expect(methodDefinition('sms').reportBody(code, 'ab1')).toMatchObject({
      code: 'incomplete_code',
      values: { length: 6 },
    });
    const cli = methodDefinition('flashCall').challenge(flashAnswer, undefined);
    expect(methodDefinition('flashCall').reportBody(cli, '1234')).toEqual({
      method: 'flashcall',
      flashCall: { cli: '+46108881234' },
    });
    const seamless = methodDefinition('seamless').challenge(
      { id: 'v4', method: 'seamless', seamless: { targetUri: 'https://x' } },
      undefined,
    );
    expect(methodDefinition('seamless').reportBody(seamless, '1234')).toBeInstanceOf(VerificationError);
  });

  it('reports a developer’s code as given for every method that has reports, and none for seamless', () => {
    expect(METHOD_DEFINITIONS.sms.report('1234')).toEqual({ method: 'sms', sms: { code: '1234' } });
    expect(METHOD_DEFINITIONS.callout.report('1234')).toEqual({
      method: 'callout',
      callout: { code: '1234' },
    });
    expect(METHOD_DEFINITIONS.flashCall.report('+46108881234')).toEqual({
      method: 'flashcall',
      flashCall: { cli: '+46108881234' },
    });
    expect(METHOD_DEFINITIONS.seamless.report).toBeUndefined();
  });
});
