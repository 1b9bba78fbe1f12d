/**
 * `@verikit/proxy/node`: the proxy as a `node:http` request listener.
 *
 * ```ts
 * createServer(createNodeListener(createVerificationProxy({ proof: { secret } }))).listen(8788, '127.0.0.1');
 * ```
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { requestFromIncoming, writeResponse } from './nodeRequestBridge';
import { proxyErrorResponse } from './proxyErrorResponse';
import type { VerificationProxyHandler } from './verificationProxyOptions';

/** A `(req, res)` listener for `http.createServer`; the client IP is the socket's peer address. */
export function createNodeListener(
  handler: VerificationProxyHandler,
): (incoming: IncomingMessage, outgoing: ServerResponse) => Promise<void> {
  return async (incoming, outgoing) => {
    let response: Response;
    try {
      response = await handler(requestFromIncoming(incoming), { clientIp: incoming.socket.remoteAddress });
    } catch {
      response = proxyErrorResponse('invalid_request', 'The request could not be read');
    }
    await writeResponse(response, outgoing).catch(() => outgoing.destroy());
  };
}

export { requestFromIncoming, writeResponse } from './nodeRequestBridge';
