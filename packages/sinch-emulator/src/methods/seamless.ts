import { randomId } from '../randomSource';
import type { VerificationRecord } from '../state/verificationRecord';
import type { EmulatorMethod } from './emulatorMethod';

/** The device GETs `targetUri` over mobile data (following a redirect); that request completes it, no report. */
export const seamless = {
  wire: 'seamless',
  name: 'seamless',
  label: 'Seamless',
  price: { verificationPrice: { currencyId: 'EUR', amount: 0.03 } },
  isCall: false,
  deliveryFailureReason: 'Network error or number unreachable',
  reportsSmsDelivery: false,
  answersContentLanguage: false,
  challenge(_input, settings) {
    return {
      seamlessToken: randomId(settings.random).replaceAll('-', ''),
      expiresInSeconds: settings.calloutExpirySeconds,
    };
  },
  delivery(record, settings) {
    return { text: `Data session opens ${seamlessUri(record, settings.baseUrl)}` };
  },
  startAnswer(record, { links, settings }) {
    return {
      id: record.id,
      method: 'seamless',
      seamless: { targetUri: seamlessUri(record, settings.baseUrl) },
      _links: [links.status],
    };
  },
  report: { none: 'seamless verifications complete through targetUri and take no report' },
  readRequestEventAnswer: () => ({ action: 'allow' }),
} satisfies EmulatorMethod<'seamless'>;

/** Where the device's data session goes: a route of the emulator's own. */
export function seamlessUri(record: VerificationRecord, baseUrl: string): string {
  return `${baseUrl}/emulator/seamless/${record.seamlessToken ?? ''}`;
}
