import { checkedCode } from './codeReport';
import { type CodeChallenge, type MethodDefinition, positiveSeconds } from './methodDefinition';
import { reportSms } from './methodReports';

// Sinch's codes are 4 digits unless the application's settings say otherwise (the emulator does the same).
const CODE_LENGTH = 4;
const report = reportSms;

/** SMS: a code in a text message, typed or autofilled (WebOTP); the window is the answer's `interceptionTimeout`. */
export const sms = {
  delivery: 'message',
  codeLength: CODE_LENGTH,
  codeType: 'Numeric',
  challenge: (answer, codeLength): CodeChallenge<'sms'> => ({
    method: 'sms',
    kind: 'code',
    codeLength: codeLength ?? CODE_LENGTH,
    codeType: answer.sms?.codeType ?? 'Numeric',
  }),
  timeoutSeconds: (answer) => positiveSeconds(answer.sms?.interceptionTimeout),
  reportBody: (challenge, typed) => {
    const code = checkedCode(challenge, typed);
    return typeof code === 'string' ? report(code) : code;
  },
  report,
} as const satisfies MethodDefinition<'sms', CodeChallenge<'sms'>>;
