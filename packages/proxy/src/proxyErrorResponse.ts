import type { BotCheckChallenge, ProxyErrorBody, ProxyErrorCode } from '@verikit/core';
import { textResponse } from './knownBodies';
import type { Reply } from './proxyReply';

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
  const body = errorBody(code, message, options);
  const headers = new Headers(options.headers);
  if (body.error.retryAfter !== undefined) headers.set('retry-after', String(body.error.retryAfter));
  headers.set('cache-control', 'no-store');
  if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  return textResponse(JSON.stringify(body), { status: HTTP_STATUS_BY_ERROR_CODE[code], headers });
}

/** The same answer as a `Reply`, for the proxy itself; `headers` (lower-case names) are added to it. */
export function proxyErrorReply(
  code: ProxyErrorCode,
  message: string,
  options: Omit<ProxyErrorOptions, 'headers'> & { headers?: Record<string, string> } = {},
): Reply {
  const body = errorBody(code, message, options);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    ...options.headers,
    'cache-control': 'no-store',
  };
  if (body.error.retryAfter !== undefined) headers['retry-after'] = String(body.error.retryAfter);
  return { status: HTTP_STATUS_BY_ERROR_CODE[code], headers, body: JSON.stringify(body) };
}

function errorBody(code: ProxyErrorCode, message: string, options: ProxyErrorOptions): ProxyErrorBody {
  const body: ProxyErrorBody = { error: { code, message } };
  if (options.retryAfter !== undefined) body.error.retryAfter = Math.max(0, Math.ceil(options.retryAfter));
  if (options.sinchErrorCode !== undefined) body.error.sinchErrorCode = options.sinchErrorCode;
  if (options.botCheck !== undefined) body.error.botCheck = options.botCheck;
  return body;
}
