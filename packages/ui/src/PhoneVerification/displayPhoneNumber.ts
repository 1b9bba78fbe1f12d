import { getPhoneEngine, getPhoneMetadata } from '@verikit/core/phone';

/**
 * The number as people read it, internationally formatted (`+46700000100` → `+46 70 000 01 00`), by the phone
 * engine and numbering plan the phone field loaded to read it in the first place: no extra download. The E.164
 * value itself when the engine is not there (a number that did not come through the field).
 */
export function displayPhoneNumber(e164: string): string {
  const engine = getPhoneEngine();
  if (!engine || !e164.startsWith('+')) return e164;
  try {
    return new engine.AsYouType(undefined, getPhoneMetadata()).input(e164) || e164;
  } catch {
    // A plan the engine cannot read must not take the step down: the number still shows, unformatted.
    return e164;
  }
}
