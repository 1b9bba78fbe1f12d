import type { MessageCatalogue } from '../i18n/LocaleProvider';
import { localePack } from '../i18n/localePack';

const setupProblem = '問題が発生しました。しばらくしてからもう一度お試しください。';
const cannotVerify = 'この番号は認証できません。別の番号をお試しください。';
const serviceProblem = '認証サービスで問題が発生しました。もう一度お試しください。';

/**
 * Every verikit UI string in Japanese: `<LocaleProvider locale="ja" messages={ja}>`. Japanese has one plural form
 * (`other`). Spread it to override a string: `messages={{ ...ja, 'flow.changeNumber': '…' }}`.
 */
export const ja: MessageCatalogue = localePack(
  {
    // PhoneInput
    'phoneInput.label': '電話番号',
    'phoneInput.countryButton': '国: {country} +{callingCode}',
    'phoneInput.countryButtonEmpty': '国を選択',
    'phoneInput.search': '国を検索',
    'phoneInput.searchPlaceholder': '国名または国番号',
    'phoneInput.countries': '国',
    'phoneInput.noResults': '「{query}」に一致する国はありません',
    'phoneInput.error.required': '電話番号を入力してください。',
    'phoneInput.error.too-short': 'この番号は短すぎます。',
    'phoneInput.error.too-long': 'この番号は長すぎます。',
    'phoneInput.error.invalid-length': 'この番号は桁数が正しくありません。',
    'phoneInput.error.invalid-country-code': 'この国番号は存在しません。',
    'phoneInput.error.no-country': '国を選択するか、番号を + から入力してください。',
    'phoneInput.error.country-not-allowed': '{country}の番号はここでは使用できません。',
    'phoneInput.error.country-not-allowed-unknown': 'この番号はここでは使用できません。',
    'phoneInput.error.unavailable':
      'この番号を確認できませんでした。接続を確認してから、番号を編集してもう一度お試しください。',
    'phoneInput.hint.not-valid': '番号をご確認ください。{country}の番号ではないようです。',
    'phoneInput.hint.not-valid-unknown': '番号をご確認ください。有効な番号ではないようです。',

    // OtpInput
    'otpInput.label': '認証コード',
    'otpInput.description.numeric': '{length}桁のコードを入力してください',
    'otpInput.description.alphanumeric': '{length}文字のコードを入力してください',

    // Waiting steps
    'flow.timeLeft': '残り時間',
    'flow.changeNumber': '番号を変更',
    'flow.resend': '{method, select, sms {新しいコードを送信} other {もう一度電話する}}',
    'flow.resendIn':
      '{method, select, sms {{time} 後に新しいコードを送信} other {{time} 後にもう一度電話する}}',
    'flow.fallbackLegend': 'ほかの認証方法',
    'flow.fallback':
      '{method, select, sms {代わりに SMS でコードを受け取る} flashCall {代わりに不在着信で認証する} callout {代わりに音声通話でコードを聞く} whatsapp {代わりに WhatsApp でコードを受け取る} other {代わりにモバイルデータで認証する}}',
    'flow.verifying': '確認しています…',
    'flow.attemptsLeft': '{count, plural, other {残り # 回}}',
    'flow.timedOut': 'まだ届きませんか？もう一度リクエストするか、別の方法をお試しください。',
    'sms.heading': 'SMS で届いたコードを入力してください',
    'sms.lead': '{phone} にコードを送信しました。',
    'flashCall.heading': 'お電話しています。応答しないでください',
    'flashCall.lead':
      '{phone} に知らない番号から着信があります。応答しないでください。着信した番号がコードです。',
    'flashCall.digitsLabel': '{count, plural, other {着信した番号の足りない # 桁}}',
    'flashCall.knownPart': '着信する番号は {pattern} のような形です。',
    'flashCall.numberLabel': '着信した番号',
    'flashCall.numberHint':
      '{hint, select, none {国番号を含めて入力してください。} other {{hint} を含みます。}}',
    'flashCall.submit': '認証する',
    'callout.heading': 'お電話しています。コードをお聞きください',
    'callout.lead': '{phone} への着信に応答してください。音声がコードを読み上げます。',
    'seamless.heading': '番号を確認しています',
    'whatsapp.heading': 'WhatsApp でコードを送信しました',
    'whatsapp.lead': '{phone} に WhatsApp で送信したコードを入力してください。',
    'seamless.lead': 'お使いの電話がモバイルデータ通信で {phone} を確認しています。数秒かかります。',
    'seamless.progress': 'モバイルデータで認証中',
    'seamless.timedOut':
      '通常より時間がかかっています。Wi-Fi をオフにしてもう一度お試しいただくか、別の方法をお試しください。',
    'announce.waiting':
      '{method, select, sms {{phone} にコードを送信しました。} flashCall {{phone} に電話しています。応答しないでください。} callout {{phone} に電話しています。コードをお聞きください。} whatsapp {{phone} に WhatsApp でコードを送信しました。} other {モバイルデータで {phone} を確認しています。}}',
    'announce.verifying': '確認しています…',
    'announce.timeLeft': '残り {time}。',
    'announce.timedOut': '時間切れです。',
    'announce.canResend': '新しいコードをリクエストできるようになりました。',

    // PhoneVerification
    'phone.heading': '電話番号を認証してください',
    'phone.submit':
      '{method, select, sms {SMS でコードを送る} flashCall {電話をかけてもらう} callout {電話をかけてもらう} whatsapp {WhatsApp でコードを送る} other {番号を認証する}}',
    'phone.sending': '送信しています…',
    'phone.required': '電話番号を入力してください。',
    'method.legend': '認証方法を選んでください',
    'method.option':
      '{method, select, sms {SMS（テキストメッセージ）} flashCall {不在着信} callout {音声通話} whatsapp {WhatsApp メッセージ} other {モバイルデータ}}',
    'fallback.notice':
      '{reason} そのため、{method, select, sms {SMS} flashCall {不在着信} callout {音声通話} whatsapp {WhatsApp} other {モバイルデータ}}に切り替えました。',
    'botCheck.heading': '人間であることの確認',
    'botCheck.back': '戻る',
    'verified.heading': '電話番号を認証しました',
    'verified.lead': '{phone} は認証済みです。',
    'announce.verified': '電話番号を認証しました。',
  },
  {
    invalid_request: 'このリクエストで問題が発生しました。もう一度お試しください。',
    invalid_phone_number: '国番号を含めて、有効な電話番号を入力してください。',
    method_not_allowed: 'この認証方法は利用できません。別の方法を選んでください。',
    country_not_allowed: 'この国の電話番号はここでは認証できません。',
    number_type_not_allowed: 'この種類の電話番号はここでは認証できません。携帯電話の番号をお使いください。',
    rate_limited:
      '試行回数が多すぎます。{retry, select, known {{time} 後にもう一度お試しください。} other {しばらくしてからもう一度お試しください。}}',
    verification_paused: 'このような番号の認証は一時停止しています。しばらくしてからもう一度お試しください。',
    resend_cooldown:
      'この番号にコードを送信したばかりです。{retry, select, known {{time} 後に新しいコードをリクエストできます。} other {新しいコードをリクエストする前に少しお待ちください。}}',
    too_many_attempts: '間違ったコードが多すぎます。新しいコードをリクエストしてください。',
    verification_not_found: 'この認証は終了しました。新しいコードをリクエストしてください。',
    verification_denied: cannotVerify,
    bot_check_required: '続行するには、人間であることを確認してください。',
    bot_check_failed: '人間であることを確認できませんでした。もう一度お試しください。',
    payload_too_large: setupProblem,
    unsupported_media_type: setupProblem,
    route_not_found: setupProblem,
    http_method_not_allowed: setupProblem,
    forbidden_origin: setupProblem,
    upstream_unavailable: '認証サービスは現在利用できません。少し待ってからもう一度お試しください。',
    upstream_error: serviceProblem,
    service_unavailable: '認証は現在利用できません。少し待ってからもう一度お試しください。',
    internal_error: setupProblem,
    network_error: '接続できませんでした。インターネット接続を確認して、もう一度お試しください。',
    timeout: '時間がかかりすぎています。インターネット接続を確認して、もう一度お試しください。',
    aborted: 'リクエストはキャンセルされました。',
    invalid_response: setupProblem,
    invalid_code: 'コードが正しくありません。確認して、もう一度お試しください。',
    invalid_cli: '着信した番号と一致しません。確認して、もう一度お試しください。',
    incomplete_code: '{length}桁すべてを入力してください。',
    expired: 'コードの有効期限が切れました。新しいコードをリクエストしてください。',
    call_hung_up: 'コードが入力される前に通話が終了しました。もう一度電話をリクエストしてください。',
    denied_fraud: cannotVerify,
    denied_no_credit: '認証は現在利用できません。しばらくしてからもう一度お試しください。',
    denied_blocked: cannotVerify,
    denied_by_callback: cannotVerify,
    denied_invalid_callback: setupProblem,
    denied_destination: 'このような番号はここでは認証できません。',
    provider_error: serviceProblem,
    number_unreachable: 'この番号につながりませんでした。番号を確認するか、別の方法をお試しください。',
    delivery_failed: 'メッセージを届けられませんでした。別の方法をお試しください。',
    verification_replaced: '新しいコードがリクエストされました。最新のコードをお使いください。',
    verification_failed: '認証に失敗しました。もう一度お試しください。',
  },
);
