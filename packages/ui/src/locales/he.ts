import type { VerificationErrorCode } from '@verikit/core';
import type { MessageCatalogue } from '../i18n/LocaleContext';
import { localePack } from '../i18n/localePack';

// Modern product Hebrew: the plural imperative ("הזינו", "נסו") addresses everyone without choosing a gender.
const hebrewSetupProblem = 'משהו השתבש אצלנו. נסו שוב מאוחר יותר.';
const hebrewCannotVerify = 'אי אפשר לאמת את המספר הזה. נסו מספר אחר.';

/** Hebrew translations of core's error catalogue (same keys and placeholders as `VERIFICATION_MESSAGES`). */
const errors: Record<VerificationErrorCode, string> = {
  invalid_request: 'משהו השתבש בבקשה הזו. נסו שוב.',
  invalid_phone_number: 'הזינו מספר טלפון תקין, כולל קידומת המדינה.',
  method_not_allowed: 'דרך האימות הזו לא זמינה. בחרו דרך אחרת.',
  country_not_allowed: 'אי אפשר לאמת כאן מספרי טלפון מהמדינה הזו.',
  number_type_not_allowed: 'לא ניתן לאמת כאן מספר טלפון מסוג זה. השתמשו במספר נייד.',
  rate_limited:
    'יותר מדי ניסיונות. {retry, select, known {נסו שוב בעוד {time}.} other {נסו שוב מאוחר יותר.}}',
  verification_paused: 'האימות למספרים כמו זה מושהה כרגע. נסו שוב מאוחר יותר.',
  resend_cooldown:
    'זה עתה נשלח קוד למספר הזה. {retry, select, known {אפשר לבקש קוד חדש בעוד {time}.} other {המתינו רגע לפני שתבקשו קוד חדש.}}',
  too_many_attempts: 'יותר מדי קודים שגויים. בקשו קוד חדש.',
  verification_not_found: 'תהליך האימות הזה הסתיים. בקשו קוד חדש.',
  verification_denied: hebrewCannotVerify,
  bot_check_required: 'כדי להמשיך, אשרו שאתם אדם.',
  bot_check_failed: 'לא הצלחנו לאשר שאתם אדם. נסו שוב.',
  payload_too_large: hebrewSetupProblem,
  unsupported_media_type: hebrewSetupProblem,
  route_not_found: hebrewSetupProblem,
  http_method_not_allowed: hebrewSetupProblem,
  forbidden_origin: hebrewSetupProblem,
  upstream_unavailable: 'שירות האימות לא זמין כרגע. נסו שוב בעוד רגע.',
  upstream_error: 'הייתה תקלה בשירות האימות. נסו שוב.',
  service_unavailable: 'האימות לא זמין כרגע. נסו שוב בעוד רגע.',
  internal_error: hebrewSetupProblem,
  network_error: 'אין חיבור. בדקו את החיבור לאינטרנט ונסו שוב.',
  timeout: 'זה לוקח יותר מדי זמן. בדקו את החיבור לאינטרנט ונסו שוב.',
  aborted: 'הבקשה בוטלה.',
  invalid_response: hebrewSetupProblem,
  invalid_code: 'הקוד הזה שגוי. בדקו אותו ונסו שוב.',
  invalid_cli: 'זה לא המספר שהתקשר אליכם. בדקו אותו ונסו שוב.',
  incomplete_code:
    '{length, plural, one {הזינו את הספרה.} two {הזינו את שתי הספרות.} other {הזינו את כל # הספרות.}}',
  expired: 'תוקף הקוד פג. בקשו קוד חדש.',
  call_hung_up: 'השיחה הסתיימה לפני שהקוד הוזן. בקשו שיחה חדשה.',
  denied_fraud: hebrewCannotVerify,
  denied_no_credit: 'האימות לא זמין כרגע. נסו שוב מאוחר יותר.',
  denied_blocked: hebrewCannotVerify,
  denied_by_callback: hebrewCannotVerify,
  denied_invalid_callback: hebrewSetupProblem,
  denied_destination: 'אי אפשר לאמת כאן מספרים כמו המספר הזה.',
  provider_error: 'הייתה תקלה בשירות האימות. נסו שוב.',
  number_unreachable: 'לא הצלחנו להשיג את המספר הזה. בדקו אותו, או נסו דרך אחרת.',
  delivery_failed: 'לא הצלחנו למסור את ההודעה. נסו דרך אחרת.',
  verification_replaced: 'התבקש קוד חדש יותר. השתמשו בקוד האחרון שקיבלתם.',
  verification_failed: 'האימות נכשל. נסו שוב.',
};

