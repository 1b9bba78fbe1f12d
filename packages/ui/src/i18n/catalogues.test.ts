import { VERIFICATION_ERROR_CODES } from '@verikit/core';
import { describe, expect, it } from 'vitest';
import { otpInputMessages } from '../OtpInput/otpInputMessages';
import { phoneVerificationMessages } from '../PhoneVerification/phoneVerificationMessages';
import { errorMessages } from './errorMessages';
import { flowMessages } from './flowMessages';
import { formatMessage } from './formatMessage';
import type { Translations } from './LocaleProvider';

const catalogues: Record<string, Translations> = {
  errorMessages,
  flowMessages,
  otpInputMessages,
  phoneVerificationMessages,
};
const LOCALES = ['en', 'de', 'ar'];

/** The placeholder names a template uses, wherever they are nested. */
function placeholders(template: string): string[] {
  return [...template.matchAll(/\{\s*([a-z][a-zA-Z]*)\s*[,}]/g)].map((match) => match[1] as string).sort();
}

describe('UI message catalogues', () => {
  it('has every error code of the core catalogue in every locale', () => {
    for (const locale of LOCALES) {
      const keys = Object.keys(errorMessages[locale] ?? {});
      expect(keys.sort()).toEqual(VERIFICATION_ERROR_CODES.map((code) => `error.${code}`).sort());
    }
  });

  for (const [name, translations] of Object.entries(catalogues)) {
    it(`${name}: every locale has every English key, with the same placeholders`, () => {
      const english = translations.en ?? {};
      for (const locale of LOCALES) {
        const catalogue = translations[locale] ?? {};
        expect(Object.keys(catalogue).sort(), locale).toEqual(Object.keys(english).sort());
        for (const [key, template] of Object.entries(english)) {
          expect(new Set(placeholders(catalogue[key] ?? '')), `${locale} ${key}`).toEqual(
            new Set(placeholders(template)),
          );
        }
      }
    });
  }

  it('formats the rate limit with a live countdown in each locale', () => {
    const values = { retry: 'known', time: '0:42' };
    expect(formatMessage(errorMessages.en?.['error.rate_limited'] ?? '', values, 'en')).toBe(
      'Too many attempts. Try again in 0:42.',
    );
    expect(formatMessage(errorMessages.de?.['error.rate_limited'] ?? '', values, 'de')).toBe(
      'Zu viele Versuche. Versuchen Sie es in 0:42 erneut.',
    );
    expect(formatMessage(errorMessages.ar?.['error.rate_limited'] ?? '', values, 'ar')).toBe(
      'محاولات كثيرة جدًا. حاول مرة أخرى بعد 0:42.',
    );
  });

  it('chooses Arabic plural forms for the attempts left', () => {
    const template = flowMessages.ar?.['flow.attemptsLeft'] ?? '';
    expect(formatMessage(template, { count: 1 }, 'ar')).toBe('تبقّت محاولة واحدة');
    expect(formatMessage(template, { count: 2 }, 'ar')).toBe('تبقّت محاولتان');
    expect(formatMessage(template, { count: 4 }, 'ar')).toBe('تبقّت 4 محاولات');
  });
});
