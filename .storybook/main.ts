import type { StorybookConfig } from '@storybook/react-vite';

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
    // The phone engine is imported on demand, too late for Vite's dependency scan: bundle it up front, or its
    // discovery reloads the page under a story's play function.
    optimizeDeps: {
      ...viteConfig.optimizeDeps,
      include: [
        ...(viteConfig.optimizeDeps?.include ?? []),
        '@verikit/core > libphonenumber-js/core/es6',
        // The in-tab emulator's number checks, found only when a story first reaches the backend.
        '@verikit/sinch-emulator > libphonenumber-js/min',
        '@verikit/sinch-emulator > libphonenumber-js/min/es6',
      ],
    },
    // Stories use the packages' TypeScript source, like the tests (the root links every workspace package).
    resolve: {
      ...viteConfig.resolve,
      conditions: ['@verikit/source', 'module', 'browser', 'development|production'],
    },
  }),
};

export default config;
