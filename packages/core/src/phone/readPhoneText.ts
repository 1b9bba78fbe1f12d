import type { CountryCode, MetadataJson } from 'libphonenumber-js/core';
import { callingCodeOf, countriesOfCallingCode, isPhoneCountry, leadingCallingCode } from './phoneCountries';
import { getPhoneEngine, getPhoneMetadata } from './phoneMetadata';

/**
 * Where a phone number stands. Only the "not possible" states (`too-short`, `too-long`, `invalid-length`,
 * `invalid-country-code`, `no-country`) should block a form: `not-valid` means the length fits but the number is not in
 * the metadata's ranges, which goes stale as operators open new ranges (libphonenumber-js #235) — show it as a hint.
 */
export type PhoneNumberStatus =
  | 'empty'
  /** The numbering plan is still loading: nothing can be said yet. */
  | 'pending'
  /** A national number with no country selected. */
  | 'no-country'
  | 'invalid-country-code'
  | 'too-short'
  | 'too-long'
  | 'invalid-length'
  | 'not-valid'
  | 'valid';

export interface PhoneText {
  /** What the field shows, formatted as you type (`(201) 555-0123`, `+44 20 7946 0958`). */
  text: string;
  /** The selected or detected country. */
  country: CountryCode | undefined;
}

export interface PhoneReading extends PhoneText {
  /** The number in E.164 (`+442079460958`) when it is possible (status `not-valid` or `valid`), else `undefined`. */
  e164: string | undefined;
  /** The calling code, without `+`, once known. */
  callingCode: string | undefined;
  status: PhoneNumberStatus;
  /** The length fits the country's plan: safe to submit. */
  isPossible: boolean;
  /** In the country's number ranges too (per the bundled metadata). */
  isValid: boolean;
  /** The calling code whose numbering plan must load before this reading can be complete. */
  missingMetadata: string | undefined;
}

const UNICODE_DIGIT_ZEROS = [0x660, 0x6f0, 0x966, 0x9e6, 0xff10];

/** A character as a phone digit: ASCII, Arabic-Indic, Persian, Devanagari, Bengali and full-width digits. */
function toDigit(character: string): string | undefined {
  if (character >= '0' && character <= '9') return character;
  const code = character.charCodeAt(0);
  for (const zero of UNICODE_DIGIT_ZEROS) {
    if (code >= zero && code <= zero + 9) return String(code - zero);
  }
  return undefined;
}

/**
 * The characters that carry meaning — digits, and `+` as the very first one — in ASCII. Everything else (spaces,
 * dots, dashes, brackets, letters) is formatting the user or another app added.
 */
export function significantCharacters(text: string): string {
  let result = '';
  for (const character of text) {
    const digit = toDigit(character);
    if (digit !== undefined) result += digit;
    else if ((character === '+' || character === '＋') && result === '') result = '+';
  }
  return result;
}

function hasPlan(metadata: MetadataJson, callingCode: string): boolean {
  return callingCode in metadata.country_calling_codes || callingCode in (metadata.nonGeographic ?? {});
}

function mainCountry(callingCode: string): CountryCode | undefined {
  return countriesOfCallingCode(callingCode).find(isPhoneCountry);
}

/**
 * Reads significant characters (`+442079460958`, or national digits in `country`) into the formatted text, the
 * country, the E.164 value and the validation status. International input picks its country from the number; a
 * shared calling code keeps the current country until the digits tell (`+1 204…` → CA).
 */
export function readPhoneText(
  significant: string,
  country: CountryCode | undefined,
  metadata: MetadataJson = getPhoneMetadata(),
): PhoneReading {
  const isInternational = significant.startsWith('+');
  const digits = isInternational ? significant.slice(1) : significant;
  const reading: PhoneReading = {
    text: significant,
    country,
    e164: undefined,
    callingCode: country ? callingCodeOf(country) : undefined,
    status: 'empty',
    isPossible: false,
    isValid: false,
    missingMetadata: undefined,
  };
  if (digits === '') return reading;

  let callingCode: string | undefined;
  if (isInternational) {
    callingCode = leadingCallingCode(digits);
    if (callingCode === undefined) {
      reading.callingCode = undefined;
      reading.status = digits.length < 3 ? 'too-short' : 'invalid-country-code';
      return reading;
    }
    reading.callingCode = callingCode;
    if (!countriesOfCallingCode(callingCode).includes(country as CountryCode)) {
      reading.country = mainCountry(callingCode);
    }
  } else {
    if (country === undefined) {
      reading.status = 'no-country';
      return reading;
    }
    callingCode = reading.callingCode;
  }
  const engine = getPhoneEngine();
  if (callingCode === undefined || !hasPlan(metadata, callingCode) || !engine) {
    reading.status = 'pending';
    reading.missingMetadata = callingCode;
    return reading;
  }

  const formatter = new engine.AsYouType(isInternational ? undefined : { defaultCountry: country }, metadata);
  const formatted = formatter.input(significant);
  // AsYouType only inserts separators; the guard keeps caret mapping sound if a future version ever does more.
  if (significantCharacters(formatted) === significant) reading.text = formatted;
  if (isInternational) reading.country = formatter.getCountry() ?? reading.country;
  const lengthProblem = formatter.validateLength();
  if (lengthProblem === undefined) {
    reading.isPossible = true;
    reading.isValid = formatter.isValid();
    reading.status = reading.isValid ? 'valid' : 'not-valid';
    reading.e164 = formatter.getNumberValue();
  } else {
    switch (lengthProblem) {
      case 'TOO_SHORT':
        reading.status = 'too-short';
        break;
      case 'TOO_LONG':
        reading.status = 'too-long';
        break;
      case 'INVALID_LENGTH':
        reading.status = 'invalid-length';
        break;
      case 'INVALID_COUNTRY':
        reading.status = 'invalid-country-code';
        break;
      case 'NOT_A_NUMBER':
        reading.status = 'too-short';
        break;
      default:
        lengthProblem satisfies never;
    }
  }
  return reading;
}

/**
 * The field text for an E.164 value: the national format in its country (`+442079460958` → `020 7946 0958`, GB),
 * since the country picker already shows `+44`. `undefined` when the value is not a number or its plan is not loaded.
 */
export function phoneTextFromE164(
  e164: string,
  metadata: MetadataJson = getPhoneMetadata(),
): (PhoneText & { missingMetadata: string | undefined }) | undefined {
  const significant = significantCharacters(e164);
  if (!significant.startsWith('+')) return undefined;
  const callingCode = leadingCallingCode(significant.slice(1));
  if (callingCode === undefined) return undefined;
  const engine = getPhoneEngine();
  if (!hasPlan(metadata, callingCode) || !engine) {
    return { text: significant, country: mainCountry(callingCode), missingMetadata: callingCode };
  }
  const formatter = new engine.AsYouType(undefined, metadata);
  const international = formatter.input(significant);
  const country = formatter.getCountry() ?? mainCountry(callingCode);
  const national = formatter.getNumber()?.format('NATIONAL');
  if (country && national) return { text: national, country, missingMetadata: undefined };
  return { text: international, country, missingMetadata: undefined };
}
