import { type UseMutationOptions, type UseMutationResult, useMutation } from '@tanstack/react-query';
import type { ProxyStartResponse, VerificationError, VerificationMethod } from '@verikit/core';
import { useCallback } from 'react';
import { useRequestScope } from './useRequestScope';
import { useVerificationContext } from './VerificationProvider';

export interface StartVerificationVariables {
  /** E.164, e.g. `+46700000000`. */
  phoneNumber: string;
  /** @default 'sms' */
  method?: VerificationMethod;
  /** BCP 47 tag for the SMS language. */
  locale?: string;
  /**
   * The bot-check widget's token, when the proxy answered `bot_check_required` (its `error.botCheck` says which
   * widget). Single use: a start retried after `bot_check_failed` needs a new one.
   */
  botCheckToken?: string;
}

export type UseStartVerificationOptions = Omit<
  UseMutationOptions<ProxyStartResponse, VerificationError, StartVerificationVariables>,
  'mutationFn' | 'retry' | 'retryDelay'
>;

export type UseStartVerificationResult = UseMutationResult<
  ProxyStartResponse,
  VerificationError,
  StartVerificationVariables
>;

/**
 * Starts a verification as a react-query mutation. Never retried (a retry would send a second SMS or call), and
 * an identical start already in flight is shared: a double click sends one code. Unmounting aborts it.
 */
export function useStartVerification(
  optionsOrNull: UseStartVerificationOptions = {},
): UseStartVerificationResult {
  // `null` from JavaScript callers means no options, as `undefined` does.
  const options = optionsOrNull ?? {};
  const { client, queryClient } = useVerificationContext();
  const scope = useRequestScope();
  const mutationFn = useCallback(
    (variables: StartVerificationVariables) => {
      // `mutate()` with nothing, or with bad values, reaches the client, which refuses them with a typed error.
      const {
        phoneNumber,
        method = 'sms',
        locale,
        botCheckToken,
      } = variables ?? ({} as Partial<StartVerificationVariables>);
      return scope.run(['start', phoneNumber, method, locale, botCheckToken], (signal) =>
        client.start(
          {
            identity: { type: 'number', endpoint: phoneNumber as string },
            method,
            ...(locale !== undefined && { locale }),
            ...(botCheckToken !== undefined && { botCheckToken }),
          },
          { signal },
        ),
      );
    },
    [client, scope],
  );
  return useMutation(
    {
      ...options,
      mutationFn,
      retry: false,
      // A start aborted because its component unmounted is nobody's error: no callbacks after unmount.
      onError: (...args) => (scope.isAbandoned(args[0]) ? undefined : options.onError?.(...args)),
      onSettled: (...args) => (scope.isAbandoned(args[1]) ? undefined : options.onSettled?.(...args)),
    },
    queryClient,
  );
}
