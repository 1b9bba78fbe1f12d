import { VERIFICATION_METHODS, type VerificationMethod } from '@verikit/core';
import { NUMBER_TYPES, type NumberType } from './numberTypeOf';

/** Which methods a number type may be verified with: `'all'`, a list, or `[]` (refused). */
export type MethodsForType = 'all' | readonly VerificationMethod[];

/** Per number type, the methods allowed; types left out keep their default. */
export type NumberTypeRules = Partial<Record<NumberType, MethodsForType>>;

/**
 * The number-type policy, checked before any upstream call. Premium-rate, shared-cost, personal (+44 70),
 * UAN, pager, VoIP, voicemail and non-geographic numbers are where SMS pumping pays: they are refused by default.
 */
export interface NumberTypePolicy {
  /** Rules for every country, merged over `DEFAULT_NUMBER_TYPE_RULES`. */
  types?: NumberTypeRules;
  /** Rules for one country (ISO 3166 alpha-2), merged over `types`, e.g. `{ US: { VOIP: 'all' } }`. */
  countries?: Record<string, NumberTypeRules>;
}

/**
 * Mobiles get every method; landlines and toll-free numbers only a voice callout (they cannot read an SMS or see a
 * flash call); numbers in no known range pass (the metadata lags; the budgets and the breaker still count them).
 */
export const DEFAULT_NUMBER_TYPE_RULES: Readonly<Record<NumberType, MethodsForType>> = {
  MOBILE: 'all',
  FIXED_LINE_OR_MOBILE: 'all',
  UNKNOWN: 'all',
  FIXED_LINE: ['callout'],
  TOLL_FREE: ['callout'],
  PREMIUM_RATE: [],
  SHARED_COST: [],
  VOIP: [],
  PERSONAL_NUMBER: [],
  PAGER: [],
  UAN: [],
  VOICEMAIL: [],
  NON_GEOGRAPHIC: [],
};

export interface ResolvedNumberTypePolicy {
  allows(type: NumberType, country: string | undefined, method: VerificationMethod): boolean;
}

/** Checks the option (a TypeError for anything unknown) and answers per type, country and method. */
export function resolveNumberTypePolicy(
  policy: NumberTypePolicy | false | undefined,
): ResolvedNumberTypePolicy | undefined {
  if (policy === false) return undefined;
  if (policy !== undefined && (typeof policy !== 'object' || policy === null))
    throw new TypeError('numberTypes must be false or { types?, countries? }');
  const base = { ...DEFAULT_NUMBER_TYPE_RULES, ...checkRules(policy?.types, 'numberTypes.types') };
  const countries = new Map<string, Record<NumberType, MethodsForType>>();
  if (policy?.countries !== undefined) {
    if (typeof policy.countries !== 'object' || policy.countries === null)
      throw new TypeError('numberTypes.countries must be an object keyed by ISO 3166 alpha-2 codes');
    for (const [country, rules] of Object.entries(policy.countries)) {
      if (!/^[A-Za-z]{2}$/.test(country))
        throw new TypeError(`numberTypes.countries: ${country} is not an ISO 3166 alpha-2 code`);
      countries.set(country.toUpperCase(), {
        ...base,
        ...checkRules(rules, `numberTypes.countries.${country}`),
      });
    }
  }
  return {
    allows(type, country, method) {
      const rule = ((country && countries.get(country)) || base)[type];
      return rule === 'all' || rule.includes(method);
    },
  };
}

function checkRules(rules: unknown, name: string): NumberTypeRules {
  if (rules === undefined) return {};
  if (typeof rules !== 'object' || rules === null) throw new TypeError(`${name} must be an object`);
  for (const [type, methods] of Object.entries(rules)) {
    if (!(NUMBER_TYPES as readonly string[]).includes(type))
      throw new TypeError(`${name}: unknown number type ${type} (one of ${NUMBER_TYPES.join(', ')})`);
    if (methods === 'all') continue;
    if (!Array.isArray(methods) || !methods.every((method) => VERIFICATION_METHODS.includes(method)))
      throw new TypeError(
        `${name}.${type} must be 'all' or a list of methods (${VERIFICATION_METHODS.join(', ')})`,
      );
  }
  return rules as NumberTypeRules;
}
