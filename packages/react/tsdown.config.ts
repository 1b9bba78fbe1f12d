import { defineConfig } from 'tsdown';
import { packageBuild } from '../../tsdown.shared';

export default defineConfig({
  ...packageBuild,
  entry: ['src/index.ts'],
  // One output file per source module: bundlers then drop whole unused modules (sideEffects), and each phone
  // metadata group keeps a stable, hash-free file name.
  unbundle: true,
});
