import { describe, expectTypeOf, it } from 'vitest';
import type { OtpFieldAria, OtpSlot, UseOtpFieldOptions } from './useOtpField';
import { useOtpField } from './useOtpField';

describe('useOtpField types', () => {
  it('takes only known characters sets and callbacks of the code', () => {
    expectTypeOf<UseOtpFieldOptions['characters']>().toEqualTypeOf<'numeric' | 'alphanumeric' | undefined>();
    expectTypeOf<NonNullable<UseOtpFieldOptions['onComplete']>>().parameters.toEqualTypeOf<[string]>();
    // @ts-expect-error: not a character set
    useOtpField({ characters: 'hex' });
  });

  it('returns spreadable prop objects and typed slots', () => {
    expectTypeOf(useOtpField).returns.toEqualTypeOf<OtpFieldAria>();
    expectTypeOf<OtpFieldAria['slots']>().toEqualTypeOf<OtpSlot[]>();
    expectTypeOf<OtpSlot['char']>().toEqualTypeOf<string | null>();
    expectTypeOf<OtpFieldAria['getSlotProps']>().parameters.toEqualTypeOf<[number]>();
  });
});
