import { describe, expect, it } from 'vitest';
import { formatMessage } from './formatMessage';

describe('formatMessage', () => {
  it('fills placeholders and formats numbers for the locale', () => {
    expect(formatMessage('We sent a code to {phone}', { phone: '+46 70 000 00 00' })).toBe(
      'We sent a code to +46 70 000 00 00',
    );
    expect(formatMessage('{count} left', { count: 1234 }, 'de')).toBe('1.234 left');
  });

  it('chooses plural forms by the locale’s rules, with exact matches first', () => {
    const template = '{count, plural, =0 {No attempts left} one {# attempt left} other {# attempts left}}';
    expect(formatMessage(template, { count: 0 }, 'en')).toBe('No attempts left');
    expect(formatMessage(template, { count: 1 }, 'en')).toBe('1 attempt left');
    expect(formatMessage(template, { count: 3 }, 'en')).toBe('3 attempts left');
    const arabic = '{count, plural, one {محاولة واحدة} two {محاولتان} few {# محاولات} other {# محاولة}}';
    expect(formatMessage(arabic, { count: 2 }, 'ar')).toBe('محاولتان');
    expect(formatMessage(arabic, { count: 3 }, 'ar-EG')).toBe('٣ محاولات');
  });

  it('selects by value', () => {
    const template = '{method, select, sms {Text me} callout {Call me} other {Verify}}';
    expect(formatMessage(template, { method: 'callout' })).toBe('Call me');
    expect(formatMessage(template, { method: 'seamless' })).toBe('Verify');
  });

  it('leaves a missing value visible instead of dropping it', () => {
    expect(formatMessage('Try again in {time}')).toBe('Try again in {time}');
  });

  it('survives unbalanced braces', () => {
    expect(formatMessage('Broken {name')).toBe('Broken {name');
  });
});
