import type { Meta, StoryObj } from '@storybook/react-vite';
import { verifyProof } from '@verikit/proxy';
import { createManualClock, MAGIC_NUMBERS } from '@verikit/sinch-emulator';
import { expect, fn, mocked, waitFor } from 'storybook/test';
import { openSeamlessInEmulator, storyBackend, waitForDelivery } from '../../../../.storybook/backend';
import type { BotCheckSlotProps } from './BotCheckStep';
import { PhoneVerification } from './PhoneVerification';

/** The docs page's description: what the component is for, and a copy-paste example. */
const DESCRIPTION = `The whole verification in one component: phone number, method choice, the code or call step, verified; resend with a
visible cooldown, automatic and manual fallback, every error in words, one polite live region. It needs a
\`VerificationProvider\` pointed at your \`@verikit/proxy\`; send the \`proof\` to your backend, which checks it with
\`verifyProof\` before it trusts the number.

\`\`\`tsx
import { VerificationProvider } from '@verikit/react';
import { PhoneVerification } from '@verikit/ui';
import '@verikit/ui/styles.css';

export function SignupPhone({ onProof }: { onProof: (proof: string) => void }) {
  return (
    <VerificationProvider baseUrl="/api/verification">
      <PhoneVerification
        methods={['sms', 'flashCall', 'callout']} // allowed, in order of preference
        countries={['SE', 'DE', 'GB']} // match the proxy's allow-list
        defaultCountry="SE"
        onVerified={({ proof }) => proof && onProof(proof)}
      />
    </VerificationProvider>
  );
}
\`\`\``;

// Every story runs the drop-in on the real proxy and emulator in this tab (see .storybook/backend.ts).
const meta = {
  title: 'Components/PhoneVerification',
  component: PhoneVerification,
  parameters: { docs: { description: { component: DESCRIPTION } } },
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
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.type(canvas.getByRole('textbox', { name: 'Phone number' }), NUMBER);
    await userEvent.click(canvas.getByRole('radio', { name: 'Missed call' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Call me' }));
    await expect(
      await canvas.findByRole('heading', { name: 'We are calling you — don’t answer' }),
    ).toBeVisible();
    await expect(canvas.getByRole('timer')).toBeVisible();
    // The missed call rang from a number whose last digits the person types.
    const call = await waitForDelivery(NUMBER, { method: 'flashcall' });
    const digits = await canvas.findByRole('textbox', {
      name: /missing digits of the number that called you/,
    });
    const missing = Number(
      /The (\d+) missing digits/.exec(
        digits.getAttribute('aria-label') ?? (digits as HTMLInputElement).labels?.[0]?.textContent ?? '',
      )?.[1],
    );
    await expect(missing).toBeGreaterThan(0);
    await expect(digits).toHaveFocus();
    await userEvent.keyboard((call.cli ?? '').slice(-missing));
    await expect(await canvas.findByRole('heading', { name: 'Phone number verified' })).toHaveFocus();
    await waitFor(() => expect(args.onVerified).toHaveBeenCalledTimes(1));
  },
};

export const Callout: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.type(canvas.getByRole('textbox', { name: 'Phone number' }), NUMBER);
    await userEvent.click(canvas.getByRole('radio', { name: 'Voice call' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Call me' }));
    await expect(
      await canvas.findByRole('heading', { name: 'We are calling you — listen for the code' }),
    ).toBeVisible();
    // The voice reads the code digit by digit.
    const call = await waitForDelivery(NUMBER, { method: 'callout' });
    await expect(call.text).toContain((call.code ?? '').split('').join(', '));
    await expect(await canvas.findByRole('textbox', { name: 'Verification code' })).toHaveFocus();
    await userEvent.keyboard(call.code ?? '');
    await expect(await canvas.findByRole('heading', { name: 'Phone number verified' })).toHaveFocus();
    await waitFor(() => expect(args.onVerified).toHaveBeenCalledTimes(1));
  },
};

export const WhatsApp: Story = {
  // WhatsApp costs money per message: the proxy offers it only when listed.
  parameters: { verikit: { proxy: { allowedMethods: ['whatsapp', 'sms', 'callout'] } } },
  args: { methods: ['whatsapp', 'sms', 'callout'] },
  play: async ({ canvas, userEvent, args }) => {
    await expect(canvas.getByRole('radio', { name: 'WhatsApp message' })).toBeChecked();
    await userEvent.type(canvas.getByRole('textbox', { name: 'Phone number' }), NUMBER);
    await userEvent.click(canvas.getByRole('button', { name: 'Send me a code on WhatsApp' }));
    const message = await waitForDelivery(NUMBER, { method: 'whatsapp' });
    await expect(await canvas.findByRole('heading', { name: 'We sent a code on WhatsApp' })).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: 'Verification code' })).toHaveFocus();
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent('We sent a code on WhatsApp to +46 70 123 45 67.'),
    );
    await expect(canvas.getByRole('button', { name: 'Text me a code instead' })).toBeVisible();
    await userEvent.keyboard(message.code ?? '');
    await expect(await canvas.findByRole('heading', { name: 'Phone number verified' })).toHaveFocus();
    await waitFor(() => expect(args.onVerified).toHaveBeenCalledTimes(1));
  },
};

