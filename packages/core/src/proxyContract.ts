/**
 * The contract between the browser (`@verikit/core`'s client) and `@verikit/proxy`.
 * Bodies are Sinch's wire format, minus what the browser need not see, plus the proof on success.
 */
import type {
  NumberIdentity,
  ReportVerificationRequest,
  StartVerificationResponse,
  VerificationMethodInput,
  VerificationStatusResponse,
} from './wire';

/** The default path the proxy is mounted on. */
export const DEFAULT_PROXY_BASE_PATH = '/api/verification';

/** `POST {base}/verifications`: all the browser may choose. `reference`/`custom` are the server's. */
export interface ProxyStartRequest {
  identity: NumberIdentity;
  method: VerificationMethodInput;
  /** BCP 47 language tag; becomes `Accept-Language` upstream (SMS language). */
  locale?: string;
  /**
   * The bot-check widget's token (Cloudflare Turnstile, hCaptcha or the app's own), sent when the proxy asked for one
   * with `bot_check_required`. Single use: a retried start needs a fresh token. At most 4,096 characters.
   */
  botCheckToken?: string;
}

/** The bot-check services the proxy has verifiers for; `custom` is the app's own. */
export type BotCheckProvider = 'turnstile' | 'hcaptcha' | 'custom';

/** What the browser needs to render the bot-check widget the proxy asks for (all public: no secret here). */
export interface BotCheckChallenge {
  provider: BotCheckProvider;
  /** The widget's public site key, when the provider has one. */
  siteKey?: string;
}

/** The longest `botCheckToken` the proxy reads (Turnstile's tokens are up to 2,048 characters). */
export const MAX_BOT_CHECK_TOKEN_LENGTH = 4096;

/** Sinch's start response without `_links` (they point at Sinch, which the browser never calls). */
export type ProxyStartResponse = DistributiveOmit<StartVerificationResponse, '_links'>;

/** `PUT {base}/verifications/id/{id}` and `PUT {base}/verifications/number/{e164}`. */
export type ProxyReportRequest = ReportVerificationRequest;

/** Report and status answers: Sinch's status body without `price` and `custom`, plus the proof once SUCCESSFUL. */
export interface ProxyVerificationResult extends Omit<VerificationStatusResponse, 'price' | 'custom'> {
  /** A signed, expiring token (JWT) the app's backend checks with `verifyProof`; present only when SUCCESSFUL. */
  proof?: string;
}

/** Stable error codes the proxy answers with. */
export type ProxyErrorCode =
  | 'invalid_request'
  | 'invalid_phone_number'
  | 'method_not_allowed'
  | 'country_not_allowed'
  | 'number_type_not_allowed'
  | 'rate_limited'
  | 'verification_paused'
  | 'resend_cooldown'
  | 'too_many_attempts'
  | 'verification_not_found'
  | 'verification_denied'
  | 'bot_check_required'
  | 'bot_check_failed'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'route_not_found'
  | 'http_method_not_allowed'
  | 'forbidden_origin'
  | 'upstream_unavailable'
  | 'upstream_error'
  | 'service_unavailable'
  | 'internal_error';

export const PROXY_ERROR_CODES = [
  'invalid_request',
  'invalid_phone_number',
  'method_not_allowed',
  'country_not_allowed',
  'number_type_not_allowed',
  'rate_limited',
  'verification_paused',
  'resend_cooldown',
  'too_many_attempts',
  'verification_not_found',
  'verification_denied',
  'bot_check_required',
  'bot_check_failed',
  'payload_too_large',
  'unsupported_media_type',
  'route_not_found',
  'http_method_not_allowed',
  'forbidden_origin',
  'upstream_unavailable',
  'upstream_error',
  'service_unavailable',
  'internal_error',
] as const satisfies readonly ProxyErrorCode[];

/** Every error the proxy sends, with the HTTP status that fits it. */
export interface ProxyErrorBody {
  error: {
    code: ProxyErrorCode;
    /** English, for developers and logs; user-facing text comes from core's catalogue. */
    message: string;
    /** Seconds until the request may be retried (`rate_limited`, `resend_cooldown`; also sent as `Retry-After`). */
    retryAfter?: number;
    /** Sinch's `errorCode` when the error came from upstream. */
    sinchErrorCode?: number;
    /** The widget to show before starting again (`bot_check_required`, `bot_check_failed`). */
    botCheck?: BotCheckChallenge;
  };
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
