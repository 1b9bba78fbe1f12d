import { checkedCode } from './codeReport';
import type { CodeChallenge, MethodDefinition } from './methodDefinition';
import { reportCallout } from './methodReports';

// Sinch's codes are 4 digits unless the application's settings say otherwise (the emulator does the same).
const CODE_LENGTH = 4;
const report = reportCallout;

/** Callout: the phone rings and a voice reads a numeric code; the start answer gives no window. */
export const callout = {
  delivery: 'call',
  codeLength: CODE_LENGTH,
  codeType: 'Numeric',
  challenge: (_answer, codeLength): CodeChallenge<'callout'> => ({
    method: 'callout',
    kind: 'code',
    codeLength: codeLength ?? CODE_LENGTH,
    codeType: 'Numeric',
  }),
  timeoutSeconds: () => undefined,
  reportBody: (challenge, typed) => {
    const code = checkedCode(challenge, typed);
    return typeof code === 'string' ? report(code) : code;
  },
  report,
} as const satisfies MethodDefinition<'callout', CodeChallenge<'callout'>>;
