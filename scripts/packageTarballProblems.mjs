// What is wrong with a packed package, read from its files alone (no network, no tools): the rules a tarball must
// meet before it goes to npm. `check-package.mjs` packs each package and runs this; its test feeds it broken ones.
import { posix } from 'node:path';

/** The files a tarball may hold besides `dist/` and the `src/` files its maps point at. */
const ROOT_FILES = new Set(['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md']);
const DIST_FILE = /^dist\/.+\.(js|d\.ts|css)(\.map)?$/;
/** Test-only files: never shipped, wherever they sit. */
const TEST_ONLY = /(\.test\.|\.test-d\.|\.test-helper\.|\.stories\.|(^|\/)testing\/)/;
const MAP_REFERENCE = /[#@] sourceMappingURL=([^\s*]+)/g;
/** A link in Markdown or HTML that leaves the page: anything but a full URL or an anchor breaks on npm. */
const README_LINK = /\]\(\s*<?([^)\s>]+)|\]:\s*<?(\S+?)>?(?:\s|$)|(?:href|src)="([^"]+)"/g;
const ABSOLUTE_LINK = /^(https?:\/\/|#|mailto:)/;

/**
 * @param {Map<string, string>} files  the tarball's files by path inside the package (no `package/` prefix), as text
 * @param {{ license: string }} expected  the repository's LICENSE text
 * @returns {string[]} one readable sentence per problem; empty when the tarball is fit to publish
 */
export function tarballProblems(files, expected) {
  const problems = [];
  const manifestText = files.get('package.json');
  if (manifestText === undefined) return ['package.json is missing'];
  const manifest = JSON.parse(manifestText);

  if (manifestText.includes('workspace:')) problems.push('package.json still has a workspace: range');
  if (manifestText.includes('@verikit/source'))
    problems.push('package.json still names the development-only @verikit/source condition');
  for (const [name, range] of Object.entries(manifest.dependencies ?? {})) {
    if (!String(range).startsWith('^'))
      problems.push(`dependency ${name} is pinned to "${range}": runtime dependencies take a caret range`);
  }
  for (const field of ['license', 'repository', 'homepage', 'bugs', 'author']) {
    if (!manifest[field]) problems.push(`package.json has no "${field}"`);
  }
  if (manifest.repository && !manifest.repository.directory)
    problems.push('package.json "repository" has no "directory" (the package folder in the repository)');

  if (!files.has('LICENSE')) problems.push('LICENSE is missing');
  else if (files.get('LICENSE').trim() !== expected.license.trim())
    problems.push("LICENSE differs from the repository's LICENSE");
  if (!files.has('CHANGELOG.md')) problems.push('CHANGELOG.md is missing');

  for (const link of readmeLinks(files.get('README.md') ?? '')) {
    if (!ABSOLUTE_LINK.test(link)) problems.push(`README.md links to "${link}", which breaks on npm`);
  }

  // Every map reference resolves, every map's sources are shipped, and no map carries a second copy of them.
  const mapSources = new Set();
  const referencedMaps = new Set();
  for (const [path, text] of files) {
    if (!/\.(js|css)$|\.d\.ts$/.test(path)) continue;
    for (const [, url] of text.matchAll(MAP_REFERENCE)) {
      if (url.startsWith('data:')) {
        problems.push(`${path} inlines its source map`);
        continue;
      }
      const mapPath = posix.join(posix.dirname(path), url);
      referencedMaps.add(mapPath);
      if (!files.has(mapPath)) problems.push(`${path} points at ${mapPath}, which is not in the tarball`);
    }
  }
  for (const [path, text] of files) {
    if (!path.endsWith('.map')) continue;
    if (!referencedMaps.has(path)) problems.push(`${path} is not referenced by the file it maps`);
    let map;
    try {
      map = JSON.parse(text);
    } catch {
      problems.push(`${path} is not JSON`);
      continue;
    }
    if (map.sourcesContent?.some((content) => content != null))
      problems.push(`${path} embeds its sources (sourcesContent) although src/ is shipped`);
    for (const source of map.sources ?? []) {
      const sourcePath = posix.join(posix.dirname(path), map.sourceRoot ?? '', source);
      mapSources.add(sourcePath);
      if (!files.has(sourcePath)) problems.push(`${path} maps to ${sourcePath}, which is not in the tarball`);
    }
  }

  // The allow-list: root files, dist output, and only the sources of what dist holds: what the maps point at, the
  // re-export-only modules (no mappings to map), and the modules those import (types a declaration was built from).
  const compiledFrom = (path) => {
    const stem = path.replace(/^src\//, 'dist/').replace(/\.(tsx?|css)$/, '');
    return ['.js', '.d.ts', '.css'].some((extension) => files.has(stem + extension));
  };
  const shippedSources = new Set(
    [...files.keys()].filter(
      (path) => path.startsWith('src/') && (mapSources.has(path) || compiledFrom(path)),
    ),
  );
  for (const path of shippedSources) {
    for (const imported of relativeImports(path, files.get(path))) {
      const resolved = ['', '.ts', '.tsx', '/index.ts']
        .map((suffix) => imported + suffix)
        .find((p) => files.has(p));
      if (resolved) shippedSources.add(resolved);
    }
  }
  for (const path of files.keys()) {
    if (TEST_ONLY.test(path)) problems.push(`${path} is a test-only file`);
    else if (ROOT_FILES.has(path) || DIST_FILE.test(path) || shippedSources.has(path)) continue;
    else if (path.startsWith('src/'))
      problems.push(`${path} is shipped but no map points at it (not runtime code)`);
    else problems.push(`${path} is not on the allow-list of shipped files`);
  }
  return problems;
}

/** The package-relative paths a module imports from (`./x`, `../y`), without extension. */
function relativeImports(path, source) {
  const specifiers = source.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g);
  return [...specifiers].map(([, specifier]) => posix.join(posix.dirname(path), specifier));
}

function readmeLinks(readme) {
  // Code blocks hold examples, not links.
  const prose = readme.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(README_LINK)].map((match) => match[1] ?? match[2] ?? match[3]);
}
