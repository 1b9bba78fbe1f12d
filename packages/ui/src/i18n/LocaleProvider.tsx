import { formatMessage, type MessageValues } from '@verikit/core';
import { createContext, type ReactNode, useContext, useMemo } from 'react';

/**
 * Every UI string lives in a catalogue: one object of ICU-style templates per locale, namespaced by component
 * (`otpInput.label`, `phoneInput.countryLabel`, …). Components carry their English defaults; other languages come
 * as locale packs (`import { ar } from '@verikit/ui/locales/ar'` → `<LocaleProvider locale="ar" messages={ar}>`),
 * so a page pays only for the languages it ships. `messages` also overrides any single string.
 */
export type MessageCatalogue = Record<string, string>;
export type Translations = Record<string, MessageCatalogue>;

export interface LocaleProviderProps {
  /** BCP 47 tag. @default the browser's language, else `en` */
  locale?: string;
  /** Overrides for any message key, in any locale. */
  messages?: MessageCatalogue;
  children: ReactNode;
}

interface LocaleContextValue {
  locale: string;
  overrides: MessageCatalogue;
}

const LocaleContext = createContext<LocaleContextValue | null>(null);

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

/** `rtl` for right-to-left scripts. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(locale.toLowerCase().split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

function defaultLocale(): string {
  return typeof navigator === 'undefined' ? 'en' : (navigator.language ?? 'en');
}

export function LocaleProvider({ locale, messages, children }: LocaleProviderProps) {
  const resolved = locale ?? defaultLocale();
  const value = useMemo(() => ({ locale: resolved, overrides: messages ?? {} }), [resolved, messages]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

/** Picks the best catalogue for a locale: `pt-BR` → `pt-BR`, then `pt`, then English. */
export function pickCatalogue(translations: Translations, locale: string): MessageCatalogue {
  const english = translations.en ?? {};
  const language = locale.split('-')[0] ?? locale;
  return { ...english, ...translations[language], ...translations[locale] };
}

export interface Localized {
  locale: string;
  direction: 'ltr' | 'rtl';
  /** The formatted message for a key; app overrides first, then the locale's catalogue, then English. */
  t: (key: string, values?: MessageValues) => string;
}

/**
 * The strings of one component in the nearest `LocaleProvider`'s locale (or the browser's, with no provider).
 * `translations` is the component's module-level catalogue, so its identity is stable.
 */
export function useLocalized(translations: Translations): Localized {
  const context = useContext(LocaleContext);
  const locale = context?.locale ?? defaultLocale();
  const overrides = context?.overrides;
  return useMemo(() => {
    const catalogue = pickCatalogue(translations, locale);
    return {
      locale,
      direction: directionOf(locale),
      t: (key, values) => formatMessage(overrides?.[key] ?? catalogue[key] ?? key, values, locale),
    };
  }, [translations, locale, overrides]);
}
