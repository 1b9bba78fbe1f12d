// Package check (run in a package folder after its build, by `pnpm check:packages`): packs the package the way
// `pnpm publish` does (workspace: ranges replaced, .pnpmfile.cjs's beforePacking applied), then checks that very
// tarball: the rules in packageTarballProblems.mjs, publint (strict) and are-the-types-wrong (ESM only).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tarballProblems } from './packageTarballProblems.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const packageDir = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'verikit-pack-'));
try {
  const packed = JSON.parse(
    execFileSync('pnpm', ['pack', '--json', '--pack-destination', work], {
      cwd: packageDir,
      encoding: 'utf8',
    }),
  );
  const tarball = packed.filename;
  execFileSync('tar', ['-xzf', tarball, '-C', work]);
  const files = new Map(
    listFiles(join(work, 'package')).map((path) => [
      relative(join(work, 'package'), path),
      readFileSync(path, 'utf8'),
    ]),
  );
  const problems = tarballProblems(files, { license: readFileSync(join(root, 'LICENSE'), 'utf8') });

  const manifest = JSON.parse(files.get('package.json'));
  const unpacked = [...files.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  console.log(
    `${manifest.name}: ${files.size} files, ${statSync(tarball).size} B packed, ${unpacked} B unpacked`,
  );
  if (problems.length > 0) {
    console.error(`${manifest.name}'s tarball is not fit to publish:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1; // not exit(): the temporary folder is still removed below
  } else {
    const bin = (name) => join(root, 'node_modules', '.bin', name);
    execFileSync(bin('publint'), ['run', '--strict', tarball], { stdio: 'inherit' });
    // Stylesheets are not modules: are-the-types-wrong has no types to look for there.
    const cssEntries = Object.keys(manifest.exports).filter((entry) => entry.endsWith('.css'));
    const exclude = cssEntries.length > 0 ? ['--exclude-entrypoints', ...cssEntries] : [];
    execFileSync(bin('attw'), [tarball, '--profile', 'esm-only', ...exclude], { stdio: 'inherit' });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}
