import type { StartInput } from '../parseStartRequest';
import { type ProxyFailure, serviceUnavailable } from '../proxyFailure';
import type { RateLimitStore } from '../rateLimitStore';
import type { StartGuard, StartGuardContext, StartOutcome } from './startGuard';
import { StoreUnavailableError, withStoreFaultsMarked } from './storeUnavailable';

/**
 * What a guard does when its store fails: `'closed'` refuses the start with `service_unavailable` (no code goes out
 * unguarded), `'open'` lets that guard pass (availability over cost: a botnet gets through while the store is down).
 */
export type StoreFailureMode = 'closed' | 'open';

export type GuardedStart =
  | { ok: false; failure: ProxyFailure }
  | {
      ok: true;
      /** Tells every guard how the start ended; call it exactly once. Never throws for a failing store. */
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
  rawStore: RateLimitStore,
  onStoreFailure: StoreFailureMode = 'closed',
): Promise<GuardedStart> {
  const store = withStoreFaultsMarked(rawStore);
  const passed: StartGuard[] = [];
  const settle = async (outcome: StartOutcome) => {
    // Newest first, like unwinding a stack. A store that fails here loses a release, never the answer.
    for (const guard of [...passed].reverse())
      await Promise.resolve(guard.settle?.(start, context, store, outcome)).catch((error: unknown) => {
        if (!(error instanceof StoreUnavailableError)) throw error;
      });
  };
  for (const guard of guards) {
    if (context.testNumber && guard.skipsTestNumbers) continue;
    let failure: ProxyFailure | undefined;
    try {
      failure = await guard.check(start, context, store);
    } catch (error) {
      if (error instanceof StoreUnavailableError && onStoreFailure === 'open') continue;
      await settle('not_sent');
      if (error instanceof StoreUnavailableError)
        return {
          ok: false,
          failure: serviceUnavailable(
            `${guard.name}: ${error.message} (starts fail closed; see onStoreFailure)`,
          ),
        };
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

/** Tells the guards that count successes (the conversion breaker) of one; a failing store loses the count only. */
export async function reportVerified(
  guards: readonly StartGuard[],
  phoneNumber: string,
  store: RateLimitStore,
  now: number,
): Promise<void> {
  for (const guard of guards) await guard.verified?.(phoneNumber, store, now).catch(() => undefined);
}
