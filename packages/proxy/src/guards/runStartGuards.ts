import type { StartInput } from '../parseStartRequest';
import type { ProxyFailure } from '../proxyFailure';
import type { RateLimitStore } from '../rateLimitStore';
import type { StartGuard, StartGuardContext, StartOutcome } from './startGuard';

export type GuardedStart =
  | { ok: false; failure: ProxyFailure }
  | {
      ok: true;
      /** Tells every guard how the start ended; call it exactly once. */
      settle(outcome: StartOutcome): Promise<void>;
    };

/**
 * Runs the guards in order. On a refusal (or a guard that throws) the guards that had passed are settled with
 * `not_sent` first: nothing went out.
 */
export async function runStartGuards(
  guards: readonly StartGuard[],
  start: StartInput,
  context: StartGuardContext,
  store: RateLimitStore,
): Promise<GuardedStart> {
  const passed: StartGuard[] = [];
  const settle = async (outcome: StartOutcome) => {
    // Newest first, like unwinding a stack.
    for (const guard of [...passed].reverse()) await guard.settle?.(start, context, store, outcome);
  };
  for (const guard of guards) {
    let failure: ProxyFailure | undefined;
    try {
      failure = await guard.check(start, context, store);
    } catch (error) {
      await settle('not_sent');
      throw error;
    }
    if (failure) {
      await settle('not_sent');
      return { ok: false, failure };
    }
    passed.push(guard);
  }
  return { ok: true, settle };
}
