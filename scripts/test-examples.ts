/**
 * The examples as a user gets them (`pnpm test:examples`, after `pnpm build`): the five packages packed with pnpm
 * into a temporary folder, each example copied out of the repository and installed there with npm from those
 * tarballs (no workspace links), built, started on 127.0.0.1 on a free port, and one journey run in Chromium to
 * "verified" and the proof accepted by the app's own backend.
 *
 * `pnpm test:examples [next-app|vite-express]…` runs some; KEEP_EXAMPLES=1 keeps the temporary folder.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const PACKAGES = ['core', 'react', 'ui', 'proxy', 'sinch-emulator'];
const NUMBER = '+46701230001';

interface Example {
  /** The folder under examples/. */
  name: string;
  /** The command that serves the built app on `PORT` (and `HOST`). */
  start: string[];
  /** Where the emulator's `/emulator/*` routes are, under the app's origin. */
  emulatorPath: string;
  journey: (page: Page, app: RunningApp) => Promise<string>;
}

interface RunningApp {
  url: string;
  /** The newest SMS code the emulator delivered to a number, read over HTTP as a test tool would. */
  smsCode(e164: string): Promise<string>;
}

const EXAMPLES: Example[] = [
  {
    name: 'next-app',
    start: ['node_modules/next/dist/bin/next', 'start', '--hostname', '127.0.0.1', '--port', '{PORT}'],
    emulatorPath: '/api/sinch-emulator',
    // The drop-in PhoneVerification on a client page; the server action checks the proof.
    journey: async (page, app) => {
      await page.goto(app.url);
      await page.getByRole('textbox', { name: 'Phone number' }).fill(NUMBER);
      await page.getByRole('button', { name: 'Text me a code' }).click();
      await page.getByRole('heading', { name: 'Enter the code we texted you' }).waitFor();
      await page
        .getByRole('textbox', { name: 'Verification code' })
        .pressSequentially(await app.smsCode(NUMBER));
      await page.getByRole('heading', { name: 'Phone number verified' }).waitFor();
      await page.getByRole('textbox', { name: 'Name' }).fill('Ada');
      await page.getByRole('button', { name: 'Create account' }).click();
      return accountCreated(page);
    },
  },
  {
    name: 'vite-express',
    start: ['server.js'],
    emulatorPath: '/sinch-emulator',
    // The headless hook with PhoneInput in react-hook-form; the Express route checks the proof.
    journey: async (page, app) => {
      await page.goto(app.url);
      await page.getByRole('textbox', { name: 'Name' }).fill('Ada');
      // No number yet: react-hook-form's rule answers, and focuses the field through PhoneInput's forwarded ref.
      await page.getByRole('button', { name: 'Send code' }).click();
      await page.getByText('Enter a complete phone number.').waitFor();
      const phone = page.getByRole('textbox', { name: 'Phone number' });
      if (!(await phone.evaluate((input) => input === document.activeElement)))
        throw new Error('the phone field was not focused on its error');
      await phone.fill(NUMBER);
      await page.getByRole('button', { name: 'Send code' }).click();
      await page.getByRole('textbox', { name: 'Code' }).fill(await app.smsCode(NUMBER));
      await page.getByRole('button', { name: 'Verify' }).click();
      await page.getByText(`${NUMBER} is verified.`).waitFor();
      await page.getByRole('button', { name: 'Create account' }).click();
      return accountCreated(page);
    },
  },
];

/** The backend's answer to the signup, as the page shows it: a status when it accepted the proof, else an alert. */
async function accountCreated(page: Page): Promise<string> {
  // Only alerts with words: Next.js keeps an empty role="alert" route announcer on every page.
  const refusal = page.getByRole('alert').filter({ hasText: /\S/ });
  const answer = page.getByRole('status').filter({ hasText: 'Account created' }).or(refusal);
  await answer.first().waitFor();
  return (await answer.first().textContent()) ?? '';
}

