import type { MessageCatalogue } from '../i18n/LocaleProvider';
import { localePack } from '../i18n/localePack';

const setupProblem = 'Er ging aan onze kant iets mis. Probeer het later opnieuw.';
const cannotVerify = 'Dit nummer kan niet worden geverifieerd. Probeer een ander nummer.';
const serviceProblem = 'De verificatiedienst had een probleem. Probeer het opnieuw.';

/**
 * Every verikit UI string in Dutch: `<LocaleProvider locale="nl" messages={nl}>`. Spread it to override a string:
 * `messages={{ ...nl, 'flow.changeNumber': '…' }}`.
 */
export const nl: MessageCatalogue = localePack(
  {
    // PhoneInput
    'phoneInput.label': 'Telefoonnummer',
    'phoneInput.countryButton': 'Land: {country} +{callingCode}',
    'phoneInput.countryButtonEmpty': 'Kies een land',
    'phoneInput.search': 'Landen zoeken',
    'phoneInput.searchPlaceholder': 'Naam of landcode',
    'phoneInput.countries': 'Landen',
    'phoneInput.noResults': 'Geen land gevonden voor ‘{query}’',
    'phoneInput.error.required': 'Vul je telefoonnummer in.',
    'phoneInput.error.too-short': 'Dit nummer is te kort.',
    'phoneInput.error.too-long': 'Dit nummer is te lang.',
    'phoneInput.error.invalid-length': 'Dit nummer heeft niet het juiste aantal cijfers.',
    'phoneInput.error.invalid-country-code': 'Deze landcode bestaat niet.',
    'phoneInput.error.no-country': 'Kies een land of begin het nummer met +.',
    'phoneInput.error.country-not-allowed': 'Nummers uit {country} kunnen hier niet worden gebruikt.',
    'phoneInput.error.country-not-allowed-unknown': 'Dit nummer kan hier niet worden gebruikt.',
    'phoneInput.error.unavailable':
      'We konden dit nummer niet controleren. Controleer je verbinding en pas daarna het nummer aan om het opnieuw te proberen.',
    'phoneInput.hint.not-valid': 'Controleer dit nummer: het lijkt niet op een nummer uit {country}.',
    'phoneInput.hint.not-valid-unknown': 'Controleer dit nummer: het lijkt niet op een geldig nummer.',

    // OtpInput
    'otpInput.label': 'Verificatiecode',
    'otpInput.description.numeric': 'Vul de code van {length} cijfers in',
    'otpInput.description.alphanumeric': 'Vul de code van {length} tekens in',

    // Waiting steps
    'flow.timeLeft': 'Resterende tijd',
    'flow.changeNumber': 'Ander nummer',
    'flow.resend': '{method, select, sms {Stuur een nieuwe code} other {Bel me opnieuw}}',
    'flow.resendIn':
      '{method, select, sms {Stuur een nieuwe code over {time}} other {Bel me opnieuw over {time}}}',
    'flow.fallbackLegend': 'Andere manieren om te verifiëren',
    'flow.fallback':
      '{method, select, sms {Stuur me liever een code per sms} flashCall {Verifieer liever met een gemiste oproep} callout {Bel me liever met de code} whatsapp {Stuur me liever een code via WhatsApp} other {Verifieer liever via mobiele data}}',
    'flow.verifying': 'Controleren…',
    'flow.attemptsLeft': '{count, plural, one {Nog # poging} other {Nog # pogingen}}',
    'flow.timedOut': 'Nog niets ontvangen? Vraag het opnieuw aan of probeer een andere manier.',
    'sms.heading': 'Vul de code uit de sms in',
    'sms.lead': 'We hebben een code gestuurd naar {phone}.',
    'flashCall.heading': 'We bellen je — niet opnemen',
    'flashCall.lead':
      '{phone} wordt gebeld door een onbekend nummer. Neem niet op: het nummer dat belt is je code.',
    'flashCall.digitsLabel':
      '{count, plural, one {Het ontbrekende cijfer van het nummer dat je belde} other {De # ontbrekende cijfers van het nummer dat je belde}}',
    'flashCall.knownPart': 'Het nummer dat je belt ziet er zo uit: {pattern}.',
    'flashCall.numberLabel': 'Het nummer dat je belde',
    'flashCall.numberHint': '{hint, select, none {Met de landcode.} other {Het bevat {hint}.}}',
    'flashCall.submit': 'Verifiëren',
    'callout.heading': 'We bellen je — luister naar de code',
    'callout.lead': 'Neem de oproep naar {phone} op. Een stem leest je code voor.',
    'seamless.heading': 'Je nummer wordt gecontroleerd',
    'whatsapp.heading': 'We hebben je een code gestuurd via WhatsApp',
    'whatsapp.lead': 'Vul de code in die we via WhatsApp naar {phone} hebben gestuurd.',
    'seamless.lead':
      'Je telefoon bevestigt {phone} via de mobiele dataverbinding. Dat duurt een paar seconden.',
    'seamless.progress': 'Verifiëren via mobiele data',
    'seamless.timedOut':
      'Dit duurt langer dan normaal. Zet wifi uit en probeer het opnieuw, of probeer een andere manier.',
    'announce.waiting':
      '{method, select, sms {We hebben een code gestuurd naar {phone}.} flashCall {We bellen {phone}. Niet opnemen.} callout {We bellen {phone}. Luister naar de code.} whatsapp {We hebben een code via WhatsApp gestuurd naar {phone}.} other {We controleren {phone} via mobiele data.}}',
    'announce.verifying': 'Controleren…',
    'announce.timeLeft': 'Nog {time}.',
    'announce.timedOut': 'De tijd is om.',
    'announce.canResend': 'Je kunt nu een nieuwe aanvragen.',

    // PhoneVerification
    'phone.heading': 'Verifieer je telefoonnummer',
    'phone.submit':
      '{method, select, sms {Stuur me een code} flashCall {Bel me} callout {Bel me} whatsapp {Stuur me een code via WhatsApp} other {Verifieer mijn nummer}}',
    'phone.sending': 'Versturen…',
    'phone.required': 'Vul je telefoonnummer in.',
    'method.legend': 'Hoe wil je het verifiëren?',
    'method.option':
      '{method, select, sms {Sms} flashCall {Gemiste oproep} callout {Spraakoproep} whatsapp {WhatsApp-bericht} other {Mobiele data}}',
    'fallback.notice':
      '{reason} Daarom proberen we het nu {method, select, sms {met een sms} flashCall {met een gemiste oproep} callout {met een spraakoproep} whatsapp {via WhatsApp} other {via mobiele data}}.',
    'botCheck.heading': 'Bevestig dat u een mens bent',
    'botCheck.back': 'Terug',
    'verified.heading': 'Telefoonnummer geverifieerd',
    'verified.lead': '{phone} is geverifieerd.',
    'announce.verified': 'Telefoonnummer geverifieerd.',
  },
  {
    invalid_request: 'Er ging iets mis met dit verzoek. Probeer het opnieuw.',
    invalid_phone_number: 'Vul een geldig telefoonnummer in, met de landcode.',
    method_not_allowed: 'Deze manier van verifiëren is niet beschikbaar. Kies een andere.',
    country_not_allowed: 'Telefoonnummers uit dit land kunnen hier niet worden geverifieerd.',
    number_type_not_allowed:
      'Dit soort telefoonnummer kan hier niet worden geverifieerd. Gebruik een mobiel nummer.',
    rate_limited:
      'Te veel pogingen. {retry, select, known {Probeer het over {time} opnieuw.} other {Probeer het later opnieuw.}}',
    verification_paused:
      'Verificatie is tijdelijk stopgezet voor nummers zoals dit. Probeer het later opnieuw.',
    resend_cooldown:
      'Er is net een code naar dit nummer gestuurd. {retry, select, known {Over {time} kun je een nieuwe aanvragen.} other {Wacht even voordat je een nieuwe aanvraagt.}}',
    too_many_attempts: 'Te veel verkeerde codes. Vraag een nieuwe code aan.',
    verification_not_found: 'Deze verificatie is afgelopen. Vraag een nieuwe code aan.',
    verification_denied: cannotVerify,
    bot_check_required: 'Bevestig dat u een mens bent om verder te gaan.',
    bot_check_failed: 'We konden niet bevestigen dat u een mens bent. Probeer het opnieuw.',
    payload_too_large: setupProblem,
    unsupported_media_type: setupProblem,
    route_not_found: setupProblem,
    http_method_not_allowed: setupProblem,
    forbidden_origin: setupProblem,
    upstream_unavailable:
      'De verificatiedienst is nu niet bereikbaar. Probeer het over een ogenblik opnieuw.',
    upstream_error: serviceProblem,
    service_unavailable: 'Verificatie is nu niet beschikbaar. Probeer het over een ogenblik opnieuw.',
    internal_error: setupProblem,
    network_error: 'Geen verbinding. Controleer je internetverbinding en probeer het opnieuw.',
    timeout: 'Dit duurt te lang. Controleer je internetverbinding en probeer het opnieuw.',
    aborted: 'Het verzoek is geannuleerd.',
    invalid_response: setupProblem,
    invalid_code: 'Die code klopt niet. Controleer hem en probeer het opnieuw.',
    invalid_cli: 'Dat is niet het nummer dat je belde. Controleer het en probeer het opnieuw.',
    incomplete_code: 'Vul alle {length} cijfers in.',
    expired: 'De code is verlopen. Vraag een nieuwe aan.',
    call_hung_up: 'De oproep was voorbij voordat de code was ingevuld. Vraag een nieuwe oproep aan.',
    denied_fraud: cannotVerify,
    denied_no_credit: 'Verificatie is nu niet beschikbaar. Probeer het later opnieuw.',
    denied_blocked: cannotVerify,
    denied_by_callback: cannotVerify,
    denied_invalid_callback: setupProblem,
    denied_destination: 'Nummers zoals dit kunnen hier niet worden geverifieerd.',
    provider_error: serviceProblem,
    number_unreachable: 'We konden dit nummer niet bereiken. Controleer het of probeer een andere manier.',
    delivery_failed: 'We konden het bericht niet afleveren. Probeer een andere manier.',
    verification_replaced: 'Er is een nieuwere code aangevraagd. Gebruik de laatste.',
    verification_failed: 'Verificatie mislukt. Probeer het opnieuw.',
  },
);
