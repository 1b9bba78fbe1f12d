import { describe, expect, it } from 'vitest';
import type { ProxyStartResponse, ProxyVerificationResult } from './proxyContract';
import {
  type FlowSettings,
  initialFlowState,
  reduceVerificationFlow,
  type VerificationFlowAction,
  type VerificationFlowSnapshot,
} from './reduceVerificationFlow';
import { VerificationError } from './verificationError';

// The machine is a pure function: no network, no clock, only actions.
const settings: FlowSettings = {
  methods: ['sms', 'flashCall', 'callout'],
  codeLength: 6,
  resendCooldownMs: 30_000,
  maxAttempts: 2,
};
const T0 = 1_700_000_000_000;
const sms: ProxyStartResponse = {
  id: 'v1',
  method: 'sms',
  sms: { template: '{{CODE}}', interceptionTimeout: 120 },
};
const flash: ProxyStartResponse = {
  id: 'v2',
  method: 'flashcall',
  flashCall: { cliFilter: '+4610888(\\d{4})', interceptionTimeout: 45, reportTimeout: 75, denyCallAfter: 0 },
};

function run(...actions: VerificationFlowAction[]): VerificationFlowSnapshot {
  return actions.reduce(
    (state, action) => reduceVerificationFlow(state, action, settings),
    initialFlowState(settings),
  );
}

const start = { type: 'start', phoneNumber: '+46700000000', method: 'sms' } as const;
const started = (response: ProxyStartResponse = sms) => ({ type: 'started', response, at: T0 }) as const;
const result = (fields: Partial<ProxyVerificationResult>): VerificationFlowAction => ({
  type: 'reported',
  result: { id: 'v1', method: 'sms', status: 'PENDING', ...fields },
});

