import type {
  BotCheckChallenge,
  ProxyErrorBody,
  ProxyReportRequest,
  ProxyStartRequest,
  ProxyStartResponse,
  ProxyVerificationResult,
} from './proxyContract';
import { MAX_BOT_CHECK_TOKEN_LENGTH, PROXY_ERROR_CODES } from './proxyContract';
import { VerificationError } from './verificationError';
import { methodToWire, VERIFICATION_METHODS } from './wire';

export interface VerificationClientOptions {
  /** Where the proxy is mounted, e.g. `/api/verification` or `https://example.com/api/verification`. */
  baseUrl: string;
  /** The `fetch` to call; pass the proxy handler itself to run in-process. @default globalThis.fetch */
  fetch?: (input: string, init: RequestInit) => Promise<Response>;
  /** Headers for every request (e.g. a CSRF token); a function is called per request. */
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  /** Milliseconds before a request fails with `timeout`. @default 15000 */
  timeoutMs?: number;
}

export interface RequestOptions {
  /** Aborting it rejects the request with `aborted`. */
  signal?: AbortSignal;
}

/** Which verification a report is about: its id, or the phone number (E.164) it was started for. */
export type ReportTarget = string | { phoneNumber: string };

export interface VerificationClient {
  /** Starts a verification. Never retried: a second request would send a second SMS or call. */
  start(body: ProxyStartRequest, options?: RequestOptions): Promise<ProxyStartResponse>;
  /** Reports the code (or, for a flash call, the caller's number). A wrong code resolves with `status: 'FAIL'`. */
  report(
    target: ReportTarget,
    body: ProxyReportRequest,
    options?: RequestOptions,
  ): Promise<ProxyVerificationResult>;
  /** Reads a verification's status. */
  status(id: string, options?: RequestOptions): Promise<ProxyVerificationResult>;
}

const E164 = /^\+[1-9]\d{1,14}$/;
const DEFAULT_TIMEOUT_MS = 15_000;
const MAX_TIMER_MS = 2_147_483_647;

/** A typed client for `@verikit/proxy`'s routes; every failure rejects with a `VerificationError`. */
export function createVerificationClient(options: VerificationClientOptions): VerificationClient {
  // Configuration mistakes are the developer's: refused at once, in words, rather than as failed requests later.
  if (typeof options?.baseUrl !== 'string' || options.baseUrl.trim() === '') {
    throw new TypeError(
      'createVerificationClient: `baseUrl` must be a non-empty string, e.g. "/api/verification".',
    );
  }
  if (options.fetch !== undefined && typeof options.fetch !== 'function') {
    throw new TypeError('createVerificationClient: `fetch` must be a function.');
  }
  const baseUrl = options.baseUrl.trim().replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // Timers hold at most 2^31 - 1 ms; a longer delay (Infinity included) fires at once and every request would time out.
  if (!(Number.isFinite(timeoutMs) && timeoutMs > 0 && timeoutMs <= MAX_TIMER_MS)) {
    throw new TypeError(`createVerificationClient: \`timeoutMs\` must be 1 to ${MAX_TIMER_MS} ms.`);
  }

  async function send<Result>(
    method: 'POST' | 'PUT' | 'GET',
    path: string,
    body: unknown,
    isResult: (value: unknown) => value is Result,
    { signal }: RequestOptions = {},
  ): Promise<Result> {
    if (signal?.aborted) throw new VerificationError('aborted', { cause: signal.reason });
    const fetchImplementation = options.fetch ?? globalThis.fetch;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const forwardAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', forwardAbort, { once: true });
    const failure = (error: unknown) =>
      timedOut
        ? new VerificationError('timeout', { detail: `No answer within ${timeoutMs} ms.`, cause: error })
        : controller.signal.aborted
          ? new VerificationError('aborted', { cause: error })
          : error instanceof VerificationError
            ? error
            : new VerificationError('network_error', { detail: String(error), cause: error });
    try {
      const extraHeaders = typeof options.headers === 'function' ? await options.headers() : options.headers;
      const headers = new Headers(extraHeaders);
      headers.set('accept', 'application/json');
      if (body !== undefined) headers.set('content-type', 'application/json');
      let response: Response;
      try {
        response = await untilAborted(
          fetchImplementation(baseUrl + path, {
            method,
            headers,
            body: body === undefined ? undefined : JSON.stringify(body),
            signal: controller.signal,
          }),
          controller.signal,
        );
      } catch (error) {
        throw failure(error);
      }
      let text: string;
      try {
        text = await untilAborted(response.text(), controller.signal);
      } catch (error) {
        throw failure(error);
      }
      const json = parseJson(text);
      if (!response.ok) throw errorFromResponse(response, json);
      if (!isResult(json)) {
        throw new VerificationError('invalid_response', {
          status: response.status,
          detail: `Unexpected ${method} ${path} answer: ${text.slice(0, 200)}`,
        });
      }
      return json;
    } catch (error) {
      throw failure(error);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forwardAbort);
    }
  }

  return {
    start(body, requestOptions) {
      const problem = startProblem(body);
      if (problem) return Promise.reject(problem);
      return send('POST', '/verifications', body, isStartResponse, requestOptions);
    },
    report(target, body, requestOptions) {
      const path = reportPath(target);
      if (path instanceof VerificationError) return Promise.reject(path);
      if (!isReportBody(body)) {
        return Promise.reject(
          new VerificationError('invalid_request', {
            detail: `report() needs a method and a non-empty code, got ${safeJson(body)}.`,
          }),
        );
      }
      return send('PUT', path, body, isResult, requestOptions);
    },
    status(id, requestOptions) {
      if (!isId(id)) return Promise.reject(invalidId(id));
      return send('GET', `/verifications/id/${encodeURIComponent(id)}`, undefined, isResult, requestOptions);
    },
  };
}

