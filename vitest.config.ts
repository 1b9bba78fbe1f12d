import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './scripts/chromium.ts';
import { holdRequests, releaseRequests } from './scripts/holdRequests.ts';

/** Workspace packages resolve each other's TypeScript source: no build needed before tests. */
const resolve = { conditions: ['@verikit/source', 'module', 'browser', 'development|production'] };

// Each browser project gets its own provider object: Vitest mutates a shared one.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: chromiumLaunchOptions() }),
  instances: [{ browser: 'chromium' as const }],
  screenshotFailures: false,
  commands: { holdRequests, releaseRequests },
});

export default defineConfig({
  plugins: [react()],
  resolve,
  // The phone engine is imported on demand (the first typed digit), too late for Vite's dependency scan: bundle it
  // up front, or its discovery mid-run reloads the browser tests' page under them.
  optimizeDeps: {
    include: [
      '@verikit/core > libphonenumber-js/core/es6',
      // The emulator's countryId (createSinchEmulator.browser.test.ts, Storybook's in-browser backend).
      '@verikit/sinch-emulator > libphonenumber-js/min/es6',
    ],
  },
  // Tests in `@vitest-environment node` (servers, CLIs) resolve through the SSR environment: same conditions.
  ssr: { resolve: { conditions: resolve.conditions, externalConditions: ['@verikit/source'] } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['packages/*/src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
          exclude: ['**/*.browser.test.{ts,tsx}', '**/node_modules/**'],
          setupFiles: ['./scripts/vitest.setup.ts'],
          typecheck: {
            enabled: true,
            include: ['packages/*/src/**/*.test-d.ts'],
            tsconfig: './tsconfig.typetests.json',
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          testTimeout: 30_000,
          include: ['packages/*/src/**/*.browser.test.{ts,tsx}'],
          browser: browser(),
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook', storybookScript: 'pnpm storybook' })],
        // A ceiling, not a speed check: a story's play function on a loaded 2-core machine can take several seconds.
        test: { name: 'storybook', browser: browser(), testTimeout: 30_000 },
      },
    ],
  },
});
