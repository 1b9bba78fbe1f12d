import { formatMessage, VERIFICATION_ERROR_CODES } from '@verikit/core';
import { describe, expect, it } from 'vitest';
import { ar } from '../locales/ar';
import { de } from '../locales/de';
import { es } from '../locales/es';
import { fr } from '../locales/fr';
import { he } from '../locales/he';
import { hi } from '../locales/hi';
import { it as italian } from '../locales/it';
import { ja } from '../locales/ja';
import { nl } from '../locales/nl';
import { pl } from '../locales/pl';
import { ptBR } from '../locales/pt-BR';
import { tr } from '../locales/tr';
import { zhHans } from '../locales/zh-Hans';
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

/** Every locale pack, by the locale it is for. */
const PACKS = {
  de,
  ar,
  he,
  es,
  fr,
  'pt-BR': ptBR,
  it: italian,
  nl,
  pl,
  tr,
  ja,
  'zh-Hans': zhHans,
  hi,
};

/** The plural categories a template writes out (`one`, `few`, …), wherever it is nested. */
function pluralCategories(template: string): Set<string> {
  return new Set(
    [...template.matchAll(/(?:^|[\s}])(zero|one|two|few|many|other)\s*\{/g)].map((m) => m[1] as string),
  );
}

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

  it('has at least 12 locale packs beside English', () => {
    expect(Object.keys(PACKS).length).toBeGreaterThanOrEqual(12);
  });

  for (const [locale, pack] of Object.entries(PACKS)) {
    it(`the ${locale} pack writes out every plural category Intl.PluralRules has for ${locale}`, () => {
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      expect([...pluralCategories(pack['flow.attemptsLeft'] ?? '')].sort()).toEqual([...categories].sort());
      for (const count of [0, 1, 2, 3, 5, 11, 22, 100]) {
        const text = formatMessage(pack['flow.attemptsLeft'] ?? '', { count }, locale);
        // Arabic and Hebrew spell out one and two; every other form shows the number.
        expect(text, `${locale} ${count}`).toMatch(/^[^{}#]+$/);
      }
    });

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

  it('chooses Polish, French, Hindi and Japanese plural forms through Intl.PluralRules', () => {
    const polish = pl['flow.attemptsLeft'] ?? '';
    expect(formatMessage(polish, { count: 1 }, 'pl')).toBe('Została 1 próba');
    expect(formatMessage(polish, { count: 3 }, 'pl')).toBe('Zostały 3 próby');
    expect(formatMessage(polish, { count: 5 }, 'pl')).toBe('Zostało 5 prób');
    expect(formatMessage(polish, { count: 22 }, 'pl')).toBe('Zostały 22 próby');
    // French and Hindi count 0 as singular.
    expect(formatMessage(fr['flow.attemptsLeft'] ?? '', { count: 0 }, 'fr')).toBe('0 tentative restante');
    expect(formatMessage(fr['flow.attemptsLeft'] ?? '', { count: 2 }, 'fr')).toBe('2 tentatives restantes');
    expect(formatMessage(hi['flow.attemptsLeft'] ?? '', { count: 0 }, 'hi')).toBe('0 कोशिश बाकी है');
    expect(formatMessage(hi['flow.attemptsLeft'] ?? '', { count: 3 }, 'hi')).toBe('3 कोशिशें बाकी हैं');
    expect(formatMessage(ja['flow.attemptsLeft'] ?? '', { count: 1 }, 'ja')).toBe('残り 1 回');
    expect(formatMessage(es['flow.attemptsLeft'] ?? '', { count: 1 }, 'es')).toBe('Queda 1 intento');
    expect(
      formatMessage(ptBR['error.resend_cooldown'] ?? '', { retry: 'known', time: '0:29' }, 'pt-BR'),
    ).toBe('Acabamos de enviar um código para este número. Você pode pedir outro em 0:29.');
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