/** Settles with `promise`, or rejects as soon as `signal` aborts: a `fetch` that ignores its signal cannot hang us. */
function untilAborted<Value>(promise: Promise<Value>, signal: AbortSignal): Promise<Value> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function startProblem(body: ProxyStartRequest): VerificationError | undefined {
  if (typeof body !== 'object' || body === null) {
    return new VerificationError('invalid_request', { detail: 'start() needs { identity, method }.' });
  }
  const endpoint = body.identity?.endpoint;
  if (body.identity?.type !== 'number' || typeof endpoint !== 'string' || !E164.test(endpoint)) {
    return new VerificationError('invalid_phone_number', {
      detail: `identity must be { type: "number", endpoint: E.164 }, got ${safeJson(body.identity)}.`,
    });
  }
  if (typeof body.method !== 'string' || methodToWire(body.method) === undefined) {
    return new VerificationError('method_not_allowed', {
      detail: `method must be one of ${VERIFICATION_METHODS.join(', ')}, got ${safeJson(body.method)}.`,
    });
  }
  if (body.locale !== undefined && (typeof body.locale !== 'string' || body.locale === '')) {
    return new VerificationError('invalid_request', {
      detail: `locale must be a string, got ${safeJson(body.locale)}.`,
    });
  }
  const token = body.botCheckToken;
  if (
    token !== undefined &&
    (typeof token !== 'string' || token === '' || token.length > MAX_BOT_CHECK_TOKEN_LENGTH)
  ) {
    return new VerificationError('invalid_request', {
      detail: `botCheckToken must be a string of 1 to ${MAX_BOT_CHECK_TOKEN_LENGTH} characters, got ${safeJson(token)}.`,
    });
  }
  return undefined;
}

