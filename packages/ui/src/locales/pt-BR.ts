import type { MessageCatalogue } from '../i18n/LocaleProvider';
import { localePack } from '../i18n/localePack';

const setupProblem = 'Algo deu errado do nosso lado. Tente de novo mais tarde.';
const cannotVerify = 'Não é possível verificar este número. Tente outro número.';
const serviceProblem = 'O serviço de verificação teve um problema. Tente de novo.';

/**
 * Every verikit UI string in Brazilian Portuguese: `<LocaleProvider locale="pt-BR" messages={ptBR}>`. Spread it to
 * override a string: `messages={{ ...ptBR, 'flow.changeNumber': '…' }}`.
 */
export const ptBR: MessageCatalogue = localePack(
  {
    // PhoneInput
    'phoneInput.label': 'Número de telefone',
    'phoneInput.countryButton': 'País: {country} +{callingCode}',
    'phoneInput.countryButtonEmpty': 'Escolha um país',
    'phoneInput.search': 'Pesquisar países',
    'phoneInput.searchPlaceholder': 'Nome ou código de discagem',
    'phoneInput.countries': 'Países',
    'phoneInput.noResults': 'Nenhum país corresponde a “{query}”',
    'phoneInput.error.required': 'Digite seu número de telefone.',
    'phoneInput.error.too-short': 'Este número é curto demais.',
    'phoneInput.error.too-long': 'Este número é longo demais.',
    'phoneInput.error.invalid-length': 'Este número não tem a quantidade certa de dígitos.',
    'phoneInput.error.invalid-country-code': 'Este código de país não existe.',
    'phoneInput.error.no-country': 'Escolha um país ou comece o número com +.',
    'phoneInput.error.country-not-allowed': 'Números de {country} não podem ser usados aqui.',
    'phoneInput.error.country-not-allowed-unknown': 'Este número não pode ser usado aqui.',
    'phoneInput.error.unavailable':
      'Não conseguimos verificar este número. Confira sua conexão e depois altere o número para tentar de novo.',
    'phoneInput.hint.not-valid': 'Confira este número: ele não parece um número de {country}.',
    'phoneInput.hint.not-valid-unknown': 'Confira este número: ele não parece um número válido.',

    // OtpInput
    'otpInput.label': 'Código de verificação',
    'otpInput.description.numeric': 'Digite o código de {length} dígitos',
    'otpInput.description.alphanumeric': 'Digite o código de {length} caracteres',

    // Waiting steps
    'flow.timeLeft': 'Tempo restante',
    'flow.changeNumber': 'Trocar número',
    'flow.resend': '{method, select, sms {Enviar um novo código} other {Ligar de novo}}',
    'flow.resendIn':
      '{method, select, sms {Enviar um novo código em {time}} other {Ligar de novo em {time}}}',
    'flow.fallbackLegend': 'Outras formas de verificar',
    'flow.fallback':
      '{method, select, sms {Receber um código por SMS} flashCall {Verificar com uma chamada perdida} callout {Receber o código por ligação} whatsapp {Receber um código pelo WhatsApp} other {Verificar pelos dados móveis}}',
    'flow.verifying': 'Verificando…',
    'flow.attemptsLeft':
      '{count, plural, one {Resta # tentativa} many {Restam # de tentativas} other {Restam # tentativas}}',
    'flow.timedOut': 'Nada ainda? Peça de novo ou tente outra forma.',
    'sms.heading': 'Digite o código que enviamos por SMS',
    'sms.lead': 'Enviamos um código para {phone}.',
    'flashCall.heading': 'Estamos ligando para você — não atenda',
    'flashCall.lead':
      '{phone} vai receber uma ligação de um número desconhecido. Não atenda: o número que liga é o seu código.',
    'flashCall.digitsLabel':
      '{count, plural, one {O dígito que falta do número que ligou para você} other {Os # dígitos que faltam do número que ligou para você}}',
    'flashCall.knownPart': 'O número que liga para você tem este formato: {pattern}.',
    'flashCall.numberLabel': 'O número que ligou para você',
    'flashCall.numberHint': '{hint, select, none {Inclua o código do país.} other {Ele contém {hint}.}}',
    'flashCall.submit': 'Verificar',
    'callout.heading': 'Estamos ligando para você — ouça o código',
    'callout.lead': 'Atenda a ligação para {phone}. Uma voz vai ler o seu código.',
    'seamless.heading': 'Verificando seu número',
    'whatsapp.heading': 'Enviamos um código pelo WhatsApp',
    'whatsapp.lead': 'Digite o código que enviamos para {phone} pelo WhatsApp.',
    'seamless.lead':
      'Seu celular está confirmando {phone} pela conexão de dados móveis. Isso leva alguns segundos.',
    'seamless.progress': 'Verificando pelos dados móveis',
    'seamless.timedOut':
      'Está demorando mais do que o normal. Desligue o Wi-Fi e tente de novo, ou tente outra forma.',
    'announce.waiting':
      '{method, select, sms {Enviamos um código para {phone}.} flashCall {Estamos ligando para {phone}. Não atenda.} callout {Estamos ligando para {phone}. Ouça o código.} whatsapp {Enviamos um código pelo WhatsApp para {phone}.} other {Verificando {phone} pelos dados móveis.}}',
    'announce.verifying': 'Verificando…',
    'announce.timeLeft': 'Faltam {time}.',
    'announce.timedOut': 'O tempo acabou.',
    'announce.canResend': 'Agora você pode pedir um novo.',

    // PhoneVerification
    'phone.heading': 'Verifique seu número de telefone',
    'phone.submit':
      '{method, select, sms {Enviar código por SMS} flashCall {Ligar para mim} callout {Ligar para mim} whatsapp {Enviar código pelo WhatsApp} other {Verificar meu número}}',
    'phone.sending': 'Enviando…',
    'phone.required': 'Digite seu número de telefone.',
    'method.legend': 'Como você quer verificar?',
    'method.option':
      '{method, select, sms {Mensagem de texto (SMS)} flashCall {Chamada perdida} callout {Ligação de voz} whatsapp {Mensagem do WhatsApp} other {Dados móveis}}',
    'fallback.notice':
      '{reason} Por isso, mudamos para {method, select, sms {uma mensagem de texto} flashCall {uma chamada perdida} callout {uma ligação de voz} whatsapp {uma mensagem do WhatsApp} other {os dados móveis}}.',
    'botCheck.heading': 'Confirme que você é uma pessoa',
    'botCheck.back': 'Voltar',
    'verified.heading': 'Número de telefone verificado',
    'verified.lead': '{phone} foi verificado.',
    'announce.verified': 'Número de telefone verificado.',
  },
  {
    invalid_request: 'Algo deu errado com esta solicitação. Tente de novo.',
    invalid_phone_number: 'Digite um número de telefone válido, com o código do país.',
    method_not_allowed: 'Esta forma de verificação não está disponível. Escolha outra.',
    country_not_allowed: 'Números de telefone deste país não podem ser verificados aqui.',
    number_type_not_allowed: 'Este tipo de número não pode ser verificado aqui. Use um número de celular.',
    rate_limited:
      'Tentativas demais. {retry, select, known {Tente de novo em {time}.} other {Tente de novo mais tarde.}}',
    verification_paused: 'A verificação está pausada para números como este. Tente de novo mais tarde.',
    resend_cooldown:
      'Acabamos de enviar um código para este número. {retry, select, known {Você pode pedir outro em {time}.} other {Aguarde um pouco antes de pedir outro.}}',
    too_many_attempts: 'Códigos errados demais. Peça um novo código.',
    verification_not_found: 'Esta verificação terminou. Peça um novo código.',
    verification_denied: cannotVerify,
    bot_check_required: 'Confirme que você é uma pessoa para continuar.',
    bot_check_failed: 'Não foi possível confirmar que você é uma pessoa. Tente novamente.',
    payload_too_large: setupProblem,
    unsupported_media_type: setupProblem,
    route_not_found: setupProblem,
    http_method_not_allowed: setupProblem,
    forbidden_origin: setupProblem,
    upstream_unavailable: 'O serviço de verificação não está disponível agora. Tente de novo daqui a pouco.',
    upstream_error: serviceProblem,
    service_unavailable: 'A verificação não está disponível agora. Tente de novo daqui a pouco.',
    internal_error: setupProblem,
    network_error: 'Sem conexão. Confira sua internet e tente de novo.',
    timeout: 'Isso está demorando demais. Confira sua internet e tente de novo.',
    aborted: 'A solicitação foi cancelada.',
    invalid_response: setupProblem,
    invalid_code: 'Esse código não está certo. Confira e tente de novo.',
    invalid_cli: 'Esse não é o número que ligou para você. Confira e tente de novo.',
    incomplete_code: 'Digite todos os {length} dígitos.',
    expired: 'O código expirou. Peça um novo.',
    call_hung_up: 'A ligação terminou antes de o código ser digitado. Peça uma nova ligação.',
    denied_fraud: cannotVerify,
    denied_no_credit: 'A verificação não está disponível agora. Tente de novo mais tarde.',
    denied_blocked: cannotVerify,
    denied_by_callback: cannotVerify,
    denied_invalid_callback: setupProblem,
    denied_destination: 'Números como este não podem ser verificados aqui.',
    provider_error: serviceProblem,
    number_unreachable: 'Não conseguimos contatar este número. Confira-o ou tente outra forma.',
    delivery_failed: 'Não conseguimos entregar a mensagem. Tente outra forma.',
    verification_replaced: 'Um código mais recente foi pedido. Use o último.',
    verification_failed: 'A verificação falhou. Tente de novo.',
  },
);
