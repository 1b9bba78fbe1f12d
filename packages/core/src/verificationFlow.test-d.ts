import { describe, expectTypeOf, it } from 'vitest';
import type { CliChallenge } from './parseCliFilter';
import type { BotCheckChallenge, ProxyStartResponse, ProxyVerificationResult } from './proxyContract';
import type {
  FlowBotCheck,
  FlowChallenge,
  FlowStep,
  VerificationFlowAction,
  VerificationFlowSnapshot,
} from './reduceVerificationFlow';
import { createVerificationClient, type VerificationClient } from './verificationClient';
import { type VerificationError, VerificationError as VerificationErrorClass } from './verificationError';
import { createVerificationFlow } from './verificationFlow';
import { VERIFICATION_MESSAGES, type VerificationErrorCode } from './verificationMessages';
import type { VerificationMethod } from './wire';

describe('public types of the client, the catalogue and the flow', () => {
  it('types the client’s answers and takes a signal', () => {
    const client = createVerificationClient({ baseUrl: '/api/verification' });
    expectTypeOf(client).toEqualTypeOf<VerificationClient>();
    expectTypeOf(client.start).returns.resolves.toEqualTypeOf<ProxyStartResponse>();
    expectTypeOf(client.report).returns.resolves.toEqualTypeOf<ProxyVerificationResult>();
    expectTypeOf(client.status).parameter(1).toEqualTypeOf<{ signal?: AbortSignal } | undefined>();
    // @ts-expect-error: a report needs a target
    client.report({ method: 'sms', sms: { code: '1234' } });
  });

  it('gives every error a code from the one union and a message template per code', () => {
    expectTypeOf<VerificationError['code']>().toEqualTypeOf<VerificationErrorCode>();
    expectTypeOf<
      'rate_limited' | 'network_error' | 'timeout' | 'aborted'
    >().toExtend<VerificationErrorCode>();
    expectTypeOf(VERIFICATION_MESSAGES).toHaveProperty('invalid_code');
    // @ts-expect-error: no such code
    new VerificationErrorClass('not_a_code');
    expectTypeOf(
      new VerificationErrorClass('timeout').messageKey,
    ).toEqualTypeOf<`error.${VerificationErrorCode}`>();
  });

  it('exposes the snapshot with its derived flags, and narrows challenges by kind', () => {
    const flow = createVerificationFlow({ client: createVerificationClient({ baseUrl: '/api' }) });
    const snapshot = flow.getSnapshot();
    expectTypeOf(snapshot).toEqualTypeOf<VerificationFlowSnapshot>();
    expectTypeOf(snapshot.step).toEqualTypeOf<FlowStep>();
    expectTypeOf(snapshot.canResend).toEqualTypeOf<boolean>();
    const challenge = {} as FlowChallenge;
    if (challenge.kind === 'cli') expectTypeOf(challenge.cli).toEqualTypeOf<CliChallenge>();
    if (challenge.kind === 'code') expectTypeOf(challenge.codeLength).toEqualTypeOf<number>();
    // @ts-expect-error: snapshots are read-only
    snapshot.step = 'verified';
  });

  it('accepts only the documented actions and methods', () => {
    const flow = createVerificationFlow({ client: createVerificationClient({ baseUrl: '/api' }) });
    expectTypeOf(flow.dispatch).parameter(0).toEqualTypeOf<VerificationFlowAction>();
    // @ts-expect-error: unknown action
    flow.dispatch({ type: 'teleport' });
    // @ts-expect-error: unknown method
    flow.start('+46700000000', 'fax');
    // @ts-expect-error: methods are checked
    createVerificationFlow({ client: createVerificationClient({ baseUrl: '/api' }), methods: ['pigeon'] });
  });

  it('types the bot-check step, its pending start and its commands', () => {
    const flow = createVerificationFlow({ client: createVerificationClient({ baseUrl: '/api' }) });
    const snapshot = flow.getSnapshot();
    expectTypeOf<'botCheck'>().toExtend<FlowStep>();
    expectTypeOf<'botCheck'>().toExtend<typeof snapshot.view>();
    expectTypeOf(snapshot.botCheck).toEqualTypeOf<FlowBotCheck | undefined>();
    expectTypeOf<FlowBotCheck['challenge']>().toEqualTypeOf<BotCheckChallenge>();
    expectTypeOf<FlowBotCheck['method']>().toEqualTypeOf<VerificationMethod>();
    expectTypeOf(flow.submitBotCheckToken).toEqualTypeOf<(token: string) => void>();
    expectTypeOf(flow.cancelBotCheck).toEqualTypeOf<() => void>();
    flow.dispatch({ type: 'submitBotCheckToken' });
    flow.dispatch({ type: 'cancelBotCheck' });
    // @ts-expect-error: the token goes through submitBotCheckToken(), never into the state
    flow.dispatch({ type: 'submitBotCheckToken', token: 'x' });
    // @ts-expect-error: a token is a string
    flow.submitBotCheckToken(42);
    expectTypeOf<'bot_check_required' | 'bot_check_failed'>().toExtend<VerificationErrorCode>();
  });
});
