import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { SeamlessWaiting } from './SeamlessWaiting';

/** The docs page's description: what the component is for, and a copy-paste example. */
const DESCRIPTION = `The mobile data step: a labelled progress bar while the phone's data session verifies the number (the flow opens
Sinch's link and polls the status), focus on its heading, then a timed-out note and other methods.

Each step is presentational: state and callbacks in, no network. The drop-in \`PhoneVerification\` composes them; a
page of your own can too, from \`usePhoneVerification\`:

\`\`\`tsx
import { usePhoneVerification } from '@verikit/react';
import { SeamlessWaiting } from '@verikit/ui';

export function SeamlessStep() {
  const flow = usePhoneVerification({ methods: ['seamless', 'sms'] });
  if (flow.challenge?.kind !== 'seamless') return null;
  return (
    <SeamlessWaiting
      phoneNumber={flow.phoneNumber}
      secondsLeft={flow.secondsLeft}
      fallbackMethods={['sms']}
      onFallback={flow.fallback}
      onChangeNumber={flow.changeNumber}
    />
  );
}
\`\`\``;

const meta = {
  title: 'Steps/SeamlessWaiting',
  component: SeamlessWaiting,
  parameters: { verikit: { provider: false }, docs: { description: { component: DESCRIPTION } } },
  args: {
    phoneNumber: '+46701234567',
    displayNumber: '+46 70 123 45 67',
    secondsLeft: 20,
    onChangeNumber: fn(),
    onFallback: fn(),
    fallbackMethods: ['sms'],
  },
} satisfies Meta<typeof SeamlessWaiting>;

export default meta;
type Story = StoryObj<typeof meta>;

export const InProgress: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Checking your number' })).toHaveFocus();
    await expect(canvas.getByRole('progressbar', { name: 'Verifying over mobile data' })).toBeVisible();
  },
};

export const TimedOut: Story = {
  args: { secondsLeft: 0 },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('progressbar')).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Text me a code instead' }));
    await expect(args.onFallback).toHaveBeenCalledWith('sms');
  },
};

export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('heading', { name: 'Ihre Nummer wird geprüft' }),
    ).toBeVisible();
  },
};

export const Arabic: Story = {
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'جارٍ التحقق من رقمك' })).toHaveFocus();
    await expect(canvas.getByRole('progressbar', { name: 'التحقق عبر بيانات الجوال' })).toBeVisible();
  },
};

export const Hebrew: Story = {
  globals: { locale: 'he' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'בודקים את המספר שלכם' })).toHaveFocus();
    await expect(canvas.getByRole('progressbar', { name: 'אימות דרך הרשת הסלולרית' })).toBeVisible();
  },
};
