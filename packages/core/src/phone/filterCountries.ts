import type { CountryCode } from 'libphonenumber-js/core';

export interface CountryOption {
  country: CountryCode;
  callingCode: string;
  /** The country's name in the user's language. */
  name: string;
}

/** Lower case, accents removed: `Ä` matches `a`, `Côte` matches `cote`. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/**
 * The options matching what the user typed in the country search: a name (any word's start: `king` finds United
 * Kingdom), an ISO code (`gb`), or a dial code (`44`, `+44`). Ranked: exact ISO or dial code, then names that start
 * with the query, then other matches; ties keep the input order (e.g. preferred countries first).
 */
export function filterCountries<Option extends CountryOption>(
  options: readonly Option[],
  query: string,
): Option[] {
  const folded = foldForSearch(query.trim());
  if (folded === '') return [...options];
  const digits = folded.replace(/^\+/, '');
  const isDialCode = /^\d+$/.test(digits);
  const ranked: { option: Option; rank: number }[] = [];
  for (const option of options) {
    let rank: number | undefined;
    if (isDialCode) {
      if (option.callingCode === digits) rank = 0;
      else if (option.callingCode.startsWith(digits)) rank = 1;
    } else {
      const name = foldForSearch(option.name);
      if (option.country.toLowerCase() === folded) rank = 0;
      else if (name.startsWith(folded)) rank = 1;
      else if (name.split(/[\s\-,.'’()]+/).some((word) => word.startsWith(folded))) rank = 2;
      else if (name.includes(folded)) rank = 3;
    }
    if (rank !== undefined) ranked.push({ option, rank });
  }
  // Array#sort is stable: equal ranks keep the caller's order.
  return ranked.sort((a, b) => a.rank - b.rank).map((entry) => entry.option);
}
