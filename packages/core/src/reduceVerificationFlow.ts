import { type FlowChallenge, methodDefinition } from './methods/methodDefinitions';
import type { BotCheckChallenge, ProxyStartResponse, ProxyVerificationResult } from './proxyContract';
import { VerificationError } from './verificationError';
import { isDeliveryFailure, outcomeCode, type VerificationErrorCode } from './verificationMessages';
import { methodFromWire, type VerificationMethod } from './wire';

/**
 * What the person sees: phone entry, the bot-check widget the proxy asked for, the current method's challenge, or the
 * verified number.
 */
export type FlowView = 'phone' | 'botCheck' | 'challenge' | 'verified';

/**
 * Where an error belongs: at the number's field (`phone`), at the code field (`code`), or with the view as a whole
 * (`view`: delivery, limits, the network).
 */
export type FlowErrorTarget = 'phone' | 'code' | 'view';

/** Where the flow is. `botCheck`: the proxy asked for a bot-check token before it sends anything. */
export type FlowStep =
  | 'idle'
  | 'starting'
  | 'botCheck'
  | 'waiting'
  | 'verifying'
  | 'verified'
  | 'failed'
  | 'expired';

/**
 * A start the proxy held back until the person passes a bot check (`bot_check_required`, or `bot_check_failed` after a
 * refused token): the widget to render, and the start that `submitBotCheckToken()` sends again with the token.
 */
export interface FlowBotCheck {
  /** The widget the proxy asks for: its provider and public site key. */
  challenge: BotCheckChallenge;
  /** The E.164 number of the start held back. */
  phoneNumber: string;
  /** The method of the start held back. */
  method: VerificationMethod;
}

export type { FlowChallenge } from './methods/methodDefinitions';

/** The settings the machine reads; fixed for a flow's life. */
export interface FlowSettings {
  methods: readonly VerificationMethod[];
  /** Characters in a code for every method with one; `undefined`: each method's own default (core's registry). */
  codeLength: number | undefined;
  resendCooldownMs: number;
  maxAttempts: number;
}

/** The stored state; `VerificationFlowSnapshot` adds the derived flags. */
export interface VerificationFlowState {
  step: FlowStep;
  /** The E.164 number being verified (kept after `changeNumber()` so the field can show it again). */
  phoneNumber: string;
  /** The method of the current (or starting) verification. */
  method: VerificationMethod | undefined;
  verificationId: string | undefined;
  challenge: FlowChallenge | undefined;
  /** Epoch ms when the current verification's window closes (from the start response's timeouts). */
  expiresAt: number | undefined;
  /** Epoch ms from which `resend()` may send again. */
  resendAvailableAt: number | undefined;
  /** The resend cooldown (or the proxy's `retryAfter`) is running; the store ends it at `resendAvailableAt`. */
  isCoolingDown: boolean;
  /** Code attempts left for the current verification. */
  attemptsLeft: number;
  /** Methods that failed to reach the person, in order; automatic fallback skips them. */
  failedMethods: readonly VerificationMethod[];
  /** The last error, cleared by the next successful step. */
  error: VerificationError | undefined;
  /** The last report or status answer. */
  result: ProxyVerificationResult | undefined;
  /** The proxy's proof, once verified: send it to your backend, which checks it with `verifyProof`. */
  proof: string | undefined;
  /** A fallback method the flow starts by itself when the cooldown ends (the proxy refused it until then). */
  scheduledMethod: VerificationMethod | undefined;
  /**
   * The method that could not reach the person, and why, when the flow moved to the current method by itself: tell
   * the person why the method changed. Cleared by any start the person asks for.
   */
  fellBackFrom: { method: VerificationMethod; error: VerificationError } | undefined;
  /** The bot check the proxy asked for, while the flow waits for its token (and while that start is in flight). */
  botCheck: FlowBotCheck | undefined;
  /** The step to return to if a start fails. */
  stepBeforeStart: FlowStep;
}

