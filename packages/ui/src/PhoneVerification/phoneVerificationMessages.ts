import type { Translations } from '../i18n/LocaleProvider';

/** The drop-in's own strings (the steps' and the announcements they share are in `flowMessages`, errors in
 * `errorMessages`). */
export const phoneVerificationMessages: Translations = {
  en: {
    'phone.heading': 'Verify your phone number',
    'phone.submit':
      '{method, select, sms {Text me a code} flashCall {Call me} callout {Call me} whatsapp {Send me a code on WhatsApp} other {Verify my number}}',
    'phone.sending': 'Sending…',
    'phone.required': 'Enter your phone number.',
    'method.legend': 'How should we verify it?',
    'method.option':
      '{method, select, sms {Text message (SMS)} flashCall {Missed call} callout {Voice call} whatsapp {WhatsApp message} other {Mobile data}}',
    'fallback.notice':
      '{reason} So we switched to {method, select, sms {a text message} flashCall {a missed call} callout {a voice call} whatsapp {WhatsApp} other {mobile data}}.',
    'botCheck.heading': 'Confirm you are a person',
    'botCheck.back': 'Back',
    'verified.heading': 'Phone number verified',
    'verified.lead': '{phone} is verified.',
    'announce.verified': 'Phone number verified.',
  },
};
