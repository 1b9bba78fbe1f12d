// @vitest-environment node
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { parsedE164 } from './parsedE164';

const numbers = Array.from({ length: 200 }, (_, index) => `+4670${String(1_000_000 + index)}`);

describe('parsedE164', () => {
  it('answers what libphonenumber-js does, for every number, after others pushed it out too', () => {
    for (const round of [0, 1])
      for (const text of [...numbers, '+12025550123', '+8821234567', '+4670'])
        expect(parsedE164(text)?.number, `${text} (round ${round})`).toBe(
          parsePhoneNumberFromString(text)?.number,
        );
    expect(parsedE164('+12025550123')?.country).toBe('US');
  });

  it('parses a number once while it is among the last few: the guards of one start share it', () => {
    const first = parsedE164('+46701234567');
    expect(parsedE164('+46701234567')).toBe(first);
    for (const text of numbers.slice(0, 64)) parsedE164(text);
    expect(parsedE164('+46701234567')).not.toBe(first);
  });
});
