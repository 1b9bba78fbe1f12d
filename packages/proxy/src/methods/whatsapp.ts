import { testCodeType } from '../testNumbers/testNumber';
import type { ProxyMethod } from './proxyMethod';
import { reportedCode } from './reportedCode';

/** WhatsApp: `whatsappOptions` (codeType) on start; `whatsapp: { code }` reported. */
export const whatsapp: ProxyMethod = {
  optionsKey: 'whatsappOptions',
  parseReport: (detail, detailKey) => {
    const code = reportedCode(detail, detailKey);
    return code.ok ? { ok: true, value: { method: 'whatsapp', whatsapp: { code: code.value } } } : code;
  },
  checkOptions: (value) => {
    if (value === undefined) return;
    const options = value as { codeType?: unknown } | null;
    const extra =
      typeof options === 'object' && options !== null && !Array.isArray(options)
        ? Object.keys(options).find((key) => key !== 'codeType')
        : 'the value';
    if (extra !== undefined)
      throw new TypeError(`whatsappOptions must be an object with only codeType; got ${extra}`);
    if (options?.codeType !== undefined && !CODE_TYPES.includes(options.codeType as never))
      throw new TypeError('whatsappOptions.codeType must be Numeric, Alpha or Alphanumeric');
  },
  testAnswer: {
    start: (id, testNumber) => ({ id, method: 'whatsapp', whatsapp: { codeType: testCodeType(testNumber) } }),
    isRight: (report, { code }) => report.method === 'whatsapp' && report.whatsapp.code === code,
  },
};

const CODE_TYPES = ['Numeric', 'Alpha', 'Alphanumeric'] as const;
