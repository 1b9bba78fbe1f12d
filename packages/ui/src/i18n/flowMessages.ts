import type { Translations } from './LocaleProvider';

/**
 * The strings of the waiting steps and the drop-in flow. Placeholders: `{phone}` a formatted number, `{time}` a
 * countdown (`0:42`), `{method}` one of `sms`, `flashCall`, `callout`, `seamless`, `whatsapp`. `announce.*` is what the polite
 * live region says (the steps' own when used alone, the drop-in's otherwise).
 */
export const flowMessages: Translations = {
  en: {
    'flow.timeLeft': 'Time left',
    'flow.changeNumber': 'Change number',
    'flow.resend': '{method, select, sms {Send a new code} other {Call me again}}',
    'flow.resendIn': '{method, select, sms {Send a new code in {time}} other {Call me again in {time}}}',
    'flow.fallbackLegend': 'Other ways to verify',
    'flow.fallback':
      '{method, select, sms {Text me a code instead} flashCall {Verify with a missed call instead} callout {Call me with the code instead} whatsapp {Send me a code on WhatsApp instead} other {Verify over mobile data instead}}',
    'flow.verifying': 'Checking…',
    'flow.attemptsLeft': '{count, plural, one {# attempt left} other {# attempts left}}',
    'flow.timedOut': 'Nothing yet? Request it again or try another way.',
    'sms.heading': 'Enter the code we texted you',
    'sms.lead': 'We sent a code to {phone}.',
    'flashCall.heading': 'We are calling you — don’t answer',
    'flashCall.lead':
      '{phone} will get a call from an unknown number. Don’t answer: the number that calls is your code.',
    'flashCall.digitsLabel':
      '{count, plural, one {The missing digit of the number that called you} other {The # missing digits of the number that called you}}',
    'flashCall.knownPart': 'The number that calls you looks like {pattern}.',
    'flashCall.numberLabel': 'The number that called you',
    'flashCall.numberHint': '{hint, select, none {Include the country code.} other {It contains {hint}.}}',
    'flashCall.submit': 'Verify',
    'callout.heading': 'We are calling you — listen for the code',
    'callout.lead': 'Answer the call to {phone}. A voice will read your code.',
    'seamless.heading': 'Checking your number',
    'whatsapp.heading': 'We sent a code on WhatsApp',
    'whatsapp.lead': 'Enter the code we sent to {phone} on WhatsApp.',
    'seamless.lead':
      'Your phone is confirming {phone} over its mobile data connection. This takes a few seconds.',
    'seamless.progress': 'Verifying over mobile data',
    'seamless.timedOut':
      'This is taking longer than usual. Turn off Wi-Fi and try again, or try another way.',
    'announce.waiting':
      '{method, select, sms {We sent a code to {phone}.} flashCall {We are calling {phone}. Don’t answer.} callout {We are calling {phone}. Listen for the code.} whatsapp {We sent a code on WhatsApp to {phone}.} other {Checking {phone} over mobile data.}}',
    'announce.verifying': 'Checking…',
    'announce.timeLeft': '{time} left.',
    'announce.timedOut': 'Time is up.',
    'announce.canResend': 'You can request a new one now.',
  },
};
