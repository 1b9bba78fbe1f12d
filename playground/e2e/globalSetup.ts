import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { chromiumLaunchOptions } from '../../scripts/chromium.ts';
import { playgroundConfig } from '../server/playgroundConfig.ts';

/**
 * The resend cooldown the e2e playground runs with: short enough to wait out, long enough to outlast the flow's
 * first status poll (3 s), so a failed delivery is seen and explained before the fallback may start.
 */
export const E2E_RESEND_COOLDOWN_SECONDS = 8;

declare module 'vitest' {
  export interface ProvidedContext {
    /** The playground's dev server, e.g. `http://127.0.0.1:40123`. */
    playgroundUrl: string;
    /** Where the shared Chromium listens for playwright-core. */
    chromiumEndpoint: string;
    resendCooldownSeconds: number;
  }
}

/**
 * One dev server and one Chromium for the whole run: the playground's real Vite config (with a short resend
 * cooldown) on a free loopback port, and Debian's Chromium. Specs connect to both (see `harness.ts`); every spec uses
 * its own phone numbers, so they share one emulator without meeting.
 */
export default async function setup(project: TestProject) {
  const server = await createServer({
    ...playgroundConfig({ resendCooldownSeconds: E2E_RESEND_COOLDOWN_SECONDS, log: () => {} }),
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
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const browserServer = await chromium.launchServer({
    ...chromiumLaunchOptions(),
    host: '127.0.0.1',
    port: 0,
  });

  // A first visit lets Vite transform every module the pages load and pre-bundle their dependencies (the lazy test
  // phone's too; the late ones are listed in the config's `optimizeDeps.include`, so none reloads a page under a test).
  // The pages are used as soon as they show: no wait for the network to fall quiet.
  const browser = await chromium.connect(browserServer.wsEndpoint());
  const warmup = await browser.newPage();
  for (const path of ['/', '/headless']) {
    await warmup.goto(`${baseUrl}${path}`);
    await warmup.getByRole('heading', { name: 'Test phone' }).waitFor();
  }
  await browser.close();
  await server.environments.client.depsOptimizer?.scanProcessing;

  project.provide('playgroundUrl', baseUrl);
  project.provide('chromiumEndpoint', browserServer.wsEndpoint());
  project.provide('resendCooldownSeconds', E2E_RESEND_COOLDOWN_SECONDS);
  return async () => {
    await browserServer.close();
    await server.close();
  };
}
