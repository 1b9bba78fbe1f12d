import { type Browser, chromium, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { chromiumLaunchOptions } from '../../scripts/chromium.ts';

export interface Harness {
  browser: Browser;
  server: ViteDevServer;
  baseUrl: string;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** The playground's real dev server on a free loopback port, and Debian's Chromium driven by playwright-core. */
export async function startHarness(): Promise<Harness> {
  const server = await createServer({
    configFile: new URL('../vite.config.ts', import.meta.url).pathname,
    root: new URL('..', import.meta.url).pathname,
    server: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'warn',
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('The dev server did not listen on a port');
  const browser = await chromium.launch(chromiumLaunchOptions());
  return {
    browser,
    server,
    baseUrl: `http://127.0.0.1:${address.port}`,
    newPage: () => browser.newPage(),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
