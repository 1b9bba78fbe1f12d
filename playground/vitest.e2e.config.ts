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
  },
});
