import { VERIFICATION_METHODS, type VerificationMethod } from '@verikit/core';
import { PROXY_METHODS } from '../methods/proxyMethods';
import { parsePhoneNumber } from '../parsePhoneNumber';

/**
 * A production test number (app-store review, synthetic monitoring): its starts never reach Sinch, its fixed code
 * verifies it, and its proof says it is a test number (`testNumber: true` from `verifyProof`).
 */
export interface TestNumber {
  /** E.164, e.g. `+15555550100`; a number the start route accepts (a possible number for its country). */
  phoneNumber: string;
  /**
   * The fixed code: 4 to 16 letters or digits (what a report carries). For `flashCall`, digits only: the last
   * digits of the caller number the person types.
   */
  code: string;
  /**
   * The methods it may be started with (each still within `allowedMethods`); any other is refused with
   * `method_not_allowed`. `seamless` has no code, so no test number can use it.
   * @default every method with a code: sms, flashCall, callout, whatsapp (flashCall only for a code of digits)
   */
  methods?: readonly VerificationMethod[];
}

/** A checked test number: its methods resolved. */
export interface ResolvedTestNumber {
  phoneNumber: string;
  code: string;
  methods: ReadonlySet<VerificationMethod>;
}

/** Every test verification's id starts so: Sinch's ids never do, so a report or status read knows it at once. */
export const TEST_VERIFICATION_ID_PREFIX = 'vktest_';

export const isTestVerificationId = (id: string): boolean => id.startsWith(TEST_VERIFICATION_ID_PREFIX);

const CODE = /^[A-Za-z0-9]{4,16}$/;
const DIGITS = /^\d+$/;
/** The methods a test number can answer for: those whose registry entry knows a test answer (read at creation). */
const testableMethods = () => VERIFICATION_METHODS.filter((method) => PROXY_METHODS[method].testAnswer);

/** Checks the option at creation (a `TypeError` naming the entry and what is wrong); none listed: an empty map. */
export function resolveTestNumbers(option: unknown): ReadonlyMap<string, ResolvedTestNumber> {
  const resolved = new Map<string, ResolvedTestNumber>();
  if (option === undefined) return resolved;
  const testable = testableMethods();
  if (!Array.isArray(option))
    throw new TypeError('testNumbers must be an array of { phoneNumber, code, methods? }');
  option.forEach((entry: unknown, index) => {
    const at = `testNumbers[${index}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
      throw new TypeError(`${at} must be an object { phoneNumber, code, methods? }`);
    const extra = Object.keys(entry).find((key) => !['phoneNumber', 'code', 'methods'].includes(key));
    if (extra !== undefined) throw new TypeError(`${at}: unknown field ${extra}`);
    const { phoneNumber, code, methods } = entry as Record<string, unknown>;
    const phone = parsePhoneNumber(phoneNumber);
    if (!phone.ok || phone.e164 !== phoneNumber)
      throw new TypeError(
        `${at}.phoneNumber must be a possible number in E.164, e.g. +15555550100 (${phone.ok ? `write it as ${phone.e164}` : phone.message})`,
      );
    if (resolved.has(phone.e164)) throw new TypeError(`${at}: ${phone.e164} is listed twice`);
    if (typeof code !== 'string' || !CODE.test(code))
      throw new TypeError(`${at}.code must be 4 to 16 letters or digits`);
    let chosen: VerificationMethod[];
    if (methods === undefined)
      chosen = testable.filter((method) => method !== 'flashCall' || fitsFlashCall(code, phone.e164));
    else {
      if (!Array.isArray(methods) || methods.length === 0)
        throw new TypeError(`${at}.methods must be a non-empty array of methods`);
      chosen = methods.map((method: unknown) => {
        if (!(VERIFICATION_METHODS as readonly unknown[]).includes(method))
          throw new TypeError(`${at}.methods: unknown method ${String(method)}`);
        if (!testable.includes(method as VerificationMethod))
          throw new TypeError(`${at}.methods: ${String(method)} has no code, so a test number cannot use it`);
        return method as VerificationMethod;
      });
      // The person types the caller number's last digits: the code stands for them.
      if (chosen.includes('flashCall') && !fitsFlashCall(code, phone.e164))
        throw new TypeError(`${at}.code must be digits, fewer than the number's, for flashCall`);
    }
    resolved.set(phone.e164, { phoneNumber: phone.e164, code, methods: new Set(chosen) });
  });
  return resolved;
}

/** A flash call's code is the caller number's last digits: digits, leaving the calling code and a digit known. */
function fitsFlashCall(code: string, e164: string): boolean {
  return DIGITS.test(code) && code.length <= e164.length - 3;
}

/** How long a test verification stays open, as an SMS code does at Sinch by default. */
export const TEST_VERIFICATION_SECONDS = 600;

/** The code's type as Sinch names it, for the start answers that carry one. */
export const testCodeType = ({ code }: ResolvedTestNumber): 'Numeric' | 'Alphanumeric' =>
  DIGITS.test(code) ? 'Numeric' : 'Alphanumeric';
