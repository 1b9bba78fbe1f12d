import type { MessageCatalogue } from '../i18n/LocaleProvider';
import { localePack } from '../i18n/localePack';

const setupProblem = 'Coś poszło nie tak po naszej stronie. Spróbuj ponownie później.';
const cannotVerify = 'Nie można zweryfikować tego numeru. Spróbuj innego numeru.';
const serviceProblem = 'Usługa weryfikacji napotkała problem. Spróbuj ponownie.';

/**
 * Every verikit UI string in Polish: `<LocaleProvider locale="pl" messages={pl}>`. Plurals use Polish's one, few and
 * many forms (1 próba, 2 próby, 5 prób). Spread it to override a string: `messages={{ ...pl, 'flow.changeNumber': '…' }}`.
 */
export const pl: MessageCatalogue = localePack(
  {
    // PhoneInput
    'phoneInput.label': 'Numer telefonu',
    'phoneInput.countryButton': 'Kraj: {country} +{callingCode}',
    'phoneInput.countryButtonEmpty': 'Wybierz kraj',
    'phoneInput.search': 'Szukaj kraju',
    'phoneInput.searchPlaceholder': 'Nazwa lub numer kierunkowy',
    'phoneInput.countries': 'Kraje',
    'phoneInput.noResults': 'Żaden kraj nie pasuje do „{query}”',
    'phoneInput.error.required': 'Wpisz swój numer telefonu.',
    'phoneInput.error.too-short': 'Ten numer jest za krótki.',
    'phoneInput.error.too-long': 'Ten numer jest za długi.',
    'phoneInput.error.invalid-length': 'Ten numer ma nieprawidłową liczbę cyfr.',
    'phoneInput.error.invalid-country-code': 'Taki numer kierunkowy kraju nie istnieje.',
    'phoneInput.error.no-country': 'Wybierz kraj albo zacznij numer od +.',
    'phoneInput.error.country-not-allowed': 'Nie można tu używać numerów z kraju: {country}.',
    'phoneInput.error.country-not-allowed-unknown': 'Nie można tu używać tego numeru.',
    'phoneInput.error.unavailable':
      'Nie udało się sprawdzić tego numeru. Sprawdź połączenie, a potem zmień numer, aby spróbować ponownie.',
    'phoneInput.hint.not-valid': 'Sprawdź ten numer: nie wygląda na numer z kraju: {country}.',
    'phoneInput.hint.not-valid-unknown': 'Sprawdź ten numer: nie wygląda na prawidłowy.',

    // OtpInput
    'otpInput.label': 'Kod weryfikacyjny',
    'otpInput.description.numeric': 'Wpisz {length}-cyfrowy kod',
    'otpInput.description.alphanumeric': 'Wpisz {length}-znakowy kod',

    // Waiting steps
    'flow.timeLeft': 'Pozostały czas',
    'flow.changeNumber': 'Zmień numer',
    'flow.resend': '{method, select, sms {Wyślij nowy kod} other {Zadzwoń ponownie}}',
    'flow.resendIn': '{method, select, sms {Wyślij nowy kod za {time}} other {Zadzwoń ponownie za {time}}}',
    'flow.fallbackLegend': 'Inne sposoby weryfikacji',
    'flow.fallback':
      '{method, select, sms {Zamiast tego wyślij kod SMS-em} flashCall {Zamiast tego zweryfikuj nieodebranym połączeniem} callout {Zamiast tego podaj kod w rozmowie} whatsapp {Wyślij mi zamiast tego kod przez WhatsApp} other {Zamiast tego zweryfikuj przez dane komórkowe}}',
    'flow.verifying': 'Sprawdzanie…',
    'flow.attemptsLeft':
      '{count, plural, one {Została # próba} few {Zostały # próby} many {Zostało # prób} other {Zostało # próby}}',
    'flow.timedOut': 'Nadal nic? Poproś ponownie albo wybierz inny sposób.',
    'sms.heading': 'Wpisz kod z SMS-a',
    'sms.lead': 'Wysłaliśmy kod na numer {phone}.',
    'flashCall.heading': 'Dzwonimy do Ciebie — nie odbieraj',
    'flashCall.lead':
      'Na numer {phone} zadzwoni nieznany numer. Nie odbieraj: numer, który dzwoni, jest Twoim kodem.',
    'flashCall.digitsLabel':
      '{count, plural, one {Brakująca cyfra numeru, który do Ciebie dzwonił} few {# brakujące cyfry numeru, który do Ciebie dzwonił} many {# brakujących cyfr numeru, który do Ciebie dzwonił} other {# brakującej cyfry numeru, który do Ciebie dzwonił}}',
    'flashCall.knownPart': 'Numer, który do Ciebie dzwoni, wygląda tak: {pattern}.',
    'flashCall.numberLabel': 'Numer, który do Ciebie dzwonił',
    'flashCall.numberHint':
      '{hint, select, none {Razem z numerem kierunkowym kraju.} other {Zawiera {hint}.}}',
    'flashCall.submit': 'Zweryfikuj',
    'callout.heading': 'Dzwonimy do Ciebie — posłuchaj kodu',
    'callout.lead': 'Odbierz połączenie na numer {phone}. Głos przeczyta Ci kod.',
    'seamless.heading': 'Sprawdzamy Twój numer',
    'whatsapp.heading': 'Wysłaliśmy Ci kod przez WhatsApp',
    'whatsapp.lead': 'Wpisz kod, który wysłaliśmy przez WhatsApp na numer {phone}.',
    'seamless.lead':
      'Twój telefon potwierdza numer {phone} przez komórkową transmisję danych. To potrwa kilka sekund.',
    'seamless.progress': 'Weryfikacja przez dane komórkowe',
    'seamless.timedOut':
      'Trwa to dłużej niż zwykle. Wyłącz Wi-Fi i spróbuj ponownie albo wybierz inny sposób.',
    'announce.waiting':
      '{method, select, sms {Wysłaliśmy kod na numer {phone}.} flashCall {Dzwonimy na numer {phone}. Nie odbieraj.} callout {Dzwonimy na numer {phone}. Posłuchaj kodu.} whatsapp {Wysłaliśmy kod przez WhatsApp na numer {phone}.} other {Sprawdzamy numer {phone} przez dane komórkowe.}}',
    'announce.verifying': 'Sprawdzanie…',
    'announce.timeLeft': 'Zostało {time}.',
    'announce.timedOut': 'Czas minął.',
    'announce.canResend': 'Możesz teraz poprosić o nowy.',

    // PhoneVerification
    'phone.heading': 'Zweryfikuj swój numer telefonu',
    'phone.submit':
      '{method, select, sms {Wyślij mi kod SMS-em} flashCall {Zadzwoń do mnie} callout {Zadzwoń do mnie} whatsapp {Wyślij mi kod przez WhatsApp} other {Zweryfikuj mój numer}}',
    'phone.sending': 'Wysyłanie…',
    'phone.required': 'Wpisz swój numer telefonu.',
    'method.legend': 'Jak chcesz go zweryfikować?',
    'method.option':
      '{method, select, sms {SMS} flashCall {Nieodebrane połączenie} callout {Połączenie głosowe} whatsapp {Wiadomość WhatsApp} other {Dane komórkowe}}',
    'fallback.notice':
      '{reason} Dlatego przełączyliśmy się na {method, select, sms {SMS} flashCall {nieodebrane połączenie} callout {połączenie głosowe} whatsapp {wiadomość WhatsApp} other {dane komórkowe}}.',
    'botCheck.heading': 'Potwierdź, że jesteś człowiekiem',
    'botCheck.back': 'Wstecz',
    'verified.heading': 'Numer telefonu zweryfikowany',
    'verified.lead': 'Numer {phone} jest zweryfikowany.',
    'announce.verified': 'Numer telefonu zweryfikowany.',
  },
  {
    invalid_request: 'Coś poszło nie tak z tym żądaniem. Spróbuj ponownie.',
    invalid_phone_number: 'Wpisz prawidłowy numer telefonu z numerem kierunkowym kraju.',
    method_not_allowed: 'Ten sposób weryfikacji jest niedostępny. Wybierz inny.',
    country_not_allowed: 'Nie można tu weryfikować numerów telefonów z tego kraju.',
    number_type_not_allowed: 'Nie można tu zweryfikować tego rodzaju numeru. Użyj numeru komórkowego.',
    rate_limited:
      'Zbyt wiele prób. {retry, select, known {Spróbuj ponownie za {time}.} other {Spróbuj ponownie później.}}',
    verification_paused: 'Weryfikacja numerów takich jak ten jest wstrzymana. Spróbuj ponownie później.',
    resend_cooldown:
      'Właśnie wysłaliśmy kod na ten numer. {retry, select, known {O nowy możesz poprosić za {time}.} other {Poczekaj chwilę, zanim poprosisz o nowy.}}',
    too_many_attempts: 'Zbyt wiele błędnych kodów. Poproś o nowy kod.',
    verification_not_found: 'Ta weryfikacja się zakończyła. Poproś o nowy kod.',
    verification_denied: cannotVerify,
    bot_check_required: 'Potwierdź, że jesteś człowiekiem, aby kontynuować.',
    bot_check_failed: 'Nie udało się potwierdzić, że jesteś człowiekiem. Spróbuj ponownie.',
    payload_too_large: setupProblem,
    unsupported_media_type: setupProblem,
    route_not_found: setupProblem,
    http_method_not_allowed: setupProblem,
    forbidden_origin: setupProblem,
    upstream_unavailable: 'Usługa weryfikacji jest teraz niedostępna. Spróbuj ponownie za chwilę.',
    upstream_error: serviceProblem,
    service_unavailable: 'Weryfikacja jest teraz niedostępna. Spróbuj ponownie za chwilę.',
    internal_error: setupProblem,
    network_error: 'Brak połączenia. Sprawdź połączenie z internetem i spróbuj ponownie.',
    timeout: 'To trwa zbyt długo. Sprawdź połączenie z internetem i spróbuj ponownie.',
    aborted: 'Żądanie zostało anulowane.',
    invalid_response: setupProblem,
    invalid_code: 'Ten kod jest nieprawidłowy. Sprawdź go i spróbuj ponownie.',
    invalid_cli: 'To nie jest numer, który do Ciebie dzwonił. Sprawdź go i spróbuj ponownie.',
    incomplete_code: 'Wpisz wszystkie cyfry kodu ({length}).',
    expired: 'Kod wygasł. Poproś o nowy.',
    call_hung_up: 'Połączenie zakończyło się przed wpisaniem kodu. Poproś o nowe połączenie.',
    denied_fraud: cannotVerify,
    denied_no_credit: 'Weryfikacja jest teraz niedostępna. Spróbuj ponownie później.',
    denied_blocked: cannotVerify,
    denied_by_callback: cannotVerify,
    denied_invalid_callback: setupProblem,
    denied_destination: 'Nie można tu weryfikować numerów takich jak ten.',
    provider_error: serviceProblem,
    number_unreachable: 'Nie udało się połączyć z tym numerem. Sprawdź go albo wybierz inny sposób.',
    delivery_failed: 'Nie udało się dostarczyć wiadomości. Wybierz inny sposób.',
    verification_replaced: 'Poproszono o nowszy kod. Użyj najnowszego.',
    verification_failed: 'Weryfikacja się nie powiodła. Spróbuj ponownie.',
  },
);
