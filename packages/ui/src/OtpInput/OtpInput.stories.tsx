import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { OtpInput } from './OtpInput';

/** The docs page's description: what the component is for, and a copy-paste example. */
const DESCRIPTION = `A one-time-code field: one real \`<input>\` under drawn slots, so autofill, paste, password managers, WebOTP and screen
readers all see one field; digits stay left to right on right-to-left pages; \`onComplete\` fires once per code.

\`\`\`tsx
import { OtpInput } from '@verikit/ui';
import '@verikit/ui/styles.css';

export function CodeField({ onCode, isChecking, error }: {
  onCode: (code: string) => void;
  isChecking: boolean;
  error?: string;
}) {
  return (
    <OtpInput
      length={6}
      onComplete={onCode}
      isVerifying={isChecking}
      isInvalid={error !== undefined}
      errorMessage={error}
    />
  );
}
\`\`\``;

const meta = {
  title: 'Components/OtpInput',
  component: OtpInput,
  parameters: { docs: { description: { component: DESCRIPTION } } },
  args: { onComplete: fn(), onChange: fn(), webOtp: false },
  decorators: [
    (Story) => (
      <div style={{ padding: '1rem' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof OtpInput>;

export default meta;
type Story = StoryObj<typeof meta>;

const slotTexts = (canvasElement: HTMLElement) =>
  [...canvasElement.querySelectorAll('[data-vk-otp-slot]')].map((slot) => slot.textContent);

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'Verification code' });
    await expect(input).toHaveValue('');
    await expect(input).toHaveAccessibleDescription('Enter the 6-digit code');
  },
};

export const Typing: Story = {
  play: async ({ canvasElement, args }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'Verification code' });
    await userEvent.click(input);
    await userEvent.keyboard('482');
    await waitFor(() => expect(slotTexts(canvasElement)).toEqual(['4', '8', '2', '', '', '']));
    await expect(canvasElement.querySelectorAll('[data-vk-otp-slot]')[3]).toHaveAttribute('data-active');
    await expect(args.onComplete).not.toHaveBeenCalled();
  },
};

export const Complete: Story = {
  play: async ({ canvasElement, args }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'Verification code' });
    await userEvent.click(input);
    await userEvent.keyboard('482913');
    await waitFor(() => expect(args.onComplete).toHaveBeenCalledWith('482913'));
    await expect(args.onComplete).toHaveBeenCalledTimes(1);
  },
};

export const Invalid: Story = {
  args: {
    defaultValue: '000000',
    isInvalid: true,
    errorMessage: 'That code is not right. Check it and try again.',
  },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'Verification code' });
    await expect(input).toBeInvalid();
    await expect(input).toHaveAccessibleDescription(
      'Enter the 6-digit code That code is not right. Check it and try again.',
    );
  },
};

export const Verifying: Story = {
  args: { defaultValue: '482913', isVerifying: true },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'Verification code' });
    await expect(input).toHaveAttribute('aria-busy', 'true');
    await expect(input).toHaveAttribute('readonly');
  },
};

export const Disabled: Story = {
  args: { isDisabled: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('textbox', { name: 'Verification code' })).toBeDisabled();
  },
};

export const Masked: Story = {
  args: { defaultValue: '4829', isMasked: true },
  play: async ({ canvasElement }) => {
    await expect(slotTexts(canvasElement)).toEqual(['•', '•', '•', '•', '', '']);
  },
};

export const Alphanumeric: Story = {
  args: { characters: 'alphanumeric', length: 5, defaultValue: 'A7' },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'Verification code' });
    await expect(input).toHaveAttribute('inputmode', 'text');
    await expect(input).toHaveAccessibleDescription('Enter the 5-character code');
  },
};

export const WithKnownPrefix: Story = {
  name: 'With known prefix (flash call digits)',
  args: {
    length: 3,
    prefix: '+46 70 123 4',
    label: 'The 3 missing digits',
    description: 'The number looks like +46701234•••.',
  },
  play: async ({ canvasElement, args }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'The 3 missing digits' });
    await expect(input).toHaveAccessibleDescription('The number looks like +46701234•••.');
    // The known part is drawn before the slots (hidden from screen readers, which hear the description).
    const prefix = canvasElement.querySelector('[data-position="start"]');
    await expect(prefix).toHaveTextContent('+46 70 123 4');
    await expect(prefix).toHaveAttribute('aria-hidden', 'true');
    await expect(canvasElement.querySelectorAll('[data-vk-otp-slot]')).toHaveLength(3);
    await userEvent.click(input);
    await userEvent.keyboard('567');
    await waitFor(() => expect(args.onComplete).toHaveBeenCalledWith('567'));
  },
};

export const ArabicRightToLeft: Story = {
  args: { defaultValue: '1234' },
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'رمز التحقق' });
    await expect(input).toHaveAccessibleDescription('أدخل الرمز المكوّن من 6 أرقام');
    const slots = [...canvasElement.querySelectorAll('[data-vk-otp-slot]')];
    // Digits stay in reading order, left to right, on a right-to-left page.
    const lefts = slots.map((slot) => slot.getBoundingClientRect().left);
    await expect([...lefts].sort((a, b) => a - b)).toEqual(lefts);
  },
};

export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'Bestätigungscode' });
    await expect(input).toHaveAccessibleDescription('Geben Sie den 6-stelligen Code ein');
  },
};

export const DarkTheme: Story = {
  args: { defaultValue: '48', isInvalid: true, errorMessage: 'That code is not right.' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('textbox', { name: 'Verification code' })).toBeInvalid();
  },
};

export const Unstyled: Story = {
  args: { unstyled: true, classNames: { slot: 'my-slot' } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.vk-otp__slot')).toBeNull();
    await expect(canvasElement.querySelectorAll('.my-slot')).toHaveLength(6);
  },
};

export const HebrewRightToLeft: Story = {
  args: { length: 4 },
  globals: { locale: 'he' },
  play: async ({ canvasElement, args }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'קוד אימות' });
    await userEvent.click(input);
    await userEvent.keyboard('1234');
    await waitFor(() => expect(args.onComplete).toHaveBeenCalledWith('1234'));
    // Typed in order, drawn in order: 1 leftmost, on a right-to-left page.
    const slots = [...canvasElement.querySelectorAll('[data-vk-otp-slot]')];
    const byPosition = [...slots].sort(
      (a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left,
    );
    await expect(byPosition.map((slot) => slot.textContent)).toEqual(['1', '2', '3', '4']);
  },
};
