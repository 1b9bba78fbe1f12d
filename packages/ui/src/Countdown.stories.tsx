import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Countdown } from './Countdown';

const meta = {
  title: 'Parts/Countdown',
  component: Countdown,
  args: { secondsLeft: 42, 'aria-label': 'Time left' },
} satisfies Meta<typeof Countdown>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Running: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('timer', { name: 'Time left' })).toHaveTextContent('0:42');
  },
};

export const Expired: Story = {
  args: { secondsLeft: 0 },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('timer', { name: 'Time left' })).toHaveTextContent('0:00');
  },
};

export const ArabicDigits: Story = {
  args: { secondsLeft: 65, locale: 'ar-EG' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('timer', { name: 'Time left' })).toHaveTextContent('١:٠٥');
  },
};
