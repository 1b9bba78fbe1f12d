import type { Translations } from '../i18n/LocaleProvider';

/** The drop-in's own strings (the steps' are in `flowMessages`, errors in `errorMessages`). */
export const phoneVerificationMessages: Translations = {
  en: {
    'phone.heading': 'Verify your phone number',
    'phone.submit':
      '{method, select, sms {Text me a code} flashCall {Call me} callout {Call me} other {Verify my number}}',
    'phone.sending': 'Sending…',
    'phone.required': 'Enter your phone number.',
    'method.legend': 'How should we verify it?',
    'method.option':
      '{method, select, sms {Text message (SMS)} flashCall {Missed call} callout {Voice call} other {Mobile data}}',
    'verified.heading': 'Phone number verified',
    'verified.lead': '{phone} is verified.',
    'announce.waiting':
      '{method, select, sms {We sent a code to {phone}.} flashCall {We are calling {phone}. Don’t answer.} callout {We are calling {phone}. Listen for the code.} other {Checking {phone} over mobile data.}}',
    'announce.verifying': 'Checking…',
    'announce.verified': 'Phone number verified.',
    'announce.timeLeft': '{time} left.',
    'announce.timedOut': 'Time is up.',
    'announce.canResend': 'You can request a new one now.',
  },
  de: {
    'phone.heading': 'Bestätigen Sie Ihre Telefonnummer',
    'phone.submit':
      '{method, select, sms {Code per SMS senden} flashCall {Mich anrufen} callout {Mich anrufen} other {Nummer bestätigen}}',
    'phone.sending': 'Wird gesendet…',
    'phone.required': 'Geben Sie Ihre Telefonnummer ein.',
    'method.legend': 'Wie sollen wir sie bestätigen?',
    'method.option':
      '{method, select, sms {SMS} flashCall {Verpasster Anruf} callout {Sprachanruf} other {Mobile Daten}}',
    'verified.heading': 'Telefonnummer bestätigt',
    'verified.lead': '{phone} ist bestätigt.',
    'announce.waiting':
      '{method, select, sms {Wir haben einen Code an {phone} gesendet.} flashCall {Wir rufen {phone} an. Nicht annehmen.} callout {Wir rufen {phone} an. Hören Sie auf den Code.} other {Wir prüfen {phone} über mobile Daten.}}',
    'announce.verifying': 'Wird geprüft…',
    'announce.verified': 'Telefonnummer bestätigt.',
    'announce.timeLeft': 'Noch {time}.',
    'announce.timedOut': 'Die Zeit ist abgelaufen.',
    'announce.canResend': 'Sie können jetzt erneut anfordern.',
  },
  ar: {
    'phone.heading': 'تحقّق من رقم هاتفك',
    'phone.submit':
      '{method, select, sms {أرسل لي رمزًا} flashCall {اتصل بي} callout {اتصل بي} other {تحقّق من رقمي}}',
    'phone.sending': 'جارٍ الإرسال…',
    'phone.required': 'أدخل رقم هاتفك.',
    'method.legend': 'كيف نتحقق منه؟',
    'method.option':
      '{method, select, sms {رسالة نصية (SMS)} flashCall {مكالمة فائتة} callout {مكالمة صوتية} other {بيانات الجوال}}',
    'verified.heading': 'تم التحقق من رقم الهاتف',
    'verified.lead': 'تم التحقق من {phone}.',
    'announce.waiting':
      '{method, select, sms {أرسلنا رمزًا إلى {phone}.} flashCall {نتصل الآن بالرقم {phone}. لا تُجب.} callout {نتصل الآن بالرقم {phone}. استمع إلى الرمز.} other {نتحقق من {phone} عبر بيانات الجوال.}}',
    'announce.verifying': 'جارٍ التحقق…',
    'announce.verified': 'تم التحقق من رقم الهاتف.',
    'announce.timeLeft': 'تبقّى {time}.',
    'announce.timedOut': 'انتهى الوقت.',
    'announce.canResend': 'يمكنك الطلب مرة أخرى الآن.',
  },
};
