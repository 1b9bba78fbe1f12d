import { basicAuthorization, signRequest } from '@verikit/core/sinch-signing';
import type { ProxyFailure } from './proxyFailure';
import { sinchErrorToProxyFailure } from './sinchErrorToProxyFailure';
import type { UpstreamAnswer, UpstreamTransport } from './upstreamTransport';

export interface SinchUpstreamOptions {
  applicationKey: string;
  applicationSecret: string;
  baseUrl: string;
  /** Sends one request (read at each call: a Node adapter may swap the default in after creation). */
  transport: () => UpstreamTransport;
  authScheme: 'application' | 'basic';
  timeoutMs: number;
  /** Requests to Sinch awaited at once; past it a call answers `service_unavailable` without sending. */
  maxInFlight: number;
  now: () => number;
}

export type UpstreamResult =
  | { ok: true; status: number; body: Record<string, unknown>; headers: UpstreamAnswer['headers'] }
  | { ok: false; failure: ProxyFailure };

export type SinchCall = (
  method: 'GET' | 'POST' | 'PUT',
  /** From `/verification/v1/…`. */
  path: string,
  body?: unknown,
  acceptLanguage?: string,
) => Promise<UpstreamResult>;

const JSON_TYPE = 'application/json; charset=utf-8';
/** Sinch's answers are a few hundred bytes; a megabyte means something is wrong upstream, not a bigger answer. */
const MAX_UPSTREAM_BODY_BYTES = 1_000_000;
const decoder = new TextDecoder();

/** Signs and sends one request to Sinch, and turns every way it can go wrong into a `ProxyFailure`. */
export function createSinchUpstream(options: SinchUpstreamOptions): SinchCall {
  const base = new URL(options.baseUrl);
  const origin = base.origin;
  const basePath = base.pathname.replace(/\/+$/, '');
  const basic =
    options.authScheme === 'basic'
      ? basicAuthorization(options.applicationKey, options.applicationSecret)
      : undefined;

  let inFlight = 0;

  return async (method, path, body, acceptLanguage) => {
    // Backpressure: a held or slow upstream must not pile up requests (and their memory) without end.
    if (inFlight >= options.maxInFlight)
      return {
        ok: false,
        failure: {
          code: 'service_unavailable',
          message: 'Verification is busy; try again in a moment',
          retryAfter: 1,
          logMessage: `${inFlight} requests to Sinch in flight (maxUpstreamInFlight): refused without sending`,
          neverSent: true,
        },
      };
    inFlight += 1;
    let released = false;
    const release = () => {
      if (!released) inFlight -= 1;
      released = true;
    };
    try {
      return await call(method, path, body, acceptLanguage, release);
    } finally {
      release();
    }
  };

  async function call(
    method: Parameters<SinchCall>[0],
    path: string,
    body: unknown,
    acceptLanguage: string | undefined,
    release: () => void,
  ): Promise<UpstreamResult> {
    // The paths come from the proxy's own routes (checked ids, E.164 numbers): no query, nothing to escape, so the
    // URL is a concatenation rather than a `URL` object per request.
    const pathname = basePath + path;
    const text = body === undefined ? undefined : JSON.stringify(body);
    // A plain record: the `Request` below copies it once (a `Headers` here would be built and then copied).
    const headers: Record<string, string> = { accept: 'application/json' };
    if (text !== undefined) headers['content-type'] = JSON_TYPE;
    if (acceptLanguage) headers['accept-language'] = acceptLanguage;

    if (basic !== undefined) {
      headers.authorization = basic;
    } else {
      const signed = signRequest({
        applicationKey: options.applicationKey,
        applicationSecret: options.applicationSecret,
        method,
        // Signed exactly as it goes on the wire: the `+` of an E.164 path segment stays literal.
        path: pathname,
        contentType: text === undefined ? '' : JSON_TYPE,
        body: text,
        timestamp: new Date(options.now()).toISOString(),
      });
      headers.authorization = signed.authorization;
      headers['x-timestamp'] = signed['x-timestamp'];
      if (signed['content-md5'] !== undefined) headers['content-md5'] = signed['content-md5'];
    }

    // The deadline covers the whole exchange, body included, and holds even for a `fetch` that ignores its
    // signal (an in-process handler may).
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), options.timeoutMs);
    });
    const exchange = async (): Promise<{ response: UpstreamAnswer; raw: string } | 'unreachable'> => {
      try {
        // Read only up to the limit: a runaway upstream answer costs no more than that.
        const response = await options.transport()(
          { method, url: origin + pathname, headers, body: text, signal: controller.signal },
          MAX_UPSTREAM_BODY_BYTES,
        );
        return { response, raw: response.body === undefined ? '' : decoder.decode(response.body) };
      } catch {
        return 'unreachable';
      }
    };
    let outcome: Awaited<ReturnType<typeof exchange>> | 'timeout';
    try {
      outcome = await Promise.race([exchange(), deadline]);
    } finally {
      clearTimeout(timer);
    }
    if (outcome === 'timeout') {
      controller.abort();
      release();
      return {
        ok: false,
        failure: {
          code: 'upstream_unavailable',
          message: `Sinch did not answer within ${options.timeoutMs} ms`,
        },
      };
    }
    if (outcome === 'unreachable')
      return {
        ok: false,
        failure: { code: 'upstream_unavailable', message: 'Sinch could not be reached; try again shortly' },
      };

    const { response, raw } = outcome;
    let parsed: unknown;
    try {
      parsed = raw.length === 0 ? undefined : JSON.parse(raw);
    } catch {
      parsed = undefined;
    }
    if (!(response.status >= 200 && response.status < 300))
      return {
        ok: false,
        failure: sinchErrorToProxyFailure(response.status, parsed, response.headers.get('retry-after')),
      };
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      return {
        ok: false,
        failure: {
          code: 'upstream_error',
          message: 'Sinch answered with something that is not JSON',
          upstreamStatus: response.status,
        },
      };
    return {
      ok: true,
      status: response.status,
      body: parsed as Record<string, unknown>,
      headers: response.headers,
    };
  }
}
