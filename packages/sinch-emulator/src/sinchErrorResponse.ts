import type { SinchErrorBody, SinchErrorCode } from '@verikit/core';

/** The HTTP status Sinch sends with each error code: the code's first three digits. */
export function httpStatusOf(errorCode: SinchErrorCode): number {
  return Math.floor(errorCode / 100);
}

/** A Sinch error answer: `{ errorCode, message }` with the status Sinch pairs it with. */
export function sinchErrorResponse(errorCode: SinchErrorCode, message: string, reference?: string): Response {
  const body: SinchErrorBody =
    reference === undefined ? { errorCode, message } : { errorCode, message, reference };
  return Response.json(body, { status: httpStatusOf(errorCode) });
}
