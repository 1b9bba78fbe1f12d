import type { CountryCode } from 'libphonenumber-js/core';
import { callingCodeTable } from './metadata/callingCodes';

export type { CountryCode };

export interface PhoneCountry {
  /** ISO 3166-1 alpha-2 code, e.g. `GB`. */
  country: CountryCode;
  /** Country calling code without `+`, e.g. `44`. */
  callingCode: string;
}

/** Country calling code → its countries, the main country first, in calling-code order (`1` → US, AG, …, CA, …). */
export const callingCodeCountries: Readonly<Record<string, readonly CountryCode[]>> = {};
const byCountry = new Map<CountryCode, string>();
for (const entry of callingCodeTable.split(' ')) {
  const callingCode = entry.replace(/\D+/, '');
  const countries = (entry.slice(callingCode.length).match(/../g) ?? []) as CountryCode[];
  Object.assign(callingCodeCountries, { [callingCode]: countries });
  for (const country of countries) byCountry.set(country, callingCode);
}

/** Every country libphonenumber-js knows, with its calling code, in ISO code order. */
export const phoneCountries: readonly PhoneCountry[] = [...byCountry]
  .map(([country, callingCode]) => ({ country, callingCode }))
  .sort((a, b) => (a.country < b.country ? -1 : 1));

/** Whether `value` is a country verikit can format and validate. */
export function isPhoneCountry(value: unknown): value is CountryCode {
  return typeof value === 'string' && byCountry.has(value as CountryCode);
}

/** The calling code of a country (`GB` → `44`), or `undefined` for an unknown country. */
export function callingCodeOf(country: CountryCode): string | undefined {
  return byCountry.get(country);
}

/** The countries sharing a calling code, the main one first (`1` → US, AG, …, CA, …). */
export function countriesOfCallingCode(callingCode: string): readonly CountryCode[] {
  return callingCodeCountries[callingCode] ?? [];
}

/**
 * The calling code a string of digits starts with (`447946…` → `44`): calling codes are prefix-free (ITU E.164), so
 * at most one of the 1-, 2- and 3-digit prefixes is a code.
 */
export function leadingCallingCode(digits: string): string | undefined {
  for (let length = 1; length <= 3; length++) {
    const candidate = digits.slice(0, length);
    if (candidate.length === length && candidate in callingCodeCountries) return candidate;
  }
  return undefined;
}
