import { defineConfig } from 'tsdown';
import { packageBuild } from '../../tsdown.shared';

export default defineConfig({
  ...packageBuild,
  entry: ['src/index.ts', 'src/node.ts', 'src/cli.ts'],
  // node.ts and cli.ts are the Node-only modules; the core stays platform-neutral.
  external: [/^node:/],
});
