import type { FlowClock, VerificationMethod } from '@verikit/core';
import { type ProxyLimits, verifyProof } from '@verikit/proxy';
import { VerificationProvider } from '@verikit/react';
import {
  createManualClock,
  createSinchEmulator,
  MAGIC_NUMBERS,
  type SinchEmulatorOptions,
} from '@verikit/sinch-emulator';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
// Types of the holdRequests / releaseRequests commands (registered in vitest.config.ts).
import type {} from '../../../../scripts/holdRequests';
import '../styles.css';
import { directionOf, LocaleProvider } from '../i18n/LocaleProvider';
import { ar } from '../locales/ar';
import { he } from '../locales/he';
import { emulatedClient, TEST_PROOF_SECRET } from '../testing/emulatedClient';
import { PhoneVerification } from './PhoneVerification';

// The drop-in end to end: the real proxy on the real emulator, in-process, on a clock only the test moves.
const NUMBER = '+46701234567';

function createTestClock(): FlowClock & { advance(ms: number): void } {
  return createManualClock(Date.UTC(2026, 0, 1));
}

interface SetupOptions {
  methods?: VerificationMethod[];
  limits?: Partial<ProxyLimits>;
  resendCooldownMs?: number;
  locale?: string;
  faults?: SinchEmulatorOptions['faults'];
}

async function setup(options: SetupOptions = {}) {
  const clock = createTestClock();
  const emulator = createSinchEmulator({ now: clock.now, seed: 7, faults: options.faults });
  const methods = options.methods ?? ['sms'];
  const client = emulatedClient({
    fetch: emulator.fetch,
    now: clock.now,
    allowedMethods: methods,
    // The proxy's resend cooldown (per number and method) also holds back restarts of a method; tests of those switch it off.
    limits: options.limits ?? { resendCooldownSeconds: 0 },
  });
  const onVerified = vi.fn();
  // A new key mounts a fresh drop-in on the same proxy: what a page reload does to the browser's side.
  const dropIn = (instance: number) => (
    <LocaleProvider
      locale={options.locale ?? 'en'}
      messages={options.locale === 'ar' ? ar : options.locale === 'he' ? he : undefined}
    >
      <div dir={directionOf(options.locale ?? 'en')} lang={options.locale ?? 'en'}>
        <VerificationProvider client={client}>
          <PhoneVerification
            key={instance}
            methods={methods}
            clock={clock}
            resendCooldownMs={options.resendCooldownMs}
            onVerified={onVerified}
          />
        </VerificationProvider>
      </div>
    </LocaleProvider>
  );
  let instance = 0;
  const screen = await render(dropIn(instance));
  const reload = () => screen.rerender(dropIn(++instance));
  return { clock, emulator, onVerified, screen, reload };
}

async function enterNumber(number: string, method?: string) {
  await userEvent.fill(page.getByRole('textbox', { name: 'Phone number' }), number);
  if (method) await userEvent.click(page.getByRole('radio', { name: method }));
}

async function axeViolations(container: HTMLElement) {
  const results = await axe.run(container, { resultTypes: ['violations'] });
  return results.violations.map((violation) => `${violation.id}: ${violation.help}`);
}

