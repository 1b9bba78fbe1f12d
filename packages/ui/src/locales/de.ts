import type { VerificationErrorCode } from '@verikit/core';
import type { MessageCatalogue } from '../i18n/LocaleProvider';
import { localePack } from '../i18n/localePack';

const germanSetupProblem = 'Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es später erneut.';

/** German translations of core's error catalogue (same keys and placeholders as `VERIFICATION_MESSAGES`). */
const errors: Record<VerificationErrorCode, string> = {
  invalid_request: 'Bei dieser Anfrage ist etwas schiefgelaufen. Bitte versuchen Sie es erneut.',
  invalid_phone_number: 'Geben Sie eine gültige Telefonnummer mit Ländervorwahl ein.',
  method_not_allowed: 'Diese Art der Bestätigung ist nicht verfügbar. Wählen Sie eine andere.',
  country_not_allowed: 'Telefonnummern aus diesem Land können hier nicht bestätigt werden.',
  number_type_not_allowed:
    'Diese Art von Telefonnummer kann hier nicht bestätigt werden. Verwenden Sie eine Mobilnummer.',
  rate_limited:
    'Zu viele Versuche. {retry, select, known {Versuchen Sie es in {time} erneut.} other {Versuchen Sie es später erneut.}}',
  verification_paused:
    'Die Bestätigung ist für Nummern wie diese vorübergehend ausgesetzt. Bitte versuchen Sie es später erneut.',
  resend_cooldown:
    'Soeben wurde ein Code an diese Nummer gesendet. {retry, select, known {Einen neuen können Sie in {time} anfordern.} other {Warten Sie kurz, bevor Sie einen neuen anfordern.}}',
  too_many_attempts: 'Zu viele falsche Codes. Fordern Sie einen neuen Code an.',
  verification_not_found: 'Diese Bestätigung ist beendet. Fordern Sie einen neuen Code an.',
  verification_denied: 'Diese Nummer kann nicht bestätigt werden. Versuchen Sie eine andere Nummer.',
  bot_check_required: 'Bitte bestätigen Sie, dass Sie ein Mensch sind, um fortzufahren.',
  bot_check_failed: 'Wir konnten nicht bestätigen, dass Sie ein Mensch sind. Bitte versuchen Sie es erneut.',
  payload_too_large: germanSetupProblem,
  unsupported_media_type: germanSetupProblem,
  route_not_found: germanSetupProblem,
  http_method_not_allowed: germanSetupProblem,
  forbidden_origin: germanSetupProblem,
  upstream_unavailable:
    'Der Bestätigungsdienst ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.',
  upstream_error: 'Beim Bestätigungsdienst ist ein Problem aufgetreten. Bitte versuchen Sie es erneut.',
  service_unavailable:
    'Die Bestätigung ist gerade nicht verfügbar. Bitte versuchen Sie es gleich noch einmal.',
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

/**
 * Every verikit UI string in German: pass it to `<LocaleProvider locale="de" messages={de}>`. Kept out of the
 * components so a page pays only for the languages it ships (English is built in). Spread it to override a string:
 * `messages={{ ...de, 'flow.changeNumber': '…' }}`.
 */
export const de: MessageCatalogue = localePack(
  {
    // PhoneInput
    'phoneInput.label': 'Telefonnummer',
    'phoneInput.countryButton': 'Land: {country} +{callingCode}',
    'phoneInput.countryButtonEmpty': 'Land auswählen',
    'phoneInput.search': 'Länder durchsuchen',
    'phoneInput.searchPlaceholder': 'Name oder Vorwahl',
    'phoneInput.countries': 'Länder',
    'phoneInput.noResults': 'Kein Land passt zu „{query}“',
    'phoneInput.error.required': 'Geben Sie Ihre Telefonnummer ein.',
    'phoneInput.error.too-short': 'Diese Nummer ist zu kurz.',
    'phoneInput.error.too-long': 'Diese Nummer ist zu lang.',
    'phoneInput.error.invalid-length': 'Diese Nummer hat die falsche Anzahl an Ziffern.',
    'phoneInput.error.invalid-country-code': 'Diese Ländervorwahl gibt es nicht.',
    'phoneInput.error.no-country': 'Wählen Sie ein Land oder beginnen Sie die Nummer mit +.',
    'phoneInput.error.country-not-allowed': 'Nummern aus {country} können hier nicht verwendet werden.',
    'phoneInput.error.country-not-allowed-unknown': 'Diese Nummer kann hier nicht verwendet werden.',
    'phoneInput.error.unavailable':
      'Wir konnten diese Nummer nicht prüfen. Prüfen Sie Ihre Verbindung und ändern Sie dann die Nummer, um es erneut zu versuchen.',
    'phoneInput.hint.not-valid':
      'Bitte prüfen Sie die Nummer: Sie sieht nicht wie eine Nummer aus {country} aus.',
    'phoneInput.hint.not-valid-unknown':
      'Bitte prüfen Sie die Nummer: Sie sieht nicht wie eine gültige Nummer aus.',

    // OtpInput
    'otpInput.label': 'Bestätigungscode',
    'otpInput.description.numeric': 'Geben Sie den {length}-stelligen Code ein',
    'otpInput.description.alphanumeric': 'Geben Sie den Code aus {length} Zeichen ein',

    // Waiting steps
    'flow.timeLeft': 'Verbleibende Zeit',
    'flow.changeNumber': 'Nummer ändern',
    'flow.resend': '{method, select, sms {Neuen Code senden} other {Erneut anrufen}}',
    'flow.resendIn': '{method, select, sms {Neuen Code senden in {time}} other {Erneut anrufen in {time}}}',
    'flow.fallbackLegend': 'Andere Wege zur Bestätigung',
    'flow.fallback':
      '{method, select, sms {Stattdessen Code per SMS} flashCall {Stattdessen per verpasstem Anruf bestätigen} callout {Stattdessen Code per Anruf} whatsapp {Stattdessen Code per WhatsApp} other {Stattdessen über mobile Daten bestätigen}}',
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
    'whatsapp.heading': 'Wir haben Ihnen einen Code per WhatsApp gesendet',
    'whatsapp.lead': 'Geben Sie den Code ein, den wir per WhatsApp an {phone} gesendet haben.',
    'seamless.lead':
      'Ihr Telefon bestätigt {phone} über die mobile Datenverbindung. Das dauert einige Sekunden.',
    'seamless.progress': 'Bestätigung über mobile Daten',
    'seamless.timedOut':
      'Das dauert länger als üblich. Schalten Sie WLAN aus und versuchen Sie es erneut oder wählen Sie einen anderen Weg.',

    // PhoneVerification
    'phone.heading': 'Bestätigen Sie Ihre Telefonnummer',
    'phone.submit':
      '{method, select, sms {Code per SMS senden} flashCall {Mich anrufen} callout {Mich anrufen} whatsapp {Code per WhatsApp senden} other {Nummer bestätigen}}',
    'phone.sending': 'Wird gesendet…',
    'phone.required': 'Geben Sie Ihre Telefonnummer ein.',
    'method.legend': 'Wie sollen wir sie bestätigen?',
    'method.option':
      '{method, select, sms {SMS} flashCall {Verpasster Anruf} callout {Sprachanruf} whatsapp {WhatsApp-Nachricht} other {Mobile Daten}}',
    'fallback.notice':
      '{reason} Deshalb versuchen wir es jetzt {method, select, sms {per SMS} flashCall {mit einem verpassten Anruf} callout {mit einem Sprachanruf} whatsapp {per WhatsApp} other {über mobile Daten}}.',
    'botCheck.heading': 'Bestätigen Sie, dass Sie ein Mensch sind',
    'botCheck.back': 'Zurück',
    'verified.heading': 'Telefonnummer bestätigt',
    'verified.lead': '{phone} ist bestätigt.',
    'announce.waiting':
      '{method, select, sms {Wir haben einen Code an {phone} gesendet.} flashCall {Wir rufen {phone} an. Nicht annehmen.} callout {Wir rufen {phone} an. Hören Sie auf den Code.} whatsapp {Wir haben einen Code per WhatsApp an {phone} gesendet.} other {Wir prüfen {phone} über mobile Daten.}}',
    'announce.verifying': 'Wird geprüft…',
    'announce.verified': 'Telefonnummer bestätigt.',
    'announce.timeLeft': 'Noch {time}.',
    'announce.timedOut': 'Die Zeit ist abgelaufen.',
    'announce.canResend': 'Sie können jetzt erneut anfordern.',
  },
  errors,
);
