import type { VerificationMethod } from '@verikit/core';
import type { StartGuard } from './startGuard';

/** Refuses a method the server does not offer. */
export function methodAllowListGuard(allowed: ReadonlySet<VerificationMethod>): StartGuard {
  return {
    name: 'methodAllowList',
    check: ({ method }) =>
      allowed.has(method)
        ? undefined
        : { code: 'method_not_allowed', message: `The method ${method} is not offered here` },
  };
}
