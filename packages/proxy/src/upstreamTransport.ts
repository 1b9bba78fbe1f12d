import { readAtMost } from './readJsonBody';

/** One request to Sinch, signed and serialised: what any transport sends as it is. */
export interface UpstreamExchange {
  method: 'GET' | 'POST' | 'PUT';
  /** Absolute: origin and path. */
  url: string;
  headers: Readonly<Record<string, string>>;
  body: string | undefined;
  /** Aborts at `upstreamTimeoutMs`. */
  signal: AbortSignal;
}

/** Sinch's answer, its body read up to a limit. */
export interface UpstreamAnswer {
  status: number;
  headers: { get(name: string): string | null };
  /** `undefined` once the body passed the limit (it was not read further). */
  body: Uint8Array | undefined;
}

/**
 * How the proxy reaches Sinch. Rejects when no answer arrives (unreachable, reset, a redirect: Sinch never
 * redirects, so one is refused rather than followed with the signature).
 */
export type UpstreamTransport = (exchange: UpstreamExchange, maxBodyBytes: number) => Promise<UpstreamAnswer>;

/** A transport over a `fetch(url, init)`: the global one, or a custom `(Request) => Response` given a `Request`. */
export function fetchTransport(
  fetch: (url: string, init: RequestInit) => Promise<Response>,
): UpstreamTransport {
  return async ({ method, url, headers, body, signal }, maxBodyBytes) => {
    const response = await fetch(url, { method, headers, body, signal, redirect: 'error' });
    return {
      status: response.status,
      headers: response.headers,
      body: await readAtMost(response, maxBodyBytes),
    };
  };
}

/**
 * Set on the handler: a Node adapter (`createNodeListener`, the Express middleware) hands it the `node:http(s)`
 * keep-alive transport, which the proxy takes only when it was given no `fetch` of its own.
 */
export const USE_DEFAULT_TRANSPORT: unique symbol = Symbol.for('@verikit/proxy.useDefaultTransport');
