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
    // One retry on CI: a whole journey through a dev server and a real browser on a shared 2-core machine now and
    // then loses a page to a reload (seen ~1 run in 4 in signup.faults while the machine was loaded; cause not yet
    // found). A spec that fails twice still fails the run.
    retry: process.env.CI ? 1 : 0,
  },
});
