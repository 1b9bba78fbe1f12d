import { textResponse } from './knownBodies';

/**
 * An answer as the handler builds it: status, headers and JSON text. It becomes a `Response` only at the edge that
 * needs one (the web-standard handler); the Node adapters write it to the socket as it is (on Node 20 a `Response`
 * and its body stream cost some 11 µs to build and as much again to read back).
 */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  /** The body's text (JSON), or `null` for none. */
  body: string | null;
}

export function replyToResponse(reply: Reply): Response {
  const init = { status: reply.status, headers: reply.headers };
  return reply.body === null ? new Response(null, init) : textResponse(reply.body, init);
}

/** Set on the handler: answers a `Request` with a `Reply`, for the Node adapters. */
export const RESPOND: unique symbol = Symbol.for('@verikit/proxy.respond');
