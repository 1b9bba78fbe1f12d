import { basicAuthorization, signRequest } from '@verikit/core/sinch-signing';
import type { ProxyFailure } from './proxyFailure';
import { sinchErrorToProxyFailure } from './sinchErrorToProxyFailure';

export interface SinchUpstreamOptions {
  applicationKey: string;
  applicationSecret: string;
  baseUrl: string;
  fetch: (request: Request) => Promise<Response>;
  authScheme: 'application' | 'basic';
  timeoutMs: number;
  now: () => number;
}

export type UpstreamResult =
  | { ok: true; status: number; body: Record<string, unknown>; headers: Headers }
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

/** Signs and sends one request to Sinch, and turns every way it can go wrong into a `ProxyFailure`. */
export function createSinchUpstream(options: SinchUpstreamOptions): SinchCall {
  const base = new URL(options.baseUrl);
  const basePath = base.pathname.replace(/\/+$/, '');

  return async (method, path, body, acceptLanguage) => {
    const url = new URL(base);
    url.pathname = basePath + path;
    url.search = '';
    const text = body === undefined ? undefined : JSON.stringify(body);
    const headers = new Headers({ accept: 'application/json' });
    if (text !== undefined) headers.set('content-type', JSON_TYPE);
    if (acceptLanguage) headers.set('accept-language', acceptLanguage);

    if (options.authScheme === 'basic') {
      headers.set('authorization', basicAuthorization(options.applicationKey, options.applicationSecret));
    } else {
      const signed = signRequest({
        applicationKey: options.applicationKey,
        applicationSecret: options.applicationSecret,
        method,
        // Signed exactly as it goes on the wire: the `+` of an E.164 path segment stays literal.
        path: url.pathname,
        contentType: text === undefined ? '' : JSON_TYPE,
        body: text,
        timestamp: new Date(options.now()).toISOString(),
      });
      for (const [name, value] of Object.entries(signed)) headers.set(name, value);
    }

    // The deadline covers the whole exchange, body included, and holds even for a `fetch` that ignores its
    // signal (an in-process handler may).
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), options.timeoutMs);
    });
    const exchange = async (): Promise<{ response: Response; raw: string } | 'unreachable'> => {
      try {
        // A `Request`, not `(url, init)`: in-process handlers such as the emulator's take exactly one argument.
        const response = await options.fetch(
          new Request(url.href, {
            method,
            headers,
            body: text,
            signal: controller.signal,
            redirect: 'error',
          }),
        );
        return { response, raw: await response.text() };
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
      parsed = raw.length === 0 || raw.length > MAX_UPSTREAM_BODY_BYTES ? undefined : JSON.parse(raw);
    } catch {
      parsed = undefined;
    }
    if (!response.ok)
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
  };
}
