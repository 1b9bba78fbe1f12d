// @vitest-environment node
import { createVerificationProxy, type VerificationProxyOptions, verifyProof } from '@verikit/proxy';
import {
  createManualClock,
  createSinchEmulator,
  EMULATOR_APPLICATION,
  type FaultRule,
  MAGIC_NUMBERS,
} from '@verikit/sinch-emulator';
import { describe, expect, it, vi } from 'vitest';
import type { FlowClock } from './flowClock';
import { createVerificationClient, type VerificationClient } from './verificationClient';
import { createVerificationFlow, type VerificationFlowOptions } from './verificationFlow';

// The flow against the real proxy and emulator, in-process; time moves only when a test moves it.
const PROOF_SECRET = 'test-proof-secret-at-least-32-bytes-long!!';
const NUMBER = '+46701234567';

function createTestClock(): FlowClock & { advance(ms: number): void } {
  return createManualClock(Date.UTC(2026, 0, 1));
}

/** Holds every request until `release()`, to make answers arrive late. */
function createGate() {
  let isOpen = true;
  const held: Array<() => void> = [];
  const signals: AbortSignal[] = [];
  return {
    close: () => {
      isOpen = false;
    },
    release: () => {
      isOpen = true;
      for (const resume of held.splice(0)) resume();
    },
    signals,
    pass: (request: Request) => {
      signals.push(request.signal);
      return isOpen ? Promise.resolve() : new Promise<void>((resolve) => held.push(resolve));
    },
  };
}

function setup(
  options: Partial<VerificationFlowOptions> = {},
  faults: FaultRule[] = [],
  proxyOptions: Partial<VerificationProxyOptions> = {},
) {
  const clock = createTestClock();
  const emulator = createSinchEmulator({ now: clock.now, seed: 1, faults });
  // What reached Sinch: a retry anywhere on the way shows up here.
  const sinchRequests: string[] = [];
  const proxy = createVerificationProxy({
    applicationKey: EMULATOR_APPLICATION.key,
    applicationSecret: EMULATOR_APPLICATION.secret,
    fetch: (request) => {
      sinchRequests.push(`${request.method} ${new URL(request.url).pathname}`);
      return emulator.fetch(request);
    },
    sinchBaseUrl: 'http://emulator.local',
    proof: { secret: PROOF_SECRET },
    now: clock.now,
    logger: (event) => (process.env.VK_DEBUG ? console.log(JSON.stringify(event)) : undefined),
    ...proxyOptions,
  });
  const gate = createGate();
  const requests: string[] = [];
  const startBodies: unknown[] = [];
  const client = createVerificationClient({
    baseUrl: 'http://app.local/api/verification',
    fetch: async (input, init) => {
      const request = new Request(input, init);
      requests.push(`${request.method} ${new URL(request.url).pathname}`);
      await gate.pass(request);
      if (request.method === 'POST') startBodies.push(await request.clone().json());
      return proxy(request);
    },
  });
  const flow = createVerificationFlow({ client, clock, statusPollIntervalMs: false, ...options });
  const step = (expected: string) => vi.waitFor(() => expect(flow.getSnapshot().step).toBe(expected));
  const sinchStarts = () => sinchRequests.filter((request) => request.startsWith('POST ')).length;
  return { client, clock, emulator, flow, gate, requests, sinchStarts, startBodies, step };
}

