import type { SmsCodeType, VerificationMethodWire } from '@verikit/core';
import type { RandomSource } from './randomSource';

/** What a custom code generator is told about the code it must produce. */
export interface CodeContext {
  verificationId: string;
  /** A method that sends a code (every one but the flash call's caller number and the seamless link). */
  method: Exclude<VerificationMethodWire, 'flashcall' | 'seamless'>;
  /** E.164. */
  to: string;
  length: number;
  codeType: SmsCodeType;
}

export type CodeGenerator = (context: CodeContext) => string;

const ALPHABETS: Record<SmsCodeType, string> = {
  Numeric: '0123456789',
  // Upper case only, as Sinch's alphabetic codes are; reports are compared case-insensitively.
  Alpha: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  Alphanumeric: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
};

export function randomCode(random: RandomSource, length: number, codeType: SmsCodeType): string {
  const alphabet = ALPHABETS[codeType];
  let code = '';
  for (let index = 0; index < length; index++) code += alphabet.charAt(random(alphabet.length));
  return code;
}

/** A code that fits the type, for the "fixed code" magic number: `1234…` or `ABCD…`. */
export function fixedCode(length: number, codeType: SmsCodeType): string {
  const source = codeType === 'Alpha' ? ALPHABETS.Alpha : '1234567890';
  let code = '';
  for (let index = 0; index < length; index++) code += source.charAt(index % source.length);
  return code;
}

export function isCodeOfType(code: string, codeType: SmsCodeType): boolean {
  const alphabet = ALPHABETS[codeType];
  return code.length > 0 && [...code.toUpperCase()].every((character) => alphabet.includes(character));
}