export interface VerificationFlowFlags {
  /** A request the person waits on is in flight (`starting` or `verifying`). */
  isBusy: boolean;
  /** The verification ended, successfully or not (`verified`, `failed`, `expired`). */
  isFinal: boolean;
  isVerified: boolean;
  /** `start()` would send. */
  canStart: boolean;
  /** `submitCode()` would report. */
  canSubmit: boolean;
  /** `resend()` would send (the cooldown is over). */
  canResend: boolean;
  /** `fallback()` has a method to move to. */
  canFallback: boolean;
  /** The method `fallback()` moves to. */
  nextMethod: VerificationMethod | undefined;
  /** What to show; `phone` until a verification is under way, and while the first start is in flight. */
  view: FlowView;
  /** The methods the person may switch to: allowed, not the current one, not failed to reach them; none once verified. */
  fallbackMethods: readonly VerificationMethod[];
  /** Where `error` belongs; `undefined` without one. */
  errorTarget: FlowErrorTarget | undefined;
}

export type VerificationFlowSnapshot = Readonly<VerificationFlowState & VerificationFlowFlags>;

/** Every change of the flow's state. `at` is the clock's time when the action happened. */
export type VerificationFlowAction =
  | {
      type: 'start';
      phoneNumber: string;
      method: VerificationMethod;
      fellBackFrom?: { method: VerificationMethod; error: VerificationError };
    }
  | { type: 'started'; response: ProxyStartResponse; at: number }
  /** A start failed; one whose error carries a `botCheck` challenge moves to the `botCheck` step. */
  | { type: 'startFailed'; error: VerificationError; at: number }
  /** The bot check's token is on its way: the held-back start is sent again with it. */
  | { type: 'submitBotCheckToken' }
  /** The person gave up the bot check: back to where the start was asked for. */
  | { type: 'cancelBotCheck' }
  | { type: 'submit' }
  | { type: 'invalidInput'; error: VerificationError }
  | { type: 'reported'; result: ProxyVerificationResult }
  | { type: 'reportFailed'; error: VerificationError }
  | { type: 'statusRead'; result: ProxyVerificationResult }
  | { type: 'statusFailed'; error: VerificationError }
  | { type: 'scheduleFallback'; method: VerificationMethod; error: VerificationError }
  | { type: 'cooldownEnded' }
  /** The request in flight was abandoned (the UI went away): back to the step before it, without an error. */
  | { type: 'interrupted' }
  | { type: 'expire' }
  | { type: 'changeNumber' }
  | { type: 'reset' };

export function initialFlowState(settings: FlowSettings, phoneNumber = ''): VerificationFlowSnapshot {
  return withFlags(
    {
      step: 'idle',
      phoneNumber,
      method: undefined,
      verificationId: undefined,
      challenge: undefined,
      expiresAt: undefined,
      resendAvailableAt: undefined,
      isCoolingDown: false,
      attemptsLeft: settings.maxAttempts,
      failedMethods: [],
      error: undefined,
      result: undefined,
      proof: undefined,
      stepBeforeStart: 'idle',
      botCheck: undefined,
      scheduledMethod: undefined,
      fellBackFrom: undefined,
    },
    settings,
  );
}

/** The machine: a pure function of the state, an action and the settings. */
export function reduceVerificationFlow(
  state: VerificationFlowSnapshot,
  action: VerificationFlowAction,
  settings: FlowSettings,
): VerificationFlowSnapshot {
  const next = transition(state, action, settings);
  return next === state ? state : withFlags(next, settings);
}

