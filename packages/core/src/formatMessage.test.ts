import { describe, expect, it } from 'vitest';
import { formatMessage } from './formatMessage';

describe('formatMessage', () => {
  it('fills placeholders and formats numbers for the locale', () => {
    expect(formatMessage('Enter all {length} digits.', { length: 6 })).toBe('Enter all 6 digits.');
    expect(formatMessage('{count} tries', { count: 1234 }, 'de')).toBe('1.234 tries');
  });

  it('picks plural forms by the locale’s rules, exact matches first', () => {
    const template = '{n, plural, =0 {none left} one {# attempt left} other {# attempts left}}';
    expect(formatMessage(template, { n: 0 })).toBe('none left');
    expect(formatMessage(template, { n: 1 })).toBe('1 attempt left');
    expect(formatMessage(template, { n: 3 })).toBe('3 attempts left');
  });

  it('follows Arabic plural rules (two, few) and its digits', () => {
    const arabic = '{count, plural, one {محاولة واحدة} two {محاولتان} few {# محاولات} other {# محاولة}}';
    expect(formatMessage(arabic, { count: 2 }, 'ar')).toBe('محاولتان');
    expect(formatMessage(arabic, { count: 3 }, 'ar-EG')).toBe('٣ محاولات');
  });

  it('chooses select branches, nested placeholders included, and falls back to other', () => {
    const template =
      'Too many attempts. {retry, select, known {Try again in {time}, please.} other {Try later.}}';
    expect(formatMessage(template, { retry: 'known', time: '30 seconds' })).toBe(
      'Too many attempts. Try again in 30 seconds, please.',
    );
    expect(formatMessage(template, { retry: 'unknown' })).toBe('Too many attempts. Try later.');
  });

  it('leaves a missing value visible instead of dropping it, and survives broken templates', () => {
    expect(formatMessage('Hello {name}')).toBe('Hello {name}');
    expect(formatMessage('Broken {brace')).toBe('Broken {brace');
    expect(formatMessage('{x, unknownKind, a {b}}', { x: 1 })).toBe('{x}');
  });
});
