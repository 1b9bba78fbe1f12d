import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';
import type { PlaygroundBackendOptions } from './playgroundSettings.ts';
import { verikitPlayground } from './verikitPlayground.ts';

/** The playground's Vite config; the e2e harness makes its own with a short resend cooldown. */
export function playgroundConfig(backend: PlaygroundBackendOptions = {}): UserConfig {
  return {
    plugins: [react(), verikitPlayground(backend)],
    // Workspace packages run from their TypeScript source, in the page and in the server-side backend alike.
    resolve: { conditions: ['@verikit/source', 'module', 'browser', 'development|production'] },
    // The phone engine is imported on demand (the first typed digit), and the test phone (with the emulator's number
    // checks) is a lazy chunk: too late for Vite's dependency scan. Bundle both up front, or their discovery reloads
    // the page under a person who is typing.
    optimizeDeps: {
      include: [
        '@verikit/core > libphonenumber-js/core/es6',
        '@verikit/sinch-emulator > libphonenumber-js/min',
        '@verikit/sinch-emulator > libphonenumber-js/min/es6',
      ],
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
