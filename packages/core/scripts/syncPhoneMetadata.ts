/**
 * Regenerates packages/core/src/phone/metadata/ from the installed libphonenumber-js. Run after upgrading it:
 * `pnpm --filter @verikit/core sync:phone-metadata`. Never edit the generated files by hand.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MetadataJson } from 'libphonenumber-js/core';
import { renderPhoneMetadataFiles } from './phoneMetadataFiles';

const require = createRequire(import.meta.url);
const metadata = require('libphonenumber-js/metadata.min.json') as MetadataJson;
const { version } = JSON.parse(readFileSync(require.resolve('libphonenumber-js/package.json'), 'utf8')) as {
  version: string;
};

const outDir = join(dirname(fileURLToPath(import.meta.url)), '../src/phone/metadata');
rmSync(outDir, { recursive: true, force: true });
const files = renderPhoneMetadataFiles(metadata, version);
for (const [path, source] of files) {
  const target = join(outDir, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, source);
}
// The repository's formatter has the last word on layout, so generated files pass `biome ci` untouched.
execFileSync('npx', ['biome', 'format', '--write', outDir], { stdio: 'inherit' });
console.log(`Wrote ${files.size} files for libphonenumber-js ${version} to ${outDir}`);
