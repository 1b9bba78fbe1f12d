import type { VerificationMethod } from '@verikit/core';
import { callout } from './callout';
import { flashCall } from './flashCall';
import type { MethodOptionsKey, ProxyMethod } from './proxyMethod';
import { seamless } from './seamless';
import { sms } from './sms';
import { whatsapp } from './whatsapp';

/** One entry per method: a method missing here is a type error. */
export const PROXY_METHODS = {
  sms,
  flashCall,
  callout,
  seamless,
  whatsapp,
} as const satisfies Record<VerificationMethod, ProxyMethod>;

/**
 * The methods a proxy offers unless `allowedMethods` says otherwise: every method but WhatsApp, which costs money per
 * message like an SMS and needs a WhatsApp sender in the Sinch application, so it is offered only when listed.
 */
export const DEFAULT_ALLOWED_METHODS = [
  'sms',
  'flashCall',
  'callout',
  'seamless',
] as const satisfies readonly VerificationMethod[];

/** Checks each method's option object in the proxy's options, at creation. */
export function checkMethodOptions(options: Partial<Record<MethodOptionsKey, unknown>>): void {
  for (const method of Object.values(PROXY_METHODS) as ProxyMethod[])
    if (method.optionsKey !== undefined) method.checkOptions?.(options[method.optionsKey]);
}
