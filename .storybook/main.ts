import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';

// `.storybook/` is not a workspace package, so nothing links `@verikit/*` beside it: point its own imports at the
// packages' sources (the packages' imports of each other resolve through their own links, to the same files).
const workspacePackages = [
  {
    find: /^@verikit\/(core|react|ui|proxy|sinch-emulator)$/,
    replacement: fileURLToPath(new URL('../packages/$1/src/index.ts', import.meta.url)),
  },
  {
    find: /^@verikit\/ui\/locales\/([a-z-]+)$/,
    replacement: fileURLToPath(new URL('../packages/ui/src/locales/$1.ts', import.meta.url)),
  },
];

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: [
    './docs/*.mdx',
    './stories/*.stories.tsx',
    '../packages/*/src/**/*.mdx',
    '../packages/*/src/**/*.stories.@(ts|tsx)',
  ],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    // Stories use the packages' TypeScript source, like the tests.
    resolve: {
      ...viteConfig.resolve,
      alias: [
        ...(Array.isArray(viteConfig.resolve?.alias)
          ? viteConfig.resolve.alias
          : Object.entries(viteConfig.resolve?.alias ?? {}).map(([find, replacement]) => ({
              find,
              replacement,
            }))),
        ...workspacePackages,
      ],
      conditions: ['@verikit/source', 'module', 'browser', 'development|production'],
    },
  }),
};

export default config;
