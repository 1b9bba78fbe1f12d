import type { MessageCatalogue } from '../i18n/LocaleProvider';
import { localePack } from '../i18n/localePack';

const setupProblem = 'Qualcosa è andato storto da parte nostra. Riprova più tardi.';
const cannotVerify = 'Non è possibile verificare questo numero. Prova con un altro.';
const serviceProblem = 'Il servizio di verifica ha avuto un problema. Riprova.';

/**
 * Every verikit UI string in Italian: `<LocaleProvider locale="it" messages={it}>`. Spread it to override a string:
 * `messages={{ ...it, 'flow.changeNumber': '…' }}`.
 */
export const it: MessageCatalogue = localePack(
  {
    // PhoneInput
    'phoneInput.label': 'Numero di telefono',
    'phoneInput.countryButton': 'Paese: {country} +{callingCode}',
    'phoneInput.countryButtonEmpty': 'Scegli un paese',
    'phoneInput.search': 'Cerca paesi',
    'phoneInput.searchPlaceholder': 'Nome o prefisso',
    'phoneInput.countries': 'Paesi',
    'phoneInput.noResults': 'Nessun paese corrisponde a «{query}»',
    'phoneInput.error.required': 'Inserisci il tuo numero di telefono.',
    'phoneInput.error.too-short': 'Questo numero è troppo corto.',
    'phoneInput.error.too-long': 'Questo numero è troppo lungo.',
    'phoneInput.error.invalid-length': 'Questo numero non ha il numero giusto di cifre.',
    'phoneInput.error.invalid-country-code': 'Questo prefisso internazionale non esiste.',
    'phoneInput.error.no-country': 'Scegli un paese o inizia il numero con +.',
    'phoneInput.error.country-not-allowed': 'Qui non si possono usare numeri di {country}.',
    'phoneInput.error.country-not-allowed-unknown': 'Qui non si può usare questo numero.',
    'phoneInput.error.unavailable':
      'Non siamo riusciti a controllare questo numero. Verifica la connessione, poi modifica il numero per riprovare.',
    'phoneInput.hint.not-valid': 'Controlla questo numero: non sembra un numero di {country}.',
    'phoneInput.hint.not-valid-unknown': 'Controlla questo numero: non sembra un numero valido.',

    // OtpInput
    'otpInput.label': 'Codice di verifica',
    'otpInput.description.numeric': 'Inserisci il codice di {length} cifre',
    'otpInput.description.alphanumeric': 'Inserisci il codice di {length} caratteri',

    // Waiting steps
    'flow.timeLeft': 'Tempo rimasto',
    'flow.changeNumber': 'Cambia numero',
    'flow.resend': '{method, select, sms {Invia un nuovo codice} other {Richiamami}}',
    'flow.resendIn': '{method, select, sms {Invia un nuovo codice tra {time}} other {Richiamami tra {time}}}',
    'flow.fallbackLegend': 'Altri modi per verificare',
    'flow.fallback':
      '{method, select, sms {Mandami invece un codice via SMS} flashCall {Verifica invece con una chiamata persa} callout {Chiamami invece con il codice} whatsapp {Mandami invece un codice su WhatsApp} other {Verifica invece con i dati mobili}}',
    'flow.verifying': 'Verifica in corso…',
    'flow.attemptsLeft':
      '{count, plural, one {Ancora # tentativo} many {Ancora # di tentativi} other {Ancora # tentativi}}',
    'flow.timedOut': 'Ancora niente? Richiedilo di nuovo o prova in un altro modo.',
    'sms.heading': 'Inserisci il codice che ti abbiamo inviato via SMS',
    'sms.lead': 'Abbiamo inviato un codice al {phone}.',
    'flashCall.heading': 'Ti stiamo chiamando: non rispondere',
    'flashCall.lead':
      'Il {phone} riceverà una chiamata da un numero sconosciuto. Non rispondere: il numero che chiama è il tuo codice.',
    'flashCall.digitsLabel':
      '{count, plural, one {La cifra mancante del numero che ti ha chiamato} other {Le # cifre mancanti del numero che ti ha chiamato}}',
    'flashCall.knownPart': 'Il numero che ti chiama ha questa forma: {pattern}.',
    'flashCall.numberLabel': 'Il numero che ti ha chiamato',
    'flashCall.numberHint':
      '{hint, select, none {Includi il prefisso internazionale.} other {Contiene {hint}.}}',
    'flashCall.submit': 'Verifica',
    'callout.heading': 'Ti stiamo chiamando: ascolta il codice',
    'callout.lead': 'Rispondi alla chiamata al {phone}. Una voce ti leggerà il codice.',
    'seamless.heading': 'Verifica del tuo numero',
    'whatsapp.heading': 'Ti abbiamo inviato un codice su WhatsApp',
    'whatsapp.lead': 'Inserisci il codice che abbiamo inviato al {phone} su WhatsApp.',
    'seamless.lead':
      'Il tuo telefono sta confermando il {phone} con la connessione dati mobile. Ci vuole qualche secondo.',
    'seamless.progress': 'Verifica con i dati mobili',
    'seamless.timedOut':
      'Ci sta mettendo più del solito. Disattiva il Wi-Fi e riprova, oppure prova in un altro modo.',
    'announce.waiting':
      '{method, select, sms {Abbiamo inviato un codice al {phone}.} flashCall {Stiamo chiamando il {phone}. Non rispondere.} callout {Stiamo chiamando il {phone}. Ascolta il codice.} whatsapp {Abbiamo inviato un codice su WhatsApp al {phone}.} other {Verifica del {phone} con i dati mobili.}}',
    'announce.verifying': 'Verifica in corso…',
    'announce.timeLeft': 'Ancora {time}.',
    'announce.timedOut': 'Il tempo è scaduto.',
    'announce.canResend': 'Ora puoi richiederne uno nuovo.',

    // PhoneVerification
    'phone.heading': 'Verifica il tuo numero di telefono',
    'phone.submit':
      '{method, select, sms {Mandami un codice} flashCall {Chiamami} callout {Chiamami} whatsapp {Mandami un codice su WhatsApp} other {Verifica il mio numero}}',
    'phone.sending': 'Invio in corso…',
    'phone.required': 'Inserisci il tuo numero di telefono.',
    'method.legend': 'Come vuoi verificarlo?',
    'method.option':
      '{method, select, sms {SMS} flashCall {Chiamata persa} callout {Chiamata vocale} whatsapp {Messaggio WhatsApp} other {Dati mobili}}',
    'fallback.notice':
      '{reason} Quindi siamo passati {method, select, sms {a un SMS} flashCall {a una chiamata persa} callout {a una chiamata vocale} whatsapp {a un messaggio WhatsApp} other {ai dati mobili}}.',
    'botCheck.heading': 'Conferma di essere una persona',
    'botCheck.back': 'Indietro',
    'verified.heading': 'Numero di telefono verificato',
    'verified.lead': 'Il {phone} è verificato.',
    'announce.verified': 'Numero di telefono verificato.',
  },
  {
    invalid_request: 'Qualcosa è andato storto con questa richiesta. Riprova.',
    invalid_phone_number: 'Inserisci un numero di telefono valido, con il prefisso internazionale.',
    method_not_allowed: 'Questo modo di verifica non è disponibile. Scegline un altro.',
    country_not_allowed: 'Qui non si possono verificare numeri di telefono di questo paese.',
    number_type_not_allowed: 'Qui non si può verificare questo tipo di numero. Usa un numero di cellulare.',
    rate_limited: 'Troppi tentativi. {retry, select, known {Riprova tra {time}.} other {Riprova più tardi.}}',
    verification_paused: 'La verifica è sospesa per i numeri come questo. Riprova più tardi.',
    resend_cooldown:
      'Abbiamo appena inviato un codice a questo numero. {retry, select, known {Puoi chiederne un altro tra {time}.} other {Aspetta un momento prima di chiederne un altro.}}',
    too_many_attempts: 'Troppi codici sbagliati. Richiedi un nuovo codice.',
    verification_not_found: 'Questa verifica è terminata. Richiedi un nuovo codice.',
    verification_denied: cannotVerify,
    bot_check_required: 'Conferma di essere una persona per continuare.',
    bot_check_failed: 'Non è stato possibile confermare che sei una persona. Riprova.',
    payload_too_large: setupProblem,
    unsupported_media_type: setupProblem,
    route_not_found: setupProblem,
    http_method_not_allowed: setupProblem,
    forbidden_origin: setupProblem,
    upstream_unavailable: 'Il servizio di verifica non è disponibile in questo momento. Riprova tra poco.',
    upstream_error: serviceProblem,
    service_unavailable: 'La verifica non è disponibile in questo momento. Riprova tra poco.',
    internal_error: setupProblem,
    network_error: 'Impossibile connettersi. Controlla la connessione a internet e riprova.',
    timeout: 'Ci vuole troppo tempo. Controlla la connessione a internet e riprova.',
    aborted: 'La richiesta è stata annullata.',
    invalid_response: setupProblem,
    invalid_code: 'Il codice non è corretto. Controllalo e riprova.',
    invalid_cli: 'Non è il numero che ti ha chiamato. Controllalo e riprova.',
    incomplete_code: 'Inserisci tutte le {length} cifre.',
    expired: 'Il codice è scaduto. Richiedine uno nuovo.',
    call_hung_up: 'La chiamata è terminata prima che il codice fosse inserito. Richiedi una nuova chiamata.',
    denied_fraud: cannotVerify,
    denied_no_credit: 'La verifica non è disponibile in questo momento. Riprova più tardi.',
    denied_blocked: cannotVerify,
    denied_by_callback: cannotVerify,
    denied_invalid_callback: setupProblem,
    denied_destination: 'Qui non si possono verificare numeri come questo.',
    provider_error: serviceProblem,
    number_unreachable:
      'Non siamo riusciti a raggiungere questo numero. Controllalo o prova in un altro modo.',
    delivery_failed: 'Non siamo riusciti a consegnare il messaggio. Prova in un altro modo.',
    verification_replaced: 'È stato richiesto un codice più recente. Usa l’ultimo.',
    verification_failed: 'La verifica non è riuscita. Riprova.',
  },
);
