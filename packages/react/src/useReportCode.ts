import { type UseMutationOptions, type UseMutationResult, useMutation } from '@tanstack/react-query';
import type {
  ProxyReportRequest,
  ProxyVerificationResult,
  VerificationError,
  VerificationMethod,
} from '@verikit/core';
import { useCallback } from 'react';
import { useRequestScope } from './useRequestScope';
import { useVerificationContext } from './VerificationProvider';
import { verificationKeys } from './verificationKeys';

/** Which verification, and what the person typed: the code, or for a flash call the full caller number. */
export type ReportCodeVariables = {
  method: Exclude<VerificationMethod, 'seamless'>;
  code: string;
} & ({ id: string; phoneNumber?: never } | { phoneNumber: string; id?: never });

export type UseReportCodeOptions = Omit<
  UseMutationOptions<ProxyVerificationResult, VerificationError, ReportCodeVariables>,
  'mutationFn'
>;

export type UseReportCodeResult = UseMutationResult<
  ProxyVerificationResult,
  VerificationError,
  ReportCodeVariables
>;

/**
 * Reports a code as a react-query mutation. A wrong code resolves with `status: 'FAIL'` (and `reason`), not an
 * error. The same report already in flight is shared, so autofill plus a typed code report once; the answer
 * updates `useVerificationStatus`'s cache.
 */
export function useReportCode(options: UseReportCodeOptions = {}): UseReportCodeResult {
  const { client, queryClient } = useVerificationContext();
  const scope = useRequestScope();
  const mutationFn = useCallback(
    (variables: ReportCodeVariables) => {
      const target = variables.id ?? { phoneNumber: variables.phoneNumber as string };
      return scope.run(
        JSON.stringify(['report', variables.id, variables.phoneNumber, variables.code]),
        (signal) => client.report(target, reportBody(variables), { signal }),
      );
    },
    [client, scope],
  );
  return useMutation(
    {
      retry: false,
      ...options,
      mutationFn,
      onError: (...args) => (scope.isAbandoned(args[0]) ? undefined : options.onError?.(...args)),
      onSettled: (...args) => (scope.isAbandoned(args[1]) ? undefined : options.onSettled?.(...args)),
      onSuccess: (result, variables, onMutateResult, context) => {
        queryClient.setQueryData(verificationKeys.status(result.id), result);
        return options.onSuccess?.(result, variables, onMutateResult, context);
      },
    },
    queryClient,
  );
}

function reportBody({ method, code }: ReportCodeVariables): ProxyReportRequest {
  switch (method) {
    case 'sms':
      return { method: 'sms', sms: { code } };
    case 'callout':
      return { method: 'callout', callout: { code } };
    case 'flashCall':
      return { method: 'flashcall', flashCall: { cli: code } };
    default:
      return method satisfies never;
  }
}