describe('PhoneVerification end to end (proxy + emulator in-process)', () => {
  it('verifies by SMS: code sent, typed, verified with a proof the backend accepts', async () => {
    const { emulator, onVerified, screen } = await setup();
    expect(await axeViolations(screen.container)).toEqual([]);
    await enterNumber(NUMBER);
    await userEvent.click(page.getByRole('button', { name: 'Text me a code' }));
    const code = page.getByRole('textbox', { name: 'Verification code' });
    await expect.element(page.getByRole('heading', { name: 'Enter the code we texted you' })).toBeVisible();
    // Focus moves to the new step's field; the live region says what happened.
    await expect.element(code).toHaveFocus();
    // The number as people read it, in the step and in the one live region (the step's own stays silent).
    await expect.element(page.getByRole('status')).toHaveTextContent('We sent a code to +46 70 123 45 67.');
    await expect
      .element(
        page
          .getByRole('region', { name: 'Enter the code we texted you' })
          .getByText('We sent a code to +46 70 123 45 67.', { exact: true }),
      )
      .toBeVisible();
    expect(screen.container.querySelectorAll('[aria-live]')).toHaveLength(1);
    expect(await axeViolations(screen.container)).toEqual([]);
    const sms = emulator.inbox.latest(NUMBER)?.code as string;
    await userEvent.keyboard(sms);
    await expect.element(page.getByRole('heading', { name: 'Phone number verified' })).toHaveFocus();
    await expect.element(page.getByText('+46 70 123 45 67 is verified.', { exact: true })).toBeVisible();
    expect(onVerified).toHaveBeenCalledTimes(1);
    const proof = onVerified.mock.calls[0]?.[0].proof as string;
    await expect(
      verifyProof(proof, { secret: TEST_PROOF_SECRET, now: () => Date.UTC(2026, 0, 1) }),
    ).resolves.toMatchObject({ phoneNumber: NUMBER });
    expect(await axeViolations(screen.container)).toEqual([]);
  });

  it('says a wrong code is wrong, with the attempts left, and accepts the right one after it', async () => {
    const { emulator, onVerified } = await setup();
    await enterNumber(NUMBER);
    await userEvent.click(page.getByRole('button', { name: 'Text me a code' }));
    const code = page.getByRole('textbox', { name: 'Verification code' });
    await expect.element(code).toHaveFocus();
    const sms = emulator.inbox.latest(NUMBER)?.code as string;
    const wrong = sms === '0000' ? '1111' : '0000';
    await userEvent.keyboard(wrong);
    await expect
      .element(code)
      .toHaveAccessibleDescription(/That code is not right\. Check it and try again\. 4 attempts left/);
    await expect.element(code).toBeInvalid();
    await expect.element(page.getByRole('status')).toHaveTextContent('That code is not right');
    await userEvent.click(code);
    await userEvent.keyboard(`{Control>}a{/Control}${sms}`);
    await expect.element(page.getByRole('heading', { name: 'Phone number verified' })).toBeVisible();
    expect(onVerified).toHaveBeenCalledTimes(1);
  });

  it('shows an expired code in words and verifies with a new one', async () => {
    const { clock, emulator } = await setup();
    await enterNumber(NUMBER);
    await userEvent.click(page.getByRole('button', { name: 'Text me a code' }));
    await expect.element(page.getByRole('timer')).toBeVisible();
    // Countdown milestones reach the live region (not every second): one minute, then ten seconds, then time up.
    const [minutes, seconds] = (page.getByRole('timer').element().textContent ?? '0:00')
      .split(':')
      .map(Number);
    const total = (minutes ?? 0) * 60 + (seconds ?? 0);
    clock.advance((total - 55) * 1000);
    await expect.element(page.getByRole('status')).toHaveTextContent('1 minute left.');
    clock.advance(47_000);
    await expect.element(page.getByRole('status')).toHaveTextContent('10 seconds left.');
    clock.advance(15 * 60 * 1000);
    await expect.element(page.getByText('The code has expired. Request a new one.')).toBeVisible();
    await expect.element(page.getByRole('timer')).toHaveTextContent('0:00');
    await userEvent.click(page.getByRole('button', { name: 'Send a new code' }));
    const code = page.getByRole('textbox', { name: 'Verification code' });
    await expect.element(code).toHaveFocus();
    await userEvent.keyboard(emulator.inbox.latest(NUMBER)?.code as string);
    await expect.element(page.getByRole('heading', { name: 'Phone number verified' })).toBeVisible();
  });

  it('counts the resend cooldown down visibly and says when to ask again while the proxy holds the resend', async () => {
    const { clock } = await setup({ limits: { resendCooldownSeconds: 42 }, resendCooldownMs: 20_000 });
    await enterNumber(NUMBER);
    await userEvent.click(page.getByRole('button', { name: 'Text me a code' }));
    const resend = page.getByRole('button', { name: /Send a new code in 0:20/ });
    await expect.element(resend).toHaveAttribute('aria-disabled', 'true');
    clock.advance(20_000);
    await userEvent.click(page.getByRole('button', { name: 'Send a new code' }));
    await expect
      .element(page.getByRole('status'))
      .toHaveTextContent('A code was just sent to this number. Ask for a new one in 0:22.');
    clock.advance(1000);
    await expect
      .element(page.getByText('A code was just sent to this number. Ask for a new one in 0:21.'))
      .toBeVisible();
  });

  it('says a code was just sent, not "too many attempts", when a reload restarts the number in the cooldown', async () => {
    const { clock, reload } = await setup({ limits: { resendCooldownSeconds: 30 } });
    await enterNumber(NUMBER);
    await userEvent.click(page.getByRole('button', { name: 'Text me a code' }));
    await expect.element(page.getByRole('heading', { name: 'Enter the code we texted you' })).toBeVisible();
    clock.advance(1000);
    await reload();
    await enterNumber(NUMBER);
    await userEvent.click(page.getByRole('button', { name: 'Text me a code' }));
    // Shown under the number, and said once in the live region.
    await expect
      .element(page.getByText('A code was just sent to this number. Ask for a new one in 0:29.').first())
      .toBeVisible();
    await expect.element(page.getByRole('status')).toHaveTextContent('A code was just sent to this number.');
    await expect.element(page.getByText(/Too many attempts/)).not.toBeInTheDocument();
  });

  it('falls back by itself when the SMS cannot be delivered, and verifies by voice call', async () => {
    const { clock, emulator, onVerified } = await setup({
      methods: ['sms', 'callout'],
      faults: [{ match: NUMBER, methods: ['sms'], fault: 'deliveryFailure' }],
    });
    await enterNumber(NUMBER, 'Text message (SMS)');
    await userEvent.click(page.getByRole('button', { name: 'Text me a code' }));
    await expect.element(page.getByRole('heading', { name: 'Enter the code we texted you' })).toBeVisible();
    clock.advance(3000);
    await expect
      .element(page.getByRole('heading', { name: 'We are calling you — listen for the code' }))
      .toBeVisible();
    // The person is told why the method changed, although the new step cleared the error.
    await expect.element(page.getByText(/So we switched to a voice call\.$/)).toBeVisible();
    const code = page.getByRole('textbox', { name: 'Verification code' });
    await expect.element(code).toHaveFocus();
    const call = emulator.inbox.latest(NUMBER);
    expect(call?.method).toBe('callout');
    await userEvent.keyboard(call?.code as string);
    await expect.element(page.getByRole('heading', { name: 'Phone number verified' })).toBeVisible();
    expect(onVerified).toHaveBeenCalledTimes(1);
  });

  it('switches to a flash call by hand and verifies with the missing digits of the caller number', async () => {
    const { emulator, screen } = await setup({ methods: ['sms', 'flashCall'] });
    await enterNumber(NUMBER, 'Text message (SMS)');
    await userEvent.click(page.getByRole('button', { name: 'Text me a code' }));
    await userEvent.click(page.getByRole('button', { name: 'Verify with a missed call instead' }));
    await expect
      .element(page.getByRole('heading', { name: 'We are calling you — don’t answer' }))
      .toBeVisible();
    const digits = page.getByRole('textbox', { name: /missing digits of the number that called you/ });
    await expect.element(digits).toHaveFocus();
    expect(await axeViolations(screen.container)).toEqual([]);
    const cli = emulator.inbox.latest(NUMBER)?.cli as string;
    const length = screen.container.querySelectorAll('[data-vk-otp-slot]').length;
    await userEvent.keyboard(cli.slice(-length));
    await expect.element(page.getByRole('heading', { name: 'Phone number verified' })).toBeVisible();
  });

  it('verifies by voice call chosen up front, and goes back to change the number', async () => {
    const { emulator } = await setup({ methods: ['sms', 'callout'] });
    await enterNumber(NUMBER, 'Voice call');
    await userEvent.click(page.getByRole('button', { name: 'Call me' }));
    await expect
      .element(page.getByRole('heading', { name: 'We are calling you — listen for the code' }))
      .toBeVisible();
    await userEvent.click(page.getByRole('button', { name: 'Change number' }));
    const phone = page.getByRole('textbox', { name: 'Phone number' });
    await expect.element(phone).toHaveFocus();
    await userEvent.click(page.getByRole('button', { name: 'Call me' }));
    await expect.element(page.getByRole('textbox', { name: 'Verification code' })).toHaveFocus();
    await userEvent.keyboard(emulator.inbox.latest(NUMBER)?.code as string);
    await expect.element(page.getByRole('heading', { name: 'Phone number verified' })).toBeVisible();
  });

  it('speaks Arabic right to left with the error catalogue translated', async () => {
    await setup({ locale: 'ar' });
    await expect.element(page.getByRole('heading', { name: 'تحقّق من رقم هاتفك' })).toBeVisible();
    await userEvent.fill(page.getByRole('textbox').first(), MAGIC_NUMBERS.denied);
    await userEvent.click(page.getByRole('button', { name: 'أرسل لي رمزًا' }));
    await expect.element(page.getByText('لا يمكن التحقق من هذا الرقم. جرّب رقمًا آخر.').first()).toBeVisible();
  });

  it('verifies in Hebrew, right to left, the number kept left to right', async () => {
    const { emulator, onVerified, screen } = await setup({ locale: 'he' });
    await expect.element(page.getByRole('heading', { name: 'אימות מספר הטלפון שלכם' })).toBeVisible();
    await userEvent.fill(page.getByRole('textbox', { name: 'מספר טלפון' }), NUMBER);
    await userEvent.click(page.getByRole('button', { name: 'שלחו לי קוד' }));
    const step = page.getByRole('region', { name: 'הזינו את הקוד ששלחנו לכם' });
    await expect.element(step).toBeVisible();
    await expect.element(page.getByRole('status')).toHaveTextContent('שלחנו קוד למספר +46 70 123 45 67.');
    const number = step.getByText('+46 70 123 45 67', { exact: true }).element();
    expect(getComputedStyle(number).direction).toBe('ltr');
    expect(getComputedStyle(step.element()).direction).toBe('rtl');
    const code = page.getByRole('textbox', { name: 'קוד אימות' });
    await expect.element(code).toHaveFocus();
    await expect.element(code).toHaveAccessibleDescription(/^הזינו את הקוד בן \d הספרות$/);
    expect(await axeViolations(screen.container)).toEqual([]);
    const sms = emulator.inbox.latest(NUMBER)?.code as string;
    await userEvent.keyboard(sms === '0000' ? '1111' : '0000');
    await expect
      .element(code)
      .toHaveAccessibleDescription(/הקוד הזה שגוי\. בדקו אותו ונסו שוב\. נותרו 4 ניסיונות/);
    await expect.element(page.getByRole('status')).toHaveTextContent('הקוד הזה שגוי');
    expect(await axeViolations(screen.container)).toEqual([]);
    await userEvent.click(code);
    await userEvent.keyboard(`{Control>}a{/Control}${sms}`);
    await expect.element(page.getByRole('heading', { name: 'מספר הטלפון אומת' })).toHaveFocus();
    await expect.element(page.getByText('המספר +46 70 123 45 67 אומת.', { exact: true })).toBeVisible();
    expect(onVerified).toHaveBeenCalledTimes(1);
  });
});

