import type { ProxyErrorCode } from './proxyContract';
import type { VerificationReason, VerificationStatus } from './wire';

/** Failures of the request itself, decided in the browser. */
export type TransportErrorCode = 'network_error' | 'timeout' | 'aborted' | 'invalid_response';

/** Outcomes a verification can end (or stumble) with: Sinch's `reason`s and statuses, plus the flow's own checks. */
export type OutcomeErrorCode =
  | 'invalid_code'
  | 'invalid_cli'
  | 'incomplete_code'
  | 'expired'
  | 'call_hung_up'
  | 'denied_fraud'
  | 'denied_no_credit'
  | 'denied_blocked'
  | 'denied_by_callback'
  | 'denied_invalid_callback'
  | 'denied_destination'
  | 'provider_error'
  | 'number_unreachable'
  | 'delivery_failed'
  | 'verification_replaced'
  | 'verification_failed';

/** Every stable error code of the kit: the proxy's, the transport's and the verification outcomes'. */
export type VerificationErrorCode = ProxyErrorCode | TransportErrorCode | OutcomeErrorCode;

const setupProblem = 'Something went wrong on our side. Please try again later.';

/**
 * The default English message of every error code, as ICU-style templates (see `formatMessage`). Plain data, so a
 * translation is an object with the same keys; `@verikit/ui` serves them as `error.<code>` in its catalogue.
 *
 * Placeholders: `rate_limited` and `resend_cooldown` → `{retry}` (`known` | `unknown`) and `{time}` (e.g. "30 seconds");
 * `incomplete_code` → `{length}`.
 */
export const VERIFICATION_MESSAGES = {
  // The proxy's codes
  invalid_request: 'Something went wrong with this request. Please try again.',
  invalid_phone_number: 'Enter a valid phone number, including the country code.',
  method_not_allowed: 'This way of verifying is not available. Choose another.',
  country_not_allowed: 'Phone numbers from this country cannot be verified here.',
  number_type_not_allowed: 'This kind of phone number cannot be verified here. Use a mobile number.',
  rate_limited: 'Too many attempts. {retry, select, known {Try again in {time}.} other {Try again later.}}',
  verification_paused: 'Verification is paused for numbers like this one. Please try again later.',
  resend_cooldown:
    'A code was just sent to this number. {retry, select, known {Ask for a new one in {time}.} other {Wait a moment before asking for a new one.}}',
  too_many_attempts: 'Too many wrong codes. Request a new code.',
  verification_not_found: 'This verification has ended. Request a new code.',
  verification_denied: 'This number cannot be verified. Try another number.',
  bot_check_required: 'Confirm you are a person to continue.',
  bot_check_failed: 'We could not confirm you are a person. Please try again.',
  payload_too_large: setupProblem,
  unsupported_media_type: setupProblem,
  route_not_found: setupProblem,
  http_method_not_allowed: setupProblem,
  forbidden_origin: setupProblem,
  upstream_unavailable: 'The verification service is not available right now. Please try again in a moment.',
  upstream_error: 'The verification service had a problem. Please try again.',
  service_unavailable: 'Verification is not available right now. Please try again in a moment.',
  internal_error: setupProblem,
  // The transport's codes
  network_error: 'Could not connect. Check your internet connection and try again.',
  timeout: 'This is taking too long. Check your internet connection and try again.',
  aborted: 'The request was cancelled.',
  invalid_response: setupProblem,
  // Verification outcomes
  invalid_code: 'That code is not right. Check it and try again.',
  invalid_cli: 'That is not the number that called you. Check it and try again.',
  incomplete_code: 'Enter all {length} digits.',
  expired: 'The code has expired. Request a new one.',
  call_hung_up: 'The call ended before the code was entered. Request a new call.',
  denied_fraud: 'This number cannot be verified. Try another number.',
  denied_no_credit: 'Verification is not available right now. Please try again later.',
  denied_blocked: 'This number cannot be verified. Try another number.',
  denied_by_callback: 'This number cannot be verified. Try another number.',
  denied_invalid_callback: setupProblem,
  denied_destination: 'Phone numbers like this one cannot be verified here.',
  provider_error: 'The verification service had a problem. Please try again.',
  number_unreachable: 'We could not reach this number. Check it, or try another way.',
  delivery_failed: 'We could not deliver the message. Try another way.',
  verification_replaced: 'A newer code was requested. Use the latest one.',
  verification_failed: 'Verification failed. Please try again.',
} as const satisfies Record<VerificationErrorCode, string>;

/** Every error code, in the catalogue's order. Marked pure so a bundle that does not read it drops the call. */
export const VERIFICATION_ERROR_CODES = /* @__PURE__ */ Object.keys(
  VERIFICATION_MESSAGES,
) as VerificationErrorCode[];

/** The stable code for each Sinch `reason`. */
export const REASON_CODES = {
  'Invalid code': 'invalid_code',
  'Invalid CLI': 'invalid_cli',
  Expired: 'expired',
  'Hung up without entering valid code': 'call_hung_up',
  Fraud: 'denied_fraud',
  'Not enough credit': 'denied_no_credit',
  Blocked: 'denied_blocked',
  'Denied by callback': 'denied_by_callback',
  'Invalid callback': 'denied_invalid_callback',
  'Destination denied': 'denied_destination',
  'Internal error': 'provider_error',
  'Network error or number unreachable': 'number_unreachable',
  'SMS delivery failure': 'delivery_failed',
  'Failed pending': 'verification_failed',
} as const satisfies Record<VerificationReason, OutcomeErrorCode>;

/**
 * The stable code for a final, unsuccessful status and its `reason` (`undefined` for `PENDING` and `SUCCESSFUL`).
 * Reasons Sinch may add later fall back to a code for the status.
 */
export function outcomeCode(status: VerificationStatus, reason?: string): OutcomeErrorCode | undefined {
  switch (status) {
    case 'PENDING':
    case 'SUCCESSFUL':
      return undefined;
    case 'ABORTED':
      return 'verification_replaced';
    case 'FAIL':
    case 'DENIED':
    case 'ERROR': {
      // Own keys only: a reason such as "constructor" must not find Object.prototype's.
      if (reason !== undefined && Object.hasOwn(REASON_CODES, reason)) {
        return REASON_CODES[reason as VerificationReason];
      }
      return status === 'DENIED'
        ? 'denied_blocked'
        : status === 'ERROR'
          ? 'provider_error'
          : 'verification_failed';
    }
    default:
      return status satisfies never;
  }
}

/** Codes after which another method may still reach the person (what automatic fallback acts on). */
export function isDeliveryFailure(code: VerificationErrorCode): boolean {
  return code === 'delivery_failed' || code === 'number_unreachable' || code === 'method_not_allowed';
}

/** The proxy holds the request back for `retryAfter` seconds: too many attempts, or a code just sent. */
export function isRateLimit(code: VerificationErrorCode): boolean {
  return code === 'rate_limited' || code === 'resend_cooldown';
}

/** Codes that a repeat of the same read may cure (what status polling retries). */
export function isTransient(code: VerificationErrorCode): boolean {
  return (
    code === 'network_error' ||
    code === 'timeout' ||
    code === 'upstream_unavailable' ||
    code === 'upstream_error' ||
    code === 'service_unavailable' ||
    code === 'internal_error' ||
    code === 'invalid_response'
  );
}
