import { VERIFICATION_MESSAGES, type VerificationErrorCode } from '@verikit/core';
import type { MessageCatalogue, Translations } from './LocaleProvider';

type ErrorCatalogue = Record<VerificationErrorCode, string>;

const germanSetupProblem = 'Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es später erneut.';

/** German translations of core's error catalogue (same keys and placeholders as `VERIFICATION_MESSAGES`). */
const de: ErrorCatalogue = {
  invalid_request: 'Bei dieser Anfrage ist etwas schiefgelaufen. Bitte versuchen Sie es erneut.',
  invalid_phone_number: 'Geben Sie eine gültige Telefonnummer mit Ländervorwahl ein.',
  method_not_allowed: 'Diese Art der Bestätigung ist nicht verfügbar. Wählen Sie eine andere.',
  country_not_allowed: 'Telefonnummern aus diesem Land können hier nicht bestätigt werden.',
  rate_limited:
    'Zu viele Versuche. {retry, select, known {Versuchen Sie es in {time} erneut.} other {Versuchen Sie es später erneut.}}',
  too_many_attempts: 'Zu viele falsche Codes. Fordern Sie einen neuen Code an.',
  verification_not_found: 'Diese Bestätigung ist beendet. Fordern Sie einen neuen Code an.',
  verification_denied: 'Diese Nummer kann nicht bestätigt werden. Versuchen Sie eine andere Nummer.',
  payload_too_large: germanSetupProblem,
  unsupported_media_type: germanSetupProblem,
  route_not_found: germanSetupProblem,
  http_method_not_allowed: germanSetupProblem,
  forbidden_origin: germanSetupProblem,
  upstream_unavailable:
    'Der Bestätigungsdienst ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.',
  upstream_error: 'Beim Bestätigungsdienst ist ein Problem aufgetreten. Bitte versuchen Sie es erneut.',
  internal_error: germanSetupProblem,
  network_error: 'Keine Verbindung. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
  timeout: 'Das dauert zu lange. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
  aborted: 'Die Anfrage wurde abgebrochen.',
  invalid_response: germanSetupProblem,
  invalid_code: 'Dieser Code stimmt nicht. Prüfen Sie ihn und versuchen Sie es erneut.',
  invalid_cli: 'Das ist nicht die Nummer, die Sie angerufen hat. Prüfen Sie sie und versuchen Sie es erneut.',
  incomplete_code: 'Geben Sie alle {length} Ziffern ein.',
  expired: 'Der Code ist abgelaufen. Fordern Sie einen neuen an.',
  call_hung_up: 'Der Anruf wurde beendet, bevor der Code eingegeben wurde. Fordern Sie einen neuen Anruf an.',
  denied_fraud: 'Diese Nummer kann nicht bestätigt werden. Versuchen Sie eine andere Nummer.',
  denied_no_credit: 'Die Bestätigung ist gerade nicht verfügbar. Bitte versuchen Sie es später erneut.',
  denied_blocked: 'Diese Nummer kann nicht bestätigt werden. Versuchen Sie eine andere Nummer.',
  denied_by_callback: 'Diese Nummer kann nicht bestätigt werden. Versuchen Sie eine andere Nummer.',
  denied_invalid_callback: germanSetupProblem,
  denied_destination: 'Nummern wie diese können hier nicht bestätigt werden.',
  provider_error: 'Beim Bestätigungsdienst ist ein Problem aufgetreten. Bitte versuchen Sie es erneut.',
  number_unreachable:
    'Wir konnten diese Nummer nicht erreichen. Prüfen Sie sie oder wählen Sie einen anderen Weg.',
  delivery_failed: 'Wir konnten die Nachricht nicht zustellen. Wählen Sie einen anderen Weg.',
  verification_replaced: 'Es wurde ein neuerer Code angefordert. Verwenden Sie den neuesten.',
  verification_failed: 'Die Bestätigung ist fehlgeschlagen. Bitte versuchen Sie es erneut.',
};

const arabicSetupProblem = 'حدث خطأ من جهتنا. يُرجى المحاولة مرة أخرى لاحقًا.';
const arabicCannotVerify = 'لا يمكن التحقق من هذا الرقم. جرّب رقمًا آخر.';

