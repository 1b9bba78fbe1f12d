/**
 * `@verikit/proxy/express`: the proxy as Express (or Connect) middleware.
 *
 * ```ts
 * app.use(createExpressMiddleware(createVerificationProxy({ proof: { secret } })));
 * ```
 * Requests outside the proxy's `basePath` go on to `next()`. Mount it before `express.json()` if you can; if a body
 * parser ran first, the parsed body is sent on as JSON.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { requestFromIncoming, writeResponse } from './nodeRequestBridge';
import { proxyErrorResponse } from './proxyErrorResponse';
import type { VerificationProxyHandler } from './verificationProxyOptions';

type ExpressLikeRequest = IncomingMessage & { originalUrl?: string; body?: unknown; ip?: string };

export function createExpressMiddleware(
  handler: VerificationProxyHandler,
): (request: ExpressLikeRequest, response: ServerResponse, next: (error?: unknown) => void) => void {
  return (request, response, next) => {
    const url = request.originalUrl ?? request.url ?? '/';
    const path = url.split('?', 1)[0] ?? '/';
    if (path !== handler.basePath && !path.startsWith(`${handler.basePath}/`)) {
      next();
      return;
    }
    void (async () => {
      let answer: Response;
      try {
        answer = await handler(requestFromIncoming(request, { url, body: consumedBody(request) }), {
          clientIp: request.socket.remoteAddress,
        });
      } catch {
        answer = proxyErrorResponse('invalid_request', 'The request could not be read');
      }
      await writeResponse(answer, response);
    })().catch(next);
  };
}

/** What a body parser that ran before us left: the stream is spent, so re-send what it parsed. */
function consumedBody(request: ExpressLikeRequest): BodyInit | undefined {
  if (!request.readableEnded || request.body === undefined) return undefined;
  const { body } = request;
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return body as Uint8Array<ArrayBuffer>;
  return JSON.stringify(body);
}