describe('verification flow on the real proxy and emulator', () => {
  it('verifies a number by SMS and hands over a proof the backend accepts', async () => {
    const { emulator, flow, step } = setup();
    flow.start(NUMBER);
    expect(flow.getSnapshot()).toMatchObject({ step: 'starting', isBusy: true });
    await step('waiting');
    expect(flow.getSnapshot()).toMatchObject({
      method: 'sms',
      challenge: { kind: 'code', codeLength: 4 },
      canSubmit: true,
      canResend: false,
      attemptsLeft: 5,
    });
    expect(flow.getSnapshot().expiresAt).toBeGreaterThan(Date.UTC(2026, 0, 1));
    const code = emulator.inbox.latest(NUMBER)?.code as string;
    flow.submitCode(code);
    expect(flow.getSnapshot().step).toBe('verifying');
    await step('verified');
    const { proof } = flow.getSnapshot();
    const verified = await verifyProof(proof as string, {
      secret: PROOF_SECRET,
      now: () => Date.UTC(2026, 0, 1),
    });
    expect(verified).toMatchObject({ phoneNumber: NUMBER });
  });

  it('sends one SMS when start is called twice in a row', async () => {
    const { emulator, flow, step, requests } = setup();
    flow.start(NUMBER);
    flow.start(NUMBER);
    await step('waiting');
    expect(requests.filter((request) => request.startsWith('POST'))).toHaveLength(1);
    expect(emulator.inbox.all()).toHaveLength(1);
  });

  it('never retries a start: after a passing failure one request reached Sinch, and the person may try again', async () => {
    const { clock, emulator, flow, sinchStarts, step } = setup({ statusPollIntervalMs: 3000 }, [
      { match: NUMBER, on: ['start'], fault: 'httpError', status: 503, times: 1 },
    ]);
    flow.start(NUMBER);
    await vi.waitFor(() => expect(flow.getSnapshot().error?.code).toBe('upstream_unavailable'));
    expect(flow.getSnapshot()).toMatchObject({ step: 'idle', canStart: true });
    clock.advance(120_000);
    expect(sinchStarts()).toBe(1);
    expect(emulator.inbox.all()).toHaveLength(0);
    flow.start(NUMBER);
    await step('waiting');
    expect(sinchStarts()).toBe(2);
  });

  it('fails with too_many_attempts after the last wrong code, counting the attempts down on the way', async () => {
    const { emulator, flow, requests, step } = setup();
    flow.start(NUMBER);
    await step('waiting');
    const code = emulator.inbox.latest(NUMBER)?.code as string;
    const wrongCodes = ['0000', '1111', '2222', '3333', '4444', '5555'].filter((wrong) => wrong !== code);
    for (const [index, wrong] of wrongCodes.slice(0, 5).entries()) {
      flow.submitCode(wrong);
      await vi.waitFor(() => expect(flow.getSnapshot().attemptsLeft).toBe(4 - index));
    }
    expect(flow.getSnapshot()).toMatchObject({
      step: 'failed',
      error: { code: 'too_many_attempts' },
      canSubmit: false,
    });
    expect(flow.getSnapshot().error?.message).toBe('Too many wrong codes. Request a new code.');
    const reports = requests.length;
    flow.submitCode(code);
    expect(requests).toHaveLength(reports);
  });

  it('keeps waiting through a passing status failure, shows no error, and reads again at the next tick', async () => {
    const { clock, flow, requests, step } = setup({ statusPollIntervalMs: 3000 }, [
      { match: NUMBER, on: ['status'], fault: 'httpError', status: 503, times: 1 },
    ]);
    flow.start(NUMBER);
    await step('waiting');
    const reads = () => requests.filter((request) => request.startsWith('GET')).length;
    clock.advance(3000);
    await vi.waitFor(() => expect(reads()).toBe(1));
    await vi.waitFor(() => {
      clock.advance(3000);
      expect(reads()).toBeGreaterThanOrEqual(2);
    });
    expect(flow.getSnapshot()).toMatchObject({ step: 'waiting', error: undefined, canSubmit: true });
  });

  it('sends one SMS when start is called again after the first answer, within the cooldown', async () => {
    const { emulator, flow, requests, step } = setup();
    flow.start(NUMBER);
    await step('waiting');
    const verificationId = flow.getSnapshot().verificationId;
    flow.start(NUMBER);
    expect(flow.getSnapshot()).toMatchObject({ step: 'waiting', verificationId });
    expect(requests.filter((request) => request.startsWith('POST'))).toHaveLength(1);
    expect(emulator.inbox.for(NUMBER)).toHaveLength(1);
  });

  it('keeps a verified number verified, with its proof, when the same number is submitted again', async () => {
    const { emulator, flow, requests, step } = setup();
    flow.start(NUMBER);
    await step('waiting');
    flow.submitCode(emulator.inbox.latest(NUMBER)?.code as string);
    await step('verified');
    const { proof } = flow.getSnapshot();
    const sent = requests.length;
    flow.start(NUMBER);
    flow.start(NUMBER, 'sms');
    expect(flow.getSnapshot()).toMatchObject({ step: 'verified', proof, isVerified: true });
    expect(requests).toHaveLength(sent);
    expect(emulator.inbox.for(NUMBER)).toHaveLength(1);
    // Another number is a new verification.
    flow.start('+46701234568');
    await step('waiting');
    expect(flow.getSnapshot().phoneNumber).toBe('+46701234568');
  });

  it('keeps waiting after a wrong code with one attempt fewer, and never reports the same wrong code twice', async () => {
    const { emulator, flow, step, requests } = setup();
    flow.start(NUMBER);
    await step('waiting');
    const code = emulator.inbox.latest(NUMBER)?.code as string;
    const wrong = code === '0000' ? '1111' : '0000';
    flow.submitCode(wrong);
    await vi.waitFor(() => expect(flow.getSnapshot().error?.code).toBe('invalid_code'));
    expect(flow.getSnapshot()).toMatchObject({ step: 'waiting', attemptsLeft: 4 });
    const reports = requests.length;
    flow.submitCode(wrong);
    flow.submitCode(` ${wrong.slice(0, 2)} ${wrong.slice(2)} `);
    expect(requests).toHaveLength(reports);
    flow.submitCode(code);
    await step('verified');
  });

  it('refuses an incomplete code without asking the server', async () => {
    const { flow, step, requests } = setup();
    flow.start(NUMBER);
    await step('waiting');
    const before = requests.length;
    flow.submitCode('12');
    expect(flow.getSnapshot()).toMatchObject({ step: 'waiting', error: { code: 'incomplete_code' } });
    expect(flow.getSnapshot().error?.message).toBe('Enter all 4 digits.');
    expect(requests).toHaveLength(before);
  });

  it('resends once the cooldown is over, and the new code verifies', async () => {
    const { clock, emulator, flow, step } = setup();
    flow.start(NUMBER);
    await step('waiting');
    const firstId = flow.getSnapshot().verificationId;
    flow.resend();
    expect(flow.getSnapshot().step).toBe('waiting');
    clock.advance(30_000);
    expect(flow.getSnapshot().canResend).toBe(true);
    flow.resend();
    await vi.waitFor(() => expect(flow.getSnapshot().verificationId).not.toBe(firstId));
    expect(flow.getSnapshot()).toMatchObject({ step: 'waiting', canResend: false });
    flow.submitCode(emulator.inbox.latest(NUMBER)?.code as string);
    await step('verified');
  });

  it('falls back to a flash call when the SMS cannot be delivered, and verifies with the caller’s last digits', async () => {
    const { clock, emulator, flow, step } = setup(
      { methods: ['sms', 'flashCall'], statusPollIntervalMs: 3000 },
      [{ match: NUMBER, methods: ['sms'], fault: 'deliveryFailure' }],
    );
    flow.start(NUMBER);
    await step('waiting');
    clock.advance(3000);
    // The proxy lets a fallback after a failed delivery go at once.
    await vi.waitFor(() =>
      expect(flow.getSnapshot()).toMatchObject({ step: 'waiting', method: 'flashCall' }),
    );
    expect(flow.getSnapshot()).toMatchObject({
      error: undefined,
      failedMethods: ['sms'],
      fellBackFrom: { method: 'sms', error: { code: 'delivery_failed' } },
    });
    const cli = emulator.inbox.latest(NUMBER)?.cli as string;
    flow.submitCode(cli.slice(-4));
    await step('verified');
  });

  it('falls back along the whole chain, sms → flashCall → callout, and verifies by the callout’s code', async () => {
    const { clock, emulator, flow, sinchStarts, step } = setup(
      { methods: ['sms', 'flashCall', 'callout'], statusPollIntervalMs: 3000 },
      [{ match: NUMBER, methods: ['sms', 'flashCall'], fault: 'deliveryFailure' }],
    );
    flow.start(NUMBER);
    await step('waiting');
    await vi.waitFor(() => {
      clock.advance(3000);
      expect(flow.getSnapshot()).toMatchObject({ step: 'waiting', method: 'callout' });
    });
    expect(flow.getSnapshot()).toMatchObject({
      failedMethods: ['sms', 'flashCall'],
      nextMethod: undefined,
      canFallback: false,
      fellBackFrom: { method: 'flashCall', error: { code: 'number_unreachable' } },
    });
    expect(sinchStarts()).toBe(3);
    flow.submitCode(emulator.inbox.latest(NUMBER)?.code as string);
    await step('verified');
  });

  it('holds a fallback back while Sinch limits the number, says why, and calls when the limit ends', async () => {
    const { clock, emulator, flow, step } = setup(
      { methods: ['sms', 'flashCall'], statusPollIntervalMs: 3000 },
      [
        { match: NUMBER, methods: ['sms'], fault: 'deliveryFailure' },
        {
          match: NUMBER,
          methods: ['flashCall'],
          on: ['start'],
          times: 1,
          fault: 'httpError',
          status: 429,
          retryAfterSeconds: 27,
        },
      ],
    );
    flow.start(NUMBER);
    await step('waiting');
    clock.advance(3000);
    await vi.waitFor(() => expect(flow.getSnapshot().scheduledMethod).toBe('flashCall'));
    expect(flow.getSnapshot()).toMatchObject({
      step: 'failed',
      failedMethods: ['sms'],
      error: { code: 'delivery_failed' },
    });
    clock.advance(27_000);
    await vi.waitFor(() =>
      expect(flow.getSnapshot()).toMatchObject({ step: 'waiting', method: 'flashCall' }),
    );
    // The error is gone with the new step, but the reason for the change of method stays to be told.
    expect(flow.getSnapshot()).toMatchObject({
      error: undefined,
      fellBackFrom: { method: 'sms', error: { code: 'delivery_failed' } },
    });
    expect(flow.getSnapshot().challenge).toMatchObject({
      kind: 'cli',
      cli: { kind: 'digits', unknownDigits: 4 },
    });
    const cli = emulator.inbox.latest(NUMBER)?.cli as string;
    flow.submitCode(cli.slice(-4));
    await step('verified');
  });

  it('does not fall back by itself when told not to', async () => {
    const { clock, flow, requests } = setup(
      { methods: ['sms', 'callout'], autoFallback: false, statusPollIntervalMs: 3000 },
      [{ match: NUMBER, methods: ['sms'], fault: 'deliveryFailure' }],
    );
    flow.start(NUMBER);
    await vi.waitFor(() => expect(flow.getSnapshot().step).toBe('waiting'));
    clock.advance(3000);
    await vi.waitFor(() => expect(flow.getSnapshot().step).toBe('failed'));
    clock.advance(60_000);
    expect(requests.filter((request) => request.startsWith('POST'))).toHaveLength(1);
    expect(flow.getSnapshot()).toMatchObject({ canFallback: true, nextMethod: 'callout' });
  });

  it('asks for the whole caller number when the filter leaves the length open', async () => {
    const { emulator, flow, step } = setup({ methods: ['flashCall'] });
    flow.start(MAGIC_NUMBERS.flashCallInfixFilter);
    await step('waiting');
    expect(flow.getSnapshot().challenge).toMatchObject({ kind: 'cli', cli: { kind: 'wholeNumber' } });
    flow.submitCode(emulator.inbox.latest(MAGIC_NUMBERS.flashCallInfixFilter)?.cli as string);
    await step('verified');
  });

  it('verifies by callout with the spoken code', async () => {
    const { emulator, flow, step } = setup({ methods: ['callout'] });
    flow.start(NUMBER);
    await step('waiting');
    expect(flow.getSnapshot().challenge).toMatchObject({ kind: 'code', method: 'callout' });
    flow.submitCode(emulator.inbox.latest(NUMBER)?.code as string);
    await step('verified');
  });

  it('verifies seamlessly: opens the link over the data session, then reads the status', async () => {
    const { clock, emulator, flow, step } = (() => {
      let opened: (uri: string, signal: AbortSignal) => Promise<unknown> = async () => undefined;
      const stack = setup({
        methods: ['seamless'],
        openSeamless: (uri, signal) => opened(uri, signal),
      });
      // The emulator is a handler, not a browser: follow its redirect the way the data session would.
      opened = async (uri, signal) => {
        let response = await stack.emulator.fetch(new Request(uri, { signal }));
        for (let hops = 0; response.status === 302 && hops < 5; hops++) {
          response = await stack.emulator.fetch(
            new Request(response.headers.get('location') as string, { signal }),
          );
        }
        return response;
      };
      return stack;
    })();
    flow.start(NUMBER);
    await step('waiting');
    expect(flow.getSnapshot()).toMatchObject({ challenge: { kind: 'seamless' }, canSubmit: false });
    expect(emulator.inbox.latest(NUMBER)?.method).toBe('seamless');
    await vi.waitFor(async () => {
      clock.advance(3000);
      expect(flow.getSnapshot().step).toBe('verified');
    });
    expect(flow.getSnapshot().proof).toEqual(expect.any(String));
  });

  it('sends the SMS in the person’s language', async () => {
    const { emulator, flow, step } = setup({ locale: 'de-DE' });
    flow.start(NUMBER);
    await step('waiting');
    expect(emulator.inbox.latest(NUMBER)?.text).toMatch(/^Ihr Bestätigungscode lautet \d{4}\.$/);
  });

  it('refuses a number that is not E.164 without sending anything', async () => {
    const { flow, requests } = setup();
    flow.start('0701234567');
    await vi.waitFor(() => expect(flow.getSnapshot().error?.code).toBe('invalid_phone_number'));
    expect(flow.getSnapshot().step).toBe('idle');
    expect(requests).toHaveLength(0);
  });

  it('answers odd values from JavaScript callers with typed errors, never a throw', async () => {
    const { flow, requests, step } = setup();
    expect(() => flow.start(undefined as never)).not.toThrow();
    await vi.waitFor(() => expect(flow.getSnapshot().error?.code).toBe('invalid_phone_number'));
    expect(() => flow.start(NUMBER, { toString: () => 'sms' } as never)).not.toThrow();
    expect(flow.getSnapshot().error?.code).toBe('method_not_allowed');
    expect(requests).toHaveLength(0);
    flow.start(NUMBER);
    await step('waiting');
    const sent = requests.length;
    for (const input of [{}, undefined, null, 12])
      expect(() => flow.submitCode(input as never)).not.toThrow();
    expect(flow.getSnapshot()).toMatchObject({ step: 'waiting', error: { code: 'incomplete_code' } });
    expect(requests).toHaveLength(sent);
  });

  it('expires when the code’s window closes', async () => {
    const { clock, flow, step } = setup();
    flow.start(NUMBER);
    await step('waiting');
    const { expiresAt } = flow.getSnapshot();
    clock.advance((expiresAt as number) - clock.now() - 1);
    expect(flow.getSnapshot().step).toBe('waiting');
    clock.advance(1);
    expect(flow.getSnapshot()).toMatchObject({
      step: 'expired',
      error: { code: 'expired' },
      canSubmit: false,
    });
  });

  it('returns to phone entry with a typed error when the number is refused', async () => {
    const { flow } = setup();
    flow.start(MAGIC_NUMBERS.denied);
    await vi.waitFor(() => expect(flow.getSnapshot().error).toBeDefined());
    const { step, error } = flow.getSnapshot();
    expect(step).toBe('idle');
    expect(error?.code).toBe('verification_denied');
    expect(error?.message).toMatch(/cannot be verified/);
  });

  it('ignores the late answer of a verification that was replaced by a number change', async () => {
    const { emulator, flow, gate, step } = setup();
    gate.close();
    flow.start(NUMBER);
    flow.changeNumber();
    flow.start('+46701234568');
    gate.release();
    await step('waiting');
    expect(flow.getSnapshot().phoneNumber).toBe('+46701234568');
    expect(flow.getSnapshot().verificationId).toBe(emulator.inbox.latest('+46701234568')?.verificationId);
  });

  it('ignores the late answer of a replaced verification even when the transport cannot abort it', async () => {
    const { client, clock, emulator, gate } = setup();
    // A client that drops the abort signal, as a transport without abort support would: the answer still comes.
    const answers: Promise<unknown>[] = [];
    const deaf: VerificationClient = {
      start: (body) => {
        const answer = client.start(body);
        answers.push(answer);
        return answer;
      },
      report: (target, body) => client.report(target, body),
      status: (id) => client.status(id),
    };
    const flow = createVerificationFlow({ client: deaf, clock, statusPollIntervalMs: false });
    const other = '+46701234568';
    gate.close();
    flow.start(NUMBER);
    flow.changeNumber();
    flow.start(other);
    gate.release();
    await Promise.allSettled(answers);
    await vi.waitFor(() => expect(flow.getSnapshot().step).toBe('waiting'));
    // Both starts reached Sinch; only the second one counts.
    expect(emulator.inbox.for(NUMBER)).toHaveLength(1);
    expect(flow.getSnapshot()).toMatchObject({
      phoneNumber: other,
      verificationId: emulator.inbox.latest(other)?.verificationId,
    });
  });

  it('aborts its requests when disposed and tells nobody anything afterwards', async () => {
    const { flow, gate } = setup();
    const listener = vi.fn();
    flow.subscribe(listener);
    gate.close();
    flow.start(NUMBER);
    listener.mockClear();
    flow.dispose();
    expect(gate.signals.at(-1)?.aborted).toBe(true);
    gate.release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(listener).not.toHaveBeenCalled();
    flow.start(NUMBER);
    expect(flow.getSnapshot().step).toBe('starting');
  });

  it('suspends while its UI is away and resumes with the state kept and deadlines honoured', async () => {
    const { clock, flow, gate, step, emulator } = setup();
    flow.start(NUMBER);
    await step('waiting');
    gate.close();
    flow.submitCode(emulator.inbox.latest(NUMBER)?.code as string);
    expect(flow.getSnapshot().step).toBe('verifying');
    flow.suspend();
    expect(gate.signals.at(-1)?.aborted).toBe(true);
    expect(flow.getSnapshot()).toMatchObject({ step: 'waiting', error: undefined });
    clock.advance(700_000);
    expect(flow.getSnapshot().step).toBe('waiting');
    flow.resume();
    clock.advance(0);
    expect(flow.getSnapshot()).toMatchObject({ step: 'expired', canResend: true });
    gate.release();
  });

  it('refuses options that cannot work, at creation', () => {
    const client = createVerificationClient({ baseUrl: '/api/verification' });
    expect(() => createVerificationFlow({ client, methods: [] })).toThrow(/methods/);
    expect(() => createVerificationFlow({ client, methods: ['fax' as 'sms'] })).toThrow(/methods/);
    expect(() => createVerificationFlow({ client, codeLength: 0 })).toThrow(/codeLength/);
    expect(() => createVerificationFlow({ client, resendCooldownMs: -1 })).toThrow(/resendCooldownMs/);
    // Each of these would read the status in a tight loop.
    for (const statusPollIntervalMs of [0, -1, Number.NaN, true as never]) {
      expect(() => createVerificationFlow({ client, statusPollIntervalMs })).toThrow(/statusPollIntervalMs/);
    }
    expect(() => createVerificationFlow({ client, statusPollIntervalMs: false })).not.toThrow();
    expect(() => createVerificationFlow({} as never)).toThrow(/client/);
  });
});

