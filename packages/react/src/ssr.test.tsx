// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useOtpField } from './useOtpField';
import { usePhoneVerification } from './usePhoneVerification';
import { useReportCode } from './useReportCode';
import { useStartVerification } from './useStartVerification';
import { useVerificationStatus } from './useVerificationStatus';
import { useWebOtp } from './useWebOtp';
import { VerificationProvider } from './VerificationProvider';

function Signup() {
  const verification = usePhoneVerification({ methods: ['sms', 'flashCall'] });
  const status = useVerificationStatus(verification.verificationId, { poll: 1000 });
  const known = useVerificationStatus('1234567890', { poll: 1000 });
  const start = useStartVerification();
  const report = useReportCode();
  const { isSupported } = useWebOtp({ onCode: () => {} });
  const otp = useOtpField({ length: 4, label: 'Code' });
  return (
    <>
      <p>{`${verification.step} ${verification.canStart} ${verification.secondsLeft} ${status.fetchStatus} ${known.fetchStatus} ${start.status} ${report.status} ${isSupported}`}</p>
      {/* biome-ignore lint/a11y/noLabelWithoutControl: the label is wired by labelProps (htmlFor) */}
      <label {...otp.labelProps}>Code</label>
      <input {...otp.inputProps} />
    </>
  );
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('server rendering', () => {
  it('renders the hooks to a string with no window, no request, no timer left behind and no warning', () => {
    expect(typeof window).toBe('undefined');
    vi.useFakeTimers();
    const fetch = vi.fn(async () => Response.json({}));
    const consoleError = vi.spyOn(console, 'error');
    const html = renderToString(
      <VerificationProvider baseUrl="/api/verification" fetch={fetch}>
        <Signup />
      </VerificationProvider>,
    );
    // A known id reads as `fetching` (react-query's optimistic first render, the same in the browser's first render)
    // but nothing is fetched: the read starts in an effect, and effects do not run on the server.
    expect(html).toContain('<p>idle true 0 idle fetching idle idle false</p>');
    expect(html).toMatch(/<label[^>]*for="([^"]+)"[^>]*>Code<\/label><input[^>]*id="\1"/);
    expect(html).toContain('autoComplete="one-time-code"');
    expect(fetch).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
    expect(consoleError).not.toHaveBeenCalled();
  });
});
