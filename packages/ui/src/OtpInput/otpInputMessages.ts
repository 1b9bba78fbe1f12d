import type { Translations } from '../i18n/LocaleProvider';

/** OtpInput's strings. Override any key with `<LocaleProvider messages>`. */
export const otpInputMessages: Translations = {
  en: {
    'otpInput.label': 'Verification code',
    'otpInput.description':
      '{characters, select, numeric {Enter the {length}-digit code} other {Enter the {length}-character code}}',
  },
  de: {
    'otpInput.label': 'Bestätigungscode',
    'otpInput.description':
      '{characters, select, numeric {Geben Sie den {length}-stelligen Code ein} other {Geben Sie den Code aus {length} Zeichen ein}}',
  },
  ar: {
    'otpInput.label': 'رمز التحقق',
    'otpInput.description':
      '{characters, select, numeric {{length, plural, one {أدخل الرمز المكوّن من رقم واحد} two {أدخل الرمز المكوّن من رقمين} few {أدخل الرمز المكوّن من # أرقام} other {أدخل الرمز المكوّن من # رقمًا}}} other {{length, plural, one {أدخل الرمز المكوّن من حرف واحد} two {أدخل الرمز المكوّن من حرفين} few {أدخل الرمز المكوّن من # أحرف} other {أدخل الرمز المكوّن من # حرفًا}}}}',
  },
};
