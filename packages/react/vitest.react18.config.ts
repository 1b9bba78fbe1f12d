import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The hooks' tests on React 18 (the peer range is `^18.2 || ^19`). Everything that imports React must come from
 * one folder, so Node resolves a single React 18 for all of them:
 *   npm install --prefix /tmp/r18 react@18.3.1 react-dom@18.3.1 @tanstack/react-query@5.108.0 \
 *     @testing-library/react@16.3.3 @testing-library/dom@10.4.2
 *   REACT18_DIR=/tmp/r18/node_modules npx vitest run -c packages/react/vitest.react18.config.ts
 */
const react18 = process.env.REACT18_DIR ?? '/tmp/r18/node_modules';
const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root,
  resolve: {
    conditions: ['@verikit/source', 'module', 'browser', 'development|production'],
    alias: [
      { find: /^react$/, replacement: `${react18}/react/index.js` },
      { find: /^react\/jsx-runtime$/, replacement: `${react18}/react/jsx-runtime.js` },
      { find: /^react\/jsx-dev-runtime$/, replacement: `${react18}/react/jsx-dev-runtime.js` },
      { find: /^react-dom$/, replacement: `${react18}/react-dom/index.js` },
      { find: /^react-dom\/client$/, replacement: `${react18}/react-dom/client.js` },
      { find: /^react-dom\/server$/, replacement: `${react18}/react-dom/server.node.js` },
      { find: /^react-dom\/test-utils$/, replacement: `${react18}/react-dom/test-utils.js` },
      {
        find: /^@tanstack\/react-query$/,
        replacement: `${react18}/@tanstack/react-query/build/modern/index.js`,
      },
      { find: /^@testing-library\/react$/, replacement: `${react18}/@testing-library/react/dist/index.js` },
    ],
  },
  test: {
    name: 'react18',
    environment: 'jsdom',
    include: ['packages/react/src/**/*.test.tsx'],
    exclude: ['**/usePhoneField*', '**/useOtpField*', '**/node_modules/**'],
    setupFiles: ['./scripts/vitest.setup.ts'],
  },
});