export const Seamless: Story = {
  name: 'Seamless (mobile data)',
  // The link opens on the emulator in this tab, as a phone's data session would open it at Sinch.
  args: { methods: ['seamless', 'sms'], openSeamless: openSeamlessInEmulator },
  play: async ({ canvas, userEvent, args }) => {
    await expect(canvas.getByRole('radio', { name: 'Mobile data' })).toBeChecked();
    await userEvent.type(canvas.getByRole('textbox', { name: 'Phone number' }), NUMBER);
    await userEvent.click(canvas.getByRole('button', { name: 'Verify my number' }));
    await expect(await canvas.findByRole('heading', { name: 'Checking your number' })).toBeVisible();
    // The flow polls the status (every 3 s) until the emulator has seen the link opened.
    await expect(
      await canvas.findByRole('heading', { name: 'Phone number verified' }, { timeout: 15_000 }),
    ).toHaveFocus();
    await waitFor(() => expect(args.onVerified).toHaveBeenCalledTimes(1));
    // Nothing was texted or called: the data session alone vouched for the number.
    await expect(
      storyBackend()
        .emulator.inbox.for(NUMBER)
        .map((delivery) => delivery.method),
    ).toEqual(['seamless']);
    const [verified] = mocked(args.onVerified ?? fn()).mock.calls[0] ?? [];
    const proof = await verifyProof(verified?.proof ?? '', { secret: storyBackend().proofSecret });
    await expect(proof.phoneNumber).toBe(NUMBER);
    await expect(proof.method).toBe('seamless');
  },
};

export const Sending: Story = {
  // The emulator answers this number 3 s late: long enough to see the sending state.
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole('textbox', { name: 'Phone number' }), MAGIC_NUMBERS.slow);
    await userEvent.click(canvas.getByRole('button', { name: 'Text me a code' }));
    const sending = await canvas.findByRole('button', { name: 'Sending…' });
    await expect(sending).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByRole('textbox', { name: 'Phone number' })).toHaveAttribute('readonly');
    await expect(canvas.getByRole('radio', { name: 'Voice call' })).toBeDisabled();
    // A second press while sending starts nothing more.
    await userEvent.click(sending);
    await expect(
      await canvas.findByRole('heading', { name: 'Enter the code we texted you' }, { timeout: 15_000 }),
    ).toBeVisible();
    await expect(storyBackend().emulator.inbox.for(MAGIC_NUMBERS.slow)).toHaveLength(1);
  },
};

const expiryClock = createManualClock(Date.now());

export const Expired: Story = {
  // The emulator's clock moves only when told: the code's 10 minutes pass at once.
  parameters: { verikit: { emulator: { now: expiryClock.now } } },
  play: async ({ canvas, userEvent }) => {
    expiryClock.set(Date.now());
    await userEvent.type(canvas.getByRole('textbox', { name: 'Phone number' }), NUMBER);
    await userEvent.click(canvas.getByRole('button', { name: 'Text me a code' }));
    const sms = await waitForDelivery(NUMBER);
    await expect(await canvas.findByRole('textbox', { name: 'Verification code' })).toHaveFocus();
    expiryClock.advance(11 * 60 * 1000);
    await userEvent.keyboard(sms.code ?? '');
    await expect(
      await canvas.findByText('The code has expired. Request a new one.', { selector: 'p' }),
    ).toBeVisible();
    await expect(canvas.queryByRole('heading', { name: 'Phone number verified' })).toBeNull();
  },
};

