import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts', 'src/locales/de.ts', 'src/locales/ar.ts', 'src/locales/he.ts'],
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  dts: true,
  sourcemap: true,
  clean: true,
  // One output file per source module: bundlers then drop whole unused modules (sideEffects), and each phone
  // metadata group keeps a stable, hash-free file name.
  unbundle: true,
});
