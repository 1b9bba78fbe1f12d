import { type UseMutationOptions, type UseMutationResult, useMutation } from '@tanstack/react-query';
import {
  METHOD_REPORTS,
  methodFromWire,
  methodToWire,
  type ProxyReportRequest,
  type ProxyVerificationResult,
  type ReportedMethod,
  VerificationError,
  type VerificationMethod,
} from '@verikit/core';
import { useCallback } from 'react';
import { useRequestScope } from './useRequestScope';
import { useVerificationContext } from './VerificationProvider';
import { verificationKeys } from './verificationKeys';

/** Which verification, and what the person typed: the code, or for a flash call the full caller number. */
export type ReportCodeVariables = {
  method: ReportedMethod;
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
export function useReportCode(optionsOrNull: UseReportCodeOptions = {}): UseReportCodeResult {
  // `null` from JavaScript callers means no options, as `undefined` does.
  const options = optionsOrNull ?? {};
  const { client, queryClient } = useVerificationContext();
  const scope = useRequestScope();
  const mutationFn = useCallback(
    (variables: ReportCodeVariables) => {
      const body = reportBody(variables);
      if (body instanceof VerificationError) return Promise.reject(body);
      const target = variables.id ?? { phoneNumber: variables.phoneNumber as string };
      // The client checks the rest (id, number, code) and answers a bad one with a typed error, sending nothing.
      return scope.run(['report', variables.id, variables.phoneNumber, body], (signal) =>
        client.report(target, body, { signal }),
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

/** The report body for `method`, from core's report table (not the whole method registry); a method without reports (seamless) or unknown to
 * verikit is a typed error. */
function reportBody(variables: ReportCodeVariables): ProxyReportRequest | VerificationError {
  const { method, code } = (variables ?? {}) as Partial<ReportCodeVariables>;
  // Any spelling Sinch accepts (`flashCall`, `flashcall`), as JavaScript callers may pass either.
  const wire = typeof method === 'string' ? methodToWire(method) : undefined;
  const report = wire === undefined ? undefined : METHOD_REPORTS[methodFromWire(wire)];
  if (report === undefined)
    return new VerificationError('method_not_allowed', {
      detail: `useReportCode: \`method\` must be one of ${reportedMethods().join(', ')}, got ${typeof method === 'string' ? method : typeof method}.`,
    });
  return report(code as string);
}

/** Methods a person reports a code for (seamless has none), for the developer's message. */
function reportedMethods(): string[] {
  return (Object.keys(METHOD_REPORTS) as VerificationMethod[]).filter(
    (method) => METHOD_REPORTS[method] !== undefined,
  );
}