/**
 * Every verikit UI string in Hebrew (right to left): pass it to `<LocaleProvider locale="he" messages={he}>`. Kept
 * out of the components so a page pays only for the languages it ships (English is built in). Spread it to override
 * a string: `messages={{ ...he, 'flow.changeNumber': '…' }}`.
 */
export const he: MessageCatalogue = localePack(
  {
    // PhoneInput
    'phoneInput.label': 'מספר טלפון',
    // The left-to-right mark keeps "+972" in one piece next to the Hebrew name.
    'phoneInput.countryButton': 'מדינה: {country} \u200E+{callingCode}',
    'phoneInput.countryButtonEmpty': 'בחירת מדינה',
    'phoneInput.search': 'חיפוש מדינה',
    'phoneInput.searchPlaceholder': 'שם או קידומת חיוג',
    'phoneInput.countries': 'מדינות',
    'phoneInput.noResults': 'לא נמצאה מדינה שמתאימה ל־„{query}”',
    'phoneInput.error.required': 'הזינו את מספר הטלפון שלכם.',
    'phoneInput.error.too-short': 'המספר הזה קצר מדי.',
    'phoneInput.error.too-long': 'המספר הזה ארוך מדי.',
    'phoneInput.error.invalid-length': 'במספר הזה יש מספר ספרות שגוי.',
    'phoneInput.error.invalid-country-code': 'קידומת המדינה הזו לא קיימת.',
    'phoneInput.error.no-country': 'בחרו מדינה, או התחילו את המספר ב־+.',
    'phoneInput.error.country-not-allowed': 'אי אפשר להשתמש כאן במספרים מ־{country}.',
    'phoneInput.error.country-not-allowed-unknown': 'אי אפשר להשתמש כאן במספר הזה.',
    'phoneInput.error.unavailable':
      'לא הצלחנו לבדוק את המספר הזה. בדקו את החיבור, ואז ערכו את המספר כדי לנסות שוב.',
    'phoneInput.hint.not-valid': 'כדאי לבדוק את המספר: הוא לא נראה כמו מספר מ־{country}.',
    'phoneInput.hint.not-valid-unknown': 'כדאי לבדוק את המספר: הוא לא נראה כמו מספר תקין.',

    // OtpInput
    'otpInput.label': 'קוד אימות',
    'otpInput.description.numeric':
      '{length, plural, one {הזינו את הקוד בן הספרה האחת} two {הזינו את הקוד בן שתי הספרות} other {הזינו את הקוד בן # הספרות}}',
    'otpInput.description.alphanumeric':
      '{length, plural, one {הזינו את הקוד בן התו האחד} two {הזינו את הקוד בן שני התווים} other {הזינו את הקוד בן # התווים}}',

    // Waiting steps
    'flow.timeLeft': 'הזמן שנותר',
    'flow.changeNumber': 'שינוי המספר',
    'flow.resend': '{method, select, sms {שליחת קוד חדש} other {שיחה חוזרת}}',
    'flow.resendIn': '{method, select, sms {שליחת קוד חדש בעוד {time}} other {שיחה חוזרת בעוד {time}}}',
    'flow.fallbackLegend': 'דרכים אחרות לאימות',
    'flow.fallback':
      '{method, select, sms {קבלת קוד ב־SMS במקום זאת} flashCall {אימות בשיחה שלא נענתה במקום זאת} callout {קבלת הקוד בשיחה קולית במקום זאת} whatsapp {קבלת קוד ב־WhatsApp במקום זאת} other {אימות דרך הרשת הסלולרית במקום זאת}}',
    'flow.verifying': 'בודקים…',
    'flow.attemptsLeft':
      '{count, plural, one {נותר ניסיון אחד} two {נותרו שני ניסיונות} other {נותרו # ניסיונות}}',
    'flow.timedOut': 'עדיין לא הגיע? אפשר לבקש שוב או לנסות דרך אחרת.',
    'sms.heading': 'הזינו את הקוד ששלחנו לכם',
    'sms.lead': 'שלחנו קוד למספר {phone}.',
    'flashCall.heading': 'אנחנו מתקשרים אליכם — אל תענו',
    'flashCall.lead': 'למספר {phone} תגיע שיחה ממספר לא מוכר. אל תענו: המספר שמתקשר הוא הקוד שלכם.',
    'flashCall.digitsLabel':
      '{count, plural, one {הספרה החסרה של המספר שהתקשר אליכם} two {שתי הספרות החסרות של המספר שהתקשר אליכם} other {# הספרות החסרות של המספר שהתקשר אליכם}}',
    'flashCall.knownPart': 'המספר שמתקשר אליכם נראה כך: {pattern}.',
    'flashCall.numberLabel': 'המספר שהתקשר אליכם',
    'flashCall.numberHint':
      '{hint, select, none {הזינו אותו עם קידומת המדינה.} other {המספר כולל את {hint}.}}',
    'flashCall.submit': 'אימות',
    'callout.heading': 'אנחנו מתקשרים אליכם — הקשיבו לקוד',
    'callout.lead': 'ענו לשיחה למספר {phone}. קול מוקלט יקריא לכם את הקוד.',
    'seamless.heading': 'בודקים את המספר שלכם',
    'whatsapp.heading': 'שלחנו לכם קוד ב־WhatsApp',
    'whatsapp.lead': 'הזינו את הקוד ששלחנו למספר {phone} ב־WhatsApp.',
    'seamless.lead': 'הטלפון שלכם מאשר את המספר {phone} דרך חיבור הנתונים הסלולרי. זה לוקח כמה שניות.',
    'seamless.progress': 'אימות דרך הרשת הסלולרית',
    'seamless.timedOut': 'זה לוקח יותר זמן מהרגיל. כבו את ה־Wi-Fi ונסו שוב, או נסו דרך אחרת.',
    'announce.waiting':
      '{method, select, sms {שלחנו קוד למספר {phone}.} flashCall {אנחנו מתקשרים למספר {phone}. אל תענו.} callout {אנחנו מתקשרים למספר {phone}. הקשיבו לקוד.} whatsapp {שלחנו קוד ב־WhatsApp למספר {phone}.} other {בודקים את המספר {phone} דרך הרשת הסלולרית.}}',
    'announce.verifying': 'בודקים…',
    'announce.timeLeft': 'הזמן שנותר: {time}.',
    'announce.timedOut': 'הזמן נגמר.',
    'announce.canResend': 'אפשר לבקש שוב עכשיו.',

    // PhoneVerification
    'phone.heading': 'אימות מספר הטלפון שלכם',
    'phone.submit':
      '{method, select, sms {שלחו לי קוד} flashCall {התקשרו אליי} callout {התקשרו אליי} whatsapp {שלחו לי קוד ב־WhatsApp} other {אמתו את המספר שלי}}',
    'phone.sending': 'שולחים…',
    'phone.required': 'הזינו את מספר הטלפון שלכם.',
    'method.legend': 'איך לאמת אותו?',
    'method.option':
      '{method, select, sms {הודעת טקסט (SMS)} flashCall {שיחה שלא נענתה} callout {שיחה קולית} whatsapp {הודעת WhatsApp} other {נתונים סלולריים}}',
    'fallback.notice':
      '{reason} לכן עברנו {method, select, sms {להודעת טקסט} flashCall {לשיחה שלא נענתה} callout {לשיחה קולית} whatsapp {להודעת WhatsApp} other {לנתונים סלולריים}}.',
    'botCheck.heading': 'אשרו שאתם אדם',
    'botCheck.back': 'חזרה',
    'verified.heading': 'מספר הטלפון אומת',
    'verified.lead': 'המספר {phone} אומת.',
    'announce.verified': 'מספר הטלפון אומת.',
  },
  errors,
);
