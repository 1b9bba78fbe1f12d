import { TEST_VERIFICATION_SECONDS, testCodeType } from '../testNumbers/testNumber';
import type { ProxyMethod } from './proxyMethod';
import { reportedCode } from './reportedCode';

/** SMS: `smsOptions` (expiry, codeType, template) on start; `sms: { code }` reported. */
export const sms: ProxyMethod = {
  optionsKey: 'smsOptions',
  parseReport: (detail, detailKey) => {
    const code = reportedCode(detail, detailKey);
    return code.ok ? { ok: true, value: { method: 'sms', sms: { code: code.value } } } : code;
  },
  testAnswer: {
    start: (id, testNumber) => ({
      id,
      method: 'sms',
      sms: {
        template: 'Your verification code is {{CODE}}.',
        interceptionTimeout: TEST_VERIFICATION_SECONDS,
        codeType: testCodeType(testNumber),
      },
    }),
    isRight: (report, { code }) => report.method === 'sms' && report.sms.code === code,
  },
};
