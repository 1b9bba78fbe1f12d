// @vitest-environment node
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createSinchEmulator, EMULATOR_APPLICATION } from '@verikit/sinch-emulator';
import { afterEach, describe, expect, it } from 'vitest';
import { requestFromIncoming, writeResponse } from './nodeRequestBridge';
import { smsFlowOverHttp } from './testing/emulatedProxy';
import { listen } from './testing/listen';
import { listenSiteverifyStandIn } from './testing/listenSiteverifyStandIn';
import { SITEVERIFY_TEST_TOKENS } from './testing/siteverifyStandIn';
import { type RedisServer, startRedisServer } from './testing/startRedisServer';
import { verifyProof } from './verifyProof';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const proofSecret = 'cli-test-proof-secret-0123456789abcdefghij';
const children = new Set<ChildProcessWithoutNullStreams>();
const closers: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  children.clear();
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** The emulator over real HTTP, as the CLI would reach Sinch. */
async function emulatorOverHttp() {
  const emulator = createSinchEmulator({ seed: 5 });
  const server = await listen(
    createServer(async (incoming, outgoing) => {
      await writeResponse(await emulator.fetch(requestFromIncoming(incoming)), outgoing);
    }),
  );
  closers.push(server.close);
  return { emulator, origin: server.origin };
}