function transition(
  state: VerificationFlowSnapshot,
  action: VerificationFlowAction,
  settings: FlowSettings,
): VerificationFlowState | VerificationFlowSnapshot {
  switch (action.type) {
    case 'start':
      if (state.step === 'starting' || state.step === 'verifying') return state;
      return {
        ...state,
        step: 'starting',
        stepBeforeStart:
          state.phoneNumber !== action.phoneNumber
            ? 'idle'
            : state.step === 'botCheck'
              ? state.stepBeforeStart
              : state.step,
        botCheck: undefined,
        phoneNumber: action.phoneNumber,
        method: action.method,
        error: undefined,
        scheduledMethod: undefined,
        fellBackFrom: action.fellBackFrom,
        failedMethods: state.phoneNumber === action.phoneNumber ? state.failedMethods : [],
      };
    case 'started': {
      if (state.step !== 'starting') return state;
      const method = methodFromWire(action.response.method);
      const definition = methodDefinition(method);
      const challenge = definition.challenge(action.response, settings.codeLength);
      const timeoutSeconds = definition.timeoutSeconds(action.response);
      return {
        ...state,
        step: 'waiting',
        method,
        verificationId: action.response.id,
        challenge,
        expiresAt: timeoutSeconds === undefined ? undefined : action.at + timeoutSeconds * 1000,
        resendAvailableAt: action.at + settings.resendCooldownMs,
        isCoolingDown: settings.resendCooldownMs > 0,
        attemptsLeft: settings.maxAttempts,
        error: undefined,
        result: undefined,
        proof: undefined,
        botCheck: undefined,
      };
    }
    case 'startFailed': {
      if (state.step !== 'starting') return state;
      const challenge = action.error.botCheck;
      if (challenge !== undefined && state.method !== undefined) {
        // Nothing was sent: wait for the widget's token (again, after a refused one, with the error to show).
        return {
          ...state,
          step: 'botCheck',
          error: action.error,
          botCheck: { challenge, phoneNumber: state.phoneNumber, method: state.method },
        };
      }
      const retryAfter = action.error.retryAfter;
      return {
        ...state,
        step: stepBeforeStart(state),
        error: action.error,
        botCheck: undefined,
        failedMethods: failedMethodsAfter(state, action.error.code),
        ...(retryAfter !== undefined && {
          resendAvailableAt: Math.max(state.resendAvailableAt ?? 0, action.at + retryAfter * 1000),
          isCoolingDown: retryAfter > 0 || state.isCoolingDown,
        }),
      };
    }
    case 'submitBotCheckToken':
      if (state.step !== 'botCheck' || state.botCheck === undefined) return state;
      return { ...state, step: 'starting', error: undefined };
    case 'cancelBotCheck':
      if (state.step !== 'botCheck') return state;
      return { ...state, step: stepBeforeStart(state), botCheck: undefined, error: undefined };
    case 'submit':
      if (state.step !== 'waiting') return state;
      return { ...state, step: 'verifying', error: undefined };
    case 'invalidInput':
      // A code that cannot be right, or a bot-check token that cannot be had or sent: said without a request.
      if (state.step !== 'waiting' && state.step !== 'botCheck') return state;
      return { ...state, error: action.error };
    case 'reported':
      if (state.step !== 'verifying' || action.result.id !== state.verificationId) return state;
      return settle(state, action.result, true);
    case 'statusRead':
      if (state.step !== 'waiting' || action.result.id !== state.verificationId) return state;
      return settle(state, action.result, false);
    case 'reportFailed': {
      if (state.step !== 'verifying') return state;
      const code = action.error.code;
      if (code === 'too_many_attempts')
        return { ...state, step: 'failed', attemptsLeft: 0, error: action.error };
      if (code === 'verification_not_found') return { ...state, step: 'expired', error: action.error };
      if (code === 'verification_denied') return { ...state, step: 'failed', error: action.error };
      return { ...state, step: 'waiting', error: action.error };
    }
    case 'statusFailed':
      if (state.step !== 'waiting') return state;
      if (action.error.code === 'verification_not_found')
        return { ...state, step: 'expired', error: action.error };
      return state;
    case 'scheduleFallback':
      if (state.step === 'starting' || state.step === 'verifying' || state.step === 'verified') return state;
      return { ...state, scheduledMethod: action.method, error: action.error };
    case 'interrupted':
      if (state.step === 'verifying') return { ...state, step: 'waiting' };
      if (state.step !== 'starting') return state;
      // The token may have been spent on the start cut short: the widget asks for a new one.
      if (state.botCheck !== undefined) return { ...state, step: 'botCheck' };
      return { ...state, step: stepBeforeStart(state) };
    case 'cooldownEnded':
      return state.isCoolingDown ? { ...state, isCoolingDown: false } : state;
    case 'expire':
      if (state.step !== 'waiting') return state;
      return { ...state, step: 'expired', error: new VerificationError('expired') };
    case 'changeNumber':
      return { ...initialFlowState(settings, state.phoneNumber), resendAvailableAt: state.resendAvailableAt };
    case 'reset':
      return initialFlowState(settings);
    default:
      return action satisfies never;
  }
}

