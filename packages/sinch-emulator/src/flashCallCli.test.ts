import { describe, expect, it } from 'vitest';
import { cliFilterFor, cliFilterToRegExp, generateCli, sameCli } from './flashCallCli';
import { seededRandom } from './randomSource';

describe('cliFilter', () => {
  it('treats text outside parentheses as literal, groups as regexes, matched against the whole number', () => {
    const suffix = cliFilterToRegExp('+4610888(\\d{4})');
    expect(suffix?.test('+46108881234')).toBe(true);
    expect(suffix?.test('+461088812345')).toBe(false);
    expect(suffix?.test('x+46108881234')).toBe(false);
    // `+` is a literal plus, not "one or more".
    expect(suffix?.test('46108881234')).toBe(false);
    const infix = cliFilterToRegExp('(.*)5312(.*)');
    expect(infix?.test('+46853120099')).toBe(true);
    expect(infix?.test('+46800000099')).toBe(false);
  });

  it('returns undefined for an unbalanced or invalid filter', () => {
    expect(cliFilterToRegExp('+46(\\d{4}')).toBeUndefined();
    expect(cliFilterToRegExp('+46([)')).toBeUndefined();
  });

  it('builds both shapes so that the caller number matches its own filter', () => {
    const random = seededRandom(11);
    for (let run = 0; run < 50; run++) {
      const cli = generateCli(random, ['+4610888', '+1201555'], 4);
      expect(cliFilterToRegExp(cliFilterFor(cli, 'suffix', 4))?.test(cli)).toBe(true);
      expect(cliFilterToRegExp(cliFilterFor(cli, 'infix', 4))?.test(cli)).toBe(true);
    }
    expect(cliFilterFor('+46108881234', 'suffix', 4)).toBe('+4610888(\\d{4})');
    expect(cliFilterFor('+46108881234', 'infix', 4)).toBe('(.*)8812(.*)');
  });

  it('compares caller numbers by their digits', () => {
    expect(sameCli('+46 10 888 12 34', '+46108881234')).toBe(true);
    expect(sameCli('0046108881234', '+46108881234')).toBe(true);
    expect(sameCli('+46108881235', '+46108881234')).toBe(false);
    expect(sameCli('+4610888123x', '+46108881234')).toBe(false);
  });
});
