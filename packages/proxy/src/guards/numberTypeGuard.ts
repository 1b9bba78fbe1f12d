import { numberTypeOf } from './numberTypeOf';
import type { ResolvedNumberTypePolicy } from './numberTypePolicy';
import type { StartGuard } from './startGuard';

/** Refuses, with no upstream call and no store, the number types SMS pumping lives on. */
export function numberTypeGuard(policy: ResolvedNumberTypePolicy): StartGuard {
  return {
    name: 'numberType',
    skipsTestNumbers: true,
    check({ phoneNumber, country, method }) {
      const type = numberTypeOf(phoneNumber);
      if (policy.allows(type, country, method)) return undefined;
      return {
        code: 'number_type_not_allowed',
        message:
          type === 'FIXED_LINE' || type === 'TOLL_FREE'
            ? `This number is a landline: ${method} cannot reach it`
            : 'Numbers of this type cannot be verified here',
        logMessage: `Refused a ${type} number for ${method} (number-type policy)`,
      };
    },
  };
}
