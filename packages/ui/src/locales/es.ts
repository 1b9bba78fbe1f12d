import type { MessageCatalogue } from '../i18n/LocaleProvider';
import { localePack } from '../i18n/localePack';

const setupProblem = 'Algo ha fallado por nuestra parte. Vuelve a intentarlo más tarde.';
const cannotVerify = 'No se puede verificar este número. Prueba con otro.';
const serviceProblem = 'El servicio de verificación ha tenido un problema. Vuelve a intentarlo.';

/**
 * Every verikit UI string in Spanish: `<LocaleProvider locale="es" messages={es}>`. Spread it to override a string:
 * `messages={{ ...es, 'flow.changeNumber': '…' }}`.
 */
export const es: MessageCatalogue = localePack(
  {
    // PhoneInput
    'phoneInput.label': 'Número de teléfono',
    'phoneInput.countryButton': 'País: {country} +{callingCode}',
    'phoneInput.countryButtonEmpty': 'Elige un país',
    'phoneInput.search': 'Buscar países',
    'phoneInput.searchPlaceholder': 'Nombre o prefijo',
    'phoneInput.countries': 'Países',
    'phoneInput.noResults': 'Ningún país coincide con «{query}»',
    'phoneInput.error.required': 'Introduce tu número de teléfono.',
    'phoneInput.error.too-short': 'Este número es demasiado corto.',
    'phoneInput.error.too-long': 'Este número es demasiado largo.',
    'phoneInput.error.invalid-length': 'Este número no tiene la cantidad correcta de dígitos.',
    'phoneInput.error.invalid-country-code': 'Este prefijo de país no existe.',
    'phoneInput.error.no-country': 'Elige un país o empieza el número con +.',
    'phoneInput.error.country-not-allowed': 'Aquí no se pueden usar números de {country}.',
    'phoneInput.error.country-not-allowed-unknown': 'Aquí no se puede usar este número.',
    'phoneInput.error.unavailable':
      'No hemos podido comprobar este número. Revisa tu conexión y cambia el número para volver a intentarlo.',
    'phoneInput.hint.not-valid': 'Revisa este número: no parece un número de {country}.',
    'phoneInput.hint.not-valid-unknown': 'Revisa este número: no parece un número válido.',

    // OtpInput
    'otpInput.label': 'Código de verificación',
    'otpInput.description.numeric': 'Introduce el código de {length} dígitos',
    'otpInput.description.alphanumeric': 'Introduce el código de {length} caracteres',

    // Waiting steps
    'flow.timeLeft': 'Tiempo restante',
    'flow.changeNumber': 'Cambiar número',
    'flow.resend': '{method, select, sms {Enviar un código nuevo} other {Volver a llamarme}}',
    'flow.resendIn':
      '{method, select, sms {Enviar un código nuevo en {time}} other {Volver a llamarme en {time}}}',
    'flow.fallbackLegend': 'Otras formas de verificar',
    'flow.fallback':
      '{method, select, sms {Mejor envíame un código por SMS} flashCall {Mejor verifica con una llamada perdida} callout {Mejor llámame con el código} whatsapp {Envíame un código por WhatsApp} other {Mejor verifica con los datos móviles}}',
    'flow.verifying': 'Comprobando…',
    'flow.attemptsLeft':
      '{count, plural, one {Queda # intento} many {Quedan # de intentos} other {Quedan # intentos}}',
    'flow.timedOut': '¿Todavía nada? Pídelo de nuevo o prueba de otra forma.',
    'sms.heading': 'Introduce el código que te hemos enviado',
    'sms.lead': 'Hemos enviado un código al {phone}.',
    'flashCall.heading': 'Te estamos llamando: no contestes',
    'flashCall.lead':
      'El {phone} recibirá una llamada de un número desconocido. No contestes: el número que llama es tu código.',
    'flashCall.digitsLabel':
      '{count, plural, one {El dígito que falta del número que te ha llamado} other {Los # dígitos que faltan del número que te ha llamado}}',
    'flashCall.knownPart': 'El número que te llama tiene esta forma: {pattern}.',
    'flashCall.numberLabel': 'El número que te ha llamado',
    'flashCall.numberHint': '{hint, select, none {Incluye el prefijo del país.} other {Contiene {hint}.}}',
    'flashCall.submit': 'Verificar',
    'callout.heading': 'Te estamos llamando: escucha el código',
    'callout.lead': 'Contesta la llamada al {phone}. Una voz te leerá el código.',
    'seamless.heading': 'Comprobando tu número',
    'whatsapp.heading': 'Te hemos enviado un código por WhatsApp',
    'whatsapp.lead': 'Introduce el código que hemos enviado al {phone} por WhatsApp.',
    'seamless.lead':
      'Tu teléfono está confirmando el {phone} con su conexión de datos móviles. Tardará unos segundos.',
    'seamless.progress': 'Verificando con los datos móviles',
    'seamless.timedOut':
      'Está tardando más de lo habitual. Desactiva el wifi y vuelve a intentarlo, o prueba de otra forma.',
    'announce.waiting':
      '{method, select, sms {Hemos enviado un código al {phone}.} flashCall {Estamos llamando al {phone}. No contestes.} callout {Estamos llamando al {phone}. Escucha el código.} whatsapp {Hemos enviado un código por WhatsApp al {phone}.} other {Comprobando el {phone} con los datos móviles.}}',
    'announce.verifying': 'Comprobando…',
    'announce.timeLeft': 'Quedan {time}.',
    'announce.timedOut': 'Se ha acabado el tiempo.',
    'announce.canResend': 'Ya puedes pedir uno nuevo.',

    // PhoneVerification
    'phone.heading': 'Verifica tu número de teléfono',
    'phone.submit':
      '{method, select, sms {Envíame un código} flashCall {Llámame} callout {Llámame} whatsapp {Envíame un código por WhatsApp} other {Verificar mi número}}',
    'phone.sending': 'Enviando…',
    'phone.required': 'Introduce tu número de teléfono.',
    'method.legend': '¿Cómo quieres verificarlo?',
    'method.option':
      '{method, select, sms {Mensaje de texto (SMS)} flashCall {Llamada perdida} callout {Llamada de voz} whatsapp {Mensaje de WhatsApp} other {Datos móviles}}',
    'fallback.notice':
      '{reason} Por eso lo intentamos ahora {method, select, sms {con un mensaje de texto} flashCall {con una llamada perdida} callout {con una llamada de voz} whatsapp {con un mensaje de WhatsApp} other {con los datos móviles}}.',
    'botCheck.heading': 'Confirma que eres una persona',
    'botCheck.back': 'Volver',
    'verified.heading': 'Número de teléfono verificado',
    'verified.lead': 'El {phone} está verificado.',
    'announce.verified': 'Número de teléfono verificado.',
  },
  {
    invalid_request: 'Algo ha fallado con esta solicitud. Vuelve a intentarlo.',
    invalid_phone_number: 'Introduce un número de teléfono válido, con el prefijo del país.',
    method_not_allowed: 'Esta forma de verificar no está disponible. Elige otra.',
    country_not_allowed: 'Aquí no se pueden verificar números de teléfono de este país.',
    number_type_not_allowed: 'Aquí no se puede verificar este tipo de número. Usa un número de móvil.',
    rate_limited:
      'Demasiados intentos. {retry, select, known {Vuelve a intentarlo en {time}.} other {Vuelve a intentarlo más tarde.}}',
    verification_paused:
      'La verificación está en pausa para números como este. Vuelve a intentarlo más tarde.',
    resend_cooldown:
      'Acabamos de enviar un código a este número. {retry, select, known {Podrás pedir otro en {time}.} other {Espera un momento antes de pedir otro.}}',
    too_many_attempts: 'Demasiados códigos incorrectos. Pide un código nuevo.',
    verification_not_found: 'Esta verificación ha terminado. Pide un código nuevo.',
    verification_denied: cannotVerify,
    bot_check_required: 'Confirma que eres una persona para continuar.',
    bot_check_failed: 'No hemos podido confirmar que eres una persona. Inténtalo de nuevo.',
    payload_too_large: setupProblem,
    unsupported_media_type: setupProblem,
    route_not_found: setupProblem,
    http_method_not_allowed: setupProblem,
    forbidden_origin: setupProblem,
    upstream_unavailable:
      'El servicio de verificación no está disponible ahora mismo. Vuelve a intentarlo en un momento.',
    upstream_error: serviceProblem,
    service_unavailable: 'La verificación no está disponible ahora mismo. Vuelve a intentarlo en un momento.',
    internal_error: setupProblem,
    network_error: 'No hay conexión. Revisa tu conexión a internet y vuelve a intentarlo.',
    timeout: 'Está tardando demasiado. Revisa tu conexión a internet y vuelve a intentarlo.',
    aborted: 'Se ha cancelado la solicitud.',
    invalid_response: setupProblem,
    invalid_code: 'Ese código no es correcto. Revísalo y vuelve a intentarlo.',
    invalid_cli: 'Ese no es el número que te ha llamado. Revísalo y vuelve a intentarlo.',
    incomplete_code: 'Introduce los {length} dígitos.',
    expired: 'El código ha caducado. Pide uno nuevo.',
    call_hung_up: 'La llamada terminó antes de introducir el código. Pide una llamada nueva.',
    denied_fraud: cannotVerify,
    denied_no_credit: 'La verificación no está disponible ahora mismo. Vuelve a intentarlo más tarde.',
    denied_blocked: cannotVerify,
    denied_by_callback: cannotVerify,
    denied_invalid_callback: setupProblem,
    denied_destination: 'Aquí no se pueden verificar números como este.',
    provider_error: serviceProblem,
    number_unreachable: 'No hemos podido contactar con este número. Revísalo o prueba de otra forma.',
    delivery_failed: 'No hemos podido entregar el mensaje. Prueba de otra forma.',
    verification_replaced: 'Se ha pedido un código más reciente. Usa el último.',
    verification_failed: 'La verificación ha fallado. Vuelve a intentarlo.',
  },
);
