import { VerificationError } from '../verificationError';
import type { MethodDefinition, SeamlessChallenge } from './methodDefinition';

/** Seamless: the device opens `targetUri` over mobile data and the flow polls the status; nothing is reported. */
export const seamless = {
  delivery: 'data',
  codeLength: undefined,
  codeType: undefined,
  challenge: (answer): SeamlessChallenge => ({
    method: 'seamless',
    kind: 'seamless',
    targetUri: answer.seamless?.targetUri ?? '',
  }),
  timeoutSeconds: () => undefined,
  reportBody: () => new VerificationError('invalid_request'),
  report: undefined,
} as const satisfies MethodDefinition<'seamless', SeamlessChallenge>;
