import { VERIFICATION_MESSAGES } from '@verikit/core';
import type { MessageCatalogue, Translations } from './LocaleProvider';

function asKeys(catalogue: Readonly<Record<string, string>>): MessageCatalogue {
  const keyed: MessageCatalogue = {};
  for (const [code, template] of Object.entries(catalogue)) keyed[`error.${code}`] = template;
  return keyed;
}

/**
 * Every error message as `error.<code>`, in English (core's `VERIFICATION_MESSAGES`). Other languages come with the
 * locale packs (`@verikit/ui/locales/de`, `/ar`); an app rewords one through
 * `<LocaleProvider messages={{ 'error.rate_limited': '…' }}>`.
 */
export const errorMessages: Translations = {
  en: asKeys(VERIFICATION_MESSAGES),
};
