import type { ProxyReportRequest } from '../proxyContract';
import type { VerificationMethod } from '../wire';

// Each method's report body for a code as a developer passes it (the proxy checks it). Kept apart from the method
// modules so a bundle that only reports (react's `useReportCode`) does not pull in every method's challenge logic
// (a flash call's cliFilter parsing: 1.2 kB min+gz in react's query hooks); the method modules import theirs alone.
export const reportSms = (code: string): ProxyReportRequest => ({ method: 'sms', sms: { code } });
export const reportFlashCall = (cli: string): ProxyReportRequest => ({
  method: 'flashcall',
  flashCall: { cli },
});
export const reportCallout = (code: string): ProxyReportRequest => ({ method: 'callout', callout: { code } });
export const reportWhatsApp = (code: string): ProxyReportRequest => ({
  method: 'whatsapp',
  whatsapp: { code },
});

/** The report body for a code as a developer passes it, per method; `undefined`: the method has none (seamless). */
export const METHOD_REPORTS = {
  sms: reportSms,
  flashCall: reportFlashCall,
  callout: reportCallout,
  seamless: undefined,
  whatsapp: reportWhatsApp,
} as const satisfies {
  readonly [Method in VerificationMethod]: ((code: string) => ProxyReportRequest) | undefined;
};
