import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Countdown } from './Countdown';

/** The docs page's description: what the component is for, and a copy-paste example. */
const DESCRIPTION = `A \`timer\` showing minutes and seconds in the locale's digits. It renders what it is given: the flow's
\`secondsLeft\` ticks it.

\`\`\`tsx
import { Countdown } from '@verikit/ui';

export function TimeLeft({ secondsLeft }: { secondsLeft: number }) {
  return <Countdown secondsLeft={secondsLeft} aria-label="Time left to enter the code" />;
}
\`\`\``;

const meta = {
  title: 'Parts/Countdown',
  component: Countdown,
  parameters: { docs: { description: { component: DESCRIPTION } } },
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
