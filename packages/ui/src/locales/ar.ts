import type { VerificationErrorCode } from '@verikit/core';
import type { MessageCatalogue } from '../i18n/LocaleProvider';
import { localePack } from '../i18n/localePack';

const arabicSetupProblem = 'حدث خطأ من جهتنا. يُرجى المحاولة مرة أخرى لاحقًا.';
const arabicCannotVerify = 'لا يمكن التحقق من هذا الرقم. جرّب رقمًا آخر.';

/** Arabic (Modern Standard) translations of core's error catalogue (same keys and placeholders as `VERIFICATION_MESSAGES`). */
const errors: Record<VerificationErrorCode, string> = {
  invalid_request: 'حدث خطأ في هذا الطلب. يُرجى المحاولة مرة أخرى.',
  invalid_phone_number: 'أدخل رقم هاتف صالحًا مع رمز الدولة.',
  method_not_allowed: 'طريقة التحقق هذه غير متاحة. اختر طريقة أخرى.',
  country_not_allowed: 'لا يمكن التحقق هنا من أرقام الهواتف في هذا البلد.',
  number_type_not_allowed: 'لا يمكن التحقق من هذا النوع من أرقام الهاتف هنا. استخدم رقم هاتف محمول.',
  rate_limited:
    'محاولات كثيرة جدًا. {retry, select, known {حاول مرة أخرى بعد {time}.} other {حاول مرة أخرى لاحقًا.}}',
  verification_paused: 'التحقق متوقف مؤقتًا للأرقام المشابهة لهذا الرقم. يُرجى المحاولة مرة أخرى لاحقًا.',
  resend_cooldown:
    'أرسلنا للتو رمزًا إلى هذا الرقم. {retry, select, known {يمكنك طلب رمز جديد بعد {time}.} other {انتظر قليلًا قبل طلب رمز جديد.}}',
  too_many_attempts: 'رموز خاطئة كثيرة جدًا. اطلب رمزًا جديدًا.',
  verification_not_found: 'انتهت عملية التحقق هذه. اطلب رمزًا جديدًا.',
  verification_denied: arabicCannotVerify,
  bot_check_required: 'يُرجى تأكيد أنك شخص حقيقي للمتابعة.',
  bot_check_failed: 'تعذّر التأكد من أنك شخص حقيقي. يُرجى المحاولة مرة أخرى.',
  payload_too_large: arabicSetupProblem,
  unsupported_media_type: arabicSetupProblem,
  route_not_found: arabicSetupProblem,
  http_method_not_allowed: arabicSetupProblem,
  forbidden_origin: arabicSetupProblem,
  upstream_unavailable: 'خدمة التحقق غير متاحة الآن. يُرجى المحاولة مرة أخرى بعد قليل.',
  upstream_error: 'واجهت خدمة التحقق مشكلة. يُرجى المحاولة مرة أخرى.',
  service_unavailable: 'التحقق غير متاح الآن. يُرجى المحاولة مرة أخرى بعد قليل.',
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

/**
 * Every verikit UI string in Arabic (Modern Standard): pass it to `<LocaleProvider locale="ar" messages={ar}>`. Kept out of the
 * components so a page pays only for the languages it ships (English is built in). Spread it to override a string:
 * `messages={{ ...ar, 'flow.changeNumber': '…' }}`.
 */
export const ar: MessageCatalogue = localePack(
  {
    // PhoneInput
    'phoneInput.label': 'رقم الهاتف',
    'phoneInput.countryButton': 'البلد: {country} ‎+{callingCode}',
    'phoneInput.countryButtonEmpty': 'اختر البلد',
    'phoneInput.search': 'ابحث عن بلد',
    'phoneInput.searchPlaceholder': 'الاسم أو رمز الاتصال',
    'phoneInput.countries': 'البلدان',
    'phoneInput.noResults': 'لا يوجد بلد يطابق «{query}»',
    'phoneInput.error.required': 'أدخل رقم هاتفك.',
    'phoneInput.error.too-short': 'هذا الرقم قصير جدًا.',
    'phoneInput.error.too-long': 'هذا الرقم طويل جدًا.',
    'phoneInput.error.invalid-length': 'عدد أرقام هذا الرقم غير صحيح.',
    'phoneInput.error.invalid-country-code': 'رمز البلد هذا غير موجود.',
    'phoneInput.error.no-country': 'اختر البلد، أو ابدأ الرقم بـ +.',
    'phoneInput.error.country-not-allowed': 'لا يمكن استخدام أرقام من {country} هنا.',
    'phoneInput.error.country-not-allowed-unknown': 'لا يمكن استخدام هذا الرقم هنا.',
    'phoneInput.error.unavailable':
      'تعذّر التحقق من هذا الرقم. تحقّق من اتصالك، ثم عدّل الرقم للمحاولة مرة أخرى.',
    'phoneInput.hint.not-valid': 'يُرجى التحقق من الرقم: لا يبدو رقمًا من {country}.',
    'phoneInput.hint.not-valid-unknown': 'يُرجى التحقق من الرقم: لا يبدو رقمًا صالحًا.',

    // OtpInput
    'otpInput.label': 'رمز التحقق',
    'otpInput.description.numeric':
      '{length, plural, one {أدخل الرمز المكوّن من رقم واحد} two {أدخل الرمز المكوّن من رقمين} few {أدخل الرمز المكوّن من # أرقام} other {أدخل الرمز المكوّن من # رقمًا}}',
    'otpInput.description.alphanumeric':
      '{length, plural, one {أدخل الرمز المكوّن من حرف واحد} two {أدخل الرمز المكوّن من حرفين} few {أدخل الرمز المكوّن من # أحرف} other {أدخل الرمز المكوّن من # حرفًا}}',

    // Waiting steps
    'flow.timeLeft': 'الوقت المتبقي',
    'flow.changeNumber': 'تغيير الرقم',
    'flow.resend': '{method, select, sms {أرسل رمزًا جديدًا} other {اتصل بي مرة أخرى}}',
    'flow.resendIn': '{method, select, sms {إرسال رمز جديد بعد {time}} other {معاودة الاتصال بعد {time}}}',
    'flow.fallbackLegend': 'طرق أخرى للتحقق',
    'flow.fallback':
      '{method, select, sms {أرسل لي الرمز برسالة نصية بدلًا من ذلك} flashCall {تحقّق بمكالمة فائتة بدلًا من ذلك} callout {اتصل بي لقراءة الرمز بدلًا من ذلك} whatsapp {أرسل لي الرمز عبر واتساب بدلًا من ذلك} other {تحقّق عبر بيانات الجوال بدلًا من ذلك}}',
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
    'whatsapp.heading': 'أرسلنا إليك رمزًا عبر واتساب',
    'whatsapp.lead': 'أدخل الرمز الذي أرسلناه إلى {phone} عبر واتساب.',
    'seamless.lead': 'يؤكد هاتفك الرقم {phone} عبر اتصال بيانات الجوال. يستغرق ذلك بضع ثوانٍ.',
    'seamless.progress': 'التحقق عبر بيانات الجوال',
    'seamless.timedOut':
      'يستغرق هذا وقتًا أطول من المعتاد. أوقف شبكة Wi-Fi وحاول مرة أخرى، أو جرّب طريقة أخرى.',

    // PhoneVerification
    'phone.heading': 'تحقّق من رقم هاتفك',
    'phone.submit':
      '{method, select, sms {أرسل لي رمزًا} flashCall {اتصل بي} callout {اتصل بي} whatsapp {أرسل لي رمزًا عبر واتساب} other {تحقّق من رقمي}}',
    'phone.sending': 'جارٍ الإرسال…',
    'phone.required': 'أدخل رقم هاتفك.',
    'method.legend': 'كيف نتحقق منه؟',
    'method.option':
      '{method, select, sms {رسالة نصية (SMS)} flashCall {مكالمة فائتة} callout {مكالمة صوتية} whatsapp {رسالة واتساب} other {بيانات الجوال}}',
    'fallback.notice':
      '{reason} لذلك انتقلنا إلى {method, select, sms {رسالة نصية} flashCall {مكالمة فائتة} callout {مكالمة صوتية} whatsapp {رسالة واتساب} other {بيانات الجوال}}.',
    'botCheck.heading': 'أكّد أنك شخص حقيقي',
    'botCheck.back': 'رجوع',
    'verified.heading': 'تم التحقق من رقم الهاتف',
    'verified.lead': 'تم التحقق من {phone}.',
    'announce.waiting':
      '{method, select, sms {أرسلنا رمزًا إلى {phone}.} flashCall {نتصل الآن بالرقم {phone}. لا تُجب.} callout {نتصل الآن بالرقم {phone}. استمع إلى الرمز.} whatsapp {أرسلنا رمزًا عبر واتساب إلى {phone}.} other {نتحقق من {phone} عبر بيانات الجوال.}}',
    'announce.verifying': 'جارٍ التحقق…',
    'announce.verified': 'تم التحقق من رقم الهاتف.',
    'announce.timeLeft': 'تبقّى {time}.',
    'announce.timedOut': 'انتهى الوقت.',
    'announce.canResend': 'يمكنك الطلب مرة أخرى الآن.',
  },
  errors,
);
