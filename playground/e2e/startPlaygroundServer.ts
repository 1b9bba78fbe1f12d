import { createServer, type ViteDevServer } from 'vite';
import { playgroundConfig } from '../server/playgroundConfig.ts';
import type { PlaygroundBackendOptions } from '../server/playgroundSettings.ts';

/**
 * The resend cooldown the e2e playground runs with: short enough to wait out, long enough to outlast the flow's
 * first status poll (3 s), so a failed delivery is seen and explained before the fallback may start.
 */
export const E2E_RESEND_COOLDOWN_SECONDS = 8;

/**
 * The playground's dev server, its real Vite config with the e2e resend cooldown (and `backend`'s options), on a
 * free loopback port.
 */
export async function startPlaygroundServer(
  backend: PlaygroundBackendOptions = {},
): Promise<{ server: ViteDevServer; baseUrl: string }> {
  const server = await createServer({
    ...playgroundConfig({ resendCooldownSeconds: E2E_RESEND_COOLDOWN_SECONDS, log: () => {}, ...backend }),
    configFile: false,
    root: new URL('..', import.meta.url).pathname,
    // No file watching and no HMR: the page a test drives is never reloaded by an edit made meanwhile (a shared working
    // tree, an editor saving) — it reloaded pages under journeys mid-run.
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, watch: null },
    logLevel: 'warn',
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('The dev server did not listen on a port');
  return { server, baseUrl: `http://127.0.0.1:${address.port}` };
}
