import type { SmsCodeType } from '@verikit/core';
import { MAGIC_NUMBERS } from '../faults/magicNumbers';
import { type CodeContext, fixedCode, isCodeOfType, randomCode } from '../generateCode';
import type { Parsed } from '../requestProblem';
import { problem } from '../requestProblem';
import type { AllowAnswer, ChallengeInput, MethodSettings } from './emulatorMethod';

export const CODE_TYPES = ['Numeric', 'Alpha', 'Alphanumeric'] as const satisfies readonly SmsCodeType[];

/** The code a code method (SMS, callout, …) sends: the fixed-code magic number, the developer's generator, or random. */
export function challengeCode(
  input: ChallengeInput,
  settings: MethodSettings,
  method: CodeContext['method'],
  codeType: SmsCodeType,
): string {
  if (input.endpoint === MAGIC_NUMBERS.fixedCode) return fixedCode(settings.codeLength, codeType);
  if (!settings.codeGenerator) return randomCode(settings.random, settings.codeLength, codeType);
  return generatedCode(
    settings.codeGenerator({
      verificationId: input.verificationId,
      method,
      to: input.endpoint,
      length: settings.codeLength,
      codeType,
    }),
  );
}

/** A custom generator's code, checked: a bad one is the developer's bug, answered 500 and logged, never stored. */
function generatedCode(code: unknown): string {
  if (typeof code === 'string' && code.trim() !== '' && code.length <= 64) return code.trim();
  throw new TypeError(
    `codeGenerator must return a non-empty string of at most 64 characters, got ${String(code)}`,
  );
}

/** A reported code against the one sent: surrounding spaces ignored, letters in any case. */
export function isSameCode(reported: string, code: string | undefined): boolean {
  return reported.trim().toUpperCase() === (code ?? '').toUpperCase();
}

/** `codeType` of a start's options (`smsOptions.codeType`, …). */
export function parseCodeType(value: unknown, label: string): Parsed<SmsCodeType> {
  if (CODE_TYPES.includes(value as SmsCodeType)) return { ok: true, value: value as SmsCodeType };
  return problem(40001, `Parameter ${label} must be Numeric, Alpha or Alphanumeric.`);
}

/** The `codeType` and `code` a backend may choose in its answer (`sms.codeType`, `sms.code`, …), checked. */
export function readCodeAnswer(
  details: Record<string, unknown>,
  key: string,
  codeType: SmsCodeType,
): AllowAnswer | { action: 'invalid'; why: string } {
  const answer: AllowAnswer = { action: 'allow' };
  if (details.codeType !== undefined) {
    if (!CODE_TYPES.includes(details.codeType as SmsCodeType))
      return { action: 'invalid', why: `\`${key}.codeType\` is not Numeric, Alpha or Alphanumeric` };
    answer.codeType = details.codeType as SmsCodeType;
  }
  if (details.code !== undefined) {
    if (typeof details.code !== 'string' || !isCodeOfType(details.code, answer.codeType ?? codeType))
      return { action: 'invalid', why: `\`${key}.code\` does not fit the code type` };
    answer.code = details.code;
  }
  return answer;
}

/** A backend's `acceptLanguage` answer: a list of language tags, most wanted first (`undefined` when it is not one). */
export function readLanguageList(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || value.length > 20) return undefined;
  const tag = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/;
  return value.every((entry) => typeof entry === 'string' && tag.test(entry)) ? [...value] : undefined;
}
