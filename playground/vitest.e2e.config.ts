import { defineConfig } from 'vitest/config';

const conditions = ['@verikit/source', 'module', 'node', 'development|production'];

export default defineConfig({
  // Specs and the backend they import run on the workspace's TypeScript sources, like every other test: no build.
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['@verikit/source'] } },
  test: {
    name: 'e2e',
    include: ['e2e/**/*.spec.ts'],
    globalSetup: ['e2e/globalSetup.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // In CI, a journey that fails is run once more. Two journeys (signup.keyboard, the headless bot check) each
    // stalled once after a submit in a full run on a loaded 2-core machine and passed alone and in every rerun (cause
    // not found yet: see the closing note). A real break fails both runs; a retried pass is printed as such.
    retry: process.env.CI ? 1 : 0,
  },
});
