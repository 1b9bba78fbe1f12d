import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Delivery } from '@verikit/sinch-emulator';
import type { Page } from 'playwright-core';
import { build, type PreviewServer, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, errorsOf, type Harness, startHarness } from './harness';

const configFile = new URL('../vite.config.ts', import.meta.url).pathname;
const root = new URL('..', import.meta.url).pathname;

let harness: Harness;
let outDir: string;
let server: PreviewServer;
let baseUrl: string;

beforeAll(async () => {
  harness = await startHarness();
  outDir = await mkdtemp(join(tmpdir(), 'verikit-playground-preview-'));
  // As a person would run it: `pnpm build && pnpm preview`, no credentials (the embedded emulator), production mode
  // (Vitest sets NODE_ENV=test, which would make a development build).
  const savedNodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile,
      root,
      mode: 'production',
      build: { outDir, emptyOutDir: true },
      logLevel: 'warn',
    });
  } finally {
    process.env.NODE_ENV = savedNodeEnv;
  }
  server = await preview({
    configFile,
    root,
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'warn',
  });
  const { port } = server.httpServer.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;
}, 120_000);

afterAll(async () => {
  await server?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
  await harness?.close();
});

/** The preview's own emulator inbox for a number, newest first, over HTTP. */
async function inbox(e164: string): Promise<Delivery[]> {
  const response = await fetch(`${baseUrl}/sinch/emulator/inbox/${encodeURIComponent(e164)}`);
  if (!response.ok) throw new Error(`GET inbox answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as Delivery[];
}

const NUMBER = '+46701230601';

describe('the built playground under `vite preview`', () => {
  let page: Page;
  beforeAll(async () => {
    page = await harness.newPage();
  });

  it('serves the built page with its backend mounted, and without the dev-only test phone', async () => {
    await page.goto(baseUrl);
    await page.getByRole('heading', { name: 'Verify your phone number' }).waitFor();
    expect(await page.getByRole('complementary', { name: 'Test phone' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('verifies a number by SMS and creates the account', async () => {
    await page.getByRole('textbox', { name: 'Name' }).fill('Mary Jackson');
    await page.getByRole('textbox', { name: 'Email' }).fill('mary@example.com');
    await page.getByRole('textbox', { name: 'Phone number' }).fill(NUMBER);
    await page.getByRole('button', { name: 'Text me a code' }).click();
    await page.getByRole('heading', { name: 'Enter the code we texted you' }).waitFor();
    // The start answered only after the emulator delivered: the SMS is in the inbox now.
    const [sms] = await inbox(NUMBER);
    expect(sms?.method).toBe('sms');
    await page.getByRole('textbox', { name: 'Verification code' }).pressSequentially(sms?.code ?? '');
    await page.getByRole('heading', { name: 'Phone number verified' }).waitFor();
    await page.getByRole('button', { name: 'Create account' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Account created' });
    await status.waitFor();
    expect(await status.textContent()).toBe(`Account created for ${NUMBER}`);
    expect(await axeViolations(page)).toEqual([]);
    expect(errorsOf(page)).toEqual([]);
  });
});
