import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Connect, createServer, type Plugin, type PreviewServer, type ViteDevServer } from 'vite';
// Types only: the config file is loaded by plain Node, which cannot resolve the workspace's TypeScript sources.
// The backend itself is loaded through the dev server (`ssrLoadModule`), which can.
import type * as BackendModule from './createPlaygroundBackend.ts';
import type { PlaygroundBackend } from './createPlaygroundBackend.ts';
import {
  INBOX_EVENTS_URL,
  type PlaygroundBackendOptions,
  PROXY_BASE_URL,
  playgroundSettingsOf,
} from './playgroundSettings.ts';

/** The id pages import the public settings from: `import settings from 'virtual:verikit-playground'`. */
export const SETTINGS_MODULE_ID = 'virtual:verikit-playground';
const RESOLVED_SETTINGS_MODULE_ID = `\0${SETTINGS_MODULE_ID}`;

/**
 * The playground's server side, as a Vite plugin: mounts the proxy at `/api/verification` on the embedded Sinch
 * emulator (or on real Sinch, see `createPlaygroundBackend`), the app's `/api/signup` route, the emulator's
 * `/sinch/emulator/*` routes and a live inbox stream for the phone panel, on the dev server and on `vite preview` of
 * the build alike. The page gets only the public settings, through a virtual module: no key, secret or proof secret
 * can reach the bundle from here.
 */
export function verikitPlayground(options: PlaygroundBackendOptions = {}): Plugin {
  const settings = playgroundSettingsOf(options);
  return {
    name: 'verikit-playground',
    resolveId: (id) => (id === SETTINGS_MODULE_ID ? RESOLVED_SETTINGS_MODULE_ID : undefined),
    load: (id) =>
      id === RESOLVED_SETTINGS_MODULE_ID ? `export default ${JSON.stringify(settings)};` : undefined,
    configureServer(server) {
      mountBackend(server, () => loadBackend(server), options, settings.mode);
    },
    // `vite preview` of the build: the same backend, so `pnpm build && pnpm preview` verifies numbers too (without
    // the test phone, which the build leaves out: the emulator's log lines show what it delivered).
    configurePreviewServer(server) {
      mountBackend(server, () => loadBackendForPreview(server), options, settings.mode);
    },
  };
}

/** Serves the backend's routes, made on first use from the module `load` gives, and says where it talks to. */
function mountBackend(
  server: ViteDevServer | PreviewServer,
  load: () => Promise<typeof BackendModule>,
  options: PlaygroundBackendOptions,
  mode: 'emulator' | 'sinch',
): void {
  let backend: Promise<PlaygroundBackend> | undefined;
  const getBackend = () => {
    backend ??= load().then((module) => module.createPlaygroundBackend(options));
    return backend;
  };
  server.middlewares.use(middlewareOf(getBackend));
  server.httpServer?.once('listening', () => {
    // Made now, so a bad environment fails at start rather than on the first request.
    void getBackend().catch((error: unknown) => server.config.logger.error(String(error)));
    server.config.logger.info(
      mode === 'emulator'
        ? `  verikit: ${PROXY_BASE_URL} runs on the embedded Sinch emulator (no account, no network)`
        : `  verikit: ${PROXY_BASE_URL} talks to real Sinch (SINCH_APPLICATION_KEY is set)`,
    );
  });
}

const BACKEND_PATH = new URL('./createPlaygroundBackend.ts', import.meta.url).pathname;

async function loadBackend(server: ViteDevServer): Promise<typeof BackendModule> {
  return (await server.ssrLoadModule(BACKEND_PATH)) as typeof BackendModule;
}

/**
 * The preview server has no module loader of its own: a Vite server in middleware mode (no HTTP, no HMR) loads the
 * same TypeScript sources through its SSR loader, as the dev server does (`runnerImport` would load the workspace
 * packages' builds instead). It closes with the preview.
 */
async function loadBackendForPreview(server: PreviewServer): Promise<typeof BackendModule> {
  const loader = await createServer({
    configFile: false,
    root: server.config.root,
    logLevel: 'warn',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
    resolve: { conditions: [...server.config.resolve.conditions] },
    ssr: {
      resolve: {
        conditions: [...(server.config.ssr.resolve?.conditions ?? [])],
        externalConditions: [...(server.config.ssr.resolve?.externalConditions ?? [])],
      },
    },
  });
  server.httpServer.once('close', () => void loader.close());
  return loadBackend(loader);
}

function middlewareOf(getBackend: () => Promise<PlaygroundBackend>): Connect.NextHandleFunction {
  return (incoming, outgoing, next) => {
    void (async () => {
      const backend = await getBackend();
      const origin = `http://${incoming.headers.host ?? '127.0.0.1'}`;
      if (incoming.url?.split('?')[0] === INBOX_EVENTS_URL) {
        streamInbox(backend, origin, outgoing);
        return;
      }
      const response = await backend.handle(backend.toRequest(incoming), {
        clientIp: incoming.socket.remoteAddress,
        origin,
      });
      if (!response) {
        next();
        return;
      }
      await backend.writeResponse(response, outgoing);
    })().catch((error: unknown) => next(error));
  };
}

/** Server-sent events: the inbox so far (oldest first), then each new delivery as it happens. */
function streamInbox(
  backend: PlaygroundBackend,
  origin: string,
  outgoing: ServerResponse<IncomingMessage>,
): void {
  const emulator = backend.emulatorAt(origin);
  if (!emulator) {
    outgoing.writeHead(404, { 'content-type': 'application/json' });
    outgoing.end(JSON.stringify({ error: 'not_emulated', message: 'Real Sinch has no inbox to show.' }));
    return;
  }
  outgoing.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-store',
    connection: 'keep-alive',
  });
  const send = (delivery: unknown) =>
    outgoing.write(`event: delivery\ndata: ${JSON.stringify(delivery)}\n\n`);
  for (const delivery of emulator.inbox.all().reverse()) send(delivery);
  // A comment line: the panel knows it is connected even when the inbox is empty.
  outgoing.write(': connected\n\n');
  const unsubscribe = emulator.inbox.subscribe(send);
  outgoing.on('close', unsubscribe);
}
