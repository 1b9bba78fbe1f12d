import type { MessageCatalogue } from '../i18n/LocaleProvider';
import { localePack } from '../i18n/localePack';

const setupProblem = '我们这边出了点问题。请稍后再试。';
const cannotVerify = '无法验证这个号码。请换一个号码试试。';
const serviceProblem = '验证服务出现问题。请重试。';

/**
 * Every verikit UI string in Simplified Chinese: `<LocaleProvider locale="zh-Hans" messages={zhHans}>`. Chinese has
 * one plural form (`other`). Spread it to override a string: `messages={{ ...zhHans, 'flow.changeNumber': '…' }}`.
 */
export const zhHans: MessageCatalogue = localePack(
  {
    // PhoneInput
    'phoneInput.label': '手机号码',
    'phoneInput.countryButton': '国家/地区：{country} +{callingCode}',
    'phoneInput.countryButtonEmpty': '选择国家/地区',
    'phoneInput.search': '搜索国家/地区',
    'phoneInput.searchPlaceholder': '名称或区号',
    'phoneInput.countries': '国家/地区',
    'phoneInput.noResults': '没有与“{query}”匹配的国家/地区',
    'phoneInput.error.required': '请输入您的手机号码。',
    'phoneInput.error.too-short': '这个号码太短了。',
    'phoneInput.error.too-long': '这个号码太长了。',
    'phoneInput.error.invalid-length': '这个号码的位数不对。',
    'phoneInput.error.invalid-country-code': '这个国家/地区代码不存在。',
    'phoneInput.error.no-country': '请选择国家/地区，或以 + 开头输入号码。',
    'phoneInput.error.country-not-allowed': '此处不能使用{country}的号码。',
    'phoneInput.error.country-not-allowed-unknown': '此处不能使用这个号码。',
    'phoneInput.error.unavailable': '无法检查这个号码。请检查网络连接，然后修改号码重试。',
    'phoneInput.hint.not-valid': '请检查这个号码：它看起来不像{country}的号码。',
    'phoneInput.hint.not-valid-unknown': '请检查这个号码：它看起来不像有效的号码。',

    // OtpInput
    'otpInput.label': '验证码',
    'otpInput.description.numeric': '请输入 {length} 位验证码',
    'otpInput.description.alphanumeric': '请输入 {length} 个字符的验证码',

    // Waiting steps
    'flow.timeLeft': '剩余时间',
    'flow.changeNumber': '更换号码',
    'flow.resend': '{method, select, sms {发送新验证码} other {再给我打一次}}',
    'flow.resendIn': '{method, select, sms {{time} 后可发送新验证码} other {{time} 后可再打一次}}',
    'flow.fallbackLegend': '其他验证方式',
    'flow.fallback':
      '{method, select, sms {改为通过短信接收验证码} flashCall {改为通过未接来电验证} callout {改为通过语音电话接收验证码} whatsapp {改为通过 WhatsApp 接收验证码} other {改为通过移动数据验证}}',
    'flow.verifying': '正在验证…',
    'flow.attemptsLeft': '{count, plural, other {还剩 # 次机会}}',
    'flow.timedOut': '还没收到？请重新获取，或换一种方式。',
    'sms.heading': '请输入短信中的验证码',
    'sms.lead': '我们已向 {phone} 发送验证码。',
    'flashCall.heading': '我们正在给您打电话——请不要接听',
    'flashCall.lead': '{phone} 将收到一个陌生号码的来电。请不要接听：来电号码就是您的验证码。',
    'flashCall.digitsLabel': '{count, plural, other {来电号码缺少的 # 位数字}}',
    'flashCall.knownPart': '来电号码的格式类似 {pattern}。',
    'flashCall.numberLabel': '给您打电话的号码',
    'flashCall.numberHint': '{hint, select, none {请包含国家/地区代码。} other {其中包含 {hint}。}}',
    'flashCall.submit': '验证',
    'callout.heading': '我们正在给您打电话——请听验证码',
    'callout.lead': '请接听打给 {phone} 的电话，语音会为您读出验证码。',
    'seamless.heading': '正在检查您的号码',
    'whatsapp.heading': '我们已通过 WhatsApp 发送验证码',
    'whatsapp.lead': '请输入我们通过 WhatsApp 发送到 {phone} 的验证码。',
    'seamless.lead': '您的手机正在通过移动数据连接确认 {phone}，需要几秒钟。',
    'seamless.progress': '正在通过移动数据验证',
    'seamless.timedOut': '比平时用时更长。请关闭 Wi-Fi 后重试，或换一种方式。',
    'announce.waiting':
      '{method, select, sms {我们已向 {phone} 发送验证码。} flashCall {我们正在呼叫 {phone}，请不要接听。} callout {我们正在呼叫 {phone}，请听验证码。} whatsapp {我们已通过 WhatsApp 向 {phone} 发送验证码。} other {正在通过移动数据检查 {phone}。}}',
    'announce.verifying': '正在验证…',
    'announce.timeLeft': '还剩 {time}。',
    'announce.timedOut': '时间到了。',
    'announce.canResend': '现在可以重新获取了。',

    // PhoneVerification
    'phone.heading': '验证您的手机号码',
    'phone.submit':
      '{method, select, sms {发送短信验证码} flashCall {给我打电话} callout {给我打电话} whatsapp {通过 WhatsApp 发送验证码} other {验证我的号码}}',
    'phone.sending': '正在发送…',
    'phone.required': '请输入您的手机号码。',
    'method.legend': '您想通过哪种方式验证？',
    'method.option':
      '{method, select, sms {短信 (SMS)} flashCall {未接来电} callout {语音电话} whatsapp {WhatsApp 消息} other {移动数据}}',
    'fallback.notice':
      '{reason} 因此我们已改用{method, select, sms {短信} flashCall {未接来电} callout {语音电话} whatsapp {WhatsApp} other {移动数据}}。',
    'botCheck.heading': '确认您是真人',
    'botCheck.back': '返回',
    'verified.heading': '手机号码已验证',
    'verified.lead': '{phone} 已验证。',
    'announce.verified': '手机号码已验证。',
  },
  {
    invalid_request: '这个请求出了点问题。请重试。',
    invalid_phone_number: '请输入有效的手机号码，包括国家/地区代码。',
    method_not_allowed: '此验证方式不可用。请选择其他方式。',
    country_not_allowed: '此处无法验证这个国家/地区的手机号码。',
    number_type_not_allowed: '此处无法验证这类号码。请使用手机号码。',
    rate_limited: '尝试次数过多。{retry, select, known {请在 {time} 后重试。} other {请稍后再试。}}',
    verification_paused: '此类号码的验证已暂停。请稍后再试。',
    resend_cooldown:
      '刚刚已向这个号码发送了验证码。{retry, select, known {{time} 后可以重新获取。} other {请稍等片刻再重新获取。}}',
    too_many_attempts: '错误的验证码次数过多。请重新获取验证码。',
    verification_not_found: '本次验证已结束。请重新获取验证码。',
    verification_denied: cannotVerify,
    bot_check_required: '请确认您是真人后继续。',
    bot_check_failed: '无法确认您是真人。请重试。',
    payload_too_large: setupProblem,
    unsupported_media_type: setupProblem,
    route_not_found: setupProblem,
    http_method_not_allowed: setupProblem,
    forbidden_origin: setupProblem,
    upstream_unavailable: '验证服务暂时不可用。请稍后再试。',
    upstream_error: serviceProblem,
    service_unavailable: '验证暂时不可用。请稍后再试。',
    internal_error: setupProblem,
    network_error: '无法连接。请检查网络连接后重试。',
    timeout: '用时过长。请检查网络连接后重试。',
    aborted: '请求已取消。',
    invalid_response: setupProblem,
    invalid_code: '验证码不正确。请检查后重试。',
    invalid_cli: '这不是给您打电话的号码。请检查后重试。',
    incomplete_code: '请输入全部 {length} 位数字。',
    expired: '验证码已过期。请重新获取。',
    call_hung_up: '在输入验证码之前通话已结束。请重新请求来电。',
    denied_fraud: cannotVerify,
    denied_no_credit: '验证暂时不可用。请稍后再试。',
    denied_blocked: cannotVerify,
    denied_by_callback: cannotVerify,
    denied_invalid_callback: setupProblem,
    denied_destination: '此处无法验证这类号码。',
    provider_error: serviceProblem,
    number_unreachable: '无法联系到这个号码。请检查号码，或换一种方式。',
    delivery_failed: '消息未能送达。请换一种方式。',
    verification_replaced: '已请求了更新的验证码。请使用最新的验证码。',
    verification_failed: '验证失败。请重试。',
  },
);