export const TooManyWrongCodes: Story = {
  parameters: { verikit: { proxy: { limits: { attemptsPerVerification: 2 } } } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole('textbox', { name: 'Phone number' }), MAGIC_NUMBERS.fixedCode);
    await userEvent.click(canvas.getByRole('button', { name: 'Text me a code' }));
    const code = await canvas.findByRole('textbox', { name: 'Verification code' });
    for (const wrong of ['9999', '8888']) {
      await userEvent.clear(code);
      await userEvent.type(code, wrong);
      await waitFor(() => expect(code).toHaveAccessibleDescription(/That code is not right/));
    }
    await userEvent.clear(code);
    await userEvent.type(code, '7777');
    await waitFor(() => expect(canvas.getByText('Too many wrong codes. Request a new code.')).toBeVisible());
  },
};

export const DeliveryFailureFallsBack: Story = {
  // Text messages to this number are accepted, then never arrive; calls get through.
  parameters: {
    verikit: { emulator: { faults: [{ match: NUMBER, methods: ['sms'], fault: 'deliveryFailure' }] } },
  },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.type(canvas.getByRole('textbox', { name: 'Phone number' }), NUMBER);
    await userEvent.click(canvas.getByRole('button', { name: 'Text me a code' }));
    // A status poll finds the failed delivery: the flow calls instead, and says why.
    await expect(
      await canvas.findByRole('heading', { name: 'We are calling you — don’t answer' }, { timeout: 15_000 }),
    ).toBeVisible();
    await expect(
      canvas.getByText(
        'We could not deliver the message. Try another way. So we switched to a missed call.',
        {
          selector: '.vk-verification__note',
        },
      ),
    ).toBeVisible();
    const call = await waitForDelivery(NUMBER, { method: 'flashcall' });
    await expect(
      storyBackend()
        .emulator.inbox.for(NUMBER)
        .map((delivery) => delivery.method),
    ).toEqual(['flashcall']);
    const digits = await canvas.findByRole('textbox', {
      name: /missing digits of the number that called you/,
    });
    const label = (digits as HTMLInputElement).labels?.[0]?.textContent ?? digits.getAttribute('aria-label');
    const missing = Number(/The (\d+) missing digits/.exec(label ?? '')?.[1]);
    await userEvent.type(digits, (call.cli ?? '').slice(-missing));
    await expect(await canvas.findByRole('heading', { name: 'Phone number verified' })).toBeVisible();
    await waitFor(() => expect(args.onVerified).toHaveBeenCalledTimes(1));
  },
};

/** A stand-in for Turnstile or hCaptcha, as an app could write for its own check: a checkbox that gives a token. */
function StoryBotCheckWidget({ onToken, isBusy }: BotCheckSlotProps) {
  return (
    <>
      <label>
        <input
          type="checkbox"
          disabled={isBusy}
          onChange={(event) => event.target.checked && onToken(`story-${crypto.randomUUID()}`)}
        />
        I am a person
      </label>
      <button type="button" disabled={isBusy} onClick={() => onToken(`bot-${crypto.randomUUID()}`)}>
        Act like a bot
      </button>
    </>
  );
}

const storyBotCheck = { when: 'always', verifier: (token: string) => token.startsWith('story-') } as const;

/** The proxy asks every start for a bot check (`botCheck: { when: 'always' }` with a custom verifier). */
export const BotCheck: Story = {
  args: { renderBotCheck: (props) => <StoryBotCheckWidget {...props} /> },
  parameters: {
    verikit: {
      proxy: { botCheck: storyBotCheck },
    },
  },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.type(canvas.getByRole('textbox', { name: 'Phone number' }), NUMBER);
    await userEvent.click(canvas.getByRole('button', { name: 'Text me a code' }));
    await expect(await canvas.findByRole('heading', { name: 'Confirm you are a person' })).toHaveFocus();
    await expect(canvas.getByText('Confirm you are a person to continue.', { selector: 'p' })).toBeVisible();
    await userEvent.click(canvas.getByRole('checkbox', { name: 'I am a person' }));
    const sms = await waitForDelivery(NUMBER);
    await expect(await canvas.findByRole('textbox', { name: 'Verification code' })).toHaveFocus();
    await userEvent.keyboard(sms.code ?? '');
    await expect(await canvas.findByRole('heading', { name: 'Phone number verified' })).toHaveFocus();
    await waitFor(() => expect(args.onVerified).toHaveBeenCalledTimes(1));
  },
};

