import { formatMessage, VERIFICATION_ERROR_CODES } from '@verikit/core';
import { describe, expect, it } from 'vitest';
import { ar } from '../locales/ar';
import { de } from '../locales/de';
import { he } from '../locales/he';
import { otpInputMessages } from '../OtpInput/otpInputMessages';
import { phoneInputMessages } from '../PhoneInput/phoneInputMessages';
import { phoneVerificationMessages } from '../PhoneVerification/phoneVerificationMessages';
import { errorMessages } from './errorMessages';
import { flowMessages } from './flowMessages';
import { interpolate } from './interpolate';

/** Every English string of the UI, as the components know them. */
const english = {
  ...phoneInputMessages.en,
  ...otpInputMessages.en,
  ...flowMessages.en,
  ...phoneVerificationMessages.en,
  ...errorMessages.en,
};

/** The placeholder names a template uses, wherever they are nested. */
function placeholders(template: string): Set<string> {
  return new Set([...template.matchAll(/\{\s*([a-z][a-zA-Z]*)\s*[,}]/g)].map((match) => match[1] as string));
}

describe('UI message catalogues', () => {
  it('has every error code of the core catalogue in English', () => {
    expect(Object.keys(errorMessages.en ?? {}).sort()).toEqual(
      VERIFICATION_ERROR_CODES.map((code) => `error.${code}`).sort(),
    );
  });

  for (const [locale, pack] of Object.entries({ de, ar, he })) {
    it(`the ${locale} pack translates every English string, with the same placeholders`, () => {
      expect(Object.keys(pack).sort()).toEqual(Object.keys(english).sort());
      for (const [key, template] of Object.entries(english)) {
        expect(placeholders(pack[key] ?? ''), `${locale} ${key}`).toEqual(placeholders(template));
        expect(pack[key], `${locale} ${key}`).not.toBe(template);
      }
    });
  }

  it('keeps OtpInput’s English built-ins to {name} placeholders, so they need no ICU formatter', () => {
    for (const length of [1, 4, 6]) {
      for (const [key, template] of Object.entries(otpInputMessages.en ?? {})) {
        expect(interpolate(template, { length }, 'en'), key).toBe(formatMessage(template, { length }, 'en'));
        expect(interpolate(template, { length }, 'en'), key).not.toMatch(/[{}]/);
      }
    }
  });

  it('formats the rate limit with a live countdown in each language', () => {
    const values = { retry: 'known', time: '0:42' };
    expect(formatMessage(english['error.rate_limited'] ?? '', values, 'en')).toBe(
      'Too many attempts. Try again in 0:42.',
    );
    expect(formatMessage(de['error.rate_limited'] ?? '', values, 'de')).toBe(
      'Zu viele Versuche. Versuchen Sie es in 0:42 erneut.',
    );
    expect(formatMessage(ar['error.rate_limited'] ?? '', values, 'ar')).toBe(
      'محاولات كثيرة جدًا. حاول مرة أخرى بعد 0:42.',
    );
  });

  it('chooses Arabic plural forms for the attempts left', () => {
    const template = ar['flow.attemptsLeft'] ?? '';
    expect(formatMessage(template, { count: 1 }, 'ar')).toBe('تبقّت محاولة واحدة');
    expect(formatMessage(template, { count: 2 }, 'ar')).toBe('تبقّت محاولتان');
    expect(formatMessage(template, { count: 4 }, 'ar')).toBe('تبقّت 4 محاولات');
  });

  it('chooses Hebrew plural forms and words the rate limit', () => {
    const attempts = he['flow.attemptsLeft'] ?? '';
    expect(formatMessage(attempts, { count: 1 }, 'he')).toBe('נותר ניסיון אחד');
    expect(formatMessage(attempts, { count: 2 }, 'he')).toBe('נותרו שני ניסיונות');
    expect(formatMessage(attempts, { count: 4 }, 'he')).toBe('נותרו 4 ניסיונות');
    expect(formatMessage(he['otpInput.description.numeric'] ?? '', { length: 6 }, 'he')).toBe(
      'הזינו את הקוד בן 6 הספרות',
    );
    expect(formatMessage(he['error.rate_limited'] ?? '', { retry: 'known', time: '0:42' }, 'he')).toBe(
      'יותר מדי ניסיונות. נסו שוב בעוד 0:42.',
    );
  });
});
