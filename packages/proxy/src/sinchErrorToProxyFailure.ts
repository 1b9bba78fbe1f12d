import { SINCH_ERROR_CODES, sinchErrorCodeOf } from '@verikit/core';
import type { ProxyFailure } from './proxyFailure';

/** What to check, by Sinch's status, when Sinch refuses the proxy itself. */
const OWNER_HINTS: Record<number, string> = {
  401: 'check the application key and secret (SINCH_APPLICATION_KEY / SINCH_APPLICATION_SECRET) and the server clock',
  402: 'the Sinch account is out of credit',
  422: 'the Sinch application is not configured for this (e.g. the method is not enabled)',
};

/** When Sinch says 429 without `Retry-After`: its velocity windows are about a minute. */
const DEFAULT_UPSTREAM_RETRY_AFTER_SECONDS = 60;

/**
 * Maps a Sinch error answer onto the proxy's stable codes. What the browser could fix is a 4xx; what only the
 * server's owner can fix (credentials, credit, configuration) is an `upstream_error` 502, so that it is never
 * mistaken for the user's fault, and the log says which.
 */
export function sinchErrorToProxyFailure(
  status: number,
  body: unknown,
  retryAfterHeader: string | null,
): ProxyFailure {
  const sinchErrorCode = sinchErrorCodeOf(body);
  const withCode = (failure: ProxyFailure): ProxyFailure => ({
    ...failure,
    upstreamStatus: status,
    ...(sinchErrorCode === undefined ? {} : { sinchErrorCode }),
  });
  // 401 (credentials), 402 (credit), 422 (application configuration) and anything unforeseen.
  const ownerProblem = withCode({
    code: 'upstream_error',
    message: 'Sinch refused the proxy; see the server log',
    logMessage: `Sinch refused the proxy (HTTP ${status}, ${sinchErrorCode ?? 'no errorCode'}): ${OWNER_HINTS[status] ?? 'unexpected answer'}`,
  });

  if (status >= 500)
    return withCode({ code: 'upstream_unavailable', message: 'Sinch is unavailable; try again shortly' });
  switch (status) {
    case 400: {
      // The browser's part of a request is checked before it leaves; Sinch's stricter number check is the one
      // 400 the user can fix. Any other 400 is about the server's own options (template, expiry…).
      const message =
        typeof (body as { message?: unknown } | null)?.message === 'string'
          ? (body as { message: string }).message
          : '';
      return withCode(
        sinchErrorCode === SINCH_ERROR_CODES.missingLeadingPlus ||
          (sinchErrorCode === SINCH_ERROR_CODES.parameterValidation &&
            /number|endpoint|identity/i.test(message))
          ? { code: 'invalid_phone_number', message: 'Sinch refused the phone number' }
          : {
              code: 'upstream_error',
              message: 'Sinch refused the request parameters; see the server log',
              logMessage: `Sinch refused the parameters (HTTP 400, ${sinchErrorCode ?? 'no errorCode'}): check smsOptions, flashCallOptions, calloutOptions and onStart's reference/custom`,
            },
      );
    }
    case 403:
      return withCode({ code: 'verification_denied', message: 'Sinch refused to verify this number' });
    case 404:
      return withCode({ code: 'verification_not_found', message: 'No such verification' });
    case 409:
      // Sinch's one conflict is a start whose `reference` is already taken: onStart's, never the browser's.
      return withCode({
        code: 'upstream_error',
        message: 'Sinch refused the proxy; see the server log',
        logMessage: `Sinch refused the start (HTTP 409, ${sinchErrorCode ?? 'no errorCode'}): the reference from onStart is already used; it must be unique per started verification`,
      });
    case 429:
      return withCode({
        code: 'rate_limited',
        message: 'Sinch is limiting requests for this number; try again later',
        retryAfter: parseRetryAfter(retryAfterHeader) ?? DEFAULT_UPSTREAM_RETRY_AFTER_SECONDS,
      });
    case 422:
      // "No route to destination": this method cannot reach this number, another may (what fallback acts on).
      if (sinchErrorCode === SINCH_ERROR_CODES.noRouteToDestination)
        return withCode({
          code: 'method_not_allowed',
          message: 'Sinch has no route to this number by this method; try another',
        });
      return ownerProblem;
    default:
      return ownerProblem;
  }
}

function parseRetryAfter(header: string | null): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds, 3600);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.min(Math.max(0, (date - Date.now()) / 1000), 3600);
}
