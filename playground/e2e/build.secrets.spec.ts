import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EMULATOR_APPLICATION } from '@verikit/sinch-emulator';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Recognisable values, base64 like a real Sinch secret, so a leak in any encoding shows up.
const SECRETS = {
  SINCH_APPLICATION_KEY: 'e2e-key-7c4f1a9b',
  SINCH_APPLICATION_SECRET: Buffer.from('e2e-application-secret-3f8d2c71').toString('base64'),
  VERIKIT_PROOF_SECRET: 'e2e-proof-secret-5a6b7c8d9e0f1a2b3c4d5e6f',
};

let outDir: string;
let files: Array<{ name: string; text: string }>;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'verikit-playground-build-'));
  // As a person would build it: credentials in the environment, the playground's own Vite config, and
  // NODE_ENV=production (Vitest sets `test`, which would make a development build).
  const environment = { ...SECRETS, NODE_ENV: 'production' };
  const saved = Object.fromEntries(Object.keys(environment).map((name) => [name, process.env[name]]));
  Object.assign(process.env, environment);
  try {
    await build({
      configFile: new URL('../vite.config.ts', import.meta.url).pathname,
      root: new URL('..', import.meta.url).pathname,
      mode: 'production',
      build: { outDir, emptyOutDir: true },
      logLevel: 'warn',
    });
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
  const names = await readdir(outDir, { recursive: true, withFileTypes: true });
  files = await Promise.all(
    names
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const path = join(entry.parentPath, entry.name);
        return { name: path.slice(outDir.length + 1), text: await readFile(path, 'utf8') };
      }),
  );
}, 120_000);

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe('the built playground', () => {
  it('is a real build: an HTML page and its script', () => {
    expect(files.map((file) => file.name)).toContain('index.html');
    const scripts = files.filter((file) => file.name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    // The page's own code is in it, so searching it means something.
    expect(scripts.some((file) => file.text.includes('Create your account'))).toBe(true);
  });

  it.each(Object.entries(SECRETS))('contains no trace of %s', (_name, secret) => {
    const decoded = Buffer.from(secret, 'base64').toString('utf8');
    for (const file of files) {
      expect(file.text, file.name).not.toContain(secret);
      if (/^[A-Za-z0-9+/]+=*$/.test(secret) && decoded.length > 8)
        expect(file.text, file.name).not.toContain(decoded);
    }
  });

  it('leaves out the dev-only phone panel and the emulator with it', () => {
    for (const file of files) {
      expect(file.text, file.name).not.toContain('Test phone');
      expect(file.text, file.name).not.toContain(EMULATOR_APPLICATION.secret);
    }
  });
});
