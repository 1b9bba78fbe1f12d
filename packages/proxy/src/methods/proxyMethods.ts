import type { VerificationMethod } from '@verikit/core';
import { callout } from './callout';
import { flashCall } from './flashCall';
import type { ProxyMethod } from './proxyMethod';
import { seamless } from './seamless';
import { sms } from './sms';

/** One entry per method: a method missing here is a type error. */
export const PROXY_METHODS = {
  sms,
  flashCall,
  callout,
  seamless,
} as const satisfies Record<VerificationMethod, ProxyMethod>;
