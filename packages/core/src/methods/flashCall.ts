import { completeCli, parseCliFilter } from '../parseCliFilter';
import { VerificationError } from '../verificationError';
import { type CliCallChallenge, type MethodDefinition, positiveSeconds } from './methodDefinition';
import { reportFlashCall } from './methodReports';

const report = reportFlashCall;

/**
 * Flash call: a browser cannot intercept the call, so the person types the missing digits of the caller number
 * (`cliFilter` gives the rest) and the full number is reported. The window runs until a late report is refused.
 */
export const flashCall = {
  delivery: 'call',
  codeLength: undefined,
  codeType: undefined,
  challenge: (answer): CliCallChallenge => ({
    method: 'flashCall',
    kind: 'cli',
    cli: parseCliFilter(answer.flashCall?.cliFilter ?? ''),
  }),
  timeoutSeconds: (answer) =>
    positiveSeconds(answer.flashCall?.reportTimeout ?? answer.flashCall?.interceptionTimeout),
  reportBody: (challenge, typed) => {
    const cli = completeCli(challenge.cli, typed);
    if (cli !== undefined) return report(cli);
    return challenge.cli.kind === 'digits'
      ? new VerificationError('incomplete_code', { values: { length: challenge.cli.unknownDigits } })
      : new VerificationError('invalid_cli');
  },
  report,
} as const satisfies MethodDefinition<'flashCall', CliCallChallenge>;
