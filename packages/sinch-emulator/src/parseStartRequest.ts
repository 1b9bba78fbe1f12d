import { methodToWire, type SmsCodeType, type VerificationMethodWire } from '@verikit/core';
import { checkEndpoint } from './phoneNumber';
import { isPlainObject, type Parsed, problem } from './requestProblem';
import { parseDuration } from './sinchTime';

/** A start request that passed Sinch's checks. */
export interface StartInput {
  endpoint: string;
  method: VerificationMethodWire;
  reference?: string;
  custom?: string;
  sms: { expirySeconds?: number; codeType?: SmsCodeType; template?: string };
  flashCall: { dialTimeout?: number; interceptionTimeout?: number };
  callout: { locale?: string };
}

export const SMS_CODE_TYPES = ['Numeric', 'Alpha', 'Alphanumeric'] as const satisfies readonly SmsCodeType[];

/** Checks a start body the way Sinch does: 40002 for a missing field, 40001 for a bad value, 40005 for no `+`. */
export function parseStartRequest(body: unknown): Parsed<StartInput> {
  if (!isPlainObject(body)) return problem(40003, 'Invalid request: the body must be a JSON object.');
  const { identity, method, reference, custom, smsOptions, flashCallOptions, calloutOptions } = body;

  if (identity === undefined) return problem(40002, 'Missing parameter: identity.');
  if (!isPlainObject(identity)) return problem(40001, 'Parameter identity must be an object.');
  if (identity.type === undefined) return problem(40002, 'Missing parameter: identity.type.');
  if (identity.type !== 'number') return problem(40001, 'Parameter identity.type must be "number".');
  if (identity.endpoint === undefined) return problem(40002, 'Missing parameter: identity.endpoint.');
  if (typeof identity.endpoint !== 'string')
    return problem(40001, 'Parameter identity.endpoint must be a string.');
  const endpoint = checkEndpoint(identity.endpoint);
  if (!endpoint.ok) return problem(endpoint.errorCode, endpoint.message);

  if (method === undefined) return problem(40002, 'Missing parameter: method.');
  const wireMethod = typeof method === 'string' ? methodToWire(method) : undefined;
  if (!wireMethod)
    return problem(
      40001,
      `Parameter method must be one of sms, flashCall, callout, seamless; got ${JSON.stringify(method)}.`,
    );

  const input: StartInput = {
    endpoint: endpoint.e164,
    method: wireMethod,
    sms: {},
    flashCall: {},
    callout: {},
  };

  if (reference !== undefined) {
    if (typeof reference !== 'string' || reference.length === 0 || reference.length > 128)
      return problem(40001, 'Parameter reference must be a string of 1 to 128 characters.');
    input.reference = reference;
  }
  if (custom !== undefined) {
    if (typeof custom !== 'string' || custom.length > 4096)
      return problem(40001, 'Parameter custom must be a string of at most 4096 characters.');
    input.custom = custom;
  }

  if (smsOptions !== undefined) {
    if (!isPlainObject(smsOptions)) return problem(40001, 'Parameter smsOptions must be an object.');
    const { expiry, codeType, template } = smsOptions;
    if (expiry !== undefined) {
      const seconds = typeof expiry === 'string' ? parseDuration(expiry) : undefined;
      if (seconds === undefined)
        return problem(40001, 'Parameter smsOptions.expiry must be a duration "HH:MM:SS".');
      input.sms.expirySeconds = seconds;
    }
    if (codeType !== undefined) {
      if (!SMS_CODE_TYPES.includes(codeType as SmsCodeType))
        return problem(40001, 'Parameter smsOptions.codeType must be Numeric, Alpha or Alphanumeric.');
      input.sms.codeType = codeType as SmsCodeType;
    }
    if (template !== undefined) {
      if (typeof template !== 'string' || !template.includes('{{CODE}}') || template.length > 1000)
        return problem(40001, 'Parameter smsOptions.template must be a string containing {{CODE}}.');
      input.sms.template = template;
    }
  }

  if (flashCallOptions !== undefined) {
    if (!isPlainObject(flashCallOptions))
      return problem(40001, 'Parameter flashCallOptions must be an object.');
    const { dialTimeout, interceptionTimeout } = flashCallOptions;
    if (dialTimeout !== undefined) {
      if (
        typeof dialTimeout !== 'number' ||
        !Number.isInteger(dialTimeout) ||
        dialTimeout < 5 ||
        dialTimeout > 120
      )
        return problem(
          40001,
          'Parameter flashCallOptions.dialTimeout must be a whole number of seconds from 5 to 120.',
        );
      input.flashCall.dialTimeout = dialTimeout;
    }
    if (interceptionTimeout !== undefined) {
      if (
        typeof interceptionTimeout !== 'number' ||
        !Number.isInteger(interceptionTimeout) ||
        interceptionTimeout < 1 ||
        interceptionTimeout > 3600
      )
        return problem(
          40001,
          'Parameter flashCallOptions.interceptionTimeout must be a whole number of seconds from 1 to 3600.',
        );
      input.flashCall.interceptionTimeout = interceptionTimeout;
    }
  }

  if (calloutOptions !== undefined) {
    if (!isPlainObject(calloutOptions)) return problem(40001, 'Parameter calloutOptions must be an object.');
    const { speech } = calloutOptions;
    if (speech !== undefined) {
      if (!isPlainObject(speech)) return problem(40001, 'Parameter calloutOptions.speech must be an object.');
      if (speech.locale !== undefined) {
        if (typeof speech.locale !== 'string' || !/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(speech.locale))
          return problem(
            40001,
            'Parameter calloutOptions.speech.locale must be a language tag such as "fr-FR".',
          );
        input.callout.locale = speech.locale;
      }
    }
  }
  return { ok: true, value: input };
}
