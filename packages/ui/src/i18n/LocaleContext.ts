import type { MessageValues } from '@verikit/core';
import { createContext } from 'react';

/**
 * Every UI string lives in a catalogue: one object of ICU-style templates per locale, namespaced by component
 * (`otpInput.label`, `phoneInput.countryLabel`, …). Components carry their English defaults; other languages come
 * as locale packs (`import { ar } from '@verikit/ui/locales/ar'` → `<LocaleProvider locale="ar" messages={ar}>`),
 * so a page pays only for the languages it ships. `messages` also overrides any single string.
 */
export type MessageCatalogue = Record<string, string>;
export type Translations = Record<string, MessageCatalogue>;

/** Turns a template and its values into text in a locale. */
export type MessageFormatter = (
  template: string,
  values: MessageValues | undefined,
  locale: string,
) => string;

export interface LocaleContextValue {
  locale: string;
  overrides: MessageCatalogue;
  /** The provider's formatter: the full ICU subset, so any pack or override may use plural and select. */
  format: MessageFormatter;
}

/** What the nearest `LocaleProvider` set; `null` without one (English built-ins, the browser's locale). */
export const LocaleContext = createContext<LocaleContextValue | null>(null);
