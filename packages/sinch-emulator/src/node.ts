/**
 * The Node bridge: node:http requests become web `Request`s for the emulator's handler, and its `Response`s go back.
 * Node-only, so it lives apart from the web-standard core.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { createSinchEmulator, type SinchEmulator, type SinchEmulatorOptions } from './createSinchEmulator';

export type FetchHandler = (request: Request) => Promise<Response>;

/** A web `Request` for a node:http request; aborted when the client goes away. */
export function toWebRequest(incoming: IncomingMessage, outgoing: ServerResponse, origin: string): Request {
  const controller = new AbortController();
  outgoing.on('close', () => {
    if (!outgoing.writableFinished) controller.abort();
  });
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = incoming.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(new URL(incoming.url ?? '/', origin), {
    method,
    headers,
    signal: controller.signal,
    ...(hasBody ? { body: Readable.toWeb(incoming) as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
  } as RequestInit);
}

/** Writes a web `Response` to a node:http response. */
export async function sendWebResponse(response: Response, outgoing: ServerResponse): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  outgoing.writeHead(response.status, headers);
  if (!response.body) {
    outgoing.end();
    return;
  }
  // Streamed chunk by chunk, so an event stream flows; the client going away cancels it.
  const reader = response.body.getReader();
  outgoing.on('close', () => {
    void reader.cancel().catch(() => {});
  });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!outgoing.write(value))
      await new Promise((resolve) => {
        outgoing.once('drain', resolve);
        outgoing.once('close', resolve);
      });
  }
  outgoing.end();
}

/** A node:http request listener serving a fetch handler. */
export function toNodeListener(handler: FetchHandler, origin: () => string) {
  return (incoming: IncomingMessage, outgoing: ServerResponse) => {
    void (async () => {
      try {
        await sendWebResponse(await handler(toWebRequest(incoming, outgoing, origin())), outgoing);
      } catch {
        // The handler answers every mistake itself; this is only a broken socket or a bug.
        if (!outgoing.headersSent) outgoing.writeHead(500, { 'content-type': 'application/json' });
        outgoing.end(JSON.stringify({ errorCode: 50000, message: 'Internal error.' }));
      }
    })();
  };
}

export interface ListenOptions extends Omit<SinchEmulatorOptions, 'baseUrl'> {
  /** @default 8787; 0 picks a free port */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** The public URL, when it differs from the address listened on (a tunnel, a container). @default the listening address */
  baseUrl?: string;
}

export interface RunningEmulator {
  /** The base URL it listens on, e.g. `http://127.0.0.1:8787`. */
  url: string;
  emulator: SinchEmulator;
  server: Server;
  /** Stops accepting connections, ends idle ones and resolves once the server is closed. */
  close(): Promise<void>;
}

/** Serves a new emulator over HTTP. With `port: 0` a free port is chosen; `url` tells which. */
export function listen(options: ListenOptions = {}): Promise<RunningEmulator> {
  const { port = 8787, host = '127.0.0.1', baseUrl, ...emulatorOptions } = options;
  let emulator: SinchEmulator | undefined;
  let url = '';
  const server = createServer(
    toNodeListener(
      (request) => (emulator as SinchEmulator).fetch(request),
      () => url,
    ),
  );
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const hostInUrl = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      url = `http://${hostInUrl}:${address.port}`;
      // Created once the port is known, so `_links` and seamless links point at the real address. Bad options
      // reject the promise and free the port (thrown here, they would escape it and crash the process).
      try {
        emulator = createSinchEmulator({ ...emulatorOptions, baseUrl: baseUrl ?? url });
      } catch (error) {
        server.close(() => reject(error));
        return;
      }
      resolve({
        url,
        emulator,
        server,
        close: () =>
          new Promise<void>((resolveClose, rejectClose) => {
            server.close((error) => (error ? rejectClose(error) : resolveClose()));
            server.closeIdleConnections();
          }),
      });
    });
  });
}
