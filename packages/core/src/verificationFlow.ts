import { type FlowClock, systemClock } from './flowClock';
import { methodDefinition } from './methods/methodDefinitions';
import {
  MAX_BOT_CHECK_TOKEN_LENGTH,
  type ProxyReportRequest,
  type ProxyStartRequest,
  type ProxyVerificationResult,
} from './proxyContract';
import {
  type FlowSettings,
  initialFlowState,
  reduceVerificationFlow,
  type VerificationFlowAction,
  type VerificationFlowSnapshot,
} from './reduceVerificationFlow';
import type { VerificationClient } from './verificationClient';
import { VerificationError } from './verificationError';
import { isDeliveryFailure, isRateLimit, isTransient } from './verificationMessages';
import { VERIFICATION_METHODS, type VerificationMethod } from './wire';

export interface VerificationFlowOptions {
  /** The proxy client (`createVerificationClient`). */
  client: VerificationClient;
  /** Allowed methods in order of preference; the first is the default, the rest are fallbacks. @default ['sms'] */
  methods?: readonly VerificationMethod[];
  /**
   * Characters in a typed code, for every method with one (Sinch's start answer does not say): set it when your
   * Sinch application sends longer codes. @default each method's own (`METHOD_DEFINITIONS`: 4 for SMS and callout)
   */
  codeLength?: number;
  /** Milliseconds before `resend()` may send again. @default 30000 */
  resendCooldownMs?: number;
  /** Code attempts per verification; match the proxy's `attemptsPerVerification`. @default 5 */
  maxAttempts?: number;
  /** Start the next allowed method by itself when a message cannot be delivered. @default true */
  autoFallback?: boolean;
  /**
   * Milliseconds between status reads while waiting: how delivery failures, expiry and results reached elsewhere
   * show up. Seamless verification always polls. `false` polls only for seamless. @default 3000
   */
  statusPollIntervalMs?: number | false;
  /** BCP 47 tag sent with each start: the SMS language. */
  locale?: string;
  /** Opens a seamless verification's `targetUri` over mobile data. @default a no-cors `fetch` that follows redirects */
  openSeamless?: (targetUri: string, signal: AbortSignal) => Promise<unknown>;
  /** @default the system clock */
  clock?: FlowClock;
}

type Listener = (snapshot: VerificationFlowSnapshot) => void;

/**
 * The whole verification flow as a framework-free store: `subscribe` / `getSnapshot` for any UI binding, commands
 * (`start`, `submitCode`, `submitBotCheckToken`, `cancelBotCheck`, `resend`, `fallback`, `changeNumber`, `reset`) that are safe to call at any time — a call
 * that does not fit the current step does nothing — and every state change through one `dispatch`.
 */
export class VerificationFlow {
  readonly #client: VerificationClient;
  readonly #clock: FlowClock;
  readonly #settings: FlowSettings;
  readonly #options: VerificationFlowOptions;
  readonly #listeners = new Set<Listener>();
  #state: VerificationFlowSnapshot;
  /** Bumped by every start, number change and reset: answers for an older generation are dropped. */
  #generation = 0;
  #requests = new Set<AbortController>();
  #timers = new Map<'expire' | 'cooldown' | 'poll', unknown>();
  #rejectedCodes = new Set<string>();
  /** Bot-check tokens already sent: each is single use, so a widget's callback firing twice sends one start. */
  #spentBotCheckTokens = new Set<string>();
  #isDisposed = false;
  #isSuspended = false;

