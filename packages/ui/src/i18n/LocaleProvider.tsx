import { formatMessage } from '@verikit/core';
import { type ReactNode, useMemo } from 'react';
import { LocaleContext, type MessageCatalogue, type Translations } from './LocaleContext';
import { type Messages, useMessages } from './useMessages';

export type { MessageCatalogue, MessageFormatter, Translations } from './LocaleContext';

export interface LocaleProviderProps {
  /** BCP 47 tag. @default the browser's language, else `en` */
  locale?: string;
  /** Overrides for any message key, in any locale. */
  messages?: MessageCatalogue;
  children: ReactNode;
}

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

/** `rtl` for right-to-left scripts. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(locale.toLowerCase().split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

/** Sets the locale and message overrides (or a whole locale pack) for every verikit component below it. */
export function LocaleProvider({ locale, messages, children }: LocaleProviderProps) {
  const resolved = locale ?? (typeof navigator === 'undefined' ? 'en' : (navigator.language ?? 'en'));
  const value = useMemo(
    () => ({ locale: resolved, overrides: messages ?? {}, format: formatMessage }),
    [resolved, messages],
  );
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export interface Localized extends Messages {
  direction: 'ltr' | 'rtl';
}

/**
 * The strings of one component in the nearest `LocaleProvider`'s locale (or the browser's, with no provider), with
 * the full ICU subset (plural, select) even without a provider, and the locale's writing direction.
 * `translations` is the component's module-level catalogue, so its identity is stable.
 */
export function useLocalized(translations: Translations): Localized {
  const messages = useMessages(translations, formatMessage);
  return useMemo(() => ({ ...messages, direction: directionOf(messages.locale) }), [messages]);
}