function reportPath(target: ReportTarget): string | VerificationError {
  if (typeof target === 'object' && target !== null) {
    const phoneNumber = target.phoneNumber;
    if (typeof phoneNumber !== 'string' || !E164.test(phoneNumber)) {
      return new VerificationError('invalid_phone_number', {
        detail: `report() by number needs an E.164 number, got ${safeJson(phoneNumber)}.`,
      });
    }
    // Sinch's own SDKs put the `+` in the path as is; it is a legal path character.
    return `/verifications/number/${phoneNumber}`;
  }
  if (!isId(target)) return invalidId(target);
  return `/verifications/id/${encodeURIComponent(target)}`;
}

function isId(id: unknown): id is string {
  return typeof id === 'string' && id.length > 0 && id.length <= 128;
}

function invalidId(id: unknown) {
  return new VerificationError('invalid_request', {
    detail: `A verification id must be a non-empty string, got ${safeJson(id)}.`,
  });
}

/** A report the proxy can take: a method that has reports, and its code (or caller number) as a non-empty string. */
function isReportBody(body: unknown): body is ProxyReportRequest {
  const wire = isObject(body) && typeof body.method === 'string' ? methodToWire(body.method) : undefined;
  const isFlashCall = wire === 'flashcall';
  const detail =
    wire && wire !== 'seamless' ? (body as Record<string, unknown>)[isFlashCall ? 'flashCall' : wire] : 0;
  const value = isObject(detail) ? detail[isFlashCall ? 'cli' : 'code'] : 0;
  return typeof value === 'string' && value.trim() !== '';
}

/** A value in a developer message, never throwing (cycles, BigInt) and never long. */
function safeJson(value: unknown): string {
  try {
    return String(JSON.stringify(value)).slice(0, 200);
  } catch {
    return typeof value;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStartResponse(value: unknown): value is ProxyStartResponse {
  return isObject(value) && typeof value.id === 'string' && typeof value.method === 'string';
}

function isResult(value: unknown): value is ProxyVerificationResult {
  return isObject(value) && typeof value.id === 'string' && typeof value.status === 'string';
}

function errorFromResponse(response: Response, json: unknown): VerificationError {
  const status = response.status;
  const headerRetryAfter = retryAfterSeconds(response.headers.get('retry-after'));
  const body = isObject(json) && isObject(json.error) ? (json as unknown as ProxyErrorBody).error : undefined;
  if (body && (PROXY_ERROR_CODES as readonly string[]).includes(body.code)) {
    return new VerificationError(body.code, {
      status,
      retryAfter: typeof body.retryAfter === 'number' ? body.retryAfter : headerRetryAfter,
      sinchErrorCode: typeof body.sinchErrorCode === 'number' ? body.sinchErrorCode : undefined,
      detail: typeof body.message === 'string' ? body.message : undefined,
      botCheck: botCheckChallengeOf(body.botCheck),
    });
  }
  // Not the proxy's shape: a gateway, a CDN or a misrouted request answered. Classify by status.
  const detail = `HTTP ${status} without a proxy error body.`;
  if (status === 429)
    return new VerificationError('rate_limited', { status, retryAfter: headerRetryAfter, detail });
  if (status === 502 || status === 503 || status === 504) {
    return new VerificationError('upstream_unavailable', { status, retryAfter: headerRetryAfter, detail });
  }
  return new VerificationError('invalid_response', { status, detail });
}

const BOT_CHECK_PROVIDERS: readonly string[] = ['turnstile', 'hcaptcha', 'custom'];

/** The proxy's bot-check challenge, read defensively: it decides which widget renders, with which site key. */
function botCheckChallengeOf(value: unknown): BotCheckChallenge | undefined {
  if (!isObject(value) || typeof value.provider !== 'string') return undefined;
  if (!BOT_CHECK_PROVIDERS.includes(value.provider)) return undefined;
  const provider = value.provider as BotCheckChallenge['provider'];
  return typeof value.siteKey === 'string' && value.siteKey.length > 0 && value.siteKey.length <= 256
    ? { provider, siteKey: value.siteKey }
    : { provider };
}

/** `Retry-After` as seconds: either delay-seconds or an HTTP date. */
function retryAfterSeconds(header: string | null): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}
