import type { Translations } from '../i18n/LocaleProvider';

/** OtpInput's strings. Override any key with `<LocaleProvider messages>`. */
export const otpInputMessages: Translations = {
  en: {
    'otpInput.label': 'Verification code',
    'otpInput.description':
      '{characters, select, numeric {Enter the {length}-digit code} other {Enter the {length}-character code}}',
  },
};