/** Arabic translations of core's error catalogue (Modern Standard Arabic). */
const ar: ErrorCatalogue = {
  invalid_request: 'حدث خطأ في هذا الطلب. يُرجى المحاولة مرة أخرى.',
  invalid_phone_number: 'أدخل رقم هاتف صالحًا مع رمز الدولة.',
  method_not_allowed: 'طريقة التحقق هذه غير متاحة. اختر طريقة أخرى.',
  country_not_allowed: 'لا يمكن التحقق هنا من أرقام الهواتف في هذا البلد.',
  rate_limited:
    'محاولات كثيرة جدًا. {retry, select, known {حاول مرة أخرى بعد {time}.} other {حاول مرة أخرى لاحقًا.}}',
  too_many_attempts: 'رموز خاطئة كثيرة جدًا. اطلب رمزًا جديدًا.',
  verification_not_found: 'انتهت عملية التحقق هذه. اطلب رمزًا جديدًا.',
  verification_denied: arabicCannotVerify,
  payload_too_large: arabicSetupProblem,
  unsupported_media_type: arabicSetupProblem,
  route_not_found: arabicSetupProblem,
  http_method_not_allowed: arabicSetupProblem,
  forbidden_origin: arabicSetupProblem,
  upstream_unavailable: 'خدمة التحقق غير متاحة الآن. يُرجى المحاولة مرة أخرى بعد قليل.',
  upstream_error: 'واجهت خدمة التحقق مشكلة. يُرجى المحاولة مرة أخرى.',
  internal_error: arabicSetupProblem,
  network_error: 'تعذّر الاتصال. تحقّق من اتصالك بالإنترنت وحاول مرة أخرى.',
  timeout: 'يستغرق هذا وقتًا طويلًا. تحقّق من اتصالك بالإنترنت وحاول مرة أخرى.',
  aborted: 'أُلغي الطلب.',
  invalid_response: arabicSetupProblem,
  invalid_code: 'هذا الرمز غير صحيح. تحقّق منه وحاول مرة أخرى.',
  invalid_cli: 'هذا ليس الرقم الذي اتصل بك. تحقّق منه وحاول مرة أخرى.',
  incomplete_code:
    '{length, plural, one {أدخل الرقم} two {أدخل الرقمين} few {أدخل الأرقام الـ# كلها} other {أدخل الأرقام الـ# كلها}}.',
  expired: 'انتهت صلاحية الرمز. اطلب رمزًا جديدًا.',
  call_hung_up: 'انتهت المكالمة قبل إدخال الرمز. اطلب مكالمة جديدة.',
  denied_fraud: arabicCannotVerify,
  denied_no_credit: 'التحقق غير متاح الآن. يُرجى المحاولة مرة أخرى لاحقًا.',
  denied_blocked: arabicCannotVerify,
  denied_by_callback: arabicCannotVerify,
  denied_invalid_callback: arabicSetupProblem,
  denied_destination: 'لا يمكن التحقق هنا من أرقام مثل هذا الرقم.',
  provider_error: 'واجهت خدمة التحقق مشكلة. يُرجى المحاولة مرة أخرى.',
  number_unreachable: 'تعذّر الوصول إلى هذا الرقم. تحقّق منه أو جرّب طريقة أخرى.',
  delivery_failed: 'تعذّر تسليم الرسالة. جرّب طريقة أخرى.',
  verification_replaced: 'طُلب رمز أحدث. استخدم آخر رمز وصلك.',
  verification_failed: 'فشل التحقق. يُرجى المحاولة مرة أخرى.',
};

function asKeys(catalogue: Readonly<Record<string, string>>): MessageCatalogue {
  const keyed: MessageCatalogue = {};
  for (const [code, template] of Object.entries(catalogue)) keyed[`error.${code}`] = template;
  return keyed;
}

/**
 * Every error message as `error.<code>`, in English (core's `VERIFICATION_MESSAGES`), German and Arabic.
 * An app translates or rewords one through `<LocaleProvider messages={{ 'error.rate_limited': '…' }}>`.
 */
export const errorMessages: Translations = {
  en: asKeys(VERIFICATION_MESSAGES),
  de: asKeys(de),
  ar: asKeys(ar),
};
