import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import { type BodyReader, offerBodyReader, responseTextOf } from './knownBodies';
import type { NodeListenerOptions } from './node';
import { nodeUpstreamTransport } from './nodeUpstreamTransport';
import { proxyErrorResponse } from './proxyErrorResponse';
import { RESPOND, type Reply, replyToResponse } from './proxyReply';
import { USE_DEFAULT_TRANSPORT } from './upstreamTransport';
import type { VerificationProxyHandler } from './verificationProxyOptions';

/**
 * The bridge both Node adapters (`/node` and `/express`) put in front of the handler (`@hono/node-server`), with its
 * options checked. Its lightweight `Request` is handed to the handler, with two shortcuts past the web streams: the
 * body is read from the socket up to the handler's limit (`knownBodies.ts`), and the proxy answers with a `Reply`
 * (`proxyReply.ts`), written with one `writeHead` + `end`, no `Response` built.
 */
export function bridgeTo(handler: VerificationProxyHandler, options: NodeListenerOptions) {
  const bodyTimeoutMs = options.bodyTimeoutMs ?? 10_000;
  if (!(Number.isFinite(bodyTimeoutMs) && bodyTimeoutMs > 0))
    throw new TypeError('bodyTimeoutMs must be > 0');
  // Unless the proxy was given a `fetch`, it reaches Sinch through node:http(s) rather than undici's fetch.
  handler[USE_DEFAULT_TRANSPORT]?.(nodeUpstreamTransport());
  const respond = handler[RESPOND];
  const listener = getRequestListener(
    async (request, env) => {
      const incoming = env.incoming as IncomingMessage;
      const outgoing = env.outgoing as ServerResponse;
      // Not when a body parser already read the stream (Express): the bridge then sends its `rawBody`.
      if (!incoming.readableDidRead && !('rawBody' in incoming))
        offerBodyReader(request, socketBodyReader(incoming));
      const context = { clientIp: incoming.socket.remoteAddress };
      let reply: Reply;
      if (respond) reply = await respond(request, context);
      else {
        // A handler that is not the proxy's own: its answer as a Reply when it was built from a text.
        const response = await handler(request, context);
        const text = responseTextOf(response);
        if (text === undefined) return response;
        const headers: Record<string, string> = {};
        response.headers.forEach((value, name) => {
          headers[name] = value;
        });
        reply = { status: response.status, headers, body: text };
      }
      // Answered already (the body deadline's 408) or gone: the bridge deals with it as with any response.
      if (outgoing.headersSent || outgoing.destroyed) return replyToResponse(reply);
      const body = reply.body ?? '';
      const headers =
        reply.body === null
          ? reply.headers
          : { ...reply.headers, 'content-length': String(Buffer.byteLength(body)) };
      outgoing.writeHead(reply.status, headers).end(body);
      return RESPONSE_ALREADY_SENT;
    },
    {
      // Keep the global Request and Response: the handler is web-standard code shared with other runtimes.
      overrideGlobalObjects: false,
      errorHandler: () => proxyErrorResponse('invalid_request', 'The request could not be read'),
    },
  );
  return { listener, bodyTimeoutMs };
}

/**
 * The body straight from the socket, stopping at `maxBytes` (the rest is left for the bridge to drain after the
 * answer, so the keep-alive connection takes its next request). Rejects when the client goes mid-body.
 */
function socketBodyReader(incoming: IncomingMessage): BodyReader {
  return (maxBytes) =>
    new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let length = 0;
      const done = () => {
        incoming.off('data', onData);
        incoming.off('end', onEnd);
        incoming.off('error', onGone);
        incoming.off('close', onClose);
      };
      const onData = (chunk: Buffer) => {
        length += chunk.byteLength;
        if (length > maxBytes) {
          done();
          incoming.pause();
          resolve(undefined);
          return;
        }
        chunks.push(chunk);
      };
      const onEnd = () => {
        done();
        resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, length));
      };
      const onGone = (error?: Error) => {
        done();
        reject(error ?? new Error('The client went away mid-body'));
      };
      const onClose = () => {
        if (!incoming.readableEnded) onGone();
      };
      if (incoming.readableEnded) {
        resolve(new Uint8Array(0));
        return;
      }
      incoming.on('data', onData);
      incoming.on('end', onEnd);
      incoming.on('error', onGone);
      incoming.on('close', onClose);
    });
}
