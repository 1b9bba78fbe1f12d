import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';
import type { PlaygroundBackendOptions } from './playgroundSettings.ts';
import { verikitPlayground } from './verikitPlayground.ts';

/** The playground's Vite config; the e2e harness makes its own with a short resend cooldown. */
export function playgroundConfig(backend: PlaygroundBackendOptions = {}): UserConfig {
  return {
    plugins: [react(), verikitPlayground(backend)],
    // Workspace packages run from their TypeScript source, in the page and in the server-side backend alike.
    resolve: {
      conditions: ['@verikit/source', 'module', 'browser', 'development|production'],
      // The stylesheet's export points at the build only; the playground runs on a fresh clone with no build.
      alias: {
        '@verikit/ui/styles.css': fileURLToPath(new URL('../../packages/ui/src/styles.css', import.meta.url)),
      },
    },
    ssr: {
      resolve: {
        conditions: ['@verikit/source', 'module', 'node', 'development|production'],
        externalConditions: ['@verikit/source'],
      },
    },
    server: { host: '127.0.0.1', port: 5173, strictPort: true },
    preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  };
}
