import type { VerificationErrorCode } from '@verikit/core';
import type { MessageCatalogue } from './LocaleContext';

/**
 * Every key of the components' own strings (the errors come apart, one per code). `catalogues.test.ts` holds this
 * list to the English catalogues, so a string added there without a line here fails the tests.
 */
export type ComponentMessageKey =
  | 'phoneInput.label'
  | 'phoneInput.countryButton'
  | 'phoneInput.countryButtonEmpty'
  | 'phoneInput.search'
  | 'phoneInput.searchPlaceholder'
  | 'phoneInput.countries'
  | 'phoneInput.noResults'
  | 'phoneInput.error.required'
  | 'phoneInput.error.too-short'
  | 'phoneInput.error.too-long'
  | 'phoneInput.error.invalid-length'
  | 'phoneInput.error.invalid-country-code'
  | 'phoneInput.error.no-country'
  | 'phoneInput.error.country-not-allowed'
  | 'phoneInput.error.country-not-allowed-unknown'
  | 'phoneInput.error.unavailable'
  | 'phoneInput.hint.not-valid'
  | 'phoneInput.hint.not-valid-unknown'
  | 'otpInput.label'
  | 'otpInput.description.numeric'
  | 'otpInput.description.alphanumeric'
  | 'flow.timeLeft'
  | 'flow.changeNumber'
  | 'flow.resend'
  | 'flow.resendIn'
  | 'flow.fallbackLegend'
  | 'flow.fallback'
  | 'flow.verifying'
  | 'flow.attemptsLeft'
  | 'flow.timedOut'
  | 'sms.heading'
  | 'sms.lead'
  | 'flashCall.heading'
  | 'flashCall.lead'
  | 'flashCall.digitsLabel'
  | 'flashCall.knownPart'
  | 'flashCall.numberLabel'
  | 'flashCall.numberHint'
  | 'flashCall.submit'
  | 'callout.heading'
  | 'callout.lead'
  | 'whatsapp.heading'
  | 'whatsapp.lead'
  | 'seamless.heading'
  | 'seamless.lead'
  | 'seamless.progress'
  | 'seamless.timedOut'
  | 'announce.waiting'
  | 'announce.verifying'
  | 'announce.timeLeft'
  | 'announce.timedOut'
  | 'announce.canResend'
  | 'phone.heading'
  | 'phone.submit'
  | 'phone.sending'
  | 'phone.required'
  | 'method.legend'
  | 'method.option'
  | 'fallback.notice'
  | 'botCheck.heading'
  | 'botCheck.back'
  | 'verified.heading'
  | 'verified.lead'
  | 'announce.verified';

/** The components' strings of one language: TypeScript refuses a pack that misses one. */
export type LocaleMessages = Readonly<Record<ComponentMessageKey, string>>;

/** Core's error catalogue in one language: every `VerificationErrorCode`, same placeholders. */
export type LocaleErrorMessages = Readonly<Record<VerificationErrorCode, string>>;

/** A complete locale pack for `<LocaleProvider messages>`: the strings, and each error as `error.<code>`. */
export function localePack(messages: LocaleMessages, errors: LocaleErrorMessages): MessageCatalogue {
  const pack: MessageCatalogue = { ...messages };
  for (const [code, template] of Object.entries(errors)) pack[`error.${code}`] = template;
  return pack;
}
