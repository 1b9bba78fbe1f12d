import { describe, expect, it } from 'vitest';
import { countryName, flagEmoji } from './countryDisplay';
import { defaultPhoneCountry } from './defaultPhoneCountry';
import { type CountryOption, filterCountries } from './filterCountries';

const options: CountryOption[] = [
  { country: 'DE', callingCode: '49', name: 'Germany' },
  { country: 'GB', callingCode: '44', name: 'United Kingdom' },
  { country: 'US', callingCode: '1', name: 'United States' },
  { country: 'CI', callingCode: '225', name: 'Côte d’Ivoire' },
  { country: 'AX', callingCode: '358', name: 'Åland Islands' },
];

describe('filterCountries', () => {
  it('finds countries by name start, word start, ISO code and dial code', () => {
    expect(filterCountries(options, 'uni').map((option) => option.country)).toEqual(['GB', 'US']);
    expect(filterCountries(options, 'king').map((option) => option.country)).toEqual(['GB']);
    expect(filterCountries(options, 'gb').map((option) => option.country)).toEqual(['GB']);
    expect(filterCountries(options, '+44').map((option) => option.country)).toEqual(['GB']);
    expect(filterCountries(options, '4').map((option) => option.country)).toEqual(['DE', 'GB']);
  });

  it('ignores case and accents', () => {
    expect(filterCountries(options, 'COTE').map((option) => option.country)).toEqual(['CI']);
    expect(filterCountries(options, 'aland').map((option) => option.country)).toEqual(['AX']);
  });

  it('ranks an exact dial code before longer ones, and keeps everything for an empty query', () => {
    expect(filterCountries(options, '1').map((option) => option.country)).toEqual(['US']);
    expect(filterCountries(options, '  ')).toHaveLength(options.length);
  });
});

describe('countryName and flagEmoji', () => {
  it("names countries in the user's language", () => {
    expect(countryName('DE', 'de')).toBe('Deutschland');
    expect(countryName('GB', 'en')).toBe('United Kingdom');
    expect(countryName('SE', 'ar')).toBe('السويد');
  });

  it('draws flags from regional indicators', () => {
    expect(flagEmoji('SE')).toBe('🇸🇪');
  });
});

describe('defaultPhoneCountry', () => {
  it('prefers an explicit region, then the likely region of a language', () => {
    expect(defaultPhoneCountry(['de', 'en-GB'])).toBe('GB');
    expect(defaultPhoneCountry(['sv'])).toBe('SE');
    expect(defaultPhoneCountry(['ja-JP'])).toBe('JP');
  });

  it('skips countries the page does not allow, and survives invalid tags', () => {
    expect(defaultPhoneCountry(['en-US', 'fr-FR'], (country) => country !== 'US')).toBe('FR');
    expect(defaultPhoneCountry(['not a tag!'])).toBeUndefined();
    expect(defaultPhoneCountry(['en'])).toBe('US');
  });
});
