// The full metadata: on a server its size matters little, and only it tells e.g. Canada from the US (+1) by number.
import { parsedE164 } from './parsedE164';

export type PhoneNumberCheck =
  | { ok: true; e164: string; country: string | undefined }
  | { ok: false; message: string };

const E164 = /^\+[1-9]\d{1,14}$/;

/**
 * Checks that `value` is an E.164 number that can exist. "Possible" (right length for the country), not "valid"
 * (known ranges), blocks: metadata lags behind new ranges, and Sinch itself is the final judge.
 */
export function parsePhoneNumber(value: unknown): PhoneNumberCheck {
  if (typeof value !== 'string') return { ok: false, message: 'The phone number must be a string' };
  if (!value.startsWith('+'))
    return { ok: false, message: 'The phone number must be E.164 and start with +' };
  if (!E164.test(value))
    return { ok: false, message: 'The phone number must be E.164: + and up to 15 digits' };
  const parsed = parsedE164(value);
  if (!parsed?.isPossible()) return { ok: false, message: 'The phone number cannot exist (wrong length)' };
  return { ok: true, e164: parsed.number, country: parsed.country };
}
