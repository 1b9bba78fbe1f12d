import { describe, expectTypeOf, it } from 'vitest';
import type { ProxyStartResponse, ProxyVerificationResult } from './proxyContract';
import type { StartVerificationResponse, VerificationMethod, VerificationMethodWire } from './wire';
import { methodFromWire, methodToWire } from './wire';

describe('wire types', () => {
  it('narrows a start response by its method', () => {
    const response = {} as StartVerificationResponse;
    if (response.method === 'flashcall') expectTypeOf(response.flashCall.cliFilter).toEqualTypeOf<string>();
    if (response.method === 'seamless') expectTypeOf(response.seamless.targetUri).toEqualTypeOf<string>();
  });

  it('keeps the proxy start response a discriminated union without _links', () => {
    const response = {} as ProxyStartResponse;
    expectTypeOf(response).not.toHaveProperty('_links');
    if (response.method === 'sms') expectTypeOf(response.sms.interceptionTimeout).toEqualTypeOf<number>();
  });

  it('never hands the browser price or custom', () => {
    expectTypeOf<ProxyVerificationResult>().not.toHaveProperty('price');
    expectTypeOf<ProxyVerificationResult>().not.toHaveProperty('custom');
    expectTypeOf<ProxyVerificationResult['proof']>().toEqualTypeOf<string | undefined>();
  });

  it('maps method spellings', () => {
    expectTypeOf(methodFromWire).returns.toEqualTypeOf<VerificationMethod>();
    expectTypeOf(methodToWire).returns.toEqualTypeOf<VerificationMethodWire | undefined>();
  });
});
