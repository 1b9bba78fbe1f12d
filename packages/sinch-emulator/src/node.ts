/**
 * The Node bridge: `@hono/node-server`'s, the one the proxy uses too. node:http requests become web `Request`s for
 * the emulator's handler (bodies streamed, aborted when the client goes, drained after an early answer so a
 * keep-alive connection goes on), and its `Response`s go back streamed (an event stream flows). Node-only, so it
 * lives apart from the web-standard core.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { createSinchEmulator, type SinchEmulator, type SinchEmulatorOptions } from './createSinchEmulator';

export type FetchHandler = (request: Request) => Promise<Response>;

/** A node:http request listener serving a fetch handler. */
export function toNodeListener(
  handler: FetchHandler,
): (incoming: IncomingMessage, outgoing: ServerResponse) => Promise<void> {
  return getRequestListener((request) => handler(request), {
    // Keep the global Request and Response: the handler is web-standard code shared with browsers.
    overrideGlobalObjects: false,
    // The handler answers every mistake itself; this is only a request that could not be read.
    errorHandler: () =>
      Response.json({ errorCode: 40003, message: 'The request could not be read.' }, { status: 400 }),
  });
}

export interface ListenOptions extends Omit<SinchEmulatorOptions, 'baseUrl'> {
  /** @default 8787; 0 picks a free port */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** The public URL, when it differs from the address listened on (a tunnel, a container). @default the listening address */
  baseUrl?: string;
  /**
   * Milliseconds a request may take to arrive, headers and body (Node's `headersTimeout` and `requestTimeout`,
   * checked every second): a client trickling a byte a second (slowloris) holds no connection for long.
   * @default 10_000
   */
  requestTimeoutMs?: number;
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
  const { port = 8787, host = '127.0.0.1', baseUrl, requestTimeoutMs = 10_000, ...emulatorOptions } = options;
  let emulator: SinchEmulator | undefined;
  let url = '';
  const server = createServer(
    { headersTimeout: requestTimeoutMs, requestTimeout: requestTimeoutMs, connectionsCheckingInterval: 1000 },
    toNodeListener((request) => (emulator as SinchEmulator).fetch(request)),
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
