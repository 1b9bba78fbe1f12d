import type { IncomingMessage } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { NodeListenerOptions } from './node';
import { nodeUpstreamTransport } from './nodeUpstreamTransport';
import { proxyErrorResponse } from './proxyErrorResponse';
import { USE_DEFAULT_TRANSPORT } from './upstreamTransport';
import type { VerificationProxyHandler } from './verificationProxyOptions';

/**
 * The bridge both Node adapters (`/node` and `/express`) put in front of the handler (`@hono/node-server`), with its
 * options checked.
 */
export function bridgeTo(handler: VerificationProxyHandler, options: NodeListenerOptions) {
  const bodyTimeoutMs = options.bodyTimeoutMs ?? 10_000;
  if (!(Number.isFinite(bodyTimeoutMs) && bodyTimeoutMs > 0))
    throw new TypeError('bodyTimeoutMs must be > 0');
  // Unless the proxy was given a `fetch`, it reaches Sinch through node:http(s) rather than undici's fetch.
  handler[USE_DEFAULT_TRANSPORT]?.(nodeUpstreamTransport());
  const listener = getRequestListener(
    (request, env) => handler(request, { clientIp: (env.incoming as IncomingMessage).socket.remoteAddress }),
    {
      // Keep the global Request and Response: the handler is web-standard code shared with other runtimes.
      overrideGlobalObjects: false,
      errorHandler: () => proxyErrorResponse('invalid_request', 'The request could not be read'),
    },
  );
  return { listener, bodyTimeoutMs };
}
