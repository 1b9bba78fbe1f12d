import type {
  VerificationRequestEvent,
  VerificationRequestEventResponse,
  VerificationResultEvent,
  VerificationSmsDeliveredEvent,
} from '@verikit/core';
import { checkSignature, type SignatureCheckFailure } from '@verikit/core/sinch-signing';
import { base64ToBytesOrUndefined } from './base64ToBytesOrUndefined';
import { createMemoryRateLimitStore, isMemoryStore } from './createMemoryRateLimitStore';
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
  /**
   * Remembers the signatures seen within the window, so a captured callback cannot be replayed. Give every instance
   * that takes callbacks the same store (`createRedisRateLimitStore`): with a memory of its own, each instance would
   * accept a replay once. @default createMemoryRateLimitStore({ now }), with a warning unless `singleInstance`
   */
  store?: RateLimitStore;
  /**
   * Say that one process takes every callback, so a memory store's replay memory is complete; without it, a memory
   * store (the default one included) logs a warning at creation. @default false
   */
  singleInstance?: boolean;
  /** Where the creation warning goes. @default console.warn */
  warn?: (message: string) => void;
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
  if (isMemoryStore(store) && options.singleInstance !== true)
    (options.warn ?? ((message: string) => globalThis.console?.warn(message)))(
      'createCallbackHandler: replay memory is in this process (a memory store). Behind a load balancer each ' +
        'instance would accept a replayed callback once: pass a shared store (createRedisRateLimitStore), or ' +
        'singleInstance: true if one process takes every callback.',
    );

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
    if (check.scheme !== 'application') return reject('malformed_authorization');
    // A valid signature seen before is a replay. Keyed on what was signed (key, signature, signed time), never on
    // the header's spelling: `APPLICATION  key:sig` is the same callback. Kept for twice the window it could be
    // accepted in, in the store every instance shares.
    let first: boolean;
    try {
      first = await store.setIfAbsent(
        `callback:${check.applicationKey}:${check.signature}:${check.signedAt}`,
        '1',
        2 * maxSkewMs,
      );
    } catch {
      // Without its replay memory the handler cannot tell a replay: refuse, and Sinch sends it again later.
      return Response.json({ error: 'store_unavailable' }, { status: 503, headers: { 'retry-after': '30' } });
    }
    if (!first) return reject('replayed');

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
