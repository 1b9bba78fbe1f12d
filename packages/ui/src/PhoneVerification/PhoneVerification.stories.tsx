import type { Meta, StoryObj } from '@storybook/react-vite';
import { MAGIC_NUMBERS } from '@verikit/sinch-emulator';
import { expect, fn, waitFor } from 'storybook/test';
import { waitForDelivery } from '../../../../.storybook/backend';
import { PhoneVerification } from './PhoneVerification';

// Every story runs the drop-in on the real proxy and emulator in this tab (see .storybook/backend.ts).
const meta = {
  title: 'Components/PhoneVerification',
  component: PhoneVerification,
  args: { methods: ['sms', 'flashCall', 'callout'], defaultCountry: 'SE', onVerified: fn() },
  // Room below the phone field for the country list.
  decorators: [
    (Story) => (
      <div style={{ minHeight: '28rem', padding: '1rem' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof PhoneVerification>;

export default meta;
type Story = StoryObj<typeof meta>;

const NUMBER = '+46701234567';

export const EnterPhone: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Verify your phone number' })).toBeVisible();
    await expect(canvas.getByRole('radio', { name: 'Text message (SMS)' })).toBeChecked();
    await expect(canvas.queryByRole('radio', { name: 'Mobile data' })).toBeNull();
  },
};

export const MissingNumber: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Text me a code' }));
    await expect(canvas.getByRole('textbox', { name: 'Phone number' })).toHaveAccessibleDescription(
      /Enter your phone number\./,
    );
  },
};

export const SmsVerified: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.type(canvas.getByRole('textbox', { name: 'Phone number' }), NUMBER);
    await userEvent.click(canvas.getByRole('button', { name: 'Text me a code' }));
    const sms = await waitForDelivery(NUMBER);
    await expect(await canvas.findByRole('textbox', { name: 'Verification code' })).toHaveFocus();
    await userEvent.keyboard(sms.code ?? '');
    await expect(await canvas.findByRole('heading', { name: 'Phone number verified' })).toHaveFocus();
    await waitFor(() => expect(args.onVerified).toHaveBeenCalledTimes(1));
  },
};

export const WrongCode: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole('textbox', { name: 'Phone number' }), MAGIC_NUMBERS.fixedCode);
    await userEvent.click(canvas.getByRole('button', { name: 'Text me a code' }));
    const code = await canvas.findByRole('textbox', { name: 'Verification code' });
    await userEvent.keyboard('9999');
    await waitFor(() => expect(code).toHaveAccessibleDescription(/That code is not right/));
  },
};

export const FlashCall: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole('textbox', { name: 'Phone number' }), NUMBER);
    await userEvent.click(canvas.getByRole('radio', { name: 'Missed call' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Call me' }));
    await expect(
      await canvas.findByRole('heading', { name: 'We are calling you — don’t answer' }),
    ).toBeVisible();
    await expect(canvas.getByRole('timer')).toBeVisible();
  },
};

export const Callout: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole('textbox', { name: 'Phone number' }), NUMBER);
    await userEvent.click(canvas.getByRole('radio', { name: 'Voice call' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Call me' }));
    await expect(
      await canvas.findByRole('heading', { name: 'We are calling you — listen for the code' }),
    ).toBeVisible();
  },
};

export const RateLimited: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(
      canvas.getByRole('textbox', { name: 'Phone number' }),
      MAGIC_NUMBERS.velocityLimited,
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Text me a code' }));
    // "Try again in 0:59", counting down with the proxy's Retry-After; the live region says it once.
    await expect(
      await canvas.findByText(/^Too many attempts\. Try again in 0:\d\d\.$/, { selector: 'p' }),
    ).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent(/Too many attempts/);
  },
};

export const Denied: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole('textbox', { name: 'Phone number' }), MAGIC_NUMBERS.denied);
    await userEvent.click(canvas.getByRole('button', { name: 'Text me a code' }));
    await waitFor(() =>
      expect(canvas.getByRole('textbox', { name: 'Phone number' })).toHaveAccessibleDescription(
        /This number cannot be verified/,
      ),
    );
  },
};

export const Arabic: Story = {
  globals: { locale: 'ar' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'تحقّق من رقم هاتفك' })).toBeVisible();
  },
};

export const Hebrew: Story = {
  globals: { locale: 'he' },
  play: async ({ canvas, userEvent, args }) => {
    await expect(canvas.getByRole('heading', { name: 'אימות מספר הטלפון שלכם' })).toBeVisible();
    await userEvent.type(canvas.getByRole('textbox', { name: 'מספר טלפון' }), NUMBER);
    await userEvent.click(canvas.getByRole('button', { name: 'שלחו לי קוד' }));
    const sms = await waitForDelivery(NUMBER);
    const step = await canvas.findByRole('region', { name: 'הזינו את הקוד ששלחנו לכם' });
    await expect(step).toHaveTextContent('שלחנו קוד למספר +46 70 123 45 67.');
    await expect(await canvas.findByRole('textbox', { name: 'קוד אימות' })).toHaveFocus();
    await userEvent.keyboard(sms.code ?? '');
    await expect(await canvas.findByRole('heading', { name: 'מספר הטלפון אומת' })).toHaveFocus();
    await waitFor(() => expect(args.onVerified).toHaveBeenCalledTimes(1));
  },
};

export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Bestätigen Sie Ihre Telefonnummer' })).toBeVisible();
  },
};
