import { SINCH_ERROR_CODES, type SinchErrorCode } from '@verikit/core';
import type { SignatureCheckFailure } from '@verikit/core/sinch-signing';
import { type HttpErrorFault, httpErrorCodeOf, httpErrorMessageOf } from '../faults/faultRule';
import type { RequestProblem } from '../requestProblem';
import { sinchErrorResponse } from '../sinchErrorResponse';

const AUTH_FAILURES: Record<SignatureCheckFailure, { errorCode: SinchErrorCode; message: string }> = {
  missing_authorization: {
    errorCode: 40104,
    message: 'Authorization required: send an Authorization header.',
  },
  malformed_authorization: {
    errorCode: 40100,
    message:
      'Invalid Authorization header: expected "Application <key>:<signature>" or "Basic <credentials>".',
  },
  missing_timestamp: { errorCode: 40101, message: 'Missing x-timestamp header.' },
  malformed_timestamp: { errorCode: 40101, message: 'Invalid x-timestamp header: expected ISO-8601 UTC.' },
  stale_timestamp: {
    errorCode: 40105,
    message: 'The request has expired: x-timestamp is outside the allowed window.',
  },
  content_md5_mismatch: {
    errorCode: 40102,
    message: 'Invalid signature: Content-MD5 does not match the body.',
  },
  unknown_key: { errorCode: 40108, message: 'Invalid credentials: unknown application key.' },
  invalid_signature: { errorCode: 40102, message: 'Invalid signature.' },
  invalid_credentials: { errorCode: 40108, message: 'Invalid credentials.' },
};

/** Sinch's 401 for a failed auth check. */
export function authFailureResponse(failure: SignatureCheckFailure): Response {
  const { errorCode, message } = AUTH_FAILURES[failure];
  return sinchErrorResponse(errorCode, message);
}

export function problemResponse(problem: RequestProblem): Response {
  return sinchErrorResponse(problem.errorCode, problem.message);
}

export function bodyProblem(reason: 'too_large' | 'unreadable'): Response {
  if (reason === 'unreadable')
    return sinchErrorResponse(
      SINCH_ERROR_CODES.invalidRequest,
      'Invalid request: the body could not be read.',
    );
  // 413 is what an HTTP front end answers; the body stays Sinch's shape.
  return Response.json(
    { errorCode: SINCH_ERROR_CODES.invalidRequest, message: 'Invalid request: the body is too large.' },
    { status: 413 },
  );
}

export function httpErrorResponse(rule: HttpErrorFault): Response {
  const response = Response.json(
    { errorCode: httpErrorCodeOf(rule), message: httpErrorMessageOf(rule) },
    { status: rule.status },
  );
  if (rule.retryAfterSeconds !== undefined)
    response.headers.set('retry-after', String(rule.retryAfterSeconds));
  return response;
}

export function notFoundResponse(request: Request): Response {
  return sinchErrorResponse(
    SINCH_ERROR_CODES.resourceNotFound,
    `Resource not found: ${request.method} ${new URL(request.url).pathname}.`,
  );
}

export function methodNotAllowed(verb: string, allowed: readonly string[]): Response {
  return Response.json(
    {
      errorCode: SINCH_ERROR_CODES.invalidRequest,
      message: `Invalid request: ${verb} is not allowed here; use ${allowed.join(' or ')}.`,
    },
    { status: 405, headers: { allow: allowed.join(', ') } },
  );
}

export function withCors(response: Response): Response {
  // The phone panel of a page on another port reads the inbox directly.
  response.headers.set('access-control-allow-origin', '*');
  response.headers.set('access-control-allow-methods', 'GET, POST, DELETE, OPTIONS');
  response.headers.set('access-control-allow-headers', 'content-type');
  return response;
}