/** The CLI as a real process, from source through tsx (the built `bin` runs the same module). */
function startCli(args: string[], env: Record<string, string | undefined>) {
  const child = spawn(
    process.execPath,
    ['--conditions=@verikit/source', '--import', 'tsx', 'src/cli.ts', ...args],
    {
      cwd: packageRoot,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        ...env,
      } as NodeJS.ProcessEnv,
    },
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

// A cold tsx start takes seconds on a busy machine: a generous timeout, no timing asserted.
describe('verikit-proxy CLI (a real child process)', { timeout: 30_000 }, () => {
  it('serves the SMS flow in front of Sinch, logs JSON lines without secrets, and stops on SIGTERM', async () => {
    const { emulator, origin: sinch } = await emulatorOverHttp();
    const cli = startCli(['--port', '0'], {
      SINCH_APPLICATION_KEY: EMULATOR_APPLICATION.key,
      SINCH_APPLICATION_SECRET: EMULATOR_APPLICATION.secret,
      SINCH_BASE_URL: sinch,
      VERIKIT_PROOF_SECRET: proofSecret,
      VERIKIT_PROOF_AUDIENCE: 'my-shop',
    });
    const [, origin] = await cli.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)\/api\/verification/);
    const result = await smsFlowOverHttp(origin ?? '', emulator);
    expect(result.status).toBe('SUCCESSFUL');
    const verified = await verifyProof(String(result.proof), { secret: proofSecret, audience: 'my-shop' });
    expect(verified.phoneNumber).toBe('+46700000000');

    await cli.waitFor(/"route":"reportById"/);
    const lines = cli
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'));
    expect(lines.map((line) => JSON.parse(line).route)).toEqual(['start', 'reportById']);
    expect(cli.output()).not.toContain(EMULATOR_APPLICATION.secret);
    expect(cli.output()).not.toContain(proofSecret);

    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
  });

  it('asks for a Turnstile token with VERIKIT_BOT_CHECK, checked with siteverify over HTTP, its secret never printed', async () => {
    const { origin: sinch } = await emulatorOverHttp();
    const turnstileSecret = 'cli-turnstile-secret-never-printed';
    const turnstile = await listenSiteverifyStandIn({
      provider: 'turnstile',
      secretKey: turnstileSecret,
      siteKey: 'cli-site-key',
    });
    closers.push(turnstile.close);
    const cli = startCli(['--port', '0'], {
      SINCH_APPLICATION_KEY: EMULATOR_APPLICATION.key,
      SINCH_APPLICATION_SECRET: EMULATOR_APPLICATION.secret,
      SINCH_BASE_URL: sinch,
      VERIKIT_PROOF_SECRET: proofSecret,
      VERIKIT_BOT_CHECK: 'turnstile',
      VERIKIT_BOT_CHECK_SECRET_KEY: turnstileSecret,
      VERIKIT_BOT_CHECK_SITE_KEY: 'cli-site-key',
      VERIKIT_BOT_CHECK_WHEN: 'always',
      VERIKIT_BOT_CHECK_SITEVERIFY_URL: turnstile.url,
    });
    const [, origin] = await cli.waitFor(/listening on (http:\/\/[^/\s]+)/);
    const start = (botCheckToken?: string) =>
      fetch(`${origin}/api/verification/verifications`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          identity: { type: 'number', endpoint: '+46700000043' },
          method: 'sms',
          botCheckToken,
        }),
      });
    const asked = await start();
    expect(asked.status).toBe(403);
    expect(await asked.json()).toMatchObject({
      error: { code: 'bot_check_required', botCheck: { provider: 'turnstile', siteKey: 'cli-site-key' } },
    });
    expect((await start(`${SITEVERIFY_TEST_TOKENS.pass}cli`)).status).toBe(200);
    expect(turnstile.calls.at(-1)).toMatchObject({ response: `${SITEVERIFY_TEST_TOKENS.pass}cli` });
    await cli.waitFor(/"status":200/);
    expect(cli.output() + cli.errors()).not.toContain(turnstileSecret);
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
  });

  it("shares its counters through VERIKIT_REDIS_URL: a second instance sees the first one's cooldown", async () => {
    let redis: RedisServer | undefined;
    try {
      redis = await startRedisServer();
      const { origin: sinch } = await emulatorOverHttp();
      const env = {
        SINCH_APPLICATION_KEY: EMULATOR_APPLICATION.key,
        SINCH_APPLICATION_SECRET: EMULATOR_APPLICATION.secret,
        SINCH_BASE_URL: sinch,
        VERIKIT_PROOF_SECRET: proofSecret,
        VERIKIT_REDIS_URL: redis.url,
      };
      const first = startCli(['--port', '0'], env);
      const second = startCli(['--port', '0'], env);
      const [, firstOrigin] = await first.waitFor(/listening on (http:\/\/[^/\s]+)/);
      const [, secondOrigin] = await second.waitFor(/listening on (http:\/\/[^/\s]+)/);
      const start = (origin: string | undefined) =>
        fetch(`${origin}/api/verification/verifications`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ identity: { type: 'number', endpoint: '+46700000042' }, method: 'sms' }),
        });
      expect((await start(firstOrigin)).status).toBe(200);
      const again = await start(secondOrigin);
      expect(again.status).toBe(429);
      expect(await again.json()).toMatchObject({ error: { code: 'resend_cooldown' } });
      first.child.kill('SIGTERM');
      second.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);
      expect(await second.exited).toBe(0);
    } finally {
      await redis?.stop();
    }
  });

  it('stops cleanly on SIGINT', async () => {
    const cli = startCli(['--port', '0'], {
      SINCH_APPLICATION_KEY: EMULATOR_APPLICATION.key,
      SINCH_APPLICATION_SECRET: EMULATOR_APPLICATION.secret,
      SINCH_BASE_URL: 'http://127.0.0.1:9',
      VERIKIT_PROOF_SECRET: proofSecret,
    });
    await cli.waitFor(/listening on/);
    cli.child.kill('SIGINT');
    expect(await cli.exited).toBe(0);
  });

  it('refuses to start without a proof secret, naming the variable and not the Sinch secret', async () => {
    const cli = startCli(['--port', '0'], {
      SINCH_APPLICATION_KEY: EMULATOR_APPLICATION.key,
      SINCH_APPLICATION_SECRET: EMULATOR_APPLICATION.secret,
    });
    expect(await cli.exited).toBe(1);
    expect(cli.errors()).toMatch(/VERIKIT_PROOF_SECRET/);
    expect(cli.errors()).not.toContain(EMULATOR_APPLICATION.secret);
  });

  it('refuses a bad --port with its usage', async () => {
    const cli = startCli(['--port', 'eighty'], { VERIKIT_PROOF_SECRET: proofSecret });
    expect(await cli.exited).toBe(2);
    expect(cli.errors()).toMatch(/--port/);
  });
});