  constructor(options: VerificationFlowOptions) {
    if (!options?.client) throw new TypeError('createVerificationFlow: `client` is required.');
    const methods = options.methods ?? ['sms'];
    const unknown = methods.find((method) => !(VERIFICATION_METHODS as readonly string[]).includes(method));
    if (methods.length === 0 || unknown !== undefined) {
      throw new TypeError(
        `createVerificationFlow: \`methods\` must list some of ${VERIFICATION_METHODS.join(', ')}.`,
      );
    }
    this.#settings = {
      methods,
      codeLength: positiveInteger(options.codeLength, undefined, 'codeLength'),
      resendCooldownMs: nonNegative(options.resendCooldownMs, 30_000, 'resendCooldownMs'),
      maxAttempts: positiveInteger(options.maxAttempts, 5, 'maxAttempts'),
    };
    const poll = options.statusPollIntervalMs;
    // 0, a negative or NaN interval would read the status in a tight loop.
    if (poll !== undefined && poll !== false && !(Number.isFinite(poll) && poll > 0)) {
      throw new TypeError('createVerificationFlow: `statusPollIntervalMs` must be false or > 0.');
    }
    this.#options = options;
    this.#client = options.client;
    this.#clock = options.clock ?? systemClock;
    this.#state = initialFlowState(this.#settings);
  }

  readonly subscribe = (listener: Listener): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  readonly getSnapshot = (): VerificationFlowSnapshot => this.#state;

  /** The settings in force, with defaults applied. */
  get settings(): Readonly<FlowSettings> {
    return this.#settings;
  }

  /** The clock the flow's deadlines are measured on. */
  get clock(): FlowClock {
    return this.#clock;
  }

  /** Applies one action to the state and tells subscribers; timers follow the new state. */
  dispatch(action: VerificationFlowAction): void {
    if (this.#isDisposed) return;
    const previous = this.#state;
    this.#state = reduceVerificationFlow(previous, action, this.#settings);
    if (this.#state === previous) return;
    this.#syncTimers(previous);
    for (const listener of this.#listeners) listener(this.#state);
  }

  /**
   * Sends a code to `phoneNumber` (E.164) by `method` (default: the first allowed). While a start or a report is in
   * flight it does nothing, so a double click sends one code.
   */
  start(
    phoneNumber: string,
    method: VerificationMethod = this.#settings.methods[0] as VerificationMethod,
  ): void {
    this.#start(phoneNumber, method, false);
  }

  #start(phoneNumberInput: string, method: VerificationMethod, isAutomatic: boolean): void {
    if (this.#isDisposed || this.#state.isBusy) return;
    const phoneNumber = String(phoneNumberInput);
    const state = this.#state;
    // Starting again the verification already on its way (the second click of a double click that lands after the
    // first answer, a form submitted twice) would send a second SMS: within the cooldown only a change of number or
    // method starts anew; `resend()` is the way to ask again once the cooldown is over. A number already verified
    // stays verified, with its proof: a stray submit of it sends nothing (`changeNumber()` or `reset()` go back).
    if (
      state.phoneNumber === phoneNumber &&
      (state.step === 'verified' ||
        (state.step === 'waiting' && state.isCoolingDown && state.method === method))
    )
      return;
    this.resume();
    if (!this.#settings.methods.includes(method)) {
      this.dispatch({ type: 'start', phoneNumber: phoneNumber, method });
      this.dispatch({
        type: 'startFailed',
        error: new VerificationError('method_not_allowed'),
        at: this.#clock.now(),
      });
      return;
    }
    const deliveryError = this.#state.error;
    this.#abortAll();
    const generation = ++this.#generation;
    this.#rejectedCodes.clear();
    // An automatic start is a fallback: say which method failed and why — the one that just failed, as the chain
    // moves on (sms → flashCall → callout), or the one before when this is the second try of a fallback the proxy's
    // cooldown made wait. A start the person asks for clears it.
    const fellBackFrom = !isAutomatic
      ? undefined
      : deliveryError && state.method !== undefined && state.method !== method
        ? { method: state.method, error: deliveryError }
        : state.fellBackFrom;
    this.dispatch({ type: 'start', phoneNumber: phoneNumber, method, fellBackFrom });
    this.#sendStart(generation, phoneNumber, method, undefined, isAutomatic ? deliveryError : undefined);
  }

  /**
   * Sends the start the proxy held back for a bot check again, with the widget's `token`; only in the `botCheck` step.
   * Once: a token is single use, so a refused one (`bot_check_failed`) brings the step back with the error, and the
   * widget must give a new token. A token already sent is ignored; one that is not a string of 1 to 4,096 characters
   * is refused with `invalid_request` without a request.
   */
  submitBotCheckToken(token: string): void {
    const state = this.#state;
    const pending = state.botCheck;
    if (this.#isDisposed || state.step !== 'botCheck' || pending === undefined) return;
    if (typeof token !== 'string' || token === '' || token.length > MAX_BOT_CHECK_TOKEN_LENGTH) {
      const detail = `submitBotCheckToken: a string of 1 to ${MAX_BOT_CHECK_TOKEN_LENGTH} characters`;
      this.dispatch({ type: 'invalidInput', error: new VerificationError('invalid_request', { detail }) });
      return;
    }
    if (this.#spentBotCheckTokens.has(token)) return;
    this.#spentBotCheckTokens.add(token);
    this.resume();
    this.#abortAll();
    const generation = ++this.#generation;
    this.dispatch({ type: 'submitBotCheckToken' });
    this.#sendStart(generation, pending.phoneNumber, pending.method, token, undefined);
  }

  /** Gives up the bot check the proxy asked for: back to the verification under way before, or to phone entry. */
  cancelBotCheck(): void {
    if (this.#isDisposed) return;
    this.dispatch({ type: 'cancelBotCheck' });
  }

  #sendStart(
    generation: number,
    phoneNumber: string,
    method: VerificationMethod,
    botCheckToken: string | undefined,
    /** An automatic start's cause: the delivery failure it falls back from. */
    deliveryError: VerificationError | undefined,
  ): void {
    const body: ProxyStartRequest = {
      identity: { type: 'number', endpoint: phoneNumber },
      method,
      ...(this.#options.locale !== undefined && { locale: this.#options.locale }),
      ...(botCheckToken !== undefined && { botCheckToken }),
    };
    this.#request(generation, (signal) => this.#client.start(body, { signal })).then(
      (response) => {
        if (response === undefined) return;
        this.dispatch({ type: 'started', response, at: this.#clock.now() });
        const challenge = this.#state.challenge;
        if (challenge?.kind === 'seamless') this.#openSeamless(generation, challenge.targetUri);
      },
      (error: VerificationError) => {
        if (generation !== this.#generation) return;
        this.dispatch({ type: 'startFailed', error, at: this.#clock.now() });
        if (isRateLimit(error.code) && error.retryAfter !== undefined && deliveryError) {
          // The proxy's resend cooldown also covers a fallback after a failed delivery: try again when it ends,
          // and keep telling the person why a new method is coming.
          this.dispatch({ type: 'scheduleFallback', method, error: deliveryError });
          return;
        }
        this.#fallBackAfterDeliveryFailure(error);
      },
    );
  }

  /**
   * Reports what the person typed: the code for SMS and callout, the missing caller digits (or the whole caller
   * number) for a flash call. Ignored while a report is in flight and for a code already refused, so autofill
   * and a hand-typed code never report twice.
   */
  submitCode(input: string): void {
    const state = this.#state;
    if (
      this.#isDisposed ||
      !state.canSubmit ||
      state.verificationId === undefined ||
      state.method === undefined
    ) {
      return;
    }
    const value = String(input ?? '').trim();
    const body = this.#reportBody(value);
    if (body instanceof VerificationError) {
      this.dispatch({ type: 'invalidInput', error: body });
      return;
    }
    // Keyed by what is reported, so "12 34" and "1234" are the same refused code.
    const reported = JSON.stringify(body);
    if (this.#rejectedCodes.has(reported)) return;
    this.resume();
    const generation = this.#generation;
    const id = state.verificationId;
    this.dispatch({ type: 'submit' });
    this.#request(generation, (signal) => this.#client.report(id, body, { signal })).then(
      (result) => {
        if (result === undefined) return;
        if (result.status === 'FAIL') this.#rejectedCodes.add(reported);
        this.#settle('reported', result);
      },
      (error: VerificationError) => {
        if (generation === this.#generation) this.dispatch({ type: 'reportFailed', error });
      },
    );
  }

  /** Sends a new code by the same method once the cooldown is over. */
  resend(): void {
    const state = this.#state;
    if (!state.canResend || state.method === undefined) return;
    this.start(state.phoneNumber, state.method);
  }

  /** Moves to `method`, or to the next allowed method that has not failed. */
  fallback(method?: VerificationMethod): void {
    const state = this.#state;
    const target = method ?? state.nextMethod;
    if (target === undefined || target === state.method || state.isBusy || state.isVerified) return;
    if (state.phoneNumber === '' || state.step === 'idle') return;
    this.start(state.phoneNumber, target);
  }

  /** Back to phone entry, keeping the number to edit; drops the current verification. */
  changeNumber(): void {
    this.#abortAll();
    this.#generation++;
    this.#spentBotCheckTokens.clear();
    this.dispatch({ type: 'changeNumber' });
  }

  /** Back to the very beginning. */
  reset(): void {
    this.#abortAll();
    this.#generation++;
    this.#spentBotCheckTokens.clear();
    this.dispatch({ type: 'reset' });
  }

  /**
   * Pauses the flow while its UI is away (unmounted, or hidden by React's `<Activity>`): aborts the requests in
   * flight and stops the timers, keeping the state; a start or report cut short goes back to the step before it.
   * `resume()` (or any command) picks up where it left off, with deadlines that kept running meanwhile.
   */
  suspend(): void {
    if (this.#isDisposed || this.#isSuspended) return;
    this.#isSuspended = true;
    this.#abortAll();
    this.#generation++;
    this.#clearAllTimers();
    this.dispatch({ type: 'interrupted' });
  }

  /** Restarts the timers after `suspend()`; what fell due meanwhile happens now. */
  resume(): void {
    if (this.#isDisposed || !this.#isSuspended) return;
    this.#isSuspended = false;
    this.#syncTimers(undefined);
  }

  /** Aborts every request and timer for good; the flow then ignores everything. */
  dispose(): void {
    this.#abortAll();
    this.#clearAllTimers();
    this.#generation++;
    this.#isDisposed = true;
    this.#listeners.clear();
  }

  #clearAllTimers(): void {
    for (const handle of this.#timers.values()) this.#clock.clearTimeout(handle);
    this.#timers.clear();
  }

  get isDisposed(): boolean {
    return this.#isDisposed;
  }

  #reportBody(value: string): ProxyReportRequest | VerificationError {
    const challenge = this.#state.challenge;
    if (challenge === undefined) return new VerificationError('invalid_request');
    return methodDefinition(challenge.method).reportBody(challenge, value);
  }

  #settle(type: 'reported' | 'statusRead', result: ProxyVerificationResult): void {
    this.dispatch({ type, result });
    const error = this.#state.error;
    if (this.#state.step === 'failed' && error) this.#fallBackAfterDeliveryFailure(error);
  }

  #fallBackAfterDeliveryFailure(error: VerificationError): void {
    const state = this.#state;
    if (
      this.#options.autoFallback === false ||
      !isDeliveryFailure(error.code) ||
      state.nextMethod === undefined
    ) {
      return;
    }
    this.#start(state.phoneNumber, state.nextMethod, true);
  }

  /** Runs a request under the flow's abort control; resolves `undefined` when its answer is no longer wanted. */
  async #request<Result>(
    generation: number,
    send: (signal: AbortSignal) => Promise<Result>,
  ): Promise<Result | undefined> {
    const controller = new AbortController();
    this.#requests.add(controller);
    try {
      const result = await send(controller.signal);
      return generation === this.#generation && !this.#isDisposed ? result : undefined;
    } catch (error) {
      if (generation !== this.#generation || this.#isDisposed || controller.signal.aborted) {
        return undefined;
      }
      throw error instanceof VerificationError
        ? error
        : new VerificationError('network_error', { detail: String(error), cause: error });
    } finally {
      this.#requests.delete(controller);
    }
  }

  #openSeamless(generation: number, targetUri: string): void {
    if (targetUri === '') return;
    const open =
      this.#options.openSeamless ??
      ((uri: string, signal: AbortSignal) => fetch(uri, { mode: 'no-cors', redirect: 'follow', signal }));
    // The answer arrives through status reads; a failed open shows up there as an error status.
    this.#request(generation, (signal) => open(targetUri, signal)).catch(() => undefined);
  }

  #pollStatus(): void {
    this.#timers.delete('poll');
    const state = this.#state;
    const id = state.verificationId;
    if (state.step !== 'waiting' || id === undefined) return;
    const generation = this.#generation;
    this.#request(generation, (signal) => this.#client.status(id, { signal })).then(
      (result) => {
        if (result === undefined) return;
        this.#settle('statusRead', result);
        this.#schedulePoll();
      },
      (error: VerificationError) => {
        if (generation !== this.#generation) return;
        this.dispatch({ type: 'statusFailed', error });
        // Transient failures and rate limits are retried at the next tick (or after `retryAfter`).
        if (isTransient(error.code) || error.code === 'rate_limited') this.#schedulePoll(error.retryAfter);
      },
    );
  }

  #pollInterval(): number | undefined {
    const configured = this.#options.statusPollIntervalMs;
    const isSeamless = this.#state.challenge?.kind === 'seamless';
    if (configured === false) return isSeamless ? 3000 : undefined;
    return configured ?? 3000;
  }

  #schedulePoll(retryAfterSeconds?: number): void {
    const interval = this.#pollInterval();
    if (
      interval === undefined ||
      this.#isSuspended ||
      this.#timers.has('poll') ||
      this.#state.step !== 'waiting'
    ) {
      return;
    }
    const delay = Math.max(interval, (retryAfterSeconds ?? 0) * 1000);
    this.#timers.set(
      'poll',
      this.#clock.setTimeout(() => this.#pollStatus(), delay),
    );
  }

  /** Sets the timers the state needs; `previous` undefined sets them all afresh. */
  #syncTimers(previous: VerificationFlowSnapshot | undefined): void {
    if (this.#isSuspended) return;
    const state = this.#state;
    const now = this.#clock.now();
    if (state.expiresAt !== previous?.expiresAt || state.step !== previous?.step) {
      this.#clearTimer('expire');
      if (state.step === 'waiting' && state.expiresAt !== undefined) {
        this.#timers.set(
          'expire',
          this.#clock.setTimeout(() => this.dispatch({ type: 'expire' }), Math.max(0, state.expiresAt - now)),
        );
      }
    }
    if (
      state.resendAvailableAt !== previous?.resendAvailableAt ||
      state.isCoolingDown !== previous?.isCoolingDown
    ) {
      this.#clearTimer('cooldown');
      if (state.isCoolingDown && state.resendAvailableAt !== undefined) {
        this.#timers.set(
          'cooldown',
          this.#clock.setTimeout(
            () => {
              this.dispatch({ type: 'cooldownEnded' });
              const { scheduledMethod, phoneNumber } = this.#state;
              if (scheduledMethod !== undefined) this.#start(phoneNumber, scheduledMethod, true);
            },
            Math.max(0, state.resendAvailableAt - now),
          ),
        );
      }
    }
    if (state.step !== 'waiting' || state.verificationId !== previous?.verificationId)
      this.#clearTimer('poll');
    if (state.step === 'waiting' && previous?.step !== 'waiting') this.#schedulePoll();
  }

  #clearTimer(name: 'expire' | 'cooldown' | 'poll'): void {
    const handle = this.#timers.get(name);
    if (handle === undefined) return;
    this.#clock.clearTimeout(handle);
    this.#timers.delete(name);
  }

  #abortAll(): void {
    for (const controller of this.#requests) controller.abort();
    this.#requests.clear();
  }
}

export function createVerificationFlow(options: VerificationFlowOptions): VerificationFlow {
  return new VerificationFlow(options);
}

function positiveInteger<Fallback extends number | undefined>(
  value: number | undefined,
  fallback: Fallback,
  name: string,
): number | Fallback {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) {
    throw new TypeError(`createVerificationFlow: \`${name}\` must be an integer ≥ 1, got ${value}.`);
  }
  return value;
}

function nonNegative(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!(Number.isFinite(value) && value >= 0)) {
    throw new TypeError(`createVerificationFlow: \`${name}\` must be a number ≥ 0, got ${value}.`);
  }
  return value;
}
