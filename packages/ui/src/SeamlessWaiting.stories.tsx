import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { SeamlessWaiting } from './SeamlessWaiting';

const meta = {
  title: 'Steps/SeamlessWaiting',
  component: SeamlessWaiting,
  parameters: { verikit: { provider: false } },
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
