import type { ProxyMethod } from './proxyMethod';
import { reportedCode } from './reportedCode';

/** SMS: `smsOptions` (expiry, codeType, template) on start; `sms: { code }` reported. */
export const sms: ProxyMethod = {
  optionsKey: 'smsOptions',
  parseReport: (detail, detailKey) => {
    const code = reportedCode(detail, detailKey);
    return code.ok ? { ok: true, value: { method: 'sms', sms: { code: code.value } } } : code;
  },
};