/** The verifier refuses a bot's token: the step says so and renders the widget afresh; a person's token passes. */
export const BotCheckRefused: Story = {
  args: { renderBotCheck: (props) => <StoryBotCheckWidget {...props} /> },
  parameters: { verikit: { proxy: { botCheck: storyBotCheck } } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole('textbox', { name: 'Phone number' }), NUMBER);
    await userEvent.click(canvas.getByRole('button', { name: 'Text me a code' }));
    await expect(await canvas.findByRole('heading', { name: 'Confirm you are a person' })).toHaveFocus();
    await userEvent.click(canvas.getByRole('button', { name: 'Act like a bot' }));
    await expect(
      await canvas.findByText('We could not confirm you are a person. Please try again.', { selector: 'p' }),
    ).toBeVisible();
    await userEvent.click(canvas.getByRole('checkbox', { name: 'I am a person' }));
    await expect(await canvas.findByRole('textbox', { name: 'Verification code' })).toHaveFocus();
  },
};

/** The proxy asks for a bot check but the app gave no `renderBotCheck`: the person reads why nothing was sent. */
export const BotCheckWithoutSlot: Story = {
  parameters: {
    verikit: { proxy: { botCheck: { when: 'always', verifier: () => true } } },
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole('textbox', { name: 'Phone number' }), NUMBER);
    await userEvent.click(canvas.getByRole('button', { name: 'Text me a code' }));
    await expect(
      await canvas.findByText('Confirm you are a person to continue.', { selector: 'p' }),
    ).toBeVisible();
    await expect(canvas.queryByRole('textbox', { name: 'Verification code' })).toBeNull();
  },
};

export const ServiceUnavailable: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole('textbox', { name: 'Phone number' }), MAGIC_NUMBERS.unavailable);
    await userEvent.click(canvas.getByRole('button', { name: 'Text me a code' }));
    await expect(
      await canvas.findByText(
        'The verification service is not available right now. Please try again in a moment.',
        { selector: 'p' },
      ),
    ).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Text me a code' })).not.toHaveAttribute('aria-disabled');
  },
};

export const CountryNotAllowed: Story = {
  args: { defaultCountry: 'DE' },
  parameters: { verikit: { proxy: { allowedCountries: ['SE'] } } },
  play: async ({ canvas, userEvent }) => {
    const field = canvas.getByRole('textbox', { name: 'Phone number' });
    await userEvent.type(field, '+4930123456');
    await userEvent.click(canvas.getByRole('button', { name: 'Text me a code' }));
    // The +49 plan loads first (on demand), then the proxy refuses the country.
    await waitFor(
      () =>
        expect(field).toHaveAccessibleDescription(
          /Phone numbers from this country cannot be verified here\./,
        ),
      { timeout: 10_000 },
    );
    await expect(storyBackend().emulator.inbox.all()).toEqual([]);
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
  play: async ({ canvas, userEvent }) => {
    await expect(canvas.getByRole('heading', { name: 'تحقّق من رقم هاتفك' })).toBeVisible();
    await userEvent.type(canvas.getByRole('textbox', { name: 'رقم الهاتف' }), MAGIC_NUMBERS.fixedCode);
    await userEvent.click(canvas.getByRole('button', { name: 'أرسل لي رمزًا' }));
    const code = await canvas.findByRole('textbox', { name: 'رمز التحقق' });
    await userEvent.keyboard('9999');
    // The wrong code in Arabic, right to left, on the field it is about.
    await waitFor(() =>
      expect(code).toHaveAccessibleDescription(/هذا الرمز غير صحيح\. تحقّق منه وحاول مرة أخرى\./),
    );
    await expect(code).toBeInvalid();
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

// Axe runs once a play function ends: these replay the wrong-code and verified journeys in the other themes, so the
// contrast of the step, the slots, the error and the verified state is judged in each.
export const DarkThemeWrongCode: Story = { ...WrongCode, globals: { theme: 'dark' } };

export const BrandThemeWrongCode: Story = { ...WrongCode, globals: { theme: 'brand' } };

export const BrandThemeVerified: Story = { ...SmsVerified, globals: { theme: 'brand' } };
