import { HookError } from '../hookError';
import type { StartContext, StartDecision } from '../verificationProxyOptions';
import type { StartGuard } from './startGuard';

/** The app's own hook, last: it may deny the start, or attach `reference`, `custom` and per-method options. */
export function onStartGuard(
  onStart: (context: StartContext) => StartDecision | undefined | Promise<StartDecision | undefined>,
): StartGuard {
  return {
    name: 'onStart',
    async check({ phoneNumber, country, method, locale }, context) {
      let decision: StartDecision | undefined;
      try {
        decision = await onStart({
          phoneNumber,
          country,
          method,
          locale,
          clientIp: context.clientIp,
          request: context.request,
        });
      } catch (error) {
        throw new HookError('onStart', error);
      }
      if (decision?.action === 'deny')
        return { code: 'verification_denied', message: decision.message ?? 'This number cannot be verified' };
      context.decision = decision;
      return undefined;
    },
  };
}