/** Where a start that did not happen (failed, cut short, its bot check cancelled) returns: the verification under way, else phone entry. */
function stepBeforeStart(state: VerificationFlowState): FlowStep {
  const step = state.stepBeforeStart;
  return state.verificationId === undefined || step === 'starting' ? 'idle' : step;
}

function settle(
  state: VerificationFlowSnapshot,
  result: ProxyVerificationResult,
  isReport: boolean,
): VerificationFlowState | VerificationFlowSnapshot {
  const code = outcomeCode(result.status, result.reason);
  if (result.status === 'SUCCESSFUL') {
    return {
      ...state,
      step: 'verified',
      result,
      proof: result.proof,
      error: undefined,
      expiresAt: undefined,
    };
  }
  if (code === undefined) return isReport ? { ...state, step: 'waiting', result } : state;
  const error = new VerificationError(code, { reason: result.reason });
  if (code === 'invalid_code' || code === 'invalid_cli') {
    // A status read only sees the last report; the attempt was counted when that report answered.
    if (!isReport) return state;
    const attemptsLeft = Math.max(0, state.attemptsLeft - 1);
    return attemptsLeft === 0
      ? { ...state, step: 'failed', result, attemptsLeft, error: new VerificationError('too_many_attempts') }
      : { ...state, step: 'waiting', result, attemptsLeft, error };
  }
  if (code === 'expired') return { ...state, step: 'expired', result, error };
  return { ...state, step: 'failed', result, error, failedMethods: failedMethodsAfter(state, code) };
}

/** The methods that failed so far, plus the current one when `code` says it could not reach the person. */
function failedMethodsAfter(
  state: VerificationFlowState,
  code: VerificationErrorCode,
): readonly VerificationMethod[] {
  return isDeliveryFailure(code) && state.method !== undefined && !state.failedMethods.includes(state.method)
    ? [...state.failedMethods, state.method]
    : state.failedMethods;
}

/** Errors about what the person typed, shown at the code field. */
const CODE_ERRORS: ReadonlySet<VerificationErrorCode> = new Set([
  'invalid_code',
  'invalid_cli',
  'incomplete_code',
  'too_many_attempts',
]);
/** Errors about the number itself, shown at the number's field. */
const PHONE_ERRORS: ReadonlySet<VerificationErrorCode> = new Set([
  'invalid_phone_number',
  'country_not_allowed',
  'number_type_not_allowed',
  'verification_denied',
]);

function errorTargetOf(error: VerificationError | undefined): FlowErrorTarget | undefined {
  if (error === undefined) return undefined;
  return CODE_ERRORS.has(error.code) ? 'code' : PHONE_ERRORS.has(error.code) ? 'phone' : 'view';
}

function viewOf(state: VerificationFlowState): FlowView {
  if (state.step === 'verified') return 'verified';
  if (state.botCheck !== undefined && (state.step === 'botCheck' || state.step === 'starting'))
    return 'botCheck';
  const isPhoneEntry =
    state.step === 'idle' ||
    state.challenge === undefined ||
    (state.step === 'starting' && state.stepBeforeStart === 'idle');
  return isPhoneEntry ? 'phone' : 'challenge';
}

function withFlags(state: VerificationFlowState, settings: FlowSettings): VerificationFlowSnapshot {
  const isBusy = state.step === 'starting' || state.step === 'verifying';
  const isFinal = state.step === 'verified' || state.step === 'failed' || state.step === 'expired';
  const hasVerification = state.verificationId !== undefined && state.phoneNumber !== '';
  const nextMethod = settings.methods.find(
    (method) => method !== state.method && !state.failedMethods.includes(method),
  );
  const canMoveOn = hasVerification && (state.step === 'waiting' || isFinal) && state.step !== 'verified';
  return {
    ...state,
    isBusy,
    isFinal,
    isVerified: state.step === 'verified',
    canStart: !isBusy,
    canSubmit: state.step === 'waiting' && state.challenge?.kind !== 'seamless',
    canResend: canMoveOn && !state.isCoolingDown,
    canFallback: canMoveOn && nextMethod !== undefined,
    nextMethod,
    view: viewOf(state),
    fallbackMethods:
      state.step === 'verified'
        ? []
        : settings.methods.filter(
            (method) => method !== state.method && !state.failedMethods.includes(method),
          ),
    errorTarget: errorTargetOf(state.error),
  };
}
