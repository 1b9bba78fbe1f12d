import type { MessageCatalogue } from '../i18n/LocaleProvider';
import { localePack } from '../i18n/localePack';

const setupProblem = 'हमारी तरफ़ से कुछ गड़बड़ हो गई। कृपया बाद में फिर से कोशिश करें।';
const cannotVerify = 'इस नंबर की पुष्टि नहीं हो सकती। कोई दूसरा नंबर आज़माएँ।';
const serviceProblem = 'पुष्टि सेवा में कोई समस्या आई। कृपया फिर से कोशिश करें।';

/**
 * Every verikit UI string in Hindi: `<LocaleProvider locale="hi" messages={hi}>`. Spread it to override a string:
 * `messages={{ ...hi, 'flow.changeNumber': '…' }}`.
 */
export const hi: MessageCatalogue = localePack(
  {
    // PhoneInput
    'phoneInput.label': 'फ़ोन नंबर',
    'phoneInput.countryButton': 'देश: {country} +{callingCode}',
    'phoneInput.countryButtonEmpty': 'देश चुनें',
    'phoneInput.search': 'देश खोजें',
    'phoneInput.searchPlaceholder': 'नाम या डायल कोड',
    'phoneInput.countries': 'देश',
    'phoneInput.noResults': '“{query}” से कोई देश मेल नहीं खाता',
    'phoneInput.error.required': 'अपना फ़ोन नंबर डालें।',
    'phoneInput.error.too-short': 'यह नंबर बहुत छोटा है।',
    'phoneInput.error.too-long': 'यह नंबर बहुत लंबा है।',
    'phoneInput.error.invalid-length': 'इस नंबर में अंकों की संख्या सही नहीं है।',
    'phoneInput.error.invalid-country-code': 'यह देश कोड मौजूद नहीं है।',
    'phoneInput.error.no-country': 'कोई देश चुनें, या नंबर + से शुरू करें।',
    'phoneInput.error.country-not-allowed': '{country} के नंबर यहाँ इस्तेमाल नहीं किए जा सकते।',
    'phoneInput.error.country-not-allowed-unknown': 'यह नंबर यहाँ इस्तेमाल नहीं किया जा सकता।',
    'phoneInput.error.unavailable':
      'हम इस नंबर की जाँच नहीं कर सके। अपना कनेक्शन देखें, फिर दोबारा कोशिश करने के लिए नंबर बदलें।',
    'phoneInput.hint.not-valid': 'कृपया यह नंबर जाँच लें: यह {country} का नंबर नहीं लगता।',
    'phoneInput.hint.not-valid-unknown': 'कृपया यह नंबर जाँच लें: यह सही नंबर नहीं लगता।',

    // OtpInput
    'otpInput.label': 'पुष्टि कोड',
    'otpInput.description.numeric': '{length} अंकों का कोड डालें',
    'otpInput.description.alphanumeric': '{length} वर्णों का कोड डालें',

    // Waiting steps
    'flow.timeLeft': 'बचा हुआ समय',
    'flow.changeNumber': 'नंबर बदलें',
    'flow.resend': '{method, select, sms {नया कोड भेजें} other {मुझे फिर से कॉल करें}}',
    'flow.resendIn': '{method, select, sms {{time} में नया कोड भेजें} other {{time} में मुझे फिर से कॉल करें}}',
    'flow.fallbackLegend': 'पुष्टि के दूसरे तरीके',
    'flow.fallback':
      '{method, select, sms {इसके बजाय SMS से कोड भेजें} flashCall {इसके बजाय मिस्ड कॉल से पुष्टि करें} callout {इसके बजाय कॉल करके कोड बताएँ} whatsapp {इसके बजाय मुझे WhatsApp पर कोड भेजें} other {इसके बजाय मोबाइल डेटा से पुष्टि करें}}',
    'flow.verifying': 'जाँच हो रही है…',
    'flow.attemptsLeft': '{count, plural, one {# कोशिश बाकी है} other {# कोशिशें बाकी हैं}}',
    'flow.timedOut': 'अभी तक कुछ नहीं आया? फिर से माँगें या कोई दूसरा तरीका आज़माएँ।',
    'sms.heading': 'SMS से भेजा गया कोड डालें',
    'sms.lead': 'हमने {phone} पर एक कोड भेजा है।',
    'flashCall.heading': 'हम आपको कॉल कर रहे हैं — कॉल न उठाएँ',
    'flashCall.lead': '{phone} पर किसी अनजान नंबर से कॉल आएगी। कॉल न उठाएँ: कॉल करने वाला नंबर ही आपका कोड है।',
    'flashCall.digitsLabel':
      '{count, plural, one {आपको कॉल करने वाले नंबर का छूटा हुआ अंक} other {आपको कॉल करने वाले नंबर के छूटे हुए # अंक}}',
    'flashCall.knownPart': 'आपको कॉल करने वाला नंबर कुछ ऐसा दिखता है: {pattern}।',
    'flashCall.numberLabel': 'आपको कॉल करने वाला नंबर',
    'flashCall.numberHint': '{hint, select, none {देश कोड के साथ डालें।} other {इसमें {hint} है।}}',
    'flashCall.submit': 'पुष्टि करें',
    'callout.heading': 'हम आपको कॉल कर रहे हैं — कोड सुनें',
    'callout.lead': '{phone} पर आने वाली कॉल उठाएँ। एक आवाज़ आपको कोड पढ़कर सुनाएगी।',
    'seamless.heading': 'आपके नंबर की जाँच हो रही है',
    'whatsapp.heading': 'हमने WhatsApp पर एक कोड भेजा है',
    'whatsapp.lead': 'हमने {phone} पर WhatsApp से जो कोड भेजा है, उसे डालें।',
    'seamless.lead': 'आपका फ़ोन मोबाइल डेटा कनेक्शन से {phone} की पुष्टि कर रहा है। इसमें कुछ सेकंड लगते हैं।',
    'seamless.progress': 'मोबाइल डेटा से पुष्टि हो रही है',
    'seamless.timedOut':
      'इसमें सामान्य से ज़्यादा समय लग रहा है। वाई-फ़ाई बंद करके फिर से कोशिश करें, या कोई दूसरा तरीका आज़माएँ।',
    'announce.waiting':
      '{method, select, sms {हमने {phone} पर एक कोड भेजा है।} flashCall {हम {phone} पर कॉल कर रहे हैं। कॉल न उठाएँ।} callout {हम {phone} पर कॉल कर रहे हैं। कोड सुनें।} whatsapp {हमने {phone} पर WhatsApp से एक कोड भेजा है।} other {मोबाइल डेटा से {phone} की जाँच हो रही है।}}',
    'announce.verifying': 'जाँच हो रही है…',
    'announce.timeLeft': '{time} बाकी।',
    'announce.timedOut': 'समय खत्म हो गया।',
    'announce.canResend': 'अब आप नया माँग सकते हैं।',

    // PhoneVerification
    'phone.heading': 'अपने फ़ोन नंबर की पुष्टि करें',
    'phone.submit':
      '{method, select, sms {मुझे SMS से कोड भेजें} flashCall {मुझे कॉल करें} callout {मुझे कॉल करें} whatsapp {मुझे WhatsApp पर कोड भेजें} other {मेरे नंबर की पुष्टि करें}}',
    'phone.sending': 'भेजा जा रहा है…',
    'phone.required': 'अपना फ़ोन नंबर डालें।',
    'method.legend': 'आप पुष्टि कैसे करना चाहेंगे?',
    'method.option':
      '{method, select, sms {टेक्स्ट मैसेज (SMS)} flashCall {मिस्ड कॉल} callout {वॉइस कॉल} whatsapp {WhatsApp मैसेज} other {मोबाइल डेटा}}',
    'fallback.notice':
      '{reason} इसलिए हमने {method, select, sms {टेक्स्ट मैसेज} flashCall {मिस्ड कॉल} callout {वॉइस कॉल} whatsapp {WhatsApp मैसेज} other {मोबाइल डेटा}} पर स्विच किया है।',
    'botCheck.heading': 'पुष्टि करें कि आप इंसान हैं',
    'botCheck.back': 'वापस जाएँ',
    'verified.heading': 'फ़ोन नंबर की पुष्टि हो गई',
    'verified.lead': '{phone} की पुष्टि हो गई है।',
    'announce.verified': 'फ़ोन नंबर की पुष्टि हो गई।',
  },
  {
    invalid_request: 'इस अनुरोध में कुछ गड़बड़ हो गई। कृपया फिर से कोशिश करें।',
    invalid_phone_number: 'देश कोड के साथ एक सही फ़ोन नंबर डालें।',
    method_not_allowed: 'पुष्टि का यह तरीका उपलब्ध नहीं है। कोई दूसरा चुनें।',
    country_not_allowed: 'इस देश के फ़ोन नंबरों की पुष्टि यहाँ नहीं हो सकती।',
    number_type_not_allowed: 'इस तरह के फ़ोन नंबर की पुष्टि यहाँ नहीं हो सकती। मोबाइल नंबर इस्तेमाल करें।',
    rate_limited:
      'बहुत ज़्यादा कोशिशें हो गईं। {retry, select, known {{time} बाद फिर से कोशिश करें।} other {बाद में फिर से कोशिश करें।}}',
    verification_paused: 'ऐसे नंबरों की पुष्टि अभी रोकी गई है। कृपया बाद में फिर से कोशिश करें।',
    resend_cooldown:
      'इस नंबर पर अभी-अभी एक कोड भेजा गया है। {retry, select, known {{time} बाद आप नया कोड माँग सकते हैं।} other {नया कोड माँगने से पहले थोड़ा इंतज़ार करें।}}',
    too_many_attempts: 'बहुत ज़्यादा गलत कोड डाले गए। नया कोड माँगें।',
    verification_not_found: 'यह पुष्टि खत्म हो चुकी है। नया कोड माँगें।',
    verification_denied: cannotVerify,
    bot_check_required: 'जारी रखने के लिए पुष्टि करें कि आप इंसान हैं।',
    bot_check_failed: 'हम पुष्टि नहीं कर सके कि आप इंसान हैं। कृपया फिर से कोशिश करें।',
    payload_too_large: setupProblem,
    unsupported_media_type: setupProblem,
    route_not_found: setupProblem,
    http_method_not_allowed: setupProblem,
    forbidden_origin: setupProblem,
    upstream_unavailable: 'पुष्टि सेवा अभी उपलब्ध नहीं है। कृपया थोड़ी देर में फिर से कोशिश करें।',
    upstream_error: serviceProblem,
    service_unavailable: 'पुष्टि अभी उपलब्ध नहीं है। कृपया थोड़ी देर में फिर से कोशिश करें।',
    internal_error: setupProblem,
    network_error: 'कनेक्ट नहीं हो सका। अपना इंटरनेट कनेक्शन देखें और फिर से कोशिश करें।',
    timeout: 'इसमें बहुत समय लग रहा है। अपना इंटरनेट कनेक्शन देखें और फिर से कोशिश करें।',
    aborted: 'अनुरोध रद्द कर दिया गया।',
    invalid_response: setupProblem,
    invalid_code: 'यह कोड सही नहीं है। इसे जाँचें और फिर से कोशिश करें।',
    invalid_cli: 'यह वह नंबर नहीं है जिससे आपको कॉल आई थी। इसे जाँचें और फिर से कोशिश करें।',
    incomplete_code: 'सभी {length} अंक डालें।',
    expired: 'कोड की समय-सीमा खत्म हो गई। नया कोड माँगें।',
    call_hung_up: 'कोड डालने से पहले ही कॉल खत्म हो गई। नई कॉल माँगें।',
    denied_fraud: cannotVerify,
    denied_no_credit: 'पुष्टि अभी उपलब्ध नहीं है। कृपया बाद में फिर से कोशिश करें।',
    denied_blocked: cannotVerify,
    denied_by_callback: cannotVerify,
    denied_invalid_callback: setupProblem,
    denied_destination: 'ऐसे फ़ोन नंबरों की पुष्टि यहाँ नहीं हो सकती।',
    provider_error: serviceProblem,
    number_unreachable: 'हम इस नंबर तक नहीं पहुँच सके। इसे जाँचें, या कोई दूसरा तरीका आज़माएँ।',
    delivery_failed: 'हम मैसेज नहीं पहुँचा सके। कोई दूसरा तरीका आज़माएँ।',
    verification_replaced: 'एक नया कोड माँगा गया है। सबसे नया कोड इस्तेमाल करें।',
    verification_failed: 'पुष्टि नहीं हो सकी। कृपया फिर से कोशिश करें।',
  },
);
