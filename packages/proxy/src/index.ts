export type { BotCheckOptions, BotCheckWhen } from './botCheck/botCheckOptions';
export {
  type BotCheckFunction,
  BotCheckUnavailableError,
  type BotCheckVerdict,
  type BotCheckVerifier,
  type BotCheckVerifyContext,
} from './botCheck/botCheckVerifier';
export {
  HCAPTCHA_SITEVERIFY_URL,
  type HcaptchaVerifierOptions,
  hcaptchaVerifier,
} from './botCheck/hcaptchaVerifier';
export { DEFAULT_NEW_COUNTRY_SURGE, type NewCountrySurgeOptions } from './botCheck/newCountrySurgeOptions';
export {
  TURNSTILE_SITEVERIFY_URL,
  type TurnstileVerifierOptions,
  turnstileVerifier,
} from './botCheck/turnstileVerifier';
export type { TrustProxyHeaders } from './clientIpOf';
export {
  type CallbackHandlerOptions,
  type CallbackRejection,
  createCallbackHandler,
} from './createCallbackHandler';
export {
  createMemoryRateLimitStore,
  type MemoryRateLimitStore,
  type MemoryRateLimitStoreOptions,
  MemoryStoreFullError,
} from './createMemoryRateLimitStore';
export { createVerificationProxy, DEFAULT_SINCH_BASE_URL } from './createVerificationProxy';
export type { AbuseEvent } from './guards/abuseEvent';
export {
  type ConversionBreakerOptions,
  DEFAULT_CONVERSION_BREAKER,
} from './guards/conversionBreakerOptions';
export type { NumberType } from './guards/numberTypeOf';
export {
  DEFAULT_NUMBER_TYPE_RULES,
  type MethodsForType,
  type NumberTypePolicy,
  type NumberTypeRules,
} from './guards/numberTypePolicy';
export type { StoreFailureMode } from './guards/runStartGuards';
export { type BudgetRule, DEFAULT_START_BUDGETS, type StartBudgets } from './guards/startBudgets';
export type { ProofOptions } from './issueProof';
export { clientIpForLog, type LogClientIp, verificationIdTag } from './logRedaction';
export { DEFAULT_ALLOWED_METHODS } from './methods/proxyMethods';
export { ProofError, type ProofErrorCode } from './ProofError';
export { HTTP_STATUS_BY_ERROR_CODE, type ProxyErrorOptions, proxyErrorResponse } from './proxyErrorResponse';
export { DEFAULT_PROXY_LIMITS, type ProxyLimits, type RateLimitRule } from './proxyLimits';
export {
  PROXY_ENVIRONMENT_VARIABLES,
  ProxyConfigurationError,
  proxyOptionsFromEnv,
} from './proxyOptionsFromEnv';
export type { ProxyStore, RateLimitCounter, RateLimitStore } from './rateLimitStore';
export { redactPhoneNumber } from './redactPhoneNumber';
export type { TestNumber } from './testNumbers/testNumber';
export type {
  ProxyLogEvent,
  ProxyRequestContext,
  ProxyRoute,
  StartContext,
  StartDecision,
  VerificationProxyHandler,
  VerificationProxyOptions,
} from './verificationProxyOptions';
export { type ConsumeProof, type VerifiedProof, type VerifyProofOptions, verifyProof } from './verifyProof';
