import type { CountryCode, PhoneNumberStatus } from '@verikit/core/phone';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type PhoneChangeDetails,
  type PhoneCountryOption,
  type PhoneFieldAria,
  type PhoneFieldProblem,
  type UsePhoneFieldOptions,
  usePhoneField,
} from './usePhoneField';

describe('usePhoneField types', () => {
  it('reports E.164 or undefined, with typed details', () => {
    type OnChange = NonNullable<UsePhoneFieldOptions['onChange']>;
    expectTypeOf<Parameters<OnChange>[0]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Parameters<OnChange>[1]>().toEqualTypeOf<PhoneChangeDetails>();
    expectTypeOf<PhoneChangeDetails['status']>().toEqualTypeOf<PhoneNumberStatus>();
    expectTypeOf<PhoneChangeDetails['validation']['problem']>().toEqualTypeOf<
      PhoneFieldProblem | undefined
    >();
  });

  it('takes ISO country codes only', () => {
    expectTypeOf<UsePhoneFieldOptions['defaultCountry']>().toEqualTypeOf<CountryCode | undefined>();
    // @ts-expect-error: not an ISO 3166-1 alpha-2 code
    usePhoneField({ defaultCountry: 'XX' });
    // @ts-expect-error: lower case is not a country code
    usePhoneField({ countries: ['gb'] });
  });

  it('never blocks on not-valid: it is a status, not a problem', () => {
    expectTypeOf<'not-valid'>().not.toMatchTypeOf<PhoneFieldProblem>();
    expectTypeOf<'too-short'>().toMatchTypeOf<PhoneFieldProblem>();
  });

  it('gives prop objects with ids to tie elements together', () => {
    expectTypeOf<ReturnType<typeof usePhoneField>>().toEqualTypeOf<PhoneFieldAria>();
    expectTypeOf<PhoneFieldAria['getOptionProps']>().parameter(0).toEqualTypeOf<PhoneCountryOption>();
    expectTypeOf<PhoneFieldAria['inputProps']['value']>().toEqualTypeOf<string>();
    expectTypeOf<PhoneFieldAria['errorMessageProps']['id']>().toEqualTypeOf<string>();
  });
});
