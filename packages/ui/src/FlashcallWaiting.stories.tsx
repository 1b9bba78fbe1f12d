import type { Meta, StoryObj } from '@storybook/react-vite';
import { parseCliFilter } from '@verikit/core';
import { useEffect, useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { FlashcallWaiting, type FlashcallWaitingProps } from './FlashcallWaiting';

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

function LiveFlashcallWaiting(props: FlashcallWaitingProps) {
  const secondsLeft = useStoryCountdown(props.secondsLeft ?? 0);
  return <FlashcallWaiting {...props} secondsLeft={secondsLeft} />;
}

/** The docs page's description: what the component is for, and a copy-paste example. */
const DESCRIPTION = `The missed call step: "We are calling you — don't answer", the call window's countdown, and the caller number's known
start as fixed text before slots for the missing digits (or a whole-number field when Sinch's filter leaves the length
open). \`challenge\` is core's \`parseCliFilter(cliFilter)\`; the flow hands it over ready.

Each step is presentational: state and callbacks in, no network. The drop-in \`PhoneVerification\` composes them; a
page of your own can too, from \`usePhoneVerification\`:

\`\`\`tsx
import { usePhoneVerification } from '@verikit/react';
import { FlashcallWaiting } from '@verikit/ui';

export function MissedCallStep() {
  const flow = usePhoneVerification({ methods: ['flashCall', 'sms'] });
  if (flow.challenge?.kind !== 'cli') return null;
  return (
    <FlashcallWaiting
      phoneNumber={flow.phoneNumber}
      challenge={flow.challenge.cli}
      secondsLeft={flow.secondsLeft}
      onSubmit={flow.submitCode}
      isVerifying={flow.step === 'verifying'}
      fallbackMethods={['sms']}
      onFallback={flow.fallback}
      onChangeNumber={flow.changeNumber}
    />
  );
}
\`\`\``;

const meta = {
  title: 'Steps/FlashcallWaiting',
  component: LiveFlashcallWaiting,
  parameters: { verikit: { provider: false }, docs: { description: { component: DESCRIPTION } } },
  args: {
    phoneNumber: '+46701234567',
    displayNumber: '+46 70 123 45 67',
    challenge: parseCliFilter('+4671234(\\d{4})'),
    secondsLeft: 45,
    resendInSeconds: 0,
    onSubmit: fn(),
    onResend: fn(),
    onChangeNumber: fn(),
    onFallback: fn(),
    fallbackMethods: ['sms', 'callout'],
  },
} satisfies Meta<typeof LiveFlashcallWaiting>;

export default meta;
type Story = StoryObj<typeof meta>;

export const MissingDigits: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'We are calling you — don’t answer' })).toBeVisible();
    const digits = canvas.getByRole('textbox', {
      name: 'The 4 missing digits of the number that called you',
    });
    await expect(digits).toHaveFocus();
    await expect(digits).toHaveAccessibleDescription('The number that calls you looks like +4671234••••.');
    await userEvent.keyboard('5312');
    await waitFor(() => expect(args.onSubmit).toHaveBeenCalledWith('5312'));
    await expect(args.onSubmit).toHaveBeenCalledTimes(1);
  },
};

export const WholeNumber: Story = {
  args: { challenge: parseCliFilter('(.*)5312(.*)') },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const number = canvas.getByRole('textbox', { name: 'The number that called you' });
    await expect(number).toHaveAccessibleDescription('It contains 5312.');
    await userEvent.type(number, '+46 70 555 31 24');
    await userEvent.click(canvas.getByRole('button', { name: 'Verify' }));
    await expect(args.onSubmit).toHaveBeenCalledWith('+46 70 555 31 24');
  },
};

export const WrongNumber: Story = {
  args: { errorMessage: 'That is not the number that called you. Check it and try again.' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('textbox', { name: /missing digits/ })).toBeInvalid();
  },
};

export const TimedOut: Story = {
  args: { secondsLeft: 0 },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('timer')).toHaveTextContent('0:00');
    await userEvent.click(canvas.getByRole('button', { name: 'Call me with the code instead' }));
    await expect(args.onFallback).toHaveBeenCalledWith('callout');
  },
};

export const Arabic: Story = {
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'نتصل بك الآن — لا تُجب' })).toBeVisible();
  },
};

export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('heading', { name: 'Wir rufen Sie an – bitte nicht annehmen' }),
    ).toBeVisible();
  },
};

export const Hebrew: Story = {
  globals: { locale: 'he' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'אנחנו מתקשרים אליכם — אל תענו' })).toBeVisible();
    const digits = canvas.getByRole('textbox', { name: '4 הספרות החסרות של המספר שהתקשר אליכם' });
    await expect(digits).toHaveFocus();
    await userEvent.keyboard('5312');
    await waitFor(() => expect(args.onSubmit).toHaveBeenCalledWith('5312'));
  },
};
