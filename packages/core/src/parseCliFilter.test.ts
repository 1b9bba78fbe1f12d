import { describe, expect, it } from 'vitest';
import { completeCli, matchesCliFilter, parseCliFilter } from './parseCliFilter';

describe('parseCliFilter', () => {
  it('asks for the last digits when the caller number is known but for its end', () => {
    expect(parseCliFilter('+4610888(\\d{4})')).toEqual({
      kind: 'digits',
      prefix: '+4610888',
      suffix: '',
      unknownDigits: 4,
      parts: ['+4610888', 4],
      cliFilter: '+4610888(\\d{4})',
    });
  });

  it('counts digits written out one by one, as [0-9] or as dots', () => {
    expect(parseCliFilter('+4670(\\d\\d\\d)')).toMatchObject({ kind: 'digits', unknownDigits: 3 });
    expect(parseCliFilter('+4670([0-9]{2})')).toMatchObject({ kind: 'digits', unknownDigits: 2 });
    expect(parseCliFilter('+4670(...)')).toMatchObject({ kind: 'digits', unknownDigits: 3 });
  });

  it('keeps known text between and after unknown digits', () => {
    const challenge = parseCliFilter('+46(\\d{2})123(\\d)9');
    expect(challenge).toMatchObject({ kind: 'digits', prefix: '+46', suffix: '9', unknownDigits: 3 });
    expect(completeCli(challenge, '45 6')).toBe('+464512369');
  });

  it('asks for the whole number when the unknown part has no fixed length', () => {
    expect(parseCliFilter('(.*)5312(.*)')).toEqual({
      kind: 'wholeNumber',
      hint: '5312',
      cliFilter: '(.*)5312(.*)',
    });
    expect(parseCliFilter('+46(\\d+)')).toMatchObject({ kind: 'wholeNumber', hint: '+46' });
    expect(parseCliFilter('+46(\\d{2,4})')).toMatchObject({ kind: 'wholeNumber' });
  });

  it('never throws on filters it cannot read', () => {
    expect(parseCliFilter('+46(\\d{4}')).toMatchObject({ kind: 'wholeNumber' });
    expect(parseCliFilter('')).toMatchObject({ kind: 'wholeNumber', hint: '' });
    expect(parseCliFilter(undefined as unknown as string)).toMatchObject({ kind: 'wholeNumber' });
  });
});

describe('completeCli', () => {
  it('builds the full caller number from the typed digits, ignoring spaces', () => {
    const challenge = parseCliFilter('+4610888(\\d{4})');
    expect(completeCli(challenge, '12 34')).toBe('+46108881234');
    expect(completeCli(challenge, '123')).toBeUndefined();
    expect(completeCli(challenge, '12345')).toBeUndefined();
  });

  it('accepts a whole number only when it fits the filter', () => {
    const challenge = parseCliFilter('(.*)5312(.*)');
    expect(completeCli(challenge, '+46 10 888 5312 47')).toBe('+4610888531247');
    expect(completeCli(challenge, '0046108885312')).toBe('+46108885312');
    expect(completeCli(challenge, '+46 10 888 9999')).toBeUndefined();
  });
});

describe('matchesCliFilter', () => {
  it('matches the whole number, with literal text taken literally', () => {
    expect(matchesCliFilter('+4610888(\\d{4})', '+46108881234')).toBe(true);
    expect(matchesCliFilter('+4610888(\\d{4})', '+461088812345')).toBe(false);
    expect(matchesCliFilter('1.5(\\d)', '1x56')).toBe(false);
    expect(matchesCliFilter('(.*', '+46')).toBe(false);
  });
});
