/// <reference types="@vitest/browser-playwright" />
import type { Route } from 'playwright';
import type { BrowserCommand } from 'vitest/node';

/** Requests held per pattern, per test page, until `releaseRequests` lets them through. */
const heldRoutes = new Map<string, Route[]>();

/**
 * Browser-test command: holds every request whose URL matches `pattern` (a RegExp source), as a slow network would,
 * so a test can act while a lazily loaded module (a phone numbering plan, say) has not arrived yet.
 */
export const holdRequests: BrowserCommand<[pattern: string]> = async ({ page, sessionId }, pattern) => {
  const key = `${sessionId}:${pattern}`;
  heldRoutes.set(key, []);
  const matches = new RegExp(pattern);
  await page.route(
    (url: URL) => matches.test(url.href),
    (route: Route) => {
      const held = heldRoutes.get(key);
      if (held) held.push(route);
      else void route.continue();
    },
  );
};

/**
 * Browser-test command: lets the held requests matching `pattern` through (or fails them as a dropped connection
 * would, with `{ fail: true }`), and stops holding new ones. Answers how many were held.
 */
export const releaseRequests: BrowserCommand<[pattern: string, options?: { fail?: boolean }]> = async (
  { sessionId },
  pattern,
  options,
) => {
  const key = `${sessionId}:${pattern}`;
  const held = heldRoutes.get(key) ?? [];
  heldRoutes.delete(key);
  await Promise.all(held.map((route) => (options?.fail ? route.abort('failed') : route.continue())));
  return held.length;
};

declare module 'vitest/browser' {
  interface BrowserCommands {
    holdRequests(pattern: string): Promise<void>;
    releaseRequests(pattern: string, options?: { fail?: boolean }): Promise<number>;
  }
}
