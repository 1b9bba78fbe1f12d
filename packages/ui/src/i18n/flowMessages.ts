import type { Translations } from './LocaleProvider';

/**
 * The strings of the waiting steps and the drop-in flow. Placeholders: `{phone}` a formatted number, `{time}` a
 * countdown (`0:42`), `{method}` one of `sms`, `flashCall`, `callout`, `seamless`.
 */
export const flowMessages: Translations = {
  en: {
    'flow.timeLeft': 'Time left',
    'flow.changeNumber': 'Change number',
    'flow.resend': '{method, select, sms {Send a new code} other {Call me again}}',
    'flow.resendIn': '{method, select, sms {Send a new code in {time}} other {Call me again in {time}}}',
    'flow.fallbackLegend': 'Other ways to verify',
    'flow.fallback':
      '{method, select, sms {Text me a code instead} flashCall {Verify with a missed call instead} callout {Call me with the code instead} other {Verify over mobile data instead}}',
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
    'seamless.lead':
      'Your phone is confirming {phone} over its mobile data connection. This takes a few seconds.',
    'seamless.progress': 'Verifying over mobile data',
    'seamless.timedOut':
      'This is taking longer than usual. Turn off Wi-Fi and try again, or try another way.',
  },
  de: {
    'flow.timeLeft': 'Verbleibende Zeit',
    'flow.changeNumber': 'Nummer ändern',
    'flow.resend': '{method, select, sms {Neuen Code senden} other {Erneut anrufen}}',
    'flow.resendIn': '{method, select, sms {Neuen Code senden in {time}} other {Erneut anrufen in {time}}}',
    'flow.fallbackLegend': 'Andere Wege zur Bestätigung',
    'flow.fallback':
      '{method, select, sms {Stattdessen Code per SMS} flashCall {Stattdessen per verpasstem Anruf bestätigen} callout {Stattdessen Code per Anruf} other {Stattdessen über mobile Daten bestätigen}}',
    'flow.verifying': 'Wird geprüft…',
    'flow.attemptsLeft': '{count, plural, one {Noch # Versuch} other {Noch # Versuche}}',
    'flow.timedOut': 'Noch nichts? Fordern Sie es erneut an oder wählen Sie einen anderen Weg.',
    'sms.heading': 'Geben Sie den Code aus der SMS ein',
    'sms.lead': 'Wir haben einen Code an {phone} gesendet.',
    'flashCall.heading': 'Wir rufen Sie an – bitte nicht annehmen',
    'flashCall.lead':
      '{phone} erhält einen Anruf von einer unbekannten Nummer. Nehmen Sie nicht ab: Die anrufende Nummer ist Ihr Code.',
    'flashCall.digitsLabel':
      '{count, plural, one {Die fehlende Ziffer der Nummer, die Sie angerufen hat} other {Die # fehlenden Ziffern der Nummer, die Sie angerufen hat}}',
    'flashCall.knownPart': 'Die anrufende Nummer sieht so aus: {pattern}.',
    'flashCall.numberLabel': 'Die Nummer, die Sie angerufen hat',
    'flashCall.numberHint': '{hint, select, none {Mit Ländervorwahl.} other {Sie enthält {hint}.}}',
    'flashCall.submit': 'Bestätigen',
    'callout.heading': 'Wir rufen Sie an – hören Sie auf den Code',
    'callout.lead': 'Nehmen Sie den Anruf an {phone} an. Eine Stimme liest Ihnen den Code vor.',
    'seamless.heading': 'Ihre Nummer wird geprüft',
    'seamless.lead':
      'Ihr Telefon bestätigt {phone} über die mobile Datenverbindung. Das dauert einige Sekunden.',
    'seamless.progress': 'Bestätigung über mobile Daten',
    'seamless.timedOut':
      'Das dauert länger als üblich. Schalten Sie WLAN aus und versuchen Sie es erneut oder wählen Sie einen anderen Weg.',
  },
  ar: {
    'flow.timeLeft': 'الوقت المتبقي',
    'flow.changeNumber': 'تغيير الرقم',
    'flow.resend': '{method, select, sms {أرسل رمزًا جديدًا} other {اتصل بي مرة أخرى}}',
    'flow.resendIn': '{method, select, sms {إرسال رمز جديد بعد {time}} other {معاودة الاتصال بعد {time}}}',
    'flow.fallbackLegend': 'طرق أخرى للتحقق',
    'flow.fallback':
      '{method, select, sms {أرسل لي الرمز برسالة نصية بدلًا من ذلك} flashCall {تحقّق بمكالمة فائتة بدلًا من ذلك} callout {اتصل بي لقراءة الرمز بدلًا من ذلك} other {تحقّق عبر بيانات الجوال بدلًا من ذلك}}',
    'flow.verifying': 'جارٍ التحقق…',
    'flow.attemptsLeft':
      '{count, plural, zero {لم تتبقَّ محاولات} one {تبقّت محاولة واحدة} two {تبقّت محاولتان} few {تبقّت # محاولات} many {تبقّت # محاولة} other {تبقّت # محاولة}}',
    'flow.timedOut': 'لم يصل شيء بعد؟ اطلبه مرة أخرى أو جرّب طريقة أخرى.',
    'sms.heading': 'أدخل الرمز الذي أرسلناه إليك',
    'sms.lead': 'أرسلنا رمزًا إلى {phone}.',
    'flashCall.heading': 'نتصل بك الآن — لا تُجب',
    'flashCall.lead': 'سيتلقى {phone} مكالمة من رقم غير معروف. لا تُجب: رقم المتصل هو رمزك.',
    'flashCall.digitsLabel':
      '{count, plural, one {الرقم الناقص من رقم المتصل} two {الرقمان الناقصان من رقم المتصل} few {الأرقام الـ# الناقصة من رقم المتصل} other {الأرقام الـ# الناقصة من رقم المتصل}}',
    'flashCall.knownPart': 'يبدو رقم المتصل هكذا: {pattern}.',
    'flashCall.numberLabel': 'الرقم الذي اتصل بك',
    'flashCall.numberHint': '{hint, select, none {أدخله مع رمز الدولة.} other {يحتوي على {hint}.}}',
    'flashCall.submit': 'تحقّق',
    'callout.heading': 'نتصل بك الآن — استمع إلى الرمز',
    'callout.lead': 'أجب عن المكالمة على {phone}. سيقرأ صوت رمزك.',
    'seamless.heading': 'جارٍ التحقق من رقمك',
    'seamless.lead': 'يؤكد هاتفك الرقم {phone} عبر اتصال بيانات الجوال. يستغرق ذلك بضع ثوانٍ.',
    'seamless.progress': 'التحقق عبر بيانات الجوال',
    'seamless.timedOut':
      'يستغرق هذا وقتًا أطول من المعتاد. أوقف شبكة Wi-Fi وحاول مرة أخرى، أو جرّب طريقة أخرى.',
  },
};
