/**
 * `@verikit/proxy/express`: the proxy as Express (or Connect) middleware.
 *
 * ```ts
 * app.use(createExpressMiddleware(createVerificationProxy({ proof: { secret } })));
 * ```
 * Requests outside the proxy's `basePath` go on to `next()`. Mount it before `express.json()` if you can; if a body
 * parser ran first, the parsed body is sent on as JSON. The bridge is the Node one (`@verikit/proxy/node`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { armBodyDeadline, type NodeListenerOptions } from './node';
import { bridgeTo } from './nodeBridge';
import type { VerificationProxyHandler } from './verificationProxyOptions';

type ExpressLikeRequest = IncomingMessage & {
  originalUrl?: string;
  body?: unknown;
  ip?: string;
  /** Read by the bridge instead of the spent stream. */
  rawBody?: Buffer;
};

export function createExpressMiddleware(
  handler: VerificationProxyHandler,
  options: NodeListenerOptions = {},
): (request: ExpressLikeRequest, response: ServerResponse, next: (error?: unknown) => void) => void {
  const { listener, bodyTimeoutMs } = bridgeTo(handler, options);
  return (request, response, next) => {
    const url = request.originalUrl ?? request.url ?? '/';
    const path = url.split('?', 1)[0] ?? '/';
    if (path !== handler.basePath && !path.startsWith(`${handler.basePath}/`)) {
      next();
      return;
    }
    const consumed = consumedBody(request);
    if (consumed !== undefined) request.rawBody = consumed;
    else armBodyDeadline(request, response, bodyTimeoutMs);
    // The bridge reads the URL as it builds the `Request`, at once: the full one, not a mount point's rewrite.
    const mounted = request.url;
    request.url = url;
    const done = listener(request, response);
    request.url = mounted;
    done.catch(next);
  };
}

/** What a body parser that ran before us left: the stream is spent, so re-send what it parsed. */
function consumedBody(request: ExpressLikeRequest): Buffer | undefined {
  if (!request.readableEnded || request.body === undefined) return undefined;
  const { body } = request;
  if (typeof body === 'string') return Buffer.from(body);
  if (body instanceof Uint8Array) return Buffer.from(body);
  return Buffer.from(JSON.stringify(body));
}