const chosen = process.argv.slice(2);
const examples = chosen.length > 0 ? EXAMPLES.filter((example) => chosen.includes(example.name)) : EXAMPLES;
const work = mkdtempSync(join(tmpdir(), 'verikit-examples-'));
const startedAt = Date.now();
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
let failed = 0;
let browser: Browser | undefined;
try {
  const tarballs = packPackages(join(work, 'tarballs'));
  console.log(`packed ${tarballs.size} packages (${seconds(startedAt)})`);
  browser = await chromium.launch(chromiumLaunchOptions());
  for (const example of examples) {
    const exampleStartedAt = Date.now();
    try {
      const dir = installExample(example, tarballs);
      const message = await runJourney(example, dir, browser);
      console.log(
        `✓ ${example.name}: verified, proof accepted ("${message}") once (${seconds(exampleStartedAt)})`,
      );
    } catch (error) {
      failed++;
      console.error(`✗ ${example.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
} finally {
  await browser?.close();
  if (process.env.KEEP_EXAMPLES) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
console.log(`examples: ${examples.length - failed} passed, ${failed} failed (${seconds(startedAt)})`);
process.exitCode = failed > 0 ? 1 : 0;

/** `pnpm pack` of each package (as `pnpm publish` would pack it): package name → tarball path. */
function packPackages(destination: string): Map<string, string> {
  mkdirSync(destination, { recursive: true });
  const tarballs = new Map<string, string>();
  for (const name of PACKAGES) {
    const output = execFileSync('pnpm', ['pack', '--json', '--pack-destination', destination], {
      cwd: join(root, 'packages', name),
      encoding: 'utf8',
    });
    const packed = JSON.parse(output) as { name: string; filename: string };
    tarballs.set(packed.name, packed.filename);
  }
  return tarballs;
}

/** The example copied out of the repository, its @verikit/* ranges pointed at the tarballs, installed with npm. */
function installExample(example: Example, tarballs: Map<string, string>): string {
  const dir = join(work, example.name);
  cpSync(join(root, 'examples', example.name), dir, {
    recursive: true,
    filter: (source) => !/[\\/](node_modules|\.next|dist)$/.test(source),
  });
  const manifestPath = join(dir, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    dependencies: Record<string, string>;
    overrides?: Record<string, string>;
  };
  // The packages depend on each other too (@verikit/ui on @verikit/react…): overrides make npm take those from the
  // tarballs as well, not from the registry.
  const local = Object.fromEntries([...tarballs].map(([name, file]) => [name, `file:${file}`]));
  for (const name of Object.keys(manifest.dependencies)) {
    if (name in local) manifest.dependencies[name] = local[name] as string;
  }
  manifest.overrides = { ...manifest.overrides, ...local };
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  const installStartedAt = Date.now();
  npm(dir, ['install', '--no-audit', '--no-fund', '--loglevel=error']);
  const installed = seconds(installStartedAt);
  const buildStartedAt = Date.now();
  npm(dir, ['run', 'build']);
  console.log(`  ${example.name}: npm install ${installed}, build ${seconds(buildStartedAt)}`);
  return dir;
}

function npm(cwd: string, args: string[]): void {
  try {
    execFileSync('npm', args, {
      cwd,
      env: exampleEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`npm ${args.join(' ')} failed:\n${stdout ?? ''}\n${stderr ?? ''}`);
  }
}

function exampleEnv(port?: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    // The built apps run on the embedded emulator (no Sinch account); nothing phones home.
    VERIKIT_EMULATOR: '1',
    NEXT_TELEMETRY_DISABLED: '1',
    ...(port === undefined ? {} : { PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production' }),
  };
}

async function runJourney(example: Example, dir: string, browser: Browser): Promise<string> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const args = example.start.map((arg) => arg.replace('{PORT}', String(port)));
  const server = spawn(process.execPath, args, { cwd: dir, env: exampleEnv(port), stdio: 'pipe' });
  let output = '';
  server.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  server.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const context = await browser.newContext({ locale: 'en-US' });
  try {
    await waitUntilServing(url, server, () => output);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.setDefaultTimeout(20_000);
    const app: RunningApp = {
      url,
      smsCode: async (e164) => {
        const response = await fetch(
          `${url}${example.emulatorPath}/emulator/inbox/${encodeURIComponent(e164)}`,
        );
        const deliveries = (await response.json()) as Array<{ method: string; code?: string }>;
        const code = deliveries.find((delivery) => delivery.method === 'sms')?.code;
        if (!code) throw new Error(`no SMS for ${e164} in the emulator's inbox (${response.status})`);
        return code;
      },
    };
    const explained = async (error: unknown) => {
      const body = page.locator('body');
      // biome-ignore lint/performance/useDomNodeTextContent: a Playwright locator; innerText keeps the page's lines (textContent would add Next's inline scripts)
      const text = await body.innerText({ timeout: 1000 }).catch(() => '(unreadable)');
      const reason = error instanceof Error ? error.message : String(error);
      return new Error(`${reason}\nthe page:\n${text}\nserver output:\n${output}`);
    };
    let message: string;
    try {
      message = await example.journey(page, app);
      if (message !== `Account created for Ada, ${NUMBER}`) throw new Error(`the page said "${message}"`);
      // The backend uses each proof once (verifyProof's consume): the same form sent again is refused in words.
      // (React resets a form after its action ran: the name is typed again.)
      await page.getByRole('textbox', { name: 'Name' }).fill('Ada');
      await page.getByRole('button', { name: 'Create account' }).click();
      await page
        .getByRole('alert')
        .filter({ hasText: 'This phone verification was already used.' })
        .waitFor();
    } catch (error) {
      throw await explained(error);
    }
    if (pageErrors.length > 0) throw new Error(`the page threw: ${pageErrors.join('; ')}`);
    return message;
  } finally {
    await context.close();
    await stop(server);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitUntilServing(url: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode}):\n${output()}`);
    const answered = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within 60 s:\n${output()}`);
}

function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    server.once('exit', () => resolve());
    server.kill('SIGTERM');
  });
}
