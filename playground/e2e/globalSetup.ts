import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumLaunchOptions } from '../../scripts/chromium.ts';
import { E2E_RESEND_COOLDOWN_SECONDS, startPlaygroundServer } from './startPlaygroundServer.ts';

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
  const { server, baseUrl } = await startPlaygroundServer();
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
