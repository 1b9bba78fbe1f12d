import type { CountryCode } from 'libphonenumber-js/core';
import { isPhoneCountry } from './phoneCountries';

/**
 * The country a user most likely dials from, read from their language preferences: `en-GB` → GB, `de` → DE (the
 * language's likely region, CLDR's likely-subtags through `Intl.Locale#maximize`), `sv-SE` → SE. Returns the first
 * allowed country, else `undefined`. `locales` defaults to `navigator.languages`.
 */
export function defaultPhoneCountry(
  locales?: readonly string[],
  isAllowed: (country: CountryCode) => boolean = () => true,
): CountryCode | undefined {
  const candidates =
    locales ??
    (typeof navigator === 'undefined'
      ? []
      : navigator.languages?.length
        ? navigator.languages
        : [navigator.language]);
  // Explicit regions first (`en-GB` beats a later `de`), then the likely region of each language.
  const regions: string[] = [];
  for (const tag of candidates) {
    try {
      const region = new Intl.Locale(tag).region;
      if (region) regions.push(region);
    } catch {
      // An invalid tag in navigator.languages is the browser's problem, not a reason to throw.
    }
  }
  for (const tag of candidates) {
    try {
      const region = new Intl.Locale(tag).maximize().region;
      if (region) regions.push(region);
    } catch {}
  }
  return regions.find((region): region is CountryCode => isPhoneCountry(region) && isAllowed(region));
}
