import type {
  CalloutOptions,
  FlashCallOptions,
  ProxyErrorCode,
  SmsOptions,
  VerificationMethod,
  VerificationStatus,
  WhatsAppOptions,
} from '@verikit/core';
import type { BotCheckOptions } from './botCheck/botCheckOptions';
import type { TrustProxyHeaders } from './clientIpOf';
import type { AbuseEvent } from './guards/abuseEvent';
import type { ConversionBreakerOptions } from './guards/conversionBreakerOptions';
import type { NumberTypePolicy } from './guards/numberTypePolicy';
import type { StoreFailureMode } from './guards/runStartGuards';
import type { StartBudgets } from './guards/startBudgets';
import type { UnknownClientIpMode } from './guards/startsPerIpGuard';
import type { ProofOptions } from './issueProof';
import type { LogClientIp } from './logRedaction';
import type { ProxyLimits } from './proxyLimits';
import type { RESPOND, Reply } from './proxyReply';
import type { RateLimitStore } from './rateLimitStore';
import type { TestNumber } from './testNumbers/testNumber';
import type { UpstreamTransport, USE_DEFAULT_TRANSPORT } from './upstreamTransport';

/** What the server knows about a start when `onStart` runs: everything has been checked and counted. */
export interface StartContext {
  /** E.164. */
  phoneNumber: string;
  /** ISO 3166 alpha-2 of the number, `undefined` for non-geographic numbers. */
  country: string | undefined;
  method: VerificationMethod;
  /** The browser's BCP 47 locale, if it sent one. */
  locale: string | undefined;
  clientIp: string | undefined;
  /** The browser's request: read cookies or a session from it (its body is already consumed). */
  request: Request;
}

/** `onStart`'s answer. Nothing (or `{}`) lets the start go ahead as configured. */
export type StartDecision =
  | { action: 'deny' /** Sent to the browser; keep it generic. */; message?: string }
  | {
      action?: 'allow';
      /**
       * Sinch's `reference` (max 128 characters): unique per started verification (Sinch answers 409 "Reference
       * already defined" to a second start with the same one), e.g. your user id plus a start counter; comes back in
       * status and callbacks.
       */
      reference?: string;
      /** Sinch's `custom` (max 4096 characters); never shown to the browser. */
      custom?: string;
      smsOptions?: SmsOptions;
      flashCallOptions?: FlashCallOptions;
      calloutOptions?: CalloutOptions;
      whatsappOptions?: WhatsAppOptions;
    };

/** The routes of the proxy, as named in logs. */
export type ProxyRoute = 'start' | 'reportById' | 'reportByNumber' | 'statusById' | 'preflight';

/** One line per request; numbers are redacted, and codes, secrets and proofs never appear. */
export interface ProxyLogEvent {
  level: 'info' | 'warn' | 'error';
  message: string;
  /** `undefined` when no route matched. */
  route: ProxyRoute | undefined;
  httpMethod: string;
  /** The HTTP status answered. */
  status: number;
  errorCode?: ProxyErrorCode;
  sinchErrorCode?: number;
  upstreamStatus?: number;
  /** Redacted, e.g. `+467******42`. */
  phoneNumber?: string;
  /** A tag of the verification id, e.g. `#3f9a0c1b2d4e` (see `verificationIdTag`), never the id itself. */
  verificationId?: string;
  verificationStatus?: VerificationStatus;
  /** As `logClientIp` allows: whole, its network (`203.0.113.0/24`, `2001:db8:1::/48`), or absent. */
  clientIp?: string;
  /** Set on the start that tripped the conversion breaker or the unproven-countries budget. */
  abuse?: AbuseEvent;
  /** The request was for one of `testNumbers`: answered by the proxy, never sent to Sinch. */
  testNumber?: true;
  durationMs: number;
}

