import settings from 'virtual:verikit-playground';
import { VerificationProvider } from '@verikit/react';
import { PhoneVerification } from '@verikit/ui';
import { DemoBotCheck } from './DemoBotCheck';
import { SignupForm } from './SignupForm';

/** The signup page with the drop-in: one `PhoneVerification` does phone entry, method, code and resend. */
export function DropInPage() {
  return (
    <VerificationProvider baseUrl={settings.proxyBaseUrl}>
      <SignupForm
        title="Create your account"
        intro="The phone number is verified with the drop-in PhoneVerification component."
        renderPhone={(onProof) => (
          <PhoneVerification
            methods={settings.methods}
            resendCooldownMs={settings.resendCooldownSeconds * 1000}
            headingLevel={2}
            // Shown only when the proxy asks for a bot check (VERIKIT_PLAYGROUND_BOT_CHECK=always or adaptive).
            renderBotCheck={(props) => <DemoBotCheck {...props} />}
            onVerified={({ proof, phoneNumber }) => {
              if (proof) onProof(proof, phoneNumber);
            }}
          />
        )}
      />
    </VerificationProvider>
  );
}
