import type { MessageValues } from '@verikit/core';
import { useContext, useMemo } from 'react';
import { interpolate } from './interpolate';
import { LocaleContext, type MessageFormatter, type Translations } from './LocaleContext';

export interface Messages {
  /** The nearest `LocaleProvider`'s locale, else the browser's. */
  locale: string;
  /** The formatted message for a key; app overrides first, then the locale's catalogue (`pt-BR`, then `pt`), then
   * English, then the key itself. */
  t: (key: string, values?: MessageValues) => string;
}

/**
 * The strings of one component in the nearest `LocaleProvider`'s locale (or the browser's, with no provider),
 * formatted by the provider's formatter, else by `fallbackFormat`. `translations` is the component's module-level
 * catalogue, so its identity is stable. Components whose English templates use plural or select pass core's
 * `formatMessage` (see `useLocalized`); the default `{name}`-only formatter keeps the rest light.
 */
export function useMessages(
  translations: Translations,
  fallbackFormat: MessageFormatter = interpolate,
): Messages {
  const context = useContext(LocaleContext);
  const locale = context?.locale ?? (typeof navigator === 'undefined' ? 'en' : (navigator.language ?? 'en'));
  const overrides = context?.overrides;
  const format = context?.format ?? fallbackFormat;
  return useMemo(() => {
    const language = locale.split('-')[0] ?? locale;
    return {
      locale,
      t: (key, values) =>
        format(
          overrides?.[key] ??
            translations[locale]?.[key] ??
            translations[language]?.[key] ??
            translations.en?.[key] ??
            key,
          values,
          locale,
        ),
    };
  }, [translations, locale, overrides, format]);
}
