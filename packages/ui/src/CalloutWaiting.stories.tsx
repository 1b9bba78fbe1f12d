import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { expect, fn, within } from 'storybook/test';
import { CalloutWaiting, type CalloutWaitingProps } from './CalloutWaiting';

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

function LiveCalloutWaiting(props: CalloutWaitingProps) {
  const secondsLeft = useStoryCountdown(props.secondsLeft ?? 0);
  return <CalloutWaiting {...props} secondsLeft={secondsLeft} />;
}

/** The docs page's description: what the component is for, and a copy-paste example. */
const DESCRIPTION = `The voice call step: "We are calling you — listen for the code", the code field, the countdown, call again and other
methods.

Each step is presentational: state and callbacks in, no network. The drop-in \`PhoneVerification\` composes them; a
page of your own can too, from \`usePhoneVerification\`:

\`\`\`tsx
import { usePhoneVerification } from '@verikit/react';
import { CalloutWaiting } from '@verikit/ui';

export function CalloutStep() {
  const flow = usePhoneVerification({ methods: ['callout', 'sms'] });
  if (flow.challenge?.kind !== 'code') return null;
  return (
    <CalloutWaiting
      phoneNumber={flow.phoneNumber}
      secondsLeft={flow.secondsLeft}
      resendInSeconds={flow.resendInSeconds}
      onResend={flow.resend}
      codeLength={flow.challenge.codeLength}
      onComplete={flow.submitCode}
      isVerifying={flow.step === 'verifying'}
      fallbackMethods={['sms']}
      onFallback={flow.fallback}
      onChangeNumber={flow.changeNumber}
    />
  );
}
\`\`\``;

const meta = {
  title: 'Steps/CalloutWaiting',
  component: LiveCalloutWaiting,
  parameters: { verikit: { provider: false }, docs: { description: { component: DESCRIPTION } } },
  args: {
    phoneNumber: '+46701234567',
    displayNumber: '+46 70 123 45 67',
    secondsLeft: 300,
    resendInSeconds: 0,
    onComplete: fn(),
    onResend: fn(),
    onChangeNumber: fn(),
    onFallback: fn(),
    fallbackMethods: ['sms'],
  },
} satisfies Meta<typeof LiveCalloutWaiting>;

export default meta;
type Story = StoryObj<typeof meta>;

export const WaitingWithLiveCountdown: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('heading', { name: 'We are calling you — listen for the code' }),
    ).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: 'Verification code' })).toHaveFocus();
    await expect(canvas.getByRole('button', { name: 'Call me again' })).toBeEnabled();
  },
};

export const WrongCode: Story = {
  args: { value: '9999', errorMessage: 'That code is not right. Check it and try again.', attemptsLeft: 1 },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('textbox', { name: 'Verification code' }),
    ).toHaveAccessibleDescription(/1 attempt left/);
  },
};

export const Arabic: Story = {
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('heading', { name: 'نتصل بك الآن — استمع إلى الرمز' }),
    ).toBeVisible();
  },
};

export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('heading', { name: 'Wir rufen Sie an – hören Sie auf den Code' }),
    ).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: 'Bestätigungscode' })).toHaveFocus();
  },
};

export const Hebrew: Story = {
  globals: { locale: 'he' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'אנחנו מתקשרים אליכם — הקשיבו לקוד' })).toBeVisible();
    // The number keeps its + in front, left to right, inside the Hebrew sentence.
    await expect(canvas.getByText('+46 70 123 45 67')).toHaveAttribute('dir', 'ltr');
    await expect(canvas.getByRole('textbox', { name: 'קוד אימות' })).toHaveFocus();
  },
};
