import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The hooks' tests (and the ui's ref forwarding) on React 18 (the peer range is `^18.2 || ^19`), run by `pnpm test:react18`
 * (`scripts/test-react18.sh`). Everything that imports React must come from one folder, so Node resolves a single
 * React 18 for all of them: the script installs React 18 and its companions in `node_modules/.react18`.
 */
const conditions = ['@verikit/source', 'module', 'node', 'development|production'];
const root = fileURLToPath(new URL('../..', import.meta.url));
const react18 = process.env.REACT18_DIR ?? `${root}node_modules/.react18/node_modules`;

export default defineConfig({
  root,
  // Tests in `@vitest-environment node` (SSR) resolve through the SSR environment: the same source condition.
  ssr: { resolve: { conditions, externalConditions: ['@verikit/source'] } },
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
      { find: /^react-hook-form$/, replacement: `${react18}/react-hook-form/dist/index.esm.mjs` },
    ],
  },
  test: {
    name: 'react18',
    environment: 'jsdom',
    // The ui's ref forwarding too: `forwardRef`, since React 18 passes no `ref` prop to function components.
    include: ['packages/react/src/**/*.test.tsx', 'packages/ui/src/formFieldRefs.test.tsx'],
    exclude: ['**/node_modules/**'],
    setupFiles: ['./scripts/vitest.setup.ts'],
  },
});
