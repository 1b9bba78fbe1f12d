import { SINCH_ERROR_CODES } from '@verikit/core';
import { parsePhoneNumberFromString, validatePhoneNumberLength } from 'libphonenumber-js/min/es6';

/** E.164 as Sinch checks it: a `+`, then up to 15 digits, not starting with 0. */
export const E164_PATTERN = /^\+[1-9]\d{1,14}$/;

export type EndpointCheck =
  | { ok: true; e164: string }
  | { ok: false; errorCode: 40001 | 40005; message: string };

/**
 * Sinch's check of an `endpoint`: the missing `+` is its own error (40005), any other shape is 40001, and so is a
 * number no country could have ("Number +4813 is invalid. Too short.", Sinch's own example). The length check is
 * libphonenumber-js's lenient one (possible lengths, not full validity), so a newly opened range still passes.
 */
export function checkEndpoint(endpoint: string): EndpointCheck {
  if (E164_PATTERN.test(endpoint)) {
    const length = validatePhoneNumberLength(endpoint);
    if (length === undefined) return { ok: true, e164: endpoint };
    return {
      ok: false,
      errorCode: SINCH_ERROR_CODES.parameterValidation,
      message: `Number ${endpoint} is invalid. ${LENGTH_PROBLEMS[length]}`,
    };
  }
  if (/^[1-9]\d{1,14}$/.test(endpoint))
    return {
      ok: false,
      errorCode: SINCH_ERROR_CODES.missingLeadingPlus,
      message: `Number ${endpoint} is missing a leading plus sign.`,
    };
  return {
    ok: false,
    errorCode: SINCH_ERROR_CODES.parameterValidation,
    message: `Number ${endpoint} is invalid. ${invalidNumberDetail(endpoint)}`,
  };
}

const LENGTH_PROBLEMS: Record<NonNullable<ReturnType<typeof validatePhoneNumberLength>>, string> = {
  TOO_SHORT: 'Too short.',
  TOO_LONG: 'Too long.',
  INVALID_LENGTH: 'No number of its country has this length.',
  INVALID_COUNTRY: 'Unknown country calling code.',
  NOT_A_NUMBER: 'Not a number.',
};

function invalidNumberDetail(endpoint: string): string {
  const digits = endpoint.replace(/^\+/, '');
  if (!/^\d*$/.test(digits)) return 'Only digits may follow the plus sign.';
  if (digits.length < 2) return 'Too short.';
  if (digits.length > 15) return 'Too long.';
  return 'It must not start with 0.';
}

/**
 * The ISO 3166 country of a number, as Sinch fills `countryId`. libphonenumber-js (already the kit's phone library)
 * knows every calling code; for a number its metadata cannot place (e.g. an unassigned range) the calling code's
 * main country is used, so `countryId` is there whenever Sinch would have one.
 */
export function countryIdOf(e164: string): string | undefined {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return undefined;
  return parsed.country ?? parsed.getPossibleCountries()[0];
}
