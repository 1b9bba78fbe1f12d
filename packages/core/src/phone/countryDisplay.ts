import type { CountryCode } from 'libphonenumber-js/core';

const namesByLocale = new Map<string, Intl.DisplayNames | null>();

/**
 * A country's name in a language (`GB`, `de` → `Vereinigtes Königreich`) from the browser's own CLDR data through
 * `Intl.DisplayNames`: no name tables in the bundle. Falls back to the ISO code where `Intl.DisplayNames` is missing.
 */
export function countryName(country: CountryCode, locale: string): string {
  let names = namesByLocale.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' });
    } catch {
      names = null;
    }
    namesByLocale.set(locale, names);
  }
  return names?.of(country) ?? country;
}

/**
 * The flag as a pair of regional-indicator symbols (`GB` → 🇬🇧): no image, no network, no CSP rule. Platforms without
 * flag glyphs (Windows) show the two letters, so render the ISO code next to it for a readable fallback.
 */
export function flagEmoji(country: CountryCode): string {
  return String.fromCodePoint(...[...country.toUpperCase()].map((letter) => 0x1f1a5 + letter.charCodeAt(0)));
}
