import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Delivery, FaultRule } from '@verikit/sinch-emulator';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';

export interface Harness {
  browser: Browser;
  baseUrl: string;
  /**
   * A fresh page (its own context: no shared storage) that records page errors in `errorsOf(page)`; `options` set up
   * its context (e.g. `colorScheme: 'dark'`).
   */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /** What the emulator's inbox holds for a number, newest first, read over HTTP like any test tool would. */
  inbox(e164: string): Promise<Delivery[]>;
  /** Waits for a delivery to a number that is not in `seen` (ids), read over HTTP. */
  nextDelivery(e164: string, seen?: ReadonlySet<string>): Promise<Delivery>;
  /** Adds fault rules through the emulator's `POST /emulator/faults`. */
  addFaults(rules: FaultRule[]): Promise<void>;
  close(): Promise<void>;
}

const pageErrors = new WeakMap<Page, string[]>();

/** Uncaught errors and console errors (other than HTTP error answers) of a page so far. */
export function errorsOf(page: Page): string[] {
  return pageErrors.get(page) ?? [];
}

/**
 * The run's shared dev server and Chromium (started once by `globalSetup.ts`): this spec file's own connection to
 * the browser, and helpers that read the emulator over HTTP. `baseUrl`: a playground server of the spec's own.
 */
export async function startHarness(baseUrl: string = inject('playgroundUrl')): Promise<Harness> {
  const browser = await chromium.connect(inject('chromiumEndpoint'));

  const inbox = async (e164: string): Promise<Delivery[]> => {
    const response = await fetch(`${baseUrl}/sinch/emulator/inbox/${encodeURIComponent(e164)}`);
    if (!response.ok) throw new Error(`GET inbox answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as Delivery[];
  };

  return {
    browser,
    baseUrl,
    newPage: async (options = {}) => {
      const context = await browser.newContext({ baseURL: baseUrl, locale: 'en-US', ...options });
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
      // Say what the emulator did deliver: a number typed wrong and a delivery that never happened look alike here.
      const response = await fetch(`${baseUrl}/sinch/emulator/inbox`);
      const everything = response.ok ? ((await response.json()) as Delivery[]) : [];
      const recent = everything
        .slice(0, 5)
        .map((delivery) => `${delivery.method} to ${delivery.to} at ${delivery.at}`);
      throw new Error(
        `Nothing new was delivered to ${e164}; the latest deliveries: ${recent.join('; ') || 'none'}`,
      );
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
    // Disconnects this spec file; the browser and the server stop after the run.
    close: () => browser.close(),
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
