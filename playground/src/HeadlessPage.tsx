import settings from 'virtual:verikit-playground';
import { VerificationProvider } from '@verikit/react';
import { HeadlessVerification } from './HeadlessVerification';
import { SignupForm } from './SignupForm';

/** The same signup with the headless hooks and plain inputs: no verikit component, no verikit style. */
export function HeadlessPage() {
  return (
    <VerificationProvider baseUrl={settings.proxyBaseUrl}>
      <SignupForm
        title="Create your account (headless)"
        intro="The phone number is verified with usePhoneVerification and plain inputs: no verikit component."
        renderPhone={(onProof) => (
          <HeadlessVerification
            methods={settings.methods}
            resendCooldownMs={settings.resendCooldownSeconds * 1000}
            onProof={onProof}
          />
        )}
      />
    </VerificationProvider>
  );
}
