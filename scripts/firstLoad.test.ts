// @vitest-environment node
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The files an esbuild page (code splitting on, as `pnpm bench:size` builds) loads up front for `code`: its entry and
 * the chunks that imports statically, transitively. Built from the packages' sources.
 */
async function firstLoadFiles(code: string): Promise<string[]> {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'jsx', sourcefile: 'page.jsx' },
    bundle: true,
    format: 'esm',
    splitting: true,
    outdir: join(root, 'node_modules/.cache/first-load'),
    write: false,
    external: ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query'],
    conditions: ['@verikit/source'],
    nodePaths: [join(root, 'packages/core/node_modules')],
    jsx: 'automatic',
    loader: { '.css': 'empty' },
    metafile: true,
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const entry = Object.keys(outputs).find((file) => outputs[file]?.entryPoint === 'page.jsx');
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const imported of outputs[file]?.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
    }
  };
  if (entry) visit(entry);
  return [...files];
}

describe('first load in an esbuild page', () => {
  // A module that a lazily imported part of ui (the drop-in's bot-check step, the phone engine) shares with the rest
  // becomes a chunk of its own, which every page importing anything from ui then loads: twice this session (the step's
  // `partClass`, then a `VerificationError` it built) it put 0.1 and 1.8 kB into OtpInput's first load.
  it('is one file for OtpInput: no chunk shared with a lazy part of the package', async () => {
    const files = await firstLoadFiles(
      `import { OtpInput } from './packages/ui/src/index.ts';\nexport const App = () => <OtpInput />;`,
    );
    expect(files).toHaveLength(1);
  });
});
