import type { ProxyMethod } from './proxyMethod';
import { reportedCode } from './reportedCode';

/** Callout: `calloutOptions` (speech locale) on start; `callout: { code }` reported. */
export const callout: ProxyMethod = {
  optionsKey: 'calloutOptions',
  parseReport: (detail, detailKey) => {
    const code = reportedCode(detail, detailKey);
    return code.ok ? { ok: true, value: { method: 'callout', callout: { code: code.value } } } : code;
  },
  testAnswer: {
    start: (id) => ({ id, method: 'callout' }),
    isRight: (report, { code }) => report.method === 'callout' && report.callout.code === code,
  },
};
