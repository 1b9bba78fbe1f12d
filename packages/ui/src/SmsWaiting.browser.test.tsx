import { usePhoneVerification, VerificationProvider } from '@verikit/react';
import { createSinchEmulator } from '@verikit/sinch-emulator';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import './styles.css';
import { CalloutWaiting } from './CalloutWaiting';
import { SmsWaiting } from './SmsWaiting';
import { emulatedClient } from './testing/emulatedClient';

// A page of its own built from usePhoneVerification and a step, as the SmsWaiting docs show, minus `codeLength`:
// the step must draw as many slots as the code the flow expects (core's method registry is the one source).
const NUMBER = '+46701234567';

function clientOnEmulator(method: 'sms' | 'callout') {
  const emulator = createSinchEmulator({ seed: 7 });
  const client = emulatedClient({
    fetch: emulator.fetch,
    allowedMethods: [method],
  });
  return { emulator, client };
}

function HandWiredStep({ method }: { method: 'sms' | 'callout' }) {
  const flow = usePhoneVerification({ methods: [method], webOtp: false });
  if (flow.isVerified) return <p>Verified</p>;
  if (flow.step === 'idle' || flow.challenge === undefined)
    return (
      <button type="button" onClick={() => flow.start(NUMBER)}>
        Send
      </button>
    );
  const Step = method === 'sms' ? SmsWaiting : CalloutWaiting;
  return (
    <Step
      phoneNumber={flow.phoneNumber}
      onComplete={flow.submitCode}
      isVerifying={flow.step === 'verifying'}
      otpInputProps={{ webOtp: false }}
    />
  );
}

describe('a waiting step wired to usePhoneVerification by hand', () => {
  for (const method of ['sms', 'callout'] as const) {
    it(`draws one slot per character of the ${method} code that was sent, and verifies with it`, async () => {
      const { emulator, client } = clientOnEmulator(method);
      const screen = await render(
        <VerificationProvider client={client}>
          <HandWiredStep method={method} />
        </VerificationProvider>,
      );
      await userEvent.click(page.getByRole('button', { name: 'Send' }));
      const field = page.getByRole('textbox', { name: 'Verification code' });
      await expect.element(field).toBeVisible();
      const sent = emulator.inbox.latest(NUMBER)?.code as string;
      expect(sent).toMatch(/^\d+$/);
      expect(screen.container.querySelectorAll('[data-vk-otp-slot]')).toHaveLength(sent.length);
      await userEvent.fill(field, sent);
      await expect.element(page.getByText('Verified')).toBeVisible();
    });
  }
});
