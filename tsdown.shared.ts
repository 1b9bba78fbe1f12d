import type { UserConfig } from 'tsdown';

/**
 * What every package's build shares. The tarball ships `src/` (runtime modules only) and maps that point at it, so
 * the maps carry no copy of the source (`sourcemapExcludeSources`), and each `.d.ts` has the `.d.ts.map` it names
 * (editors' "go to definition" lands in `src/`, not in the declarations).
 */
export const packageBuild = {
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  dts: { sourcemap: true },
  sourcemap: true,
  clean: true,
  outputOptions: { sourcemapExcludeSources: true },
} satisfies UserConfig;
