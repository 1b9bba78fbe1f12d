import { parsedE164 } from '../parsedE164';

/** Where a start goes, in the units the aggregate guards count by. */
export interface Destination {
  /** ISO 3166 alpha-2, or the calling code (`+882`) of a number of no country. */
  country: string;
  /** The calling code and the first `prefixDigits` digits after it: `+44 7012`. */
  prefix: string;
}

/** The country and prefix of an E.164 number the start parser already accepted. */
export function destinationOf(e164: string, prefixDigits: number): Destination {
  const parsed = parsedE164(e164);
  const callingCode = parsed?.countryCallingCode ?? e164.slice(1, 4);
  const national = parsed?.nationalNumber ?? e164.slice(1 + callingCode.length);
  return {
    country: parsed?.country ?? `+${callingCode}`,
    prefix: `+${callingCode} ${national.slice(0, prefixDigits)}`,
  };
}
