import {
  type DeniedReason,
  SINCH_ERROR_CODES,
  type SinchErrorCode,
  type VerificationMethodWire,
} from '@verikit/core';
import { emulatorMethodOf, METHOD_NAMES } from '../methods/emulatorMethods';

/** The API calls a fault can hit. */
export type FaultRoute = 'start' | 'report' | 'status';

export const FAULT_ROUTES = ['start', 'report', 'status'] as const satisfies readonly FaultRoute[];

interface FaultRuleBase {
  /** Which numbers: an E.164 number exactly, a prefix ending in `*` (`+4670*`), or `*` for every number. */
  match: string;
  /**
   * Which API calls it hits. `deliveryFailure` and `deny` only ever hit a start.
   * @default ['start', 'report', 'status']
   */
  on?: readonly FaultRoute[];
  /** Which methods (any spelling: `flashCall` = `flashcall`). @default every method */
  methods?: readonly string[];
  /** Hit only the next `times` matching calls, then retire (e.g. fail once, then succeed). @default unlimited */
  times?: number;
}

/** The SMS (or call) is accepted, then never arrives: status `ERROR`, reason `SMS delivery failure`. */
export interface DeliveryFailureFault extends FaultRuleBase {
  fault: 'deliveryFailure';
}

/**
 * The start answers 200 and nothing arrives; the verification fails while pending: status `FAIL` / `Failed pending`
 * (a reason in Sinch's enum whose cause Sinch does not publish).
 */
export interface FailedPendingFault extends FaultRuleBase {
  fault: 'failedPending';
}

/** The start is refused: status `DENIED` with this reason; `Not enough credit` answers 402, others 403. */
export interface DenyFault extends FaultRuleBase {
  fault: 'deny';
  /** @default 'Blocked' */
  reason?: DeniedReason;
}

/** The answer comes `ms` milliseconds late (real time, cut short if the caller aborts). */
export interface LatencyFault extends FaultRuleBase {
  fault: 'latency';
  ms: number;
}

/** Sinch answers an HTTP error with its `{ errorCode, message }` body. */
export interface HttpErrorFault extends FaultRuleBase {
  fault: 'httpError';
  status: HttpErrorStatus;
  /**
   * One of Sinch's codes for that status; given as a string (`"50301"`, as Sinch's OpenAPI examples type it), it is
   * answered as a string.
   * @default 40107 for 401, 42201 for 422, 42901 for 429, 50000 for 500, 50300 for 503
   */
  errorCode?: SinchErrorCode | `${SinchErrorCode}`;
  message?: string;
  /** Sent as `Retry-After` when set. */
  retryAfterSeconds?: number;
}

export type HttpErrorStatus = 401 | 422 | 429 | 500 | 503;

export const HTTP_ERROR_STATUSES = [401, 422, 429, 500, 503] as const satisfies readonly HttpErrorStatus[];

/** A fault to inject for numbers matching a pattern. Plain JSON, so `POST /emulator/faults` takes the same shape. */
export type FaultRule = DeliveryFailureFault | FailedPendingFault | DenyFault | LatencyFault | HttpErrorFault;

/** The faults a start turns into a verification's state (the others answer HTTP). */
export type StartFault = DeliveryFailureFault | FailedPendingFault | DenyFault;

export const DENIED_REASONS = [
  'Fraud',
  'Not enough credit',
  'Blocked',
  'Denied by callback',
  'Invalid callback',
  'Destination denied',
] as const satisfies readonly DeniedReason[];

const DEFAULT_HTTP_ERROR_CODES = {
  401: SINCH_ERROR_CODES.invalidAuthorizationScheme,
  422: SINCH_ERROR_CODES.noRouteToDestination,
  429: SINCH_ERROR_CODES.velocityConstraint,
  500: SINCH_ERROR_CODES.internal,
  503: SINCH_ERROR_CODES.temporarilyDown,
} as const;

const DEFAULT_HTTP_ERROR_MESSAGES = {
  401: 'Invalid authorization scheme for calling the method.',
  422: 'No route to destination.',
  429: 'Velocity constraint: too many requests for this number, retry later.',
  500: 'Internal error.',
  503: 'Service temporarily unavailable, retry later.',
} as const;

export function httpErrorCodeOf(rule: HttpErrorFault): SinchErrorCode | `${SinchErrorCode}` {
  return rule.errorCode ?? DEFAULT_HTTP_ERROR_CODES[rule.status];
}

export function httpErrorMessageOf(rule: HttpErrorFault): string {
  return rule.message ?? DEFAULT_HTTP_ERROR_MESSAGES[rule.status];
}

export type FaultRuleCheck = { ok: true; rule: FaultRule } | { ok: false; message: string };

const errorCodes = new Set<number>(Object.values(SINCH_ERROR_CODES));

