import { defineConfig } from 'tsdown';
import { packageBuild } from '../../tsdown.shared';

export default defineConfig({
  ...packageBuild,
  // Each locale pack is its own entry (`@verikit/ui/locales/<tag>`): a page loads only the languages it imports.
  entry: ['src/index.ts', 'src/locales/*.ts'],
  // One output file per source module: bundlers then drop whole unused modules (sideEffects), and each phone
  // metadata group keeps a stable, hash-free file name.
  unbundle: true,
});