describe('reduceVerificationFlow', () => {
  it('starts in phone entry, ready to start and nothing else', () => {
    expect(initialFlowState(settings)).toMatchObject({
      step: 'idle',
      canStart: true,
      canSubmit: false,
      canResend: false,
      canFallback: false,
      isBusy: false,
    });
  });

  it('waits for an SMS code with a countdown from interceptionTimeout and a resend cooldown', () => {
    const state = run(start, started());
    expect(state).toMatchObject({
      step: 'waiting',
      method: 'sms',
      verificationId: 'v1',
      challenge: { kind: 'code', codeLength: 6, codeType: 'Numeric' },
      expiresAt: T0 + 120_000,
      resendAvailableAt: T0 + 30_000,
      isCoolingDown: true,
      canSubmit: true,
      canResend: false,
      canFallback: true,
      nextMethod: 'flashCall',
      attemptsLeft: 2,
    });
    expect(reduceVerificationFlow(state, { type: 'cooldownEnded' }, settings).canResend).toBe(true);
  });

  it('ignores a second start while the first is in flight', () => {
    const once = run(start);
    expect(reduceVerificationFlow(once, start, settings)).toBe(once);
    expect(once).toMatchObject({ step: 'starting', isBusy: true, canStart: false });
  });

  it('turns a flash call’s cliFilter into the digits to type, until the report timeout', () => {
    const state = run({ ...start, method: 'flashCall' }, started(flash));
    expect(state.challenge).toMatchObject({
      kind: 'cli',
      cli: { kind: 'digits', prefix: '+4610888', unknownDigits: 4 },
    });
    expect(state.expiresAt).toBe(T0 + 75_000);
    expect(state.method).toBe('flashCall');
  });

  it('keeps waiting after a wrong code, one attempt fewer, and fails when none are left', () => {
    const wrong = result({ status: 'FAIL', reason: 'Invalid code' });
    const once = run(start, started(), { type: 'submit' }, wrong);
    expect(once).toMatchObject({ step: 'waiting', attemptsLeft: 1, error: { code: 'invalid_code' } });
    const twice = run(start, started(), { type: 'submit' }, wrong, { type: 'submit' }, wrong);
    expect(twice).toMatchObject({ step: 'failed', attemptsLeft: 0, error: { code: 'too_many_attempts' } });
  });

  it('is verified with the proof', () => {
    const state = run(start, started(), { type: 'submit' }, result({ status: 'SUCCESSFUL', proof: 'jwt' }));
    expect(state).toMatchObject({ step: 'verified', proof: 'jwt', isVerified: true, isFinal: true });
    expect(state.canResend || state.canFallback || state.canSubmit).toBe(false);
  });

  it('ignores an answer for a verification that was replaced', () => {
    const waiting = run(start, started(), { type: 'submit' });
    const late = result({ id: 'old', status: 'SUCCESSFUL', proof: 'stale' });
    expect(reduceVerificationFlow(waiting, late, settings)).toBe(waiting);
  });

  it('expires when the window closes, and on Sinch’s Expired', () => {
    expect(run(start, started(), { type: 'expire' })).toMatchObject({
      step: 'expired',
      error: { code: 'expired' },
    });
    const expired = run(start, started(), { type: 'submit' }, result({ status: 'FAIL', reason: 'Expired' }));
    expect(expired).toMatchObject({ step: 'expired', isFinal: true, canResend: false });
  });

  it('marks a method that could not deliver, so fallback skips it', () => {
    const state = run(start, started(), {
      type: 'statusRead',
      result: { id: 'v1', method: 'sms', status: 'ERROR', reason: 'SMS delivery failure' },
    });
    expect(state).toMatchObject({
      step: 'failed',
      failedMethods: ['sms'],
      nextMethod: 'flashCall',
      canFallback: true,
    });
  });

  it('returns to where it was when a start fails, and honours retryAfter', () => {
    const error = new VerificationError('rate_limited', { retryAfter: 60 });
    const first = run(start, { type: 'startFailed', error, at: T0 });
    expect(first).toMatchObject({
      step: 'idle',
      error: { code: 'rate_limited' },
      resendAvailableAt: T0 + 60_000,
    });
    const resend = run(start, started(), { type: 'cooldownEnded' }, start, {
      type: 'startFailed',
      error,
      at: T0,
    });
    expect(resend).toMatchObject({
      step: 'waiting',
      verificationId: 'v1',
      isCoolingDown: true,
      canResend: false,
    });
  });

  it('stays waiting on a transient report failure, and fails on a denial', () => {
    const network = new VerificationError('network_error');
    expect(run(start, started(), { type: 'submit' }, { type: 'reportFailed', error: network })).toMatchObject(
      {
        step: 'waiting',
        error: { code: 'network_error' },
        canSubmit: true,
      },
    );
    const denied = result({ status: 'DENIED', reason: 'Fraud' });
    expect(run(start, started(), { type: 'submit' }, denied)).toMatchObject({
      step: 'failed',
      error: { code: 'denied_fraud' },
    });
  });

  it('changes number keeping the number to edit, and resets to nothing', () => {
    const changed = run(start, started(), { type: 'changeNumber' });
    expect(changed).toMatchObject({ step: 'idle', phoneNumber: '+46700000000', verificationId: undefined });
    expect(run(start, started(), { type: 'reset' })).toEqual(initialFlowState(settings));
  });

  it('keeps the delivery error on screen while a fallback waits for the cooldown, and drops it on a new start', () => {
    const deliveryFailed = new VerificationError('delivery_failed');
    const scheduled = run(start, started(), {
      type: 'scheduleFallback',
      method: 'flashCall',
      error: deliveryFailed,
    });
    expect(scheduled).toMatchObject({ scheduledMethod: 'flashCall', error: { code: 'delivery_failed' } });
    const next = reduceVerificationFlow(scheduled, { ...start, method: 'flashCall' }, settings);
    expect(next).toMatchObject({ step: 'starting', scheduledMethod: undefined, error: undefined });
  });

  it('decides what the person sees: phone entry, then the challenge, then verified', () => {
    expect(run().view).toBe('phone');
    // The first start keeps the phone entry on screen (its button says "Sending…").
    expect(run(start).view).toBe('phone');
    expect(run(start, started()).view).toBe('challenge');
    // A resend keeps the challenge on screen while it is in flight.
    expect(run(start, started(), { type: 'cooldownEnded' }, start).view).toBe('challenge');
    expect(run(start, started(), { type: 'submit' }, result({ status: 'SUCCESSFUL' })).view).toBe('verified');
    expect(run(start, started(), { type: 'changeNumber' }).view).toBe('phone');
  });

  it('offers to fall back only to the allowed methods that are not current and have not failed', () => {
    expect(run(start, started()).fallbackMethods).toEqual(['flashCall', 'callout']);
    const undelivered = run(start, started(), {
      type: 'statusRead',
      result: { id: 'v1', method: 'sms', status: 'ERROR', reason: 'SMS delivery failure' },
    });
    expect(undelivered.failedMethods).toEqual(['sms']);
    const onFlash = reduceVerificationFlow(
      reduceVerificationFlow(undelivered, { ...start, method: 'flashCall' }, settings),
      started(flash),
      settings,
    );
    expect(onFlash.fallbackMethods).toEqual(['callout']);
    expect(
      run(start, started(), { type: 'submit' }, result({ status: 'SUCCESSFUL' })).fallbackMethods,
    ).toEqual([]);
  });

  it('says where each error belongs: the code field, the number’s field or the view', () => {
    expect(run(start, started()).errorTarget).toBeUndefined();
    expect(
      run(start, started(), { type: 'submit' }, result({ status: 'FAIL', reason: 'Invalid code' }))
        .errorTarget,
    ).toBe('code');
    expect(
      run(start, { type: 'startFailed', error: new VerificationError('invalid_phone_number'), at: T0 })
        .errorTarget,
    ).toBe('phone');
    expect(
      run(start, { type: 'startFailed', error: new VerificationError('rate_limited'), at: T0 }).errorTarget,
    ).toBe('view');
  });
});