describe('the bot check on the real proxy and emulator', () => {
  /** The proxy asks every start for a token; its own verifier passes tokens that start with `human-`. */
  function withBotCheck(options: Partial<VerificationFlowOptions> = {}) {
    const checked: string[] = [];
    const verifier = (token: string) => {
      checked.push(token);
      return token.startsWith('human-');
    };
    return { checked, ...setup(options, [], { botCheck: { verifier, when: 'always' } }) };
  }

  it('waits for a token with the widget to render, sends the held-back start with it once, then verifies', async () => {
    const { checked, emulator, flow, sinchStarts, startBodies, step } = withBotCheck();
    flow.start(NUMBER, 'sms');
    await step('botCheck');
    expect(flow.getSnapshot()).toMatchObject({
      view: 'botCheck',
      botCheck: { challenge: { provider: 'custom' }, phoneNumber: NUMBER, method: 'sms' },
      error: { code: 'bot_check_required' },
    });
    expect(sinchStarts()).toBe(0);
    flow.submitBotCheckToken('human-1');
    expect(flow.getSnapshot()).toMatchObject({ step: 'starting', view: 'botCheck' });
    await step('waiting');
    expect(checked).toEqual(['human-1']);
    expect(startBodies.at(-1)).toMatchObject({ identity: { endpoint: NUMBER }, botCheckToken: 'human-1' });
    flow.submitCode(emulator.inbox.latest(NUMBER)?.code as string);
    await step('verified');
    expect(sinchStarts()).toBe(1);
  });

  it('comes back to the bot check with bot_check_failed when the token is refused, and passes with a new one', async () => {
    const { checked, flow, sinchStarts, step } = withBotCheck();
    flow.start(NUMBER);
    await step('botCheck');
    flow.submitBotCheckToken('bot-1');
    await vi.waitFor(() => expect(flow.getSnapshot().error?.code).toBe('bot_check_failed'));
    expect(flow.getSnapshot()).toMatchObject({ step: 'botCheck', botCheck: { method: 'sms' } });
    // A token is single use: the same one again sends nothing.
    flow.submitBotCheckToken('bot-1');
    expect(flow.getSnapshot().step).toBe('botCheck');
    flow.submitBotCheckToken('human-2');
    await step('waiting');
    expect(checked).toEqual(['bot-1', 'human-2']);
    expect(sinchStarts()).toBe(1);
  });

  it('never puts a spent token on a later start: a resend needs a new bot check', async () => {
    const { clock, flow, startBodies, step } = withBotCheck();
    flow.start(NUMBER);
    await step('botCheck');
    flow.submitBotCheckToken('human-1');
    await step('waiting');
    clock.advance(30_000);
    await vi.waitFor(() => expect(flow.getSnapshot().canResend).toBe(true));
    flow.resend();
    await step('botCheck');
    expect(startBodies.at(-1)).not.toHaveProperty('botCheckToken');
    // Cancelling goes back to the verification under way, its code still good.
    flow.cancelBotCheck();
    expect(flow.getSnapshot()).toMatchObject({ step: 'waiting', view: 'challenge', canSubmit: true });
  });

  it('refuses a token it cannot send with a typed error, without a request, and stays in the bot check', async () => {
    const { flow, requests, step } = withBotCheck();
    flow.start(NUMBER);
    await step('botCheck');
    const sent = requests.length;
    for (const token of ['', 'x'.repeat(4097), 42 as unknown as string, undefined as unknown as string]) {
      flow.submitBotCheckToken(token);
      expect(flow.getSnapshot()).toMatchObject({ step: 'botCheck', error: { code: 'invalid_request' } });
    }
    expect(requests).toHaveLength(sent);
  });

  it('ignores a token outside the bot-check step, and cancels back to phone entry', async () => {
    const { flow, requests, step } = withBotCheck();
    flow.submitBotCheckToken('human-0');
    expect(requests).toHaveLength(0);
    flow.start(NUMBER);
    await step('botCheck');
    flow.cancelBotCheck();
    expect(flow.getSnapshot()).toMatchObject({
      step: 'idle',
      view: 'phone',
      botCheck: undefined,
      error: undefined,
    });
    expect(requests).toHaveLength(1);
  });
});
