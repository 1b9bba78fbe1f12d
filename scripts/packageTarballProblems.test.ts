// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tarballProblems } from './packageTarballProblems.mjs';

const LICENSE = 'MIT License\n\nCopyright (c) 2026 verikit contributors\n';

const manifest = {
  name: '@verikit/example',
  version: '1.0.0',
  license: 'MIT',
  author: 'verikit contributors',
  repository: { type: 'git', url: 'git+https://example.test/verikit.git', directory: 'packages/example' },
  homepage: 'https://example.test/verikit#readme',
  bugs: { url: 'https://example.test/verikit/issues' },
  exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } },
  dependencies: { '@verikit/core': '^1.0.0', 'libphonenumber-js': '^1.13.16' },
};

/** A tarball that meets every rule: dist with maps that point at the shipped src, which they do not embed. */
function goodTarball(): Map<string, string> {
  return new Map([
    ['package.json', JSON.stringify(manifest)],
    ['README.md', '# example\n\nSee [the docs](https://example.test/docs) and [below](#use).\n'],
    ['LICENSE', LICENSE],
    ['CHANGELOG.md', '# @verikit/example\n'],
    ['dist/index.js', 'export * from "./thing.js";\n'],
    ['dist/index.d.ts', 'export * from "./thing.js";\n'],
    ['dist/thing.js', 'export const thing = 1;\n//# sourceMappingURL=thing.js.map'],
    ['dist/thing.js.map', JSON.stringify({ version: 3, sources: ['../src/thing.ts'], mappings: 'AAAA' })],
    ['dist/thing.d.ts', 'export declare const thing: Thing;\n//# sourceMappingURL=thing.d.ts.map'],
    ['dist/thing.d.ts.map', JSON.stringify({ version: 3, sources: ['../src/thing.ts'], mappings: 'AAAA' })],
    ['src/index.ts', "export * from './thing';\n"],
    ['src/thing.ts', "import type { Thing } from './types';\nexport const thing: Thing = 1;\n"],
    ['src/types.ts', 'export type Thing = number;\n'],
  ]);
}

const problemsOf = (files: Map<string, string>) => tarballProblems(files, { license: LICENSE });

function withManifest(change: (json: Record<string, unknown>) => void): Map<string, string> {
  const files = goodTarball();
  const json = structuredClone(manifest) as Record<string, unknown>;
  change(json);
  files.set('package.json', JSON.stringify(json));
  return files;
}

describe('tarballProblems', () => {
  it('passes a tarball fit to publish', () => {
    expect(problemsOf(goodTarball())).toEqual([]);
  });

  it('finds a workspace: range and the development-only export condition left in package.json', () => {
    const files = withManifest((json) => {
      json.dependencies = { '@verikit/core': 'workspace:^' };
      json.exports = { '.': { '@verikit/source': './src/index.ts', default: './dist/index.js' } };
    });
    expect(problemsOf(files)).toEqual([
      'package.json still has a workspace: range',
      'package.json still names the development-only @verikit/source condition',
      'dependency @verikit/core is pinned to "workspace:^": runtime dependencies take a caret range',
    ]);
  });

  it('finds a runtime dependency pinned to one version', () => {
    const files = withManifest((json) => {
      json.dependencies = { jose: '6.2.17' };
    });
    expect(problemsOf(files)).toEqual([
      'dependency jose is pinned to "6.2.17": runtime dependencies take a caret range',
    ]);
  });

  it('finds missing metadata', () => {
    const files = withManifest((json) => {
      delete json.homepage;
      json.repository = { type: 'git', url: 'git+https://example.test/verikit.git' };
    });
    expect(problemsOf(files)).toEqual([
      'package.json has no "homepage"',
      'package.json "repository" has no "directory" (the package folder in the repository)',
    ]);
  });

  it('finds a missing or foreign LICENSE and a missing CHANGELOG', () => {
    const missing = goodTarball();
    missing.delete('LICENSE');
    missing.delete('CHANGELOG.md');
    expect(problemsOf(missing)).toEqual(['LICENSE is missing', 'CHANGELOG.md is missing']);
    const foreign = goodTarball();
    foreign.set('LICENSE', 'ISC License\n');
    expect(problemsOf(foreign)).toEqual(["LICENSE differs from the repository's LICENSE"]);
  });

  it('finds README links that break on npm, and leaves code examples alone', () => {
    const files = goodTarball();
    files.set(
      'README.md',
      '# x\n\n[core](../core) · [docs](docs/flow.md#a) · <img src="./logo.svg">\n\n```md\n[example](./not-a-link)\n```\n',
    );
    expect(problemsOf(files)).toEqual([
      'README.md links to "../core", which breaks on npm',
      'README.md links to "docs/flow.md#a", which breaks on npm',
      'README.md links to "./logo.svg", which breaks on npm',
    ]);
  });

  it('finds a declaration that points at a map which is not shipped', () => {
    const files = goodTarball();
    files.delete('dist/thing.d.ts.map');
    expect(problemsOf(files)).toEqual([
      'dist/thing.d.ts points at dist/thing.d.ts.map, which is not in the tarball',
    ]);
  });

  it('finds a map whose sources are not shipped, and a map that embeds them', () => {
    const files = goodTarball();
    files.set(
      'dist/thing.js.map',
      JSON.stringify({
        version: 3,
        sources: ['../src/gone.ts'],
        sourcesContent: ['export const gone = 1;'],
        mappings: 'AAAA',
      }),
    );
    expect(problemsOf(files)).toEqual([
      'dist/thing.js.map embeds its sources (sourcesContent) although src/ is shipped',
      'dist/thing.js.map maps to src/gone.ts, which is not in the tarball',
    ]);
  });

  it('finds an inline map and a map nothing points at', () => {
    const files = goodTarball();
    files.set(
      'dist/thing.js',
      'export const thing = 1;\n//# sourceMappingURL=data:application/json;base64,e30=',
    );
    expect(problemsOf(files)).toEqual([
      'dist/thing.js inlines its source map',
      'dist/thing.js.map is not referenced by the file it maps',
    ]);
  });

  it('finds test-only files and files off the allow-list', () => {
    const files = goodTarball();
    files.set('src/thing.test-d.ts', "import { thing } from './thing';\n");
    files.set('src/signedRequest.test-helper.ts', '');
    files.set('src/testing/createTestStack.ts', '');
    files.set('src/draft.ts', 'export const draft = 1;\n');
    files.set('tsconfig.json', '{}');
    expect(problemsOf(files)).toEqual([
      'src/thing.test-d.ts is a test-only file',
      'src/signedRequest.test-helper.ts is a test-only file',
      'src/testing/createTestStack.ts is a test-only file',
      'src/draft.ts is shipped but no map points at it (not runtime code)',
      'tsconfig.json is not on the allow-list of shipped files',
    ]);
  });
});
