import type { MessageCatalogue } from '../i18n/LocaleProvider';
import { localePack } from '../i18n/localePack';

const setupProblem = 'Bizim tarafımızda bir sorun oluştu. Lütfen daha sonra tekrar deneyin.';
const cannotVerify = 'Bu numara doğrulanamıyor. Başka bir numara deneyin.';
const serviceProblem = 'Doğrulama hizmetinde bir sorun oluştu. Lütfen tekrar deneyin.';

/**
 * Every verikit UI string in Turkish: `<LocaleProvider locale="tr" messages={tr}>`. Spread it to override a string:
 * `messages={{ ...tr, 'flow.changeNumber': '…' }}`.
 */
export const tr: MessageCatalogue = localePack(
  {
    // PhoneInput
    'phoneInput.label': 'Telefon numarası',
    'phoneInput.countryButton': 'Ülke: {country} +{callingCode}',
    'phoneInput.countryButtonEmpty': 'Ülke seçin',
    'phoneInput.search': 'Ülke arayın',
    'phoneInput.searchPlaceholder': 'Ad veya alan kodu',
    'phoneInput.countries': 'Ülkeler',
    'phoneInput.noResults': '“{query}” ile eşleşen ülke yok',
    'phoneInput.error.required': 'Telefon numaranızı girin.',
    'phoneInput.error.too-short': 'Bu numara çok kısa.',
    'phoneInput.error.too-long': 'Bu numara çok uzun.',
    'phoneInput.error.invalid-length': 'Bu numaranın hane sayısı yanlış.',
    'phoneInput.error.invalid-country-code': 'Böyle bir ülke kodu yok.',
    'phoneInput.error.no-country': 'Bir ülke seçin ya da numaraya + ile başlayın.',
    'phoneInput.error.country-not-allowed': '{country} numaraları burada kullanılamaz.',
    'phoneInput.error.country-not-allowed-unknown': 'Bu numara burada kullanılamaz.',
    'phoneInput.error.unavailable':
      'Bu numarayı kontrol edemedik. Bağlantınızı kontrol edin, sonra tekrar denemek için numarayı düzenleyin.',
    'phoneInput.hint.not-valid': 'Lütfen numarayı kontrol edin: {country} numarasına benzemiyor.',
    'phoneInput.hint.not-valid-unknown': 'Lütfen numarayı kontrol edin: geçerli bir numaraya benzemiyor.',

    // OtpInput
    'otpInput.label': 'Doğrulama kodu',
    'otpInput.description.numeric': '{length} haneli kodu girin',
    'otpInput.description.alphanumeric': '{length} karakterli kodu girin',

    // Waiting steps
    'flow.timeLeft': 'Kalan süre',
    'flow.changeNumber': 'Numarayı değiştir',
    'flow.resend': '{method, select, sms {Yeni kod gönder} other {Beni tekrar ara}}',
    'flow.resendIn':
      '{method, select, sms {{time} sonra yeni kod gönder} other {{time} sonra beni tekrar ara}}',
    'flow.fallbackLegend': 'Diğer doğrulama yolları',
    'flow.fallback':
      '{method, select, sms {Bunun yerine SMS ile kod gönder} flashCall {Bunun yerine cevapsız aramayla doğrula} callout {Bunun yerine kodu sesli aramayla ilet} whatsapp {Bunun yerine WhatsApp ile kod gönder} other {Bunun yerine mobil veriyle doğrula}}',
    'flow.verifying': 'Kontrol ediliyor…',
    'flow.attemptsLeft': '{count, plural, one {# deneme hakkı kaldı} other {# deneme hakkı kaldı}}',
    'flow.timedOut': 'Hâlâ gelmedi mi? Tekrar isteyin ya da başka bir yol deneyin.',
    'sms.heading': 'SMS ile gönderdiğimiz kodu girin',
    'sms.lead': '{phone} numarasına bir kod gönderdik.',
    'flashCall.heading': 'Sizi arıyoruz — açmayın',
    'flashCall.lead':
      '{phone} numarası bilinmeyen bir numaradan aranacak. Açmayın: arayan numara sizin kodunuzdur.',
    'flashCall.digitsLabel':
      '{count, plural, one {Sizi arayan numaranın eksik hanesi} other {Sizi arayan numaranın eksik # hanesi}}',
    'flashCall.knownPart': 'Sizi arayan numara şöyle görünür: {pattern}.',
    'flashCall.numberLabel': 'Sizi arayan numara',
    'flashCall.numberHint': '{hint, select, none {Ülke koduyla birlikte.} other {İçinde {hint} var.}}',
    'flashCall.submit': 'Doğrula',
    'callout.heading': 'Sizi arıyoruz — kodu dinleyin',
    'callout.lead': '{phone} numarasına gelen aramayı açın. Bir ses kodunuzu okuyacak.',
    'seamless.heading': 'Numaranız kontrol ediliyor',
    'whatsapp.heading': 'WhatsApp ile bir kod gönderdik',
    'whatsapp.lead': '{phone} numarasına WhatsApp ile gönderdiğimiz kodu girin.',
    'seamless.lead':
      'Telefonunuz {phone} numarasını mobil veri bağlantısı üzerinden onaylıyor. Bu birkaç saniye sürer.',
    'seamless.progress': 'Mobil veriyle doğrulanıyor',
    'seamless.timedOut':
      'Bu, her zamankinden uzun sürüyor. Wi-Fi’ı kapatıp tekrar deneyin ya da başka bir yol deneyin.',
    'announce.waiting':
      '{method, select, sms {{phone} numarasına bir kod gönderdik.} flashCall {{phone} numarasını arıyoruz. Açmayın.} callout {{phone} numarasını arıyoruz. Kodu dinleyin.} whatsapp {{phone} numarasına WhatsApp ile bir kod gönderdik.} other {{phone} mobil veriyle kontrol ediliyor.}}',
    'announce.verifying': 'Kontrol ediliyor…',
    'announce.timeLeft': '{time} kaldı.',
    'announce.timedOut': 'Süre doldu.',
    'announce.canResend': 'Artık yenisini isteyebilirsiniz.',

    // PhoneVerification
    'phone.heading': 'Telefon numaranızı doğrulayın',
    'phone.submit':
      '{method, select, sms {Bana SMS ile kod gönder} flashCall {Beni ara} callout {Beni ara} whatsapp {Bana WhatsApp ile kod gönder} other {Numaramı doğrula}}',
    'phone.sending': 'Gönderiliyor…',
    'phone.required': 'Telefon numaranızı girin.',
    'method.legend': 'Nasıl doğrulamak istersiniz?',
    'method.option':
      '{method, select, sms {Kısa mesaj (SMS)} flashCall {Cevapsız arama} callout {Sesli arama} whatsapp {WhatsApp mesajı} other {Mobil veri}}',
    'fallback.notice':
      '{reason} Bu yüzden {method, select, sms {kısa mesaja} flashCall {cevapsız aramaya} callout {sesli aramaya} whatsapp {WhatsApp mesajına} other {mobil veriye}} geçtik.',
    'botCheck.heading': 'İnsan olduğunuzu doğrulayın',
    'botCheck.back': 'Geri',
    'verified.heading': 'Telefon numarası doğrulandı',
    'verified.lead': '{phone} doğrulandı.',
    'announce.verified': 'Telefon numarası doğrulandı.',
  },
  {
    invalid_request: 'Bu istekte bir sorun oluştu. Lütfen tekrar deneyin.',
    invalid_phone_number: 'Ülke koduyla birlikte geçerli bir telefon numarası girin.',
    method_not_allowed: 'Bu doğrulama yolu kullanılamıyor. Başka birini seçin.',
    country_not_allowed: 'Bu ülkenin telefon numaraları burada doğrulanamaz.',
    number_type_not_allowed:
      'Bu tür telefon numarası burada doğrulanamaz. Bir cep telefonu numarası kullanın.',
    rate_limited:
      'Çok fazla deneme. {retry, select, known {{time} sonra tekrar deneyin.} other {Daha sonra tekrar deneyin.}}',
    verification_paused:
      'Bunun gibi numaralar için doğrulama duraklatıldı. Lütfen daha sonra tekrar deneyin.',
    resend_cooldown:
      'Bu numaraya az önce bir kod gönderildi. {retry, select, known {{time} sonra yenisini isteyebilirsiniz.} other {Yenisini istemeden önce biraz bekleyin.}}',
    too_many_attempts: 'Çok fazla yanlış kod. Yeni bir kod isteyin.',
    verification_not_found: 'Bu doğrulama sona erdi. Yeni bir kod isteyin.',
    verification_denied: cannotVerify,
    bot_check_required: 'Devam etmek için insan olduğunuzu doğrulayın.',
    bot_check_failed: 'İnsan olduğunuzu doğrulayamadık. Lütfen tekrar deneyin.',
    payload_too_large: setupProblem,
    unsupported_media_type: setupProblem,
    route_not_found: setupProblem,
    http_method_not_allowed: setupProblem,
    forbidden_origin: setupProblem,
    upstream_unavailable: 'Doğrulama hizmetine şu anda ulaşılamıyor. Lütfen birazdan tekrar deneyin.',
    upstream_error: serviceProblem,
    service_unavailable: 'Doğrulama şu anda kullanılamıyor. Lütfen birazdan tekrar deneyin.',
    internal_error: setupProblem,
    network_error: 'Bağlanılamadı. İnternet bağlantınızı kontrol edip tekrar deneyin.',
    timeout: 'Bu çok uzun sürüyor. İnternet bağlantınızı kontrol edip tekrar deneyin.',
    aborted: 'İstek iptal edildi.',
    invalid_response: setupProblem,
    invalid_code: 'Bu kod doğru değil. Kontrol edip tekrar deneyin.',
    invalid_cli: 'Bu, sizi arayan numara değil. Kontrol edip tekrar deneyin.',
    incomplete_code: '{length} hanenin hepsini girin.',
    expired: 'Kodun süresi doldu. Yenisini isteyin.',
    call_hung_up: 'Arama, kod girilmeden sona erdi. Yeni bir arama isteyin.',
    denied_fraud: cannotVerify,
    denied_no_credit: 'Doğrulama şu anda kullanılamıyor. Lütfen daha sonra tekrar deneyin.',
    denied_blocked: cannotVerify,
    denied_by_callback: cannotVerify,
    denied_invalid_callback: setupProblem,
    denied_destination: 'Bunun gibi numaralar burada doğrulanamaz.',
    provider_error: serviceProblem,
    number_unreachable: 'Bu numaraya ulaşamadık. Numarayı kontrol edin ya da başka bir yol deneyin.',
    delivery_failed: 'Mesajı iletemedik. Başka bir yol deneyin.',
    verification_replaced: 'Daha yeni bir kod istendi. En sonuncusunu kullanın.',
    verification_failed: 'Doğrulama başarısız oldu. Lütfen tekrar deneyin.',
  },
);
