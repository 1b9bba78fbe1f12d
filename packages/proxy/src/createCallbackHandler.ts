import type {
  VerificationRequestEvent,
  VerificationRequestEventResponse,
  VerificationResultEvent,
  VerificationSmsDeliveredEvent,
} from '@verikit/core';
import { checkSignature, type SignatureCheckFailure } from '@verikit/core/sinch-signing';
import { base64ToBytesOrUndefined } from './base64ToBytesOrUndefined';
import { createMemoryRateLimitStore } from './createMemoryRateLimitStore';
import { isPlainObject } from './parseResult';
import type { RateLimitStore } from './rateLimitStore';
import { readAtMost } from './readJsonBody';

export interface CallbackHandlerOptions {
  /** @default process.env.SINCH_APPLICATION_KEY */
  applicationKey?: string;
  /** @default process.env.SINCH_APPLICATION_SECRET */
  applicationSecret?: string;
  /**
   * Answers a `VerificationRequestEvent` (sent when a verification starts, if the app has a callback URL):
   * allow it, optionally with a code or CLI of your own, or deny it. A throwing hook denies.
   * @default allow every request
   */
  onRequest?: (
    event: VerificationRequestEvent,
  ) => VerificationRequestEventResponse | Promise<VerificationRequestEventResponse>;
  /** Told the final result of each verification. */
  onResult?: (event: VerificationResultEvent) => void | Promise<void>;
  /** Told whether an SMS reached the phone. */
  onSmsDelivered?: (event: VerificationSmsDeliveredEvent) => void | Promise<void>;
  /** How far the callback's `x-timestamp` may be from now, either way. @default 300_000 (5 min) */
  maxSkewMs?: number;
  /** Remembers the signatures seen within the window, so a captured callback cannot be replayed. @default in memory */
  store?: RateLimitStore;
  /** @default Date.now */
  now?: () => number;
  /** The largest body accepted, in bytes. @default 16_384 */
  maxBodyBytes?: number;
}

/** Why a callback was refused (the body of its 401 or 400). */
export type CallbackRejection = SignatureCheckFailure | 'replayed' | 'invalid_body' | 'payload_too_large';

const rejectionStatus = (rejection: CallbackRejection): number =>
  rejection === 'invalid_body' ? 400 : rejection === 'payload_too_large' ? 413 : 401;

/**
 * A web-standard handler for Sinch's callbacks (mount it at the callback URL set in the Sinch dashboard). It checks
 * the Application signature on the raw body, the timestamp window and replays before any hook sees the event.
 */
export function createCallbackHandler(
  options: CallbackHandlerOptions = {},
): (request: Request) => Promise<Response> {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ?? {};
  const applicationKey = options.applicationKey ?? env.SINCH_APPLICATION_KEY;
  const applicationSecret = options.applicationSecret ?? env.SINCH_APPLICATION_SECRET;
  if (!applicationKey) throw new TypeError('applicationKey is required (or set SINCH_APPLICATION_KEY)');
  if (!applicationSecret || !base64ToBytesOrUndefined(applicationSecret)?.length)
    throw new TypeError('applicationSecret is required, base64 (or set SINCH_APPLICATION_SECRET)');
  const now = options.now ?? Date.now;
  const maxSkewMs = options.maxSkewMs ?? 300_000;
  const store = options.store ?? createMemoryRateLimitStore({ now });
  const maxBodyBytes = options.maxBodyBytes ?? 16_384;

  const reject = (rejection: CallbackRejection) =>
    Response.json(
      { error: rejection },
      { status: rejectionStatus(rejection), headers: { 'cache-control': 'no-store' } },
    );

  return async function handleSinchCallback(request: Request): Promise<Response> {
    if (request.method !== 'POST')
      return Response.json({ error: 'http_method_not_allowed' }, { status: 405, headers: { allow: 'POST' } });
    let body: Uint8Array | undefined;
    try {
      body = await readAtMost(request, maxBodyBytes);
    } catch {
      return reject('invalid_body');
    }
    if (body === undefined) return reject('payload_too_large');

    const check = checkSignature({
      method: request.method,
      path: new URL(request.url).pathname,
      headers: request.headers,
      body,
      secretFor: (key) => (key === applicationKey ? applicationSecret : undefined),
      now: now(),
      maxSkewMs,
    });
    if (!check.ok) return reject(check.failure);
    // A valid signature seen before is a replay: remember each for twice the window it could be accepted in.
    const seen = await store.increment(`callback:${request.headers.get('authorization')}`, 2 * maxSkewMs);
    if (seen.count > 1) return reject('replayed');

    let event: unknown;
    try {
      event = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
    } catch {
      return reject('invalid_body');
    }
    if (!isPlainObject(event) || typeof event.id !== 'string' || typeof event.event !== 'string')
      return reject('invalid_body');

    switch (event.event) {
      case 'VerificationRequestEvent': {
        let answer: VerificationRequestEventResponse;
        try {
          answer = options.onRequest
            ? await options.onRequest(event as unknown as VerificationRequestEvent)
            : { action: 'allow' };
        } catch {
          // Sinch treats no answer as a denial; say so plainly rather than answer a 500.
          answer = { action: 'deny' };
        }
        if (answer?.action !== 'allow' && answer?.action !== 'deny') answer = { action: 'deny' };
        return Response.json(answer);
      }
      case 'VerificationResultEvent':
      case 'VerificationSmsDeliveredEvent':
        try {
          if (event.event === 'VerificationResultEvent')
            await options.onResult?.(event as unknown as VerificationResultEvent);
          else await options.onSmsDelivered?.(event as unknown as VerificationSmsDeliveredEvent);
        } catch {
          // The app failed to take the event: a 5xx asks Sinch to send it again later.
          return Response.json({ error: 'handler_failed' }, { status: 500 });
        }
        return new Response(null, { status: 200 });
      default:
        // Events Sinch adds later are acknowledged, so it does not retry them forever.
        return new Response(null, { status: 200 });
    }
  };
}
