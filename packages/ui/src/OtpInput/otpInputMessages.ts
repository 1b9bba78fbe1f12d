import type { Translations } from '../i18n/LocaleContext';

/**
 * OtpInput's strings. Override any key with `<LocaleProvider messages>`. The English built-ins use `{name}`
 * placeholders only, so a page with no `LocaleProvider` formats them without the ICU formatter; packs and
 * overrides (which come through the provider) may use plural and select.
 */
export const otpInputMessages: Translations = {
  en: {
    'otpInput.label': 'Verification code',
    'otpInput.description.numeric': 'Enter the {length}-digit code',
    'otpInput.description.alphanumeric': 'Enter the {length}-character code',
  },
};
