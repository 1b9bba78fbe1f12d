import { defineConfig } from 'tsdown';
import { packageBuild } from '../../tsdown.shared';

export default defineConfig({
  ...packageBuild,
  entry: ['src/index.ts', 'src/locales/de.ts', 'src/locales/ar.ts', 'src/locales/he.ts'],
  // One output file per source module: bundlers then drop whole unused modules (sideEffects), and each phone
  // metadata group keeps a stable, hash-free file name.
  unbundle: true,
});
