import type { BotCheckChallenge } from '@verikit/core';
import type { StartInput } from '../parseStartRequest';
import type { ProxyFailure } from '../proxyFailure';
import type { RateLimitStore } from '../rateLimitStore';
import type { StartDecision } from '../verificationProxyOptions';
import type { AbuseEvent } from './abuseEvent';

/** What a guard may know about the start beside its parsed body. */
export interface StartGuardContext {
  /** The client's address, `undefined` when no adapter or trusted header told it. */
  clientIp: string | undefined;
  /** The browser's request (its body already consumed). */
  request: Request;
  /** The proxy's clock. */
  now: () => number;
  /** Tells the operator (`onAbuseDetected`, the request's log line) that a guard saw SMS pumping's signature. */
  reportAbuse(event: AbuseEvent): void;
  /** The number is one of `testNumbers`: its start never reaches Sinch. */
  testNumber?: boolean;
  /** What `onStart` decided, once its guard has run; read by the upstream call. */
  decision?: Exclude<StartDecision, { action: 'deny' }>;
  /** Set by the bot check, when one is configured: whether this start's token passed (the breaker reads it). */
  botCheck?: {
    challenge: BotCheckChallenge;
    passed: boolean;
    /** Passed unchecked: the verifier could not answer and `botCheck.onVerifierFailure` is `'open'`. */
    failedOpen?: boolean;
  };
}

/**
 * How a start ended, told to each guard that let it pass:
 * - `sent`: Sinch accepted it, a code is on its way;
 * - `not_sent`: it never left (a later guard refused it, `onStart` denied or threw, Sinch refused it outright);
 * - `maybe_sent`: it left and the answer was lost (timeout, 5xx, dropped connection): a code may be on its way.
 */
export type StartOutcome = 'sent' | 'not_sent' | 'maybe_sent';

/**
 * One check of the start path, of one concept. Guards run in order, cheapest first; the first failure refuses the
 * start and no later guard runs.
 */
export interface StartGuard {
  /** For logs and tests. */
  readonly name: string;
  /**
   * Passed over for a test number: a policy or count of what reaches Sinch (country, number type, budgets, the
   * conversion breaker, the bot check), which a start that never reaches it must neither meet nor move. A test number must not
   * be able to hold a breaker closed with successes it fakes.
   */
  readonly skipsTestNumbers?: true;
  /** A failure refuses the start; nothing lets it go on to the next guard. */
  check(
    start: StartInput,
    context: StartGuardContext,
    store: RateLimitStore,
  ): Promise<ProxyFailure | undefined> | ProxyFailure | undefined;
  /** After the start ended, for a guard whose check passed (e.g. to release a cooldown for a code never sent). */
  settle?(
    start: StartInput,
    context: StartGuardContext,
    store: RateLimitStore,
    outcome: StartOutcome,
  ): Promise<void> | void;
  /** The proxy saw Sinch say SUCCESSFUL for a verification it started (once per verification). */
  verified?(phoneNumber: string, store: RateLimitStore, now: number): Promise<void>;
}