/** Validates a fault rule from JSON (`POST /emulator/faults`) or from options; a copy is returned. */
export function parseFaultRule(input: unknown): FaultRuleCheck {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { ok: false, message: 'A fault rule must be a JSON object.' };
  const value = input as Record<string, unknown>;
  const { match, on, methods, times } = value;
  if (typeof match !== 'string' || !/^(\*|\+[1-9]\d{0,14}\*?)$/.test(match))
    return {
      ok: false,
      message: '`match` must be an E.164 number, a prefix ending in `*` (e.g. "+4670*"), or "*".',
    };
  const base: FaultRuleBase = { match };
  if (on !== undefined) {
    if (!Array.isArray(on) || on.length === 0 || !on.every((route) => FAULT_ROUTES.includes(route)))
      return { ok: false, message: '`on` must be a non-empty array of "start", "report", "status".' };
    base.on = [...on] as FaultRoute[];
  }
  if (methods !== undefined) {
    if (
      !Array.isArray(methods) ||
      methods.length === 0 ||
      !methods.every((method) => typeof method === 'string' && emulatorMethodOf(method))
    )
      return {
        ok: false,
        message: `\`methods\` must be a non-empty array of ${METHOD_NAMES.join(', ')}.`,
      };
    base.methods = [...methods] as string[];
  }
  if (times !== undefined) {
    if (typeof times !== 'number' || !Number.isInteger(times) || times < 1)
      return { ok: false, message: '`times` must be a whole number of at least 1.' };
    base.times = times;
  }
  switch (value.fault) {
    case 'deliveryFailure':
      return { ok: true, rule: { ...base, fault: 'deliveryFailure' } };
    case 'failedPending':
      return { ok: true, rule: { ...base, fault: 'failedPending' } };
    case 'deny': {
      const { reason } = value;
      if (reason !== undefined && !DENIED_REASONS.includes(reason as DeniedReason))
        return { ok: false, message: `\`reason\` must be one of: ${DENIED_REASONS.join(', ')}.` };
      return {
        ok: true,
        rule:
          reason === undefined
            ? { ...base, fault: 'deny' }
            : { ...base, fault: 'deny', reason: reason as DeniedReason },
      };
    }
    case 'latency': {
      const { ms } = value;
      if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0 || ms > 600_000)
        return { ok: false, message: '`ms` must be a number of milliseconds from 0 to 600000.' };
      return { ok: true, rule: { ...base, fault: 'latency', ms } };
    }
    case 'httpError': {
      const { status, errorCode, message, retryAfterSeconds } = value;
      if (!HTTP_ERROR_STATUSES.includes(status as HttpErrorStatus))
        return { ok: false, message: `\`status\` must be ${HTTP_ERROR_STATUSES.join(', ')}.` };
      const rule: HttpErrorFault = { ...base, fault: 'httpError', status: status as HttpErrorStatus };
      if (errorCode !== undefined) {
        const code =
          typeof errorCode === 'string' && /^\d{5}$/.test(errorCode) ? Number(errorCode) : errorCode;
        if (typeof code !== 'number' || !errorCodes.has(code) || Math.floor(code / 100) !== status)
          return {
            ok: false,
            message: `\`errorCode\` must be one of Sinch's error codes for HTTP ${status}, a number or its digits as a string.`,
          };
        rule.errorCode = errorCode as SinchErrorCode | `${SinchErrorCode}`;
      }
      if (message !== undefined) {
        if (typeof message !== 'string' || message.length > 1000)
          return { ok: false, message: '`message` must be a string of at most 1000 characters.' };
        rule.message = message;
      }
      if (retryAfterSeconds !== undefined) {
        if (
          typeof retryAfterSeconds !== 'number' ||
          !Number.isInteger(retryAfterSeconds) ||
          retryAfterSeconds < 0
        )
          return { ok: false, message: '`retryAfterSeconds` must be a whole number of seconds.' };
        rule.retryAfterSeconds = retryAfterSeconds;
      }
      return { ok: true, rule };
    }
    default:
      return {
        ok: false,
        message: '`fault` must be one of "deliveryFailure", "failedPending", "deny", "latency", "httpError".',
      };
  }
}

/** Whether a rule hits this call. */
export function faultMatches(
  rule: FaultRule,
  call: { route: FaultRoute; number: string; method: VerificationMethodWire },
): boolean {
  const routes: readonly FaultRoute[] =
    rule.fault === 'deliveryFailure' || rule.fault === 'failedPending' || rule.fault === 'deny'
      ? ['start']
      : (rule.on ?? FAULT_ROUTES);
  if (!routes.includes(call.route)) return false;
  if (rule.methods && !rule.methods.some((method) => emulatorMethodOf(method)?.wire === call.method))
    return false;
  if (rule.match === '*') return true;
  return rule.match.endsWith('*')
    ? call.number.startsWith(rule.match.slice(0, -1))
    : call.number === rule.match;
}
