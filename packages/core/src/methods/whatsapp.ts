import { checkedCode } from './codeReport';
import type { CodeChallenge, MethodDefinition } from './methodDefinition';
import { reportWhatsApp } from './methodReports';

// The same code length as SMS: Sinch's answer does not say it, and the application's settings set both.
const CODE_LENGTH = 4;
const report = reportWhatsApp;

/** WhatsApp: a code in a WhatsApp message, typed; the start answer says its `codeType` but gives no window. */
export const whatsapp = {
  delivery: 'message',
  codeLength: CODE_LENGTH,
  codeType: 'Numeric',
  challenge: (answer, codeLength): CodeChallenge<'whatsapp'> => ({
    method: 'whatsapp',
    kind: 'code',
    codeLength: codeLength ?? CODE_LENGTH,
    codeType: answer.whatsapp?.codeType ?? 'Numeric',
  }),
  timeoutSeconds: () => undefined,
  reportBody: (challenge, typed) => {
    const code = checkedCode(challenge, typed);
    return typeof code === 'string' ? report(code) : code;
  },
  report,
} as const satisfies MethodDefinition<'whatsapp', CodeChallenge<'whatsapp'>>;
