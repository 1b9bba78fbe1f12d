import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import type {
  FlowBotCheck,
  ProxyStartResponse,
  ProxyVerificationResult,
  VerificationError,
  VerificationErrorCode,
  VerificationFlowSnapshot,
  VerificationMethod,
} from '@verikit/core';
import { createVerificationClient } from '@verikit/core';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type ReportCodeVariables,
  type StartVerificationVariables,
  type UseWebOtpResult,
  type usePhoneVerification,
  useReportCode,
  useStartVerification,
  useVerificationStatus,
  useWebOtp,
  VerificationProvider,
} from './index';

describe('@verikit/react public types', () => {
  it('types the start mutation: variables, data and error', () => {
    expectTypeOf(useStartVerification).returns.toEqualTypeOf<
      UseMutationResult<ProxyStartResponse, VerificationError, StartVerificationVariables>
    >();
    expectTypeOf<StartVerificationVariables>().toEqualTypeOf<{
      phoneNumber: string;
      method?: VerificationMethod;
      locale?: string;
      botCheckToken?: string;
    }>();
  });

  it('types the report mutation, by id or by number but not both', () => {
    expectTypeOf(useReportCode).returns.toEqualTypeOf<
      UseMutationResult<ProxyVerificationResult, VerificationError, ReportCodeVariables>
    >();
    expectTypeOf({ id: 'v1', method: 'sms', code: '1234' } as const).toExtend<ReportCodeVariables>();
    expectTypeOf({
      phoneNumber: '+46700000000',
      method: 'flashCall',
      code: '+4610888',
    } as const).toExtend<ReportCodeVariables>();
    expectTypeOf({
      id: 'v1',
      phoneNumber: '+4670',
      method: 'sms',
      code: '1',
    } as const).not.toExtend<ReportCodeVariables>();
    expectTypeOf({ id: 'v1', method: 'seamless', code: '1' } as const).not.toExtend<ReportCodeVariables>();
  });

  it('types the status query and its options', () => {
    expectTypeOf(useVerificationStatus).returns.toEqualTypeOf<
      UseQueryResult<ProxyVerificationResult, VerificationError>
    >();
    expectTypeOf(useVerificationStatus).parameter(0).toEqualTypeOf<string | undefined | null>();
    // @ts-expect-error: poll is milliseconds or false
    useVerificationStatus('v1', { poll: true });
  });

  it('returns the flow snapshot plus live countdowns and actions from usePhoneVerification', () => {
    const result = {} as ReturnType<typeof usePhoneVerification>;
    expectTypeOf(result).toExtend<VerificationFlowSnapshot>();
    expectTypeOf(result.secondsLeft).toEqualTypeOf<number>();
    expectTypeOf(result.start).toEqualTypeOf<(phoneNumber: string, method?: VerificationMethod) => void>();
    expectTypeOf(result.submitCode).toEqualTypeOf<(code: string) => void>();
    expectTypeOf(result.submitBotCheckToken).toEqualTypeOf<(token: string) => void>();
    expectTypeOf(result.cancelBotCheck).toEqualTypeOf<() => void>();
    expectTypeOf(result.botCheck).toEqualTypeOf<FlowBotCheck | undefined>();
  });

  it('takes either a client or a base URL in the provider, not both', () => {
    expectTypeOf(VerificationProvider).parameter(0).toExtend<{ baseUrl?: string }>();
    // @ts-expect-error: a ready client and client settings do not mix
    VerificationProvider({ client: createVerificationClient({ baseUrl: '/api' }), baseUrl: '/api' });
    // @ts-expect-error: neither a client nor a baseUrl
    VerificationProvider({});
  });

  it('types the callbacks’ errors and leaves no way to retry a start', () => {
    useStartVerification({
      onError: (error) => expectTypeOf(error).toEqualTypeOf<VerificationError>(),
      onSuccess: (data, variables) => {
        expectTypeOf(data).toEqualTypeOf<ProxyStartResponse>();
        expectTypeOf(variables).toEqualTypeOf<StartVerificationVariables>();
      },
    });
    // @ts-expect-error: a retried start would send a second SMS
    useStartVerification({ retry: 3 });
    useReportCode({ onError: (error) => expectTypeOf(error.code).toEqualTypeOf<VerificationErrorCode>() });
  });

  it('exposes the WebOTP request of usePhoneVerification, to stop it when the person types', () => {
    const result = {} as ReturnType<typeof usePhoneVerification>;
    expectTypeOf(result.webOtp).toEqualTypeOf<UseWebOtpResult>();
    expectTypeOf(result.webOtp.abort).toEqualTypeOf<() => void>();
  });

  it('hands WebOTP codes as strings', () => {
    expectTypeOf(useWebOtp).parameter(0).toHaveProperty('onCode').toEqualTypeOf<(code: string) => void>();
  });
});
