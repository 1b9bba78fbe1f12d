import type { VerificationMethod } from '../wire';
import { callout } from './callout';
import { flashCall } from './flashCall';
import type { MethodDefinition } from './methodDefinition';
import { seamless } from './seamless';
import { sms } from './sms';
import { whatsapp } from './whatsapp';

/** One entry per method: a method missing here (or one here that verikit does not know) is a type error. */
export const METHOD_DEFINITIONS = {
  sms,
  flashCall,
  callout,
  seamless,
  whatsapp,
} as const satisfies { readonly [Method in VerificationMethod]: MethodDefinition<Method> };

/** What a person must do for any method, as the flow stores it. */
export type FlowChallenge = ReturnType<(typeof METHOD_DEFINITIONS)[VerificationMethod]['challenge']>;

/** Methods whose verification the person reports (a code, a caller number); seamless has no report. */
export type ReportedMethod = {
  [Method in VerificationMethod]: (typeof METHOD_DEFINITIONS)[Method]['report'] extends undefined
    ? never
    : Method;
}[VerificationMethod];

/**
 * The definition of `method`, typed for any method. Each entry is checked against its own method above; callers
 * pass it that method's own start answer and challenge.
 */
export function methodDefinition(
  method: VerificationMethod,
): MethodDefinition<VerificationMethod, FlowChallenge> {
  return METHOD_DEFINITIONS[method] as unknown as MethodDefinition<VerificationMethod, FlowChallenge>;
}
