import type { SmsCodeType, VerificationCallbackEvent, VerificationMethodWire } from '@verikit/core';
import { signRequest } from '@verikit/core/sinch-signing';
import type { EmulatorApplication } from './emulatorApplication';
import { isCodeOfType } from './generateCode';
import { E164_PATTERN } from './phoneNumber';
import { isPlainObject } from './requestProblem';
import { parseDuration } from './sinchTime';

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

/** What the app's backend answered to a `VerificationRequestEvent`, once checked. */
export type RequestEventAnswer =
  | { action: 'deny' }
  | {
      action: 'allow';
      code?: string;
      codeType?: SmsCodeType;
      expirySeconds?: number;
      cli?: string;
      dialTimeout?: number;
      speechLocale?: string;
    }
  | { action: 'invalid'; why: string };

const CODE_TYPES: readonly SmsCodeType[] = ['Numeric', 'Alpha', 'Alphanumeric'];

/** Checks the answer to a `VerificationRequestEvent`; anything Sinch would not accept is `invalid`. */
export async function readRequestEventAnswer(
  response: Response,
  method: VerificationMethodWire,
  codeType: SmsCodeType,
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

  const detailKey = Object.keys(body).find(
    (key) => key.toLowerCase() === (method === 'flashcall' ? 'flashcall' : method),
  );
  const details = detailKey === undefined ? undefined : body[detailKey];
  if (details === undefined) return { action: 'allow' };
  if (!isPlainObject(details)) return { action: 'invalid', why: `\`${detailKey}\` is not an object` };

  switch (method) {
    case 'sms': {
      const answer: Extract<RequestEventAnswer, { action: 'allow' }> = { action: 'allow' };
      if (details.codeType !== undefined) {
        if (!CODE_TYPES.includes(details.codeType as SmsCodeType))
          return { action: 'invalid', why: '`sms.codeType` is not Numeric, Alpha or Alphanumeric' };
        answer.codeType = details.codeType as SmsCodeType;
      }
      if (details.code !== undefined) {
        if (typeof details.code !== 'string' || !isCodeOfType(details.code, answer.codeType ?? codeType))
          return { action: 'invalid', why: '`sms.code` does not fit the code type' };
        answer.code = details.code;
      }
      if (details.expiry !== undefined) {
        const seconds = typeof details.expiry === 'string' ? parseDuration(details.expiry) : undefined;
        if (seconds === undefined) return { action: 'invalid', why: '`sms.expiry` is not "HH:MM:SS"' };
        answer.expirySeconds = seconds;
      }
      return answer;
    }
    case 'flashcall': {
      const answer: Extract<RequestEventAnswer, { action: 'allow' }> = { action: 'allow' };
      if (details.cli !== undefined) {
        if (typeof details.cli !== 'string' || !E164_PATTERN.test(details.cli))
          return { action: 'invalid', why: '`flashCall.cli` is not an E.164 number' };
        answer.cli = details.cli;
      }
      if (details.dialTimeout !== undefined) {
        const { dialTimeout } = details;
        if (
          typeof dialTimeout !== 'number' ||
          !Number.isInteger(dialTimeout) ||
          dialTimeout < 5 ||
          dialTimeout > 120
        )
          return { action: 'invalid', why: '`flashCall.dialTimeout` is not 5–120 seconds' };
        answer.dialTimeout = dialTimeout;
      }
      return answer;
    }
    case 'callout': {
      const answer: Extract<RequestEventAnswer, { action: 'allow' }> = { action: 'allow' };
      if (details.code !== undefined) {
        if (typeof details.code !== 'string' || !/^\d{1,16}$/.test(details.code))
          return { action: 'invalid', why: '`callout.code` is not a string of digits' };
        answer.code = details.code;
      }
      if (details.speech !== undefined) {
        const speech = details.speech;
        if (!isPlainObject(speech) || (speech.locale !== undefined && typeof speech.locale !== 'string'))
          return { action: 'invalid', why: '`callout.speech.locale` is not a language tag' };
        if (typeof speech.locale === 'string') answer.speechLocale = speech.locale;
      }
      return answer;
    }
    case 'seamless':
      return { action: 'allow' };
    default:
      return method satisfies never;
  }
}
