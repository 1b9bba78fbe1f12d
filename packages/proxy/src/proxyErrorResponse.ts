import type { BotCheckChallenge, ProxyErrorBody, ProxyErrorCode } from '@verikit/core';
import { textResponse } from './knownBodies';

/** The HTTP status for each of the proxy's stable error codes. */
export const HTTP_STATUS_BY_ERROR_CODE = {
  invalid_request: 400,
  invalid_phone_number: 400,
  method_not_allowed: 403,
  country_not_allowed: 403,
  number_type_not_allowed: 403,
  rate_limited: 429,
  verification_paused: 429,
  resend_cooldown: 429,
  too_many_attempts: 429,
  verification_not_found: 404,
  verification_denied: 403,
  bot_check_required: 403,
  bot_check_failed: 403,
  payload_too_large: 413,
  unsupported_media_type: 415,
  route_not_found: 404,
  http_method_not_allowed: 405,
  forbidden_origin: 403,
  upstream_unavailable: 503,
  upstream_error: 502,
  service_unavailable: 503,
  internal_error: 500,
} as const satisfies Record<ProxyErrorCode, number>;

export interface ProxyErrorOptions {
  retryAfter?: number;
  sinchErrorCode?: number;
  botCheck?: BotCheckChallenge;
  headers?: HeadersInit;
}

/** An error answer in the proxy's documented shape, with `Retry-After` when a retry time is known. */
export function proxyErrorResponse(
  code: ProxyErrorCode,
  message: string,
  options: ProxyErrorOptions = {},
): Response {
  const body: ProxyErrorBody = { error: { code, message } };
  const headers = new Headers(options.headers);
  if (options.retryAfter !== undefined) {
    body.error.retryAfter = Math.max(0, Math.ceil(options.retryAfter));
    headers.set('retry-after', String(body.error.retryAfter));
  }
  if (options.sinchErrorCode !== undefined) body.error.sinchErrorCode = options.sinchErrorCode;
  if (options.botCheck !== undefined) body.error.botCheck = options.botCheck;
  headers.set('cache-control', 'no-store');
  if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  return textResponse(JSON.stringify(body), { status: HTTP_STATUS_BY_ERROR_CODE[code], headers });
}
