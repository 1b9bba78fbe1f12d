// @vitest-environment node
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { signRequest } from '@verikit/core/sinch-signing';
import { afterEach, describe, expect, it } from 'vitest';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const children = new Set<ChildProcessWithoutNullStreams>();

/** The CLI as a real process, from source through tsx (the built `bin` runs the same module). */
function startCli(args: string[], env: Record<string, string> = {}) {
  const child = spawn(
    process.execPath,
    ['--conditions=@verikit/source', '--import', 'tsx', 'src/cli.ts', ...args],
    { cwd: packageRoot, env: { ...process.env, ...env } },
  );
  children.add(child);
  let output = '';
  let errors = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    errors += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  /** Resolves with the first match of `pattern` in stdout. */
  const waitFor = (pattern: RegExp) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const check = () => {
        const match = output.match(pattern);
        if (match) {
          child.stdout.off('data', check);
          resolve(match);
        }
      };
      child.stdout.on('data', check);
      void exited.then(() =>
        reject(new Error(`CLI exited before printing ${pattern}:\n${output}\n${errors}`)),
      );
      check();
    });
  return { child, exited, waitFor, output: () => output, errors: () => errors };
}

afterEach(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  children.clear();
});

async function signedStart(baseUrl: string, key: string, secret: string, endpoint: string, method = 'sms') {
  const path = '/verification/v1/verifications';
  const body = JSON.stringify({ identity: { type: 'number', endpoint }, method });
  const headers = signRequest({
    applicationKey: key,
    applicationSecret: secret,
    method: 'POST',
    path,
    contentType: 'application/json',
    body,
  });
  return fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' } as Record<string, string>,
    body,
  });
}

// Starting a process through tsx takes seconds on a loaded machine: a generous ceiling, not a timed assertion.
describe('the verikit-sinch-emulator CLI', { timeout: 60_000 }, () => {
  it('prints its URL and credentials, serves the API over HTTP, logs each SMS and flash call, and stops on SIGTERM', async () => {
    const cli = startCli(['--port', '0', '--seed', '3', '--manual-clock']);
    const [, url = ''] = await cli.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)[\s\S]*Press Ctrl\+C/);
    expect(cli.output()).toContain('application key:    verikit-emulator-key');
    expect(cli.output()).toContain('application secret: dmVyaWtpdC1lbXVsYXRvci1zZWNyZXQ=');

    const start = await signedStart(
      url,
      'verikit-emulator-key',
      'dmVyaWtpdC1lbXVsYXRvci1zZWNyZXQ=',
      '+46700000000',
    );
    expect(start.status).toBe(200);
    const { id } = (await start.json()) as { id: string };

    const [, code] = await cli.waitFor(/SMS to \+46700000000: Your verification code is (\d{4})\./);
    const inbox = (await (await fetch(`${url}/emulator/inbox/+46700000000`)).json()) as { code: string }[];
    expect(inbox[0]).toMatchObject({ verificationId: id, method: 'sms', code });

    const call = await signedStart(
      url,
      'verikit-emulator-key',
      'dmVyaWtpdC1lbXVsYXRvci1zZWNyZXQ=',
      '+46701234567',
      'flashCall',
    );
    expect(call.status).toBe(200);
    const [, caller] = await cli.waitFor(/Flash call to \+46701234567: Missed call from (\+\d+)/);
    const calls = (await (await fetch(`${url}/emulator/inbox`)).json()) as { cli?: string }[];
    expect(calls[0]?.cli).toBe(caller);

    const before = (await (await fetch(`${url}/emulator/clock`)).json()) as {
      now: string;
      isManual: boolean;
    };
    expect(before.isManual).toBe(true);
    const moved = await fetch(`${url}/emulator/clock`, {
      method: 'POST',
      body: JSON.stringify({ advanceMs: 60_000 }),
    });
    expect(Date.parse(((await moved.json()) as { now: string }).now) - Date.parse(before.now)).toBe(60_000);

    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
  });

  it('takes the application from the environment, refuses others, and stops on SIGINT', async () => {
    const secret = btoa('a different secret');
    const cli = startCli(['--port', '0'], {
      SINCH_APPLICATION_KEY: 'env-key',
      SINCH_APPLICATION_SECRET: secret,
    });
    const [, url = ''] = await cli.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)[\s\S]*Press Ctrl\+C/);
    expect(cli.output()).toContain('application key:    env-key');

    expect((await signedStart(url, 'env-key', secret, '+46700000000')).status).toBe(200);
    const refused = await signedStart(
      url,
      'verikit-emulator-key',
      'dmVyaWtpdC1lbXVsYXRvci1zZWNyZXQ=',
      '+46700000000',
    );
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ errorCode: 40108 });

    cli.child.kill('SIGINT');
    expect(await cli.exited).toBe(0);
  });

  it('takes --key and --secret over the environment', async () => {
    const secret = btoa('a flag secret');
    const cli = startCli(['--port', '0', '--key', 'flag-key', '--secret', secret], {
      SINCH_APPLICATION_KEY: 'env-key',
      SINCH_APPLICATION_SECRET: btoa('a different secret'),
    });
    const [, url = ''] = await cli.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)[\s\S]*Press Ctrl\+C/);
    expect(cli.output()).toContain('application key:    flag-key');
    expect(cli.output()).toContain(`application secret: ${secret}`);
    expect((await signedStart(url, 'flag-key', secret, '+46700000000')).status).toBe(200);
    expect((await signedStart(url, 'env-key', btoa('a different secret'), '+46700000000')).status).toBe(401);
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
  });

  it('explains a secret that is not base64 and exits with status 2', async () => {
    const cli = startCli(['--port', '0', '--secret', 'not base64!']);
    expect(await cli.exited).toBe(2);
    expect(cli.errors()).toContain('needs a key and a base64 secret');
  });

  it('explains a bad option and exits with status 2', async () => {
    const cli = startCli(['--port', 'eighty']);
    expect(await cli.exited).toBe(2);
    expect(cli.errors()).toContain('--port must be a whole number, got "eighty"');
    expect(cli.errors()).toContain('Usage: verikit-sinch-emulator');
  });
});
