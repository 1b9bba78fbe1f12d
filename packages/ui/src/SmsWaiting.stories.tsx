import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { SmsWaiting, type SmsWaitingProps } from './SmsWaiting';

/** A countdown that ticks once a second, for stories that show a live wait. Not part of the package's entry. */
function useStoryCountdown(from: number): number {
  const [seconds, setSeconds] = useState(from);
  useEffect(() => {
    setSeconds(from);
    const handle = setInterval(() => setSeconds((value) => Math.max(0, value - 1)), 1000);
    return () => clearInterval(handle);
  }, [from]);
  return seconds;
}

function LiveSmsWaiting(props: SmsWaitingProps) {
  const secondsLeft = useStoryCountdown(props.secondsLeft ?? 0);
  const resendInSeconds = useStoryCountdown(props.resendInSeconds ?? 0);
  return <SmsWaiting {...props} secondsLeft={secondsLeft} resendInSeconds={resendInSeconds} />;
}

/** The docs page's description: what the component is for, and a copy-paste example. */
const DESCRIPTION = `The SMS step: "Enter the code we texted you", the number, a live countdown, the code field (autofill and WebOTP),
resend with its cooldown, change number and other methods.

Each step is presentational: state and callbacks in, no network. The drop-in \`PhoneVerification\` composes them; a
page of your own can too, from \`usePhoneVerification\`:

\`\`\`tsx
import { usePhoneVerification } from '@verikit/react';
import { SmsWaiting } from '@verikit/ui';

export function SmsStep() {
  const flow = usePhoneVerification({ methods: ['sms', 'callout'] });
  // flow.start('+46701234567') from your phone step; then:
  if (flow.challenge?.kind !== 'code') return null;
  return (
    <SmsWaiting
      phoneNumber={flow.phoneNumber}
      secondsLeft={flow.secondsLeft}
      resendInSeconds={flow.resendInSeconds}
      onResend={flow.resend}
      codeLength={flow.challenge.codeLength}
      onComplete={flow.submitCode}
      isVerifying={flow.step === 'verifying'}
      attemptsLeft={flow.attemptsLeft}
      fallbackMethods={['callout']}
      onFallback={flow.fallback}
      onChangeNumber={flow.changeNumber}
    />
  );
}
\`\`\``;

const meta = {
  title: 'Steps/SmsWaiting',
  component: LiveSmsWaiting,
  parameters: { verikit: { provider: false }, docs: { description: { component: DESCRIPTION } } },
  args: {
    phoneNumber: '+46701234567',
    displayNumber: '+46 70 123 45 67',
    secondsLeft: 298,
    resendInSeconds: 30,
    codeLength: 4,
    onComplete: fn(),
    onResend: fn(),
    onChangeNumber: fn(),
    onFallback: fn(),
    fallbackMethods: ['flashCall', 'callout'],
    otpInputProps: { webOtp: false },
  },
} satisfies Meta<typeof LiveSmsWaiting>;

export default meta;
type Story = StoryObj<typeof meta>;

export const WaitingWithLiveCountdown: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Enter the code we texted you' })).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: 'Verification code' })).toHaveFocus();
    const resend = canvas.getByRole('button', { name: /Send a new code in 0:(29|30)/ });
    await expect(resend).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(resend);
    await expect(args.onResend).not.toHaveBeenCalled();
  },
};

export const Typing: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.keyboard('1234');
    await waitFor(() => expect(args.onComplete).toHaveBeenCalledWith('1234'));
    await expect(args.onComplete).toHaveBeenCalledTimes(1);
    await expect(canvas.getByRole('textbox', { name: 'Verification code' })).toHaveValue('1234');
  },
};

export const Verifying: Story = {
  args: { value: '1234', isVerifying: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('textbox', { name: 'Verification code' })).toHaveAttribute(
      'aria-busy',
      'true',
    );
  },
};

export const WrongCode: Story = {
  args: { value: '0000', errorMessage: 'That code is not right. Check it and try again.', attemptsLeft: 4 },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'Verification code' });
    await expect(input).toBeInvalid();
    await expect(input).toHaveAccessibleDescription(/4 attempts left/);
  },
};

export const TimedOutResendReady: Story = {
  args: { secondsLeft: 0, resendInSeconds: 0 },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Nothing yet? Request it again or try another way.')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Send a new code' }));
    await expect(args.onResend).toHaveBeenCalledTimes(1);
    await userEvent.click(canvas.getByRole('button', { name: 'Verify with a missed call instead' }));
    await expect(args.onFallback).toHaveBeenCalledWith('flashCall');
  },
};

export const Arabic: Story = {
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('heading', { name: 'أدخل الرمز الذي أرسلناه إليك' }),
    ).toBeVisible();
  },
};

export const Hebrew: Story = {
  globals: { locale: 'he' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'הזינו את הקוד ששלחנו לכם' })).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: 'קוד אימות' })).toHaveAccessibleDescription(
      'הזינו את הקוד בן 4 הספרות',
    );
    // The step announces itself on its own page, the number as people read it.
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent('שלחנו קוד למספר +46 70 123 45 67.'),
    );
  },
};

export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('heading', { name: 'Geben Sie den Code aus der SMS ein' }),
    ).toBeVisible();
  },
};
