// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { usePhoneVerification } from './usePhoneVerification';
import { useVerificationStatus } from './useVerificationStatus';
import { useWebOtp } from './useWebOtp';
import { VerificationProvider } from './VerificationProvider';

function Signup() {
  const verification = usePhoneVerification({ methods: ['sms', 'flashCall'] });
  const status = useVerificationStatus(verification.verificationId, { poll: 1000 });
  const { isSupported } = useWebOtp({ onCode: () => {} });
  return (
    <p>{`${verification.step} ${verification.canStart} ${verification.secondsLeft} ${status.fetchStatus} ${isSupported}`}</p>
  );
}

describe('server rendering', () => {
  it('renders the hooks to a string with no window, no request and no timer left behind', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(
      <VerificationProvider baseUrl="/api/verification">
        <Signup />
      </VerificationProvider>,
    );
    expect(html).toBe('<p>idle true 0 idle false</p>');
  });
});
