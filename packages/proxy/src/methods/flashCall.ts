import { invalid, unknownKey } from '../parseResult';
import type { ProxyMethod } from './proxyMethod';

const E164 = /^\+[1-9]\d{1,14}$/;

/** Flash call: `flashCallOptions` (dialTimeout, interceptionTimeout) on start; `flashCall: { cli }` reported. */
export const flashCall: ProxyMethod = {
  optionsKey: 'flashCallOptions',
  parseReport: (detail, detailKey) => {
    const extra = unknownKey(detail, ['cli']);
    if (extra !== undefined) return invalid(`Unknown field \`${detailKey}.${extra}\``);
    // Only the shape: the caller number Sinch dialled from need not be a "possible" number by the metadata.
    if (typeof detail.cli !== 'string' || !E164.test(detail.cli))
      return invalid('`cli` must be the full caller number in E.164, e.g. +46000000000');
    return { ok: true, value: { method: 'flashcall', flashCall: { cli: detail.cli } } };
  },
  // The call "comes" from the test number with its last digits replaced by the code: the person types the code.
  testAnswer: {
    start: (id, { phoneNumber, code }) => ({
      id,
      method: 'flashcall',
      flashCall: {
        cliFilter: `${phoneNumber.slice(0, phoneNumber.length - code.length)}(\\d{${code.length}})`,
        interceptionTimeout: 45,
        reportTimeout: 75,
        denyCallAfter: 0,
      },
    }),
    isRight: (report, { phoneNumber, code }) =>
      'flashCall' in report &&
      report.flashCall.cli === phoneNumber.slice(0, phoneNumber.length - code.length) + code,
  },
};
