import { VERIFICATION_METHODS, type VerificationMethod } from '@verikit/core';
import type { BotCheckOptions } from './botCheck/botCheckOptions';
import { hcaptchaVerifier } from './botCheck/hcaptchaVerifier';
import { turnstileVerifier } from './botCheck/turnstileVerifier';
import type { TrustProxyHeaders } from './clientIpOf';
import type { VerificationProxyOptions } from './verificationProxyOptions';

/** The environment variables the CLI reads, with what each sets. */
export const PROXY_ENVIRONMENT_VARIABLES = {
  SINCH_APPLICATION_KEY: 'Sinch application key (required)',
  SINCH_APPLICATION_SECRET: 'Sinch application secret, base64 (required)',
  SINCH_BASE_URL:
    'Sinch base URL, e.g. the emulator http://127.0.0.1:8787 (default https://verification.api.sinch.com)',
  VERIKIT_PROOF_SECRET: 'key of the proofs, ≥ 32 bytes, shared with your backend (required)',
  VERIKIT_PROOF_ISSUER: 'proof `iss` (default verikit)',
  VERIKIT_PROOF_AUDIENCE: 'proof `aud` (default verikit)',
  VERIKIT_PROOF_TTL_SECONDS: 'proof lifetime in seconds (default 600)',
  VERIKIT_BASE_PATH: 'path of the routes (default /api/verification)',
  VERIKIT_AUTH_SCHEME: 'application | basic (default application)',
  VERIKIT_ALLOWED_METHODS:
    'comma-separated: sms,flashCall,callout,seamless,whatsapp (default all but whatsapp, which costs per message)',
  VERIKIT_WHATSAPP_CODE_TYPE: 'whatsappOptions.codeType: Numeric | Alpha | Alphanumeric (default Sinch’s)',
  VERIKIT_ALLOWED_COUNTRIES: 'comma-separated ISO 3166 alpha-2 codes, e.g. SE,NO (default all)',
  VERIKIT_CORS_ORIGINS: 'comma-separated origins allowed to call cross-origin (default none)',
  VERIKIT_TRUST_PROXY_HEADERS: 'false | true | number of reverse proxies in front (default false)',
  VERIKIT_UPSTREAM_TIMEOUT_MS: 'milliseconds to wait for Sinch (default 10000)',
  VERIKIT_REDIS_URL: 'redis://… to share the abuse counters between instances (default in memory)',
  VERIKIT_BOT_CHECK: 'turnstile | hcaptcha: a bot check with that provider (default none)',
  VERIKIT_BOT_CHECK_SECRET_KEY: 'the bot check’s secret key (required with VERIKIT_BOT_CHECK)',
  VERIKIT_BOT_CHECK_SITE_KEY: 'the bot check’s public site key (required with VERIKIT_BOT_CHECK)',
  VERIKIT_BOT_CHECK_WHEN: 'adaptive | always (default adaptive: only while the risk is raised)',
  VERIKIT_BOT_CHECK_HOSTNAMES: 'comma-separated hostnames a token may have been solved on (default any)',
  VERIKIT_BOT_CHECK_SITEVERIFY_URL:
    'the provider’s siteverify URL, e.g. a local stand-in (default the provider’s)',
} as const;

export class ProxyConfigurationError extends Error {
  override readonly name = 'ProxyConfigurationError';
}

const list = (value: string | undefined) =>
  value
    ?.split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * The proxy's options from environment variables (see `PROXY_ENVIRONMENT_VARIABLES`). Throws a
 * `ProxyConfigurationError` that names the variable, never its value.
 */
