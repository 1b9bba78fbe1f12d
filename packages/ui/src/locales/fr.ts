import type { MessageCatalogue } from '../i18n/LocaleProvider';
import { localePack } from '../i18n/localePack';

const setupProblem = 'Un problème est survenu de notre côté. Veuillez réessayer plus tard.';
const cannotVerify = 'Ce numéro ne peut pas être vérifié. Essayez un autre numéro.';
const serviceProblem = 'Le service de vérification a rencontré un problème. Veuillez réessayer.';

/**
 * Every verikit UI string in French: `<LocaleProvider locale="fr" messages={fr}>`. Spread it to override a string:
 * `messages={{ ...fr, 'flow.changeNumber': '…' }}`.
 */
export const fr: MessageCatalogue = localePack(
  {
    // PhoneInput
    'phoneInput.label': 'Numéro de téléphone',
    'phoneInput.countryButton': 'Pays : {country} +{callingCode}',
    'phoneInput.countryButtonEmpty': 'Choisir un pays',
    'phoneInput.search': 'Rechercher un pays',
    'phoneInput.searchPlaceholder': 'Nom ou indicatif',
    'phoneInput.countries': 'Pays',
    'phoneInput.noResults': 'Aucun pays ne correspond à « {query} »',
    'phoneInput.error.required': 'Saisissez votre numéro de téléphone.',
    'phoneInput.error.too-short': 'Ce numéro est trop court.',
    'phoneInput.error.too-long': 'Ce numéro est trop long.',
    'phoneInput.error.invalid-length': 'Ce numéro n’a pas le bon nombre de chiffres.',
    'phoneInput.error.invalid-country-code': 'Cet indicatif de pays n’existe pas.',
    'phoneInput.error.no-country': 'Choisissez un pays ou commencez le numéro par +.',
    'phoneInput.error.country-not-allowed': 'Les numéros de ce pays ({country}) ne sont pas acceptés ici.',
    'phoneInput.error.country-not-allowed-unknown': 'Ce numéro n’est pas accepté ici.',
    'phoneInput.error.unavailable':
      'Nous n’avons pas pu vérifier ce numéro. Vérifiez votre connexion, puis modifiez le numéro pour réessayer.',
    'phoneInput.hint.not-valid':
      'Vérifiez ce numéro : il ne ressemble pas à un numéro de ce pays ({country}).',
    'phoneInput.hint.not-valid-unknown': 'Vérifiez ce numéro : il ne ressemble pas à un numéro valide.',

    // OtpInput
    'otpInput.label': 'Code de vérification',
    'otpInput.description.numeric': 'Saisissez le code à {length} chiffres',
    'otpInput.description.alphanumeric': 'Saisissez le code à {length} caractères',

    // Waiting steps
    'flow.timeLeft': 'Temps restant',
    'flow.changeNumber': 'Changer de numéro',
    'flow.resend': '{method, select, sms {Envoyer un nouveau code} other {Me rappeler}}',
    'flow.resendIn':
      '{method, select, sms {Envoyer un nouveau code dans {time}} other {Me rappeler dans {time}}}',
    'flow.fallbackLegend': 'Autres moyens de vérification',
    'flow.fallback':
      '{method, select, sms {Recevoir plutôt un code par SMS} flashCall {Vérifier plutôt par appel manqué} callout {Recevoir plutôt le code par appel} whatsapp {Recevoir plutôt un code sur WhatsApp} other {Vérifier plutôt via les données mobiles}}',
    'flow.verifying': 'Vérification…',
    'flow.attemptsLeft':
      '{count, plural, one {# tentative restante} many {# de tentatives restantes} other {# tentatives restantes}}',
    'flow.timedOut': 'Toujours rien ? Redemandez-le ou essayez un autre moyen.',
    'sms.heading': 'Saisissez le code reçu par SMS',
    'sms.lead': 'Nous avons envoyé un code au {phone}.',
    'flashCall.heading': 'Nous vous appelons : ne répondez pas',
    'flashCall.lead':
      'Le {phone} va recevoir un appel d’un numéro inconnu. Ne répondez pas : le numéro qui appelle est votre code.',
    'flashCall.digitsLabel':
      '{count, plural, one {Le chiffre manquant du numéro qui vous a appelé} other {Les # chiffres manquants du numéro qui vous a appelé}}',
    'flashCall.knownPart': 'Le numéro qui vous appelle ressemble à {pattern}.',
    'flashCall.numberLabel': 'Le numéro qui vous a appelé',
    'flashCall.numberHint': '{hint, select, none {Avec l’indicatif du pays.} other {Il contient {hint}.}}',
    'flashCall.submit': 'Vérifier',
    'callout.heading': 'Nous vous appelons : écoutez le code',
    'callout.lead': 'Répondez à l’appel au {phone}. Une voix vous lira votre code.',
    'seamless.heading': 'Vérification de votre numéro',
    'whatsapp.heading': 'Nous vous avons envoyé un code sur WhatsApp',
    'whatsapp.lead': 'Saisissez le code envoyé au {phone} sur WhatsApp.',
    'seamless.lead':
      'Votre téléphone confirme le {phone} via sa connexion de données mobiles. Cela prend quelques secondes.',
    'seamless.progress': 'Vérification via les données mobiles',
    'seamless.timedOut':
      'Cela prend plus de temps que d’habitude. Désactivez le Wi-Fi et réessayez, ou essayez un autre moyen.',
    'announce.waiting':
      '{method, select, sms {Nous avons envoyé un code au {phone}.} flashCall {Nous appelons le {phone}. Ne répondez pas.} callout {Nous appelons le {phone}. Écoutez le code.} whatsapp {Nous avons envoyé un code sur WhatsApp au {phone}.} other {Vérification du {phone} via les données mobiles.}}',
    'announce.verifying': 'Vérification…',
    'announce.timeLeft': 'Encore {time}.',
    'announce.timedOut': 'Le temps est écoulé.',
    'announce.canResend': 'Vous pouvez en redemander un maintenant.',

    // PhoneVerification
    'phone.heading': 'Vérifiez votre numéro de téléphone',
    'phone.submit':
      '{method, select, sms {M’envoyer un code par SMS} flashCall {M’appeler} callout {M’appeler} whatsapp {M’envoyer un code sur WhatsApp} other {Vérifier mon numéro}}',
    'phone.sending': 'Envoi…',
    'phone.required': 'Saisissez votre numéro de téléphone.',
    'method.legend': 'Comment voulez-vous le vérifier ?',
    'method.option':
      '{method, select, sms {SMS} flashCall {Appel manqué} callout {Appel vocal} whatsapp {Message WhatsApp} other {Données mobiles}}',
    'fallback.notice':
      '{reason} Nous sommes donc passés {method, select, sms {au SMS} flashCall {à l’appel manqué} callout {à l’appel vocal} whatsapp {à WhatsApp} other {aux données mobiles}}.',
    'botCheck.heading': 'Confirmez que vous êtes une personne',
    'botCheck.back': 'Retour',
    'verified.heading': 'Numéro de téléphone vérifié',
    'verified.lead': 'Le {phone} est vérifié.',
    'announce.verified': 'Numéro de téléphone vérifié.',
  },
  {
    invalid_request: 'Un problème est survenu avec cette demande. Veuillez réessayer.',
    invalid_phone_number: 'Saisissez un numéro de téléphone valide, avec l’indicatif du pays.',
    method_not_allowed: 'Ce moyen de vérification n’est pas disponible. Choisissez-en un autre.',
    country_not_allowed: 'Les numéros de ce pays ne peuvent pas être vérifiés ici.',
    number_type_not_allowed: 'Ce type de numéro ne peut pas être vérifié ici. Utilisez un numéro de mobile.',
    rate_limited:
      'Trop de tentatives. {retry, select, known {Réessayez dans {time}.} other {Réessayez plus tard.}}',
    verification_paused:
      'La vérification est suspendue pour les numéros comme celui-ci. Veuillez réessayer plus tard.',
    resend_cooldown:
      'Un code vient d’être envoyé à ce numéro. {retry, select, known {Vous pourrez en demander un nouveau dans {time}.} other {Patientez un instant avant d’en demander un nouveau.}}',
    too_many_attempts: 'Trop de codes erronés. Demandez un nouveau code.',
    verification_not_found: 'Cette vérification est terminée. Demandez un nouveau code.',
    verification_denied: cannotVerify,
    bot_check_required: 'Confirmez que vous êtes une personne pour continuer.',
    bot_check_failed: 'Nous n’avons pas pu confirmer que vous êtes une personne. Veuillez réessayer.',
    payload_too_large: setupProblem,
    unsupported_media_type: setupProblem,
    route_not_found: setupProblem,
    http_method_not_allowed: setupProblem,
    forbidden_origin: setupProblem,
    upstream_unavailable:
      'Le service de vérification est indisponible pour le moment. Veuillez réessayer dans un instant.',
    upstream_error: serviceProblem,
    service_unavailable:
      'La vérification est indisponible pour le moment. Veuillez réessayer dans un instant.',
    internal_error: setupProblem,
    network_error: 'Connexion impossible. Vérifiez votre connexion Internet et réessayez.',
    timeout: 'Cela prend trop de temps. Vérifiez votre connexion Internet et réessayez.',
    aborted: 'La demande a été annulée.',
    invalid_response: setupProblem,
    invalid_code: 'Ce code n’est pas le bon. Vérifiez-le et réessayez.',
    invalid_cli: 'Ce n’est pas le numéro qui vous a appelé. Vérifiez-le et réessayez.',
    incomplete_code: 'Saisissez les {length} chiffres.',
    expired: 'Le code a expiré. Demandez-en un nouveau.',
    call_hung_up: 'L’appel s’est terminé avant la saisie du code. Demandez un nouvel appel.',
    denied_fraud: cannotVerify,
    denied_no_credit: 'La vérification est indisponible pour le moment. Veuillez réessayer plus tard.',
    denied_blocked: cannotVerify,
    denied_by_callback: cannotVerify,
    denied_invalid_callback: setupProblem,
    denied_destination: 'Les numéros comme celui-ci ne peuvent pas être vérifiés ici.',
    provider_error: serviceProblem,
    number_unreachable: 'Nous n’avons pas pu joindre ce numéro. Vérifiez-le ou essayez un autre moyen.',
    delivery_failed: 'Nous n’avons pas pu remettre le message. Essayez un autre moyen.',
    verification_replaced: 'Un code plus récent a été demandé. Utilisez le dernier.',
    verification_failed: 'La vérification a échoué. Veuillez réessayer.',
  },
);
