import { VerificationError } from '../verificationError';
import type { CodeChallenge } from './methodDefinition';

/**
 * The code the person typed, cleaned and checked against the challenge (spaces dropped from a numeric code, the
 * length, the characters), or the typed error to show: shared by every method whose challenge is a code.
 */
export function checkedCode(challenge: CodeChallenge, typed: string): string | VerificationError {
  const code = challenge.codeType === 'Numeric' ? typed.replace(/\s/g, '') : typed;
  const isWellFormed =
    code.length === challenge.codeLength &&
    (challenge.codeType === 'Numeric' ? /^\d+$/.test(code) : /^[\da-z]+$/i.test(code));
  return isWellFormed
    ? code
    : new VerificationError('incomplete_code', { values: { length: challenge.codeLength } });
}
