import { describe, expectTypeOf, it } from 'vitest';
import type { PROXY_ERROR_CODES, ProxyErrorCode } from './proxyContract';
import type { VerificationMessageOverrides } from './verificationError';
import type {
  OutcomeErrorCode,
  REASON_CODES,
  VERIFICATION_MESSAGES,
  VerificationErrorCode,
} from './verificationMessages';
import type { VerificationReason } from './wire';

// A reason or a proxy code added to the wire types without its place in the catalogue fails here.
describe('the catalogue covers the wire types exactly', () => {
  it('maps every Sinch reason, and nothing else, to an outcome code', () => {
    expectTypeOf<keyof typeof REASON_CODES>().toEqualTypeOf<VerificationReason>();
    expectTypeOf<(typeof REASON_CODES)[VerificationReason]>().toExtend<OutcomeErrorCode>();
  });

  it('lists every proxy error code at run time', () => {
    expectTypeOf<(typeof PROXY_ERROR_CODES)[number]>().toEqualTypeOf<ProxyErrorCode>();
  });

  it('has a message for every code, and only for codes', () => {
    expectTypeOf<keyof typeof VERIFICATION_MESSAGES>().toEqualTypeOf<VerificationErrorCode>();
    expectTypeOf<ProxyErrorCode>().toExtend<VerificationErrorCode>();
  });

  it('takes translations of some messages, keyed by code only', () => {
    expectTypeOf({ invalid_code: 'Falscher Code.' }).toExtend<VerificationMessageOverrides>();
    expectTypeOf({ not_a_code: 'x' }).not.toExtend<VerificationMessageOverrides>();
  });
});
