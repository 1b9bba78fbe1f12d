import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { WhatsAppWaiting } from './WhatsAppWaiting';

/** The docs page's description: what the component is for, and a copy-paste example. */
const DESCRIPTION = `The WhatsApp step: "We sent a code on WhatsApp", the number, the code field, send again with its cooldown,
change number and other methods. Presentational like every step: state and callbacks in, no network.

\`\`\`tsx
import { usePhoneVerification } from '@verikit/react';
import { WhatsAppWaiting } from '@verikit/ui';

export function WhatsAppStep() {
  const flow = usePhoneVerification({ methods: ['whatsapp', 'sms'] });
  // flow.start('+46701234567') from your phone step; then:
  if (flow.challenge?.method !== 'whatsapp') return null;
  return (
    <WhatsAppWaiting
      phoneNumber={flow.phoneNumber}
      resendInSeconds={flow.resendInSeconds}
      onResend={flow.resend}
      codeLength={flow.challenge.codeLength}
      onComplete={flow.submitCode}
      isVerifying={flow.step === 'verifying'}
      fallbackMethods={flow.fallbackMethods}
      onFallback={flow.fallback}
      onChangeNumber={flow.changeNumber}
    />
  );
}
\`\`\``;

const meta = {
  title: 'Steps/WhatsAppWaiting',
  component: WhatsAppWaiting,
  parameters: { verikit: { provider: false }, docs: { description: { component: DESCRIPTION } } },
  args: {
    phoneNumber: '+46701234567',
    displayNumber: '+46 70 123 45 67',
    resendInSeconds: 30,
    onComplete: fn(),
    onResend: fn(),
    onChangeNumber: fn(),
    onFallback: fn(),
    fallbackMethods: ['sms', 'callout'],
    otpInputProps: { webOtp: false },
  },
} satisfies Meta<typeof WhatsAppWaiting>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Waiting: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'We sent a code on WhatsApp' })).toBeVisible();
    // The number sits in its own left-to-right element inside the sentence.
    await expect(canvas.getByText(/Enter the code we sent to/)).toHaveTextContent(
      'Enter the code we sent to +46 70 123 45 67 on WhatsApp.',
    );
    const field = canvas.getByRole('textbox', { name: 'Verification code' });
    await expect(field).toHaveFocus();
    // As many slots as core's registry says a WhatsApp code has, without a codeLength prop.
    await expect(canvasElement.querySelectorAll('[data-vk-otp-slot]')).toHaveLength(4);
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent('We sent a code on WhatsApp to +46 70 123 45 67.'),
    );
    await userEvent.keyboard('1234');
    await waitFor(() => expect(args.onComplete).toHaveBeenCalledWith('1234'));
    await expect(canvas.getByRole('button', { name: /Send a new code in 0:(29|30)/ })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Text me a code instead' }));
    await expect(args.onFallback).toHaveBeenCalledWith('sms');
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

export const Arabic: Story = {
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('heading', { name: 'أرسلنا إليك رمزًا عبر واتساب' }),
    ).toBeVisible();
  },
};
