// The full metadata (`/max`) knows the ranges of each type; the browser never loads this module.
import { getCountries, getCountryCallingCode } from 'libphonenumber-js/max';
import { parsedE164 } from '../parsedE164';

/**
 * The kind of line a number is, as libphonenumber-js's full metadata knows it, plus:
 * - `NON_GEOGRAPHIC`: a calling code of no country (+800, +808, +870, +881, +882, +883, +888, +979): satellite
 *   phones, international networks and shared-cost services, the costliest destinations;
 * - `UNKNOWN`: a possible number in no known range (the metadata lags behind new ranges).
 */
export type NumberType =
  | 'MOBILE'
  | 'FIXED_LINE_OR_MOBILE'
  | 'FIXED_LINE'
  | 'TOLL_FREE'
  | 'PREMIUM_RATE'
  | 'SHARED_COST'
  | 'VOIP'
  | 'PERSONAL_NUMBER'
  | 'PAGER'
  | 'UAN'
  | 'VOICEMAIL'
  | 'NON_GEOGRAPHIC'
  | 'UNKNOWN';

export const NUMBER_TYPES = [
  'MOBILE',
  'FIXED_LINE_OR_MOBILE',
  'FIXED_LINE',
  'TOLL_FREE',
  'PREMIUM_RATE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
  'NON_GEOGRAPHIC',
  'UNKNOWN',
] as const satisfies readonly NumberType[];

let geographicCallingCodes: Set<string> | undefined;

/** The type of an E.164 number the start parser already accepted. */
export function numberTypeOf(e164: string): NumberType {
  const parsed = parsedE164(e164);
  if (!parsed) return 'UNKNOWN';
  geographicCallingCodes ??= new Set(getCountries().map((country) => getCountryCallingCode(country)));
  if (!geographicCallingCodes.has(parsed.countryCallingCode)) return 'NON_GEOGRAPHIC';
  return parsed.getType() ?? 'UNKNOWN';
}
