/**
 * `@verikit/proxy/node`: the proxy as a `node:http` request listener.
 *
 * ```ts
 * createServer(createNodeListener(createVerificationProxy({ proof: { secret } }))).listen(8788, '127.0.0.1');
 * ```
 * The bridge is `@hono/node-server`'s (the emulator's too): the body is streamed to the handler (which reads it up
 * to `limits.maxBodyBytes`), the `Request` is aborted when the client goes, and after an early answer (413, 415) the
 * rest of the body is drained so the keep-alive connection takes its next request. On top: a body deadline.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { bridgeTo } from './nodeBridge';
import type { VerificationProxyHandler } from './verificationProxyOptions';

export interface NodeListenerOptions {
  /**
   * Milliseconds a request body may take to arrive, from its headers. Past it the request answers 408 and its
   * connection is closed: a client trickling a byte a second (slowloris) holds no connection for long.
   * @default 10_000
   */
  bodyTimeoutMs?: number;
}

/** A `(req, res)` listener for `http.createServer`; the client IP is the socket's peer address. */
export function createNodeListener(
  handler: VerificationProxyHandler,
  options: NodeListenerOptions = {},
): (incoming: IncomingMessage, outgoing: ServerResponse) => Promise<void> {
  const { listener, bodyTimeoutMs } = bridgeTo(handler, options);
  return async (incoming, outgoing) => {
    armBodyDeadline(incoming, outgoing, bodyTimeoutMs);
    await listener(incoming, outgoing);
  };
}

/** Answers 408 and closes the connection when a request's body has not all arrived in time. */
export function armBodyDeadline(
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  timeoutMs: number,
): void {
  if (incoming.complete || incoming.method === 'GET' || incoming.method === 'HEAD') return;
  const timer = setTimeout(() => {
    if (incoming.complete) return;
    if (!outgoing.headersSent) {
      outgoing.writeHead(408, {
        'content-type': 'application/json',
        'cache-control': 'no-store',
        connection: 'close',
      });
      outgoing.end(
        JSON.stringify({
          error: { code: 'invalid_request', message: 'The request body did not arrive in time' },
        }),
      );
    }
    // Whatever the handler still does, this connection is done.
    incoming.socket.destroySoon?.();
    setTimeout(() => incoming.socket.destroy(), 1000).unref();
  }, timeoutMs);
  timer.unref();
  const clear = () => clearTimeout(timer);
  incoming.once('end', clear);
  outgoing.once('close', clear);
}

export { requestFromIncoming, writeResponse } from './nodeRequestBridge';
