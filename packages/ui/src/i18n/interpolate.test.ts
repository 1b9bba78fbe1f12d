import { describe, expect, it } from 'vitest';
import { interpolate } from './interpolate';

describe('interpolate', () => {
  it('fills {name} placeholders, numbers in the locale’s digits', () => {
    expect(interpolate('Enter the {length}-digit code', { length: 6 }, 'en')).toBe('Enter the 6-digit code');
    expect(interpolate('{ length } / {length}', { length: 4 }, 'ar-EG')).toBe('٤ / ٤');
    expect(interpolate('Sent to {phone}', { phone: '+46 70 000 01 00' })).toBe('Sent to +46 70 000 01 00');
  });

  it('leaves a missing value visible and ICU arguments untouched', () => {
    expect(interpolate('Code for {phone}', {})).toBe('Code for {phone}');
    expect(interpolate('{count, plural, one {# try} other {# tries}}', { count: 2 })).toBe(
      '{count, plural, one {# try} other {# tries}}',
    );
  });
});
