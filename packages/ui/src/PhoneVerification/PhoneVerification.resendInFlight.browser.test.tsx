import { VerificationProvider } from '@verikit/react';
import { createManualClock, createSinchEmulator } from '@verikit/sinch-emulator';
import { expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../styles.css';
import { emulatedClient } from '../testing/emulatedClient';
import { PhoneVerification } from './PhoneVerification';

// Whether resend may be used is core's answer (`canResend`), read by the drop-in rather than re-derived from the
// cooldown: while a resend is in flight the cooldown is over, yet a click would be ignored, so the button says no.
const NUMBER = '+46701234567';

/** The real proxy on the real emulator, in-process; the emulator's answers wait while `hold()` is on. */
async function setup() {
  const clock = createManualClock(Date.UTC(2026, 0, 1));
  const emulator = createSinchEmulator({ now: clock.now, seed: 7 });
  let gate: Promise<void> | undefined;
  let open = () => {};
  const client = emulatedClient({
    fetch: async (request: Request) => {
      await gate;
      return emulator.fetch(request);
    },
    now: clock.now,
    allowedMethods: ['sms'],
    limits: { resendCooldownSeconds: 0 },
  });
  await render(
    <VerificationProvider client={client}>
      <PhoneVerification methods={['sms']} clock={clock} resendCooldownMs={0} />
    </VerificationProvider>,
  );
  return {
    emulator,
    hold: () => {
      gate = new Promise((resolve) => {
        open = resolve;
      });
    },
    release: () => {
      gate = undefined;
      open();
    },
  };
}

it('shows resend as unavailable (aria-disabled) while a resend is in flight, and available once it is answered', async () => {
  const { emulator, hold, release } = await setup();
  await userEvent.fill(page.getByRole('textbox', { name: 'Phone number' }), NUMBER);
  await userEvent.click(page.getByRole('button', { name: 'Text me a code' }));
  await expect.element(page.getByRole('heading', { name: 'Enter the code we texted you' })).toBeVisible();
  const resend = page.getByRole('button', { name: 'Send a new code' });
  // No cooldown: resend is offered at once.
  await expect.element(resend).not.toHaveAttribute('aria-disabled');
  const firstCode = emulator.inbox.latest(NUMBER)?.code;

  hold();
  await userEvent.click(resend);
  await expect.element(resend).toHaveAttribute('aria-disabled', 'true');

  release();
  await expect.poll(() => emulator.inbox.latest(NUMBER)?.code).not.toBe(firstCode);
  await expect.element(resend).not.toHaveAttribute('aria-disabled');
});