describe('PhoneVerification right after the page loads', () => {
  // The +44 plan is loaded by no other test in this file: it arrives only when the test lets it through.
  const UK_PLAN = String.raw`/phone/metadata/groups/44(\.ts)?(\?|$)`;
  const UK_NUMBER = '+447700900123';

  it('sends a number submitted before its numbering plan arrived, once it does', async () => {
    const { emulator } = await setup();
    await commands.holdRequests(UK_PLAN);
    try {
      // An autofilled number and a quick click: the plan is still on its way, so the number cannot be read yet.
      await enterNumber(UK_NUMBER);
      await userEvent.click(page.getByRole('button', { name: 'Text me a code' }));
      await expect.element(page.getByRole('button', { name: 'Sending…' })).toBeVisible();
      expect(page.getByText('Enter your phone number.').query()).toBeNull();
      expect(emulator.inbox.latest(UK_NUMBER)).toBeUndefined();
    } finally {
      expect(await commands.releaseRequests(UK_PLAN)).toBe(1);
    }
    await expect.element(page.getByRole('heading', { name: 'Enter the code we texted you' })).toBeVisible();
    await expect.element(page.getByRole('textbox', { name: 'Verification code' })).toHaveFocus();
    expect(emulator.inbox.latest(UK_NUMBER)?.method).toBe('sms');
  });

  it('says so when the plan cannot load, instead of waiting for ever', async () => {
    // The +61 plan, like the +44 one, is loaded by no other test in this file.
    const AU_PLAN = String.raw`/phone/metadata/groups/61(\.ts)?(\?|$)`;
    const AU_NUMBER = '+61412345678';
    const { emulator } = await setup();
    await commands.holdRequests(AU_PLAN);
    await enterNumber(AU_NUMBER);
    await userEvent.click(page.getByRole('button', { name: 'Text me a code' }));
    await expect.element(page.getByRole('button', { name: 'Sending…' })).toBeVisible();
    expect(await commands.releaseRequests(AU_PLAN, { fail: true })).toBe(1);
    const phone = page.getByRole('textbox', { name: 'Phone number' });
    await expect
      .element(phone)
      .toHaveAccessibleDescription(
        'We could not check this number. Check your connection, then edit the number to try again.',
      );
    await expect.element(page.getByRole('button', { name: 'Text me a code' })).toBeVisible();
    await expect.element(phone).not.toHaveAttribute('readonly');
    expect(emulator.inbox.latest(AU_NUMBER)).toBeUndefined();
  });

  it('loads the plan again on the next edit after it failed, and then sends', async () => {
    // The +81 plan is loaded by no other test in this file: its first request fails, as a dropped connection would.
    const JP_PLAN = String.raw`/phone/metadata/groups/81(\.ts)?(\?|$)`;
    const JP_NUMBER = '+819012345678';
    const { emulator } = await setup();
    await commands.holdRequests(JP_PLAN);
    await enterNumber(JP_NUMBER);
    await userEvent.click(page.getByRole('button', { name: 'Text me a code' }));
    await expect.element(page.getByRole('button', { name: 'Sending…' })).toBeVisible();
    expect(await commands.releaseRequests(JP_PLAN, { fail: true })).toBe(1);
    const phone = page.getByRole('textbox', { name: 'Phone number' });
    await expect.element(phone).toHaveAccessibleDescription(/We could not check this number/);

    // The connection is back: one more digit and its removal are an edit, which must fetch the plan again.
    await userEvent.click(phone);
    await userEvent.keyboard('{End}1{Backspace}');
    await expect.element(phone).not.toHaveAccessibleDescription(/We could not check this number/);
    await userEvent.click(page.getByRole('button', { name: 'Text me a code' }));
    await expect.element(page.getByRole('heading', { name: 'Enter the code we texted you' })).toBeVisible();
    expect(emulator.inbox.latest(JP_NUMBER)?.method).toBe('sms');
  });
});

describe('PhoneVerification phone step errors', () => {
  it('says what is wrong with the number, not that it is missing', async () => {
    await setup();
    await enterNumber('+46701');
    await userEvent.click(page.getByRole('button', { name: 'Text me a code' }));
    await expect
      .element(page.getByRole('textbox', { name: 'Phone number' }))
      .toHaveAccessibleDescription('This number is too short.');
  });

  it('asks for a number when the field is empty', async () => {
    await setup();
    await userEvent.click(page.getByRole('button', { name: 'Text me a code' }));
    await expect
      .element(page.getByRole('textbox', { name: 'Phone number' }))
      .toHaveAccessibleDescription('Enter your phone number.');
  });
});