describe('reduceVerificationFlow: the bot check', () => {
  const turnstile = { provider: 'turnstile', siteKey: '0x4AAA' } as const;
  const asked = (code: 'bot_check_required' | 'bot_check_failed' = 'bot_check_required') =>
    ({
      type: 'startFailed',
      error: new VerificationError(code, { status: 403, botCheck: turnstile }),
      at: T0,
    }) as const;

  it('holds the start back for a token: the widget, the number and the method, nothing else possible', () => {
    const state = run(start, asked());
    expect(state).toMatchObject({
      step: 'botCheck',
      view: 'botCheck',
      botCheck: { challenge: turnstile, phoneNumber: '+46700000000', method: 'sms' },
      error: { code: 'bot_check_required' },
      errorTarget: 'view',
      isBusy: false,
      canSubmit: false,
      canResend: false,
      canFallback: false,
    });
  });

  it('sends the start again on a token, keeping the bot-check step on screen while it is in flight', () => {
    const sending = run(start, asked(), { type: 'submitBotCheckToken' });
    expect(sending).toMatchObject({ step: 'starting', view: 'botCheck', isBusy: true, error: undefined });
    expect(reduceVerificationFlow(sending, { type: 'submitBotCheckToken' }, settings)).toBe(sending);
    const waiting = reduceVerificationFlow(sending, started(), settings);
    expect(waiting).toMatchObject({ step: 'waiting', view: 'challenge', botCheck: undefined });
  });

  it('comes back to the bot check with the error when the token is refused, so the widget resets', () => {
    const refused = run(start, asked(), { type: 'submitBotCheckToken' }, asked('bot_check_failed'));
    expect(refused).toMatchObject({
      step: 'botCheck',
      view: 'botCheck',
      error: { code: 'bot_check_failed' },
    });
  });

  it('leaves the bot check for the ordinary failure when the retried start fails otherwise', () => {
    const error = new VerificationError('rate_limited', { retryAfter: 60 });
    const limited = run(
      start,
      asked(),
      { type: 'submitBotCheckToken' },
      { type: 'startFailed', error, at: T0 },
    );
    expect(limited).toMatchObject({
      step: 'idle',
      view: 'phone',
      botCheck: undefined,
      error: { code: 'rate_limited' },
    });
  });

  it('cancels back to phone entry, or to the verification under way before a resend', () => {
    expect(run(start, asked(), { type: 'cancelBotCheck' })).toMatchObject({
      step: 'idle',
      view: 'phone',
      botCheck: undefined,
      error: undefined,
    });
    const resend = run(start, started(), { type: 'cooldownEnded' }, start, asked(), {
      type: 'cancelBotCheck',
    });
    expect(resend).toMatchObject({
      step: 'waiting',
      view: 'challenge',
      verificationId: 'v1',
      canSubmit: true,
    });
    // Only from the bot-check step.
    const waiting = run(start, started());
    expect(reduceVerificationFlow(waiting, { type: 'cancelBotCheck' }, settings)).toBe(waiting);
    expect(reduceVerificationFlow(waiting, { type: 'submitBotCheckToken' }, settings)).toBe(waiting);
  });

  it('asks for a new token when the start carrying one was cut short', () => {
    const cut = run(start, asked(), { type: 'submitBotCheckToken' }, { type: 'interrupted' });
    expect(cut).toMatchObject({ step: 'botCheck', view: 'botCheck', botCheck: { challenge: turnstile } });
  });

  it('drops the bot check on a start of another number, a number change and a reset', () => {
    const other = { ...start, phoneNumber: '+46700000001' };
    expect(run(start, asked(), other)).toMatchObject({
      step: 'starting',
      botCheck: undefined,
      view: 'phone',
    });
    expect(run(start, asked(), { type: 'changeNumber' })).toMatchObject({
      step: 'idle',
      botCheck: undefined,
    });
    expect(run(start, asked(), { type: 'reset' })).toEqual(initialFlowState(settings));
  });

  it('shows a token that cannot be sent at the view, staying in the bot check', () => {
    const bad = run(start, asked(), {
      type: 'invalidInput',
      error: new VerificationError('invalid_request'),
    });
    expect(bad).toMatchObject({ step: 'botCheck', error: { code: 'invalid_request' }, errorTarget: 'view' });
  });
});