export function proxyOptionsFromEnv(env: Record<string, string | undefined>): VerificationProxyOptions {
  const proofSecret = env.VERIKIT_PROOF_SECRET;
  if (!proofSecret) throw new ProxyConfigurationError('VERIKIT_PROOF_SECRET is required (≥ 32 bytes)');
  const options: VerificationProxyOptions = {
    applicationKey: env.SINCH_APPLICATION_KEY,
    applicationSecret: env.SINCH_APPLICATION_SECRET,
    sinchBaseUrl: env.SINCH_BASE_URL,
    proof: { secret: proofSecret },
  };
  if (env.VERIKIT_PROOF_ISSUER) options.proof.issuer = env.VERIKIT_PROOF_ISSUER;
  if (env.VERIKIT_PROOF_AUDIENCE) options.proof.audience = env.VERIKIT_PROOF_AUDIENCE;
  if (env.VERIKIT_PROOF_TTL_SECONDS)
    options.proof.ttlSeconds = positive(env.VERIKIT_PROOF_TTL_SECONDS, 'VERIKIT_PROOF_TTL_SECONDS');
  if (env.VERIKIT_BASE_PATH) options.basePath = env.VERIKIT_BASE_PATH;
  if (env.VERIKIT_AUTH_SCHEME) {
    if (env.VERIKIT_AUTH_SCHEME !== 'application' && env.VERIKIT_AUTH_SCHEME !== 'basic')
      throw new ProxyConfigurationError('VERIKIT_AUTH_SCHEME must be application or basic');
    options.authScheme = env.VERIKIT_AUTH_SCHEME;
  }
  const methods = list(env.VERIKIT_ALLOWED_METHODS);
  if (methods) {
    const unknown = methods.find((method) => !(VERIFICATION_METHODS as readonly string[]).includes(method));
    if (unknown !== undefined)
      throw new ProxyConfigurationError(`VERIKIT_ALLOWED_METHODS: unknown method ${unknown}`);
    options.allowedMethods = methods as VerificationMethod[];
  }
  const whatsappCodeType = env.VERIKIT_WHATSAPP_CODE_TYPE;
  if (whatsappCodeType) {
    if (whatsappCodeType !== 'Numeric' && whatsappCodeType !== 'Alpha' && whatsappCodeType !== 'Alphanumeric')
      throw new ProxyConfigurationError('VERIKIT_WHATSAPP_CODE_TYPE must be Numeric, Alpha or Alphanumeric');
    options.whatsappOptions = { codeType: whatsappCodeType };
  }
  const countries = list(env.VERIKIT_ALLOWED_COUNTRIES);
  if (countries) {
    const wrong = countries.find((country) => !/^[A-Za-z]{2}$/.test(country));
    if (wrong !== undefined)
      throw new ProxyConfigurationError(`VERIKIT_ALLOWED_COUNTRIES: ${wrong} is not ISO 3166 alpha-2`);
    options.allowedCountries = countries.map((country) => country.toUpperCase());
  }
  const origins = list(env.VERIKIT_CORS_ORIGINS);
  if (origins) options.cors = { origins };
  if (env.VERIKIT_TRUST_PROXY_HEADERS) options.trustProxyHeaders = trust(env.VERIKIT_TRUST_PROXY_HEADERS);
  if (env.VERIKIT_UPSTREAM_TIMEOUT_MS)
    options.upstreamTimeoutMs = positive(env.VERIKIT_UPSTREAM_TIMEOUT_MS, 'VERIKIT_UPSTREAM_TIMEOUT_MS');
  const botCheck = botCheckFromEnv(env);
  if (botCheck) options.botCheck = botCheck;
  return options;
}

function botCheckFromEnv(env: Record<string, string | undefined>): BotCheckOptions | undefined {
  const provider = env.VERIKIT_BOT_CHECK;
  if (!provider) return undefined;
  if (provider !== 'turnstile' && provider !== 'hcaptcha')
    throw new ProxyConfigurationError('VERIKIT_BOT_CHECK must be turnstile or hcaptcha');
  const secretKey = env.VERIKIT_BOT_CHECK_SECRET_KEY;
  const siteKey = env.VERIKIT_BOT_CHECK_SITE_KEY;
  if (!secretKey)
    throw new ProxyConfigurationError('VERIKIT_BOT_CHECK_SECRET_KEY is required with VERIKIT_BOT_CHECK');
  if (!siteKey)
    throw new ProxyConfigurationError('VERIKIT_BOT_CHECK_SITE_KEY is required with VERIKIT_BOT_CHECK');
  const when = env.VERIKIT_BOT_CHECK_WHEN;
  if (when !== undefined && when !== 'adaptive' && when !== 'always')
    throw new ProxyConfigurationError('VERIKIT_BOT_CHECK_WHEN must be adaptive or always');
  const settings = {
    secretKey,
    siteKey,
    ...(env.VERIKIT_BOT_CHECK_SITEVERIFY_URL && { siteverifyUrl: env.VERIKIT_BOT_CHECK_SITEVERIFY_URL }),
    ...(list(env.VERIKIT_BOT_CHECK_HOSTNAMES) && { hostnames: list(env.VERIKIT_BOT_CHECK_HOSTNAMES) }),
  };
  try {
    const verifier = provider === 'turnstile' ? turnstileVerifier(settings) : hcaptchaVerifier(settings);
    return { verifier, ...(when && { when }) };
  } catch (error) {
    // The verifiers' messages name the field, never its value.
    throw new ProxyConfigurationError(
      `VERIKIT_BOT_CHECK_*: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function positive(value: string, name: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0)
    throw new ProxyConfigurationError(`${name} must be a positive number`);
  return number;
}

function trust(value: string): TrustProxyHeaders {
  if (value === 'true') return true;
  if (value === 'false') return false;
  const hops = Number(value);
  if (!Number.isInteger(hops) || hops < 0)
    throw new ProxyConfigurationError(
      'VERIKIT_TRUST_PROXY_HEADERS must be true, false or a number of proxies',
    );
  return hops === 0 ? false : hops;
}
