import type { StartGuard } from '../guards/startGuard';
import type { ResolvedTestNumber } from './testNumber';

/** A test number is started only by the methods listed for it: any other would send a real code to Sinch. */
export function testNumberGuard(testNumbers: ReadonlyMap<string, ResolvedTestNumber>): StartGuard {
  return {
    name: 'testNumber',
    check({ phoneNumber, method }) {
      const testNumber = testNumbers.get(phoneNumber);
      if (!testNumber || testNumber.methods.has(method)) return undefined;
      return {
        code: 'method_not_allowed',
        message: `The method ${method} is not offered for this number`,
        logMessage: `Refused ${method} for a test number (its methods: ${[...testNumber.methods].join(', ')})`,
      };
    },
  };
}
