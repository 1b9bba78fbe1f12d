import type { VerificationCallbackEvent } from '@verikit/core';
import { signRequest } from '@verikit/core/sinch-signing';
import type { EmulatorApplication } from '../emulatorApplication';
import type { RequestEventAnswer } from '../methods/emulatorMethod';
import { methodOf } from '../methods/emulatorMethods';
import { isPlainObject } from '../requestProblem';
import type { VerificationRecord } from '../state/verificationRecord';

export type { RequestEventAnswer } from '../methods/emulatorMethod';

export interface CallbackTarget {
  url: string;
  fetch: typeof fetch;
  /** The application whose key and secret sign the callback: the one that started the verification. */
  application: EmulatorApplication;
  /** Milliseconds since the epoch, for `X-Timestamp`. */
  now: number;
  timeoutMs: number;
}

/** POSTs an event to the callback URL, signed like Sinch's callbacks (resource = the URL's path). */
export async function postCallback(
  target: CallbackTarget,
  event: VerificationCallbackEvent,
): Promise<Response> {
  const body = JSON.stringify(event);
  const contentType = 'application/json; charset=utf-8';
  const signed = signRequest({
    applicationKey: target.application.key,
    applicationSecret: target.application.secret,
    method: 'POST',
    path: new URL(target.url).pathname,
    contentType,
    body,
    timestamp: new Date(target.now).toISOString(),
  });
  const headers = new Headers({ 'content-type': contentType, ...signed });
  return target.fetch(target.url, {
    method: 'POST',
    headers,
    body,
    signal: AbortSignal.timeout(target.timeoutMs),
  });
}

/** Checks the answer to a `VerificationRequestEvent`; anything Sinch would not accept is `invalid`. */
export async function readRequestEventAnswer(
  response: Response,
  record: VerificationRecord,
): Promise<RequestEventAnswer> {
  if (response.status !== 200) return { action: 'invalid', why: `HTTP ${response.status}` };
  let body: unknown;
  try {
    body = JSON.parse(await response.text());
  } catch {
    return { action: 'invalid', why: 'the body is not JSON' };
  }
  if (!isPlainObject(body)) return { action: 'invalid', why: 'the body is not a JSON object' };
  if (body.action === 'deny') return { action: 'deny' };
  if (body.action !== 'allow') return { action: 'invalid', why: '`action` is neither "allow" nor "deny"' };

  // The method's part of the answer (`sms`, `flashCall`, …), its key in any case as Sinch reads it.
  const detailKey = Object.keys(body).find((key) => key.toLowerCase() === record.method);
  const details = detailKey === undefined ? undefined : body[detailKey];
  if (details === undefined) return { action: 'allow' };
  if (!isPlainObject(details)) return { action: 'invalid', why: `\`${detailKey}\` is not an object` };
  return methodOf(record.method).readRequestEventAnswer(details, record);
}
