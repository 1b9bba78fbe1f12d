import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Delivery, FaultRule } from '@verikit/sinch-emulator';
import { type Browser, chromium, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { chromiumLaunchOptions } from '../../scripts/chromium.ts';
import { playgroundConfig } from '../server/playgroundConfig.ts';
import type { PlaygroundBackendOptions } from '../server/playgroundSettings.ts';

export interface Harness {
  browser: Browser;
  server: ViteDevServer;
  baseUrl: string;
  /** A fresh page (its own context: no shared storage) that records page errors in `errorsOf(page)`. */
  newPage(): Promise<Page>;
  /** What the emulator's inbox holds for a number, newest first, read over HTTP like any test tool would. */
  inbox(e164: string): Promise<Delivery[]>;
  /** Waits for a delivery to a number that is not in `seen` (ids), read over HTTP. */
  nextDelivery(e164: string, seen?: ReadonlySet<string>): Promise<Delivery>;
  /** Adds fault rules through the emulator's `POST /emulator/faults`. */
  addFaults(rules: FaultRule[]): Promise<void>;
  close(): Promise<void>;
}

/**
 * The resend cooldown the e2e playground runs with: short enough to wait out, long enough to outlast the flow's
 * first status poll (3 s), so a failed delivery is seen and explained before the fallback may start.
 */
export const E2E_RESEND_COOLDOWN_SECONDS = 8;

const pageErrors = new WeakMap<Page, string[]>();

/** Uncaught errors and console errors (other than HTTP error answers) of a page so far. */
export function errorsOf(page: Page): string[] {
  return pageErrors.get(page) ?? [];
}

/**
 * The playground's real dev server (its own Vite config, with a short resend cooldown) on a free loopback port, and
 * Debian's Chromium driven by playwright-core.
 */
export async function startHarness(backend: PlaygroundBackendOptions = {}): Promise<Harness> {
  const root = new URL('..', import.meta.url).pathname;
  const server = await createServer({
    ...playgroundConfig({
      resendCooldownSeconds: E2E_RESEND_COOLDOWN_SECONDS,
      log: () => {},
      ...backend,
    }),
    configFile: false,
    root,
    server: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'warn',
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('The dev server did not listen on a port');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const browser = await chromium.launch(chromiumLaunchOptions());
  // A first visit lets Vite discover and pre-bundle every dependency (the lazy test phone's too): a discovery during
  // a test would reload the page under it and lose the journey's state.
  const warmup = await browser.newPage();
  for (const path of ['/', '/headless']) {
    await warmup.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
    await warmup.getByRole('heading', { name: 'Test phone' }).waitFor();
  }
  await warmup.close();

  const inbox = async (e164: string): Promise<Delivery[]> => {
    const response = await fetch(`${baseUrl}/sinch/emulator/inbox/${encodeURIComponent(e164)}`);
    if (!response.ok) throw new Error(`GET inbox answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as Delivery[];
  };

  return {
    browser,
    server,
    baseUrl,
    newPage: async () => {
      const context = await browser.newContext({ baseURL: baseUrl, locale: 'en-US' });
      const page = await context.newPage();
      const errors: string[] = [];
      pageErrors.set(page, errors);
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        // An HTTP error answer is part of a journey (a 409 is a test's point); a script error never is.
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
          errors.push(message.text());
      });
      return page;
    },
    inbox,
    nextDelivery: async (e164, seen = new Set()) => {
      // The emulator delivers before it answers the start; polling only covers a page still sending on a slow machine.
      for (let attempt = 0; attempt < 300; attempt++) {
        const fresh = (await inbox(e164)).find((delivery) => !seen.has(delivery.id));
        if (fresh) return fresh;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`Nothing new was delivered to ${e164}`);
    },
    addFaults: async (rules) => {
      const response = await fetch(`${baseUrl}/sinch/emulator/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(rules),
      });
      if (response.status !== 201)
        throw new Error(`POST faults answered ${response.status}: ${await response.text()}`);
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core (WCAG 2.0–2.2 A and AA rules) on the page as it is now; the violations, readable. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: Array<{
        id: string;
        impact: string | null;
        help: string;
        nodes: Array<{ target: unknown[] }>;
      }>;
    }
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => JSON.stringify(node.target)),
    }));
  });
}