export interface VerificationProxyOptions {
  /** Sinch application key. @default process.env.SINCH_APPLICATION_KEY (read only where `process` exists) */
  applicationKey?: string;
  /** Sinch application secret (base64, as the dashboard shows it). @default process.env.SINCH_APPLICATION_SECRET */
  applicationSecret?: string;
  /** Where Sinch is: the emulator's URL in development. @default process.env.SINCH_BASE_URL ?? 'https://verification.api.sinch.com' */
  sinchBaseUrl?: string;
  /**
   * How requests reach Sinch: any `(Request) => Promise<Response>`, e.g. `emulator.fetch` to run in-process with no
   * port. It is always called with a single `Request`, whose signal aborts at `upstreamTimeoutMs`.
   * @default globalThis.fetch (called with a URL and an init, so that it builds the exchange's only `Request`);
   * mounted with `createNodeListener` or `createExpressMiddleware`, `node:http(s)` with a keep-alive agent
   */
  fetch?: (request: Request) => Promise<Response>;
  /** Application signed requests (HMAC-SHA256), or Basic (Sinch: for prototyping only). @default 'application' */
  authScheme?: 'application' | 'basic';
  /** The path the routes hang under. @default '/api/verification' */
  basePath?: string;
  /** Milliseconds to wait for Sinch before answering `upstream_unavailable`. @default 10_000 */
  upstreamTimeoutMs?: number;
  /**
   * Requests to Sinch this instance awaits at once. Past it, a request that would go upstream answers 503
   * `service_unavailable` with `Retry-After: 1` at once, so a held or slow Sinch cannot pile up requests and memory.
   * Sized for one instance: at Sinch's usual 100–300 ms, 512 in flight carry 1,700–5,000 requests a second, about
   * what one proxy process serves. @default 512
   */
  maxUpstreamInFlight?: number;
  /**
   * Methods the browser may ask for. WhatsApp is left out by default: each message costs money, like an SMS, and it
   * needs a WhatsApp sender set up in your Sinch application; list it to offer it.
   * @default ['sms', 'flashCall', 'callout', 'seamless'] (DEFAULT_ALLOWED_METHODS)
   */
  allowedMethods?: VerificationMethod[];
  /** ISO 3166 alpha-2 codes of the numbers that may be verified; the best defence against SMS pumping. @default all */
  allowedCountries?: string[];
  /** Abuse guards, merged over `DEFAULT_PROXY_LIMITS`. */
  limits?: Partial<ProxyLimits>;
  /** Where the guards count. @default createMemoryRateLimitStore({ now }) */
  store?: RateLimitStore;
  /**
   * Number types refused before any upstream call (premium rate, shared cost, personal, UAN, pager, VoIP, voicemail,
   * non-geographic), and landlines allowed a callout only; per type and per country. `false` switches it off.
   * @default DEFAULT_NUMBER_TYPE_RULES for every country
   */
  numberTypes?: NumberTypePolicy | false;
  /**
   * Starts per country, per number prefix and in all, per hour and per day (answered `verification_paused`),
   * merged over `DEFAULT_START_BUDGETS`. `false` switches them off.
   * @default DEFAULT_START_BUDGETS
   */
  budgets?: Partial<StartBudgets> | false;
  /**
   * When the store fails (Redis down): `'closed'` answers starts `service_unavailable`, `'open'` lets them through
   * unguarded by the counters that could not be read.
   * @default 'closed'
   */
  onStoreFailure?: StoreFailureMode;
  /**
   * The conversion breaker per country and prefix, and the shared budget of countries with no success yet, merged
   * over `DEFAULT_CONVERSION_BREAKER`. `false` switches both off.
   * @default DEFAULT_CONVERSION_BREAKER
   */
  breaker?: Partial<ConversionBreakerOptions> | false;
  /**
   * A bot check (Cloudflare Turnstile, hCaptcha or your own): adaptive by default, a start must carry the widget's
   * token only while the risk is raised (the breaker tripped or half-open, a new-country surge), and a valid token
   * lets it through where the breaker would refuse. Answered `bot_check_required` / `bot_check_failed` (403).
   * @default none: without it, the breaker refuses
   */
  botCheck?: BotCheckOptions;
  /** Called when the breaker trips or new countries surge: alert someone. Errors it throws are ignored. @default none */
  onAbuseDetected?: (event: AbuseEvent) => void;
  /** The clock (signing timestamps, proof times, the default store). @default Date.now */
  now?: () => number;
  /** Runs before each start reaches Sinch: deny it, or attach `reference`, `custom` and per-method options. */
  onStart?: (context: StartContext) => StartDecision | undefined | Promise<StartDecision | undefined>;
  /** Sent with every SMS start (`expiry`, `codeType`, `template`). @default none: Sinch's defaults */
  smsOptions?: SmsOptions;
  /** Sent with every flash call start (`dialTimeout`, `interceptionTimeout`). @default none */
  flashCallOptions?: FlashCallOptions;
  /** Sent with every callout start (`speech.locale`). @default none */
  calloutOptions?: CalloutOptions;
  /** Sent with every WhatsApp start (`codeType`: `Numeric`, `Alpha` or `Alphanumeric`). @default none: Sinch's defaults */
  whatsappOptions?: WhatsAppOptions;
  /** The verified-number proof (a JWT) the browser hands to your backend. */
  proof: ProofOptions;
  /** Origins allowed to call from another origin. @default none: same-origin only (no CORS headers) */
  cors?: { origins: string[] /** Seconds a preflight may be cached. @default 600 */; maxAgeSeconds?: number };
  /** Receives one event per request. @default none */
  logger?: (event: ProxyLogEvent) => void;
  /** How much of the client IP log lines show: all of it, its /24 (IPv4) or /48 (IPv6) network, or none. @default 'full' */
  logClientIp?: LogClientIp;
  /**
   * Starts with no known client IP (no socket address from the adapter, no trusted header): `'shared'` counts them
   * all as one address (one `startsPerIp` budget between them: never unlimited), `'refuse'` answers them
   * `internal_error` and logs why. Their reports and status reads share one `requestsPerIp` budget in both modes.
   * @default 'shared'
   */
  unknownClientIp?: UnknownClientIpMode;
  /** Whether to take the client IP from `Forwarded` / `X-Forwarded-For`; see `TrustProxyHeaders`. @default false */
  trustProxyHeaders?: TrustProxyHeaders;
  /**
   * Production test numbers (app-store review, synthetic monitoring), opt-in: their starts never reach Sinch, their
   * fixed code verifies them through the same limits, and their proofs carry `vk_test` (`verifyProof`'s
   * `testNumber: true`) for your backend to treat as it wants. Never counted by the budgets or the conversion
   * breaker; the per-IP and per-number limits still apply. Checked at creation.
   * @default [] (none)
   */
  testNumbers?: readonly TestNumber[];
}

/** What an adapter knows about the connection. */
export interface ProxyRequestContext {
  /** The peer address of the socket. */
  clientIp?: string;
}

/** The proxy: a web-standard handler, plus the base path adapters use to pass other requests on. */
export interface VerificationProxyHandler {
  (request: Request, context?: ProxyRequestContext): Promise<Response>;
  /**
   * Called like `fetch` (a URL, relative or absolute, and an init), so the handler can be passed as the `fetch` of
   * `@verikit/core`'s client to run in-process. No client IP is known this way.
   */
  (input: string | URL, init?: RequestInit): Promise<Response>;
  /** The path the routes hang under, e.g. `/api/verification`. */
  readonly basePath: string;
  /** Whether `trustProxyHeaders` is set: adapters with no socket address (Next.js) need it. */
  readonly knowsClientIpFromHeaders: boolean;
  /** For the Node adapters: their transport to Sinch, taken only when no `fetch` option was given. */
  readonly [USE_DEFAULT_TRANSPORT]?: (transport: UpstreamTransport) => void;
  /** For the Node adapters: the same answer as a `Reply`, written to the socket without a `Response`. */
  readonly [RESPOND]?: (request: Request, context?: ProxyRequestContext) => Promise<Reply>;
}
