import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { UpstreamAnswer, UpstreamTransport } from './upstreamTransport';

let shared: UpstreamTransport | undefined;

/**
 * The Node adapters' way to Sinch: `node:http(s)` with one keep-alive agent per protocol for the process, instead of
 * `fetch` (Node's undici), which on Node 20 builds a `Request`, a `Response` and two web streams per call and writes
 * a small body in pieces (bench:proxy's profile: a fifth of the proxy's CPU). TLS is verified as `fetch` does it.
 */
export function nodeUpstreamTransport(): UpstreamTransport {
  shared ??= createNodeUpstreamTransport();
  return shared;
}

function createNodeUpstreamTransport(): UpstreamTransport {
  // LIFO: the busiest sockets stay warm and idle ones age out. Node's agent drops a socket at the server's
  // `Keep-Alive: timeout` hint, before the server closes it under a request.
  const http = new HttpAgent({ keepAlive: true, scheduling: 'lifo' });
  const https = new HttpsAgent({ keepAlive: true, scheduling: 'lifo' });
  return ({ method, url, headers, body, signal }, maxBodyBytes) =>
    new Promise<UpstreamAnswer>((resolve, reject) => {
      const target = new URL(url);
      const secure = target.protocol === 'https:';
      const sendHeaders: Record<string, string> = { ...headers };
      // A length, not chunked encoding: the whole body goes out with the headers in one write.
      if (body !== undefined) sendHeaders['content-length'] = String(Buffer.byteLength(body));
      const outgoing = (secure ? httpsRequest : httpRequest)(
        {
          agent: secure ? https : http,
          protocol: target.protocol,
          hostname: target.hostname,
          port: target.port,
          path: target.pathname + target.search,
          method,
          headers: sendHeaders,
          signal,
        },
        (incoming) => {
          const status = incoming.statusCode ?? 0;
          if (status >= 300 && status < 400) {
            incoming.resume();
            reject(new Error(`Sinch answered a redirect (${status}); not followed`));
            return;
          }
          readAnswer(incoming, maxBodyBytes).then(
            (read) => resolve({ status, headers: headersOf(incoming), body: read }),
            reject,
          );
        },
      );
      outgoing.once('error', reject);
      outgoing.end(body);
    });
}

/** The answer's bytes, or `undefined` past `maxBytes` (the socket is then dropped, not drained). */
function readAnswer(incoming: IncomingMessage, maxBytes: number): Promise<Uint8Array | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    incoming.on('data', (chunk: Buffer) => {
      length += chunk.byteLength;
      if (length > maxBytes) {
        incoming.destroy();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    });
    incoming.once('end', () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, length)));
    incoming.once('error', reject);
    // A connection cut mid-answer: `aborted` then `close` without `end`.
    incoming.once('close', () => {
      if (!incoming.complete) reject(new Error('Sinch closed the connection mid-answer'));
    });
  });
}

function headersOf(incoming: IncomingMessage): UpstreamAnswer['headers'] {
  return {
    get(name) {
      const value = incoming.headers[name.toLowerCase()];
      return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
    },
  };
}
