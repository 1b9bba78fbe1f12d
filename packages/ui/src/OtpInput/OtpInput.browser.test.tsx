import axe from 'axe-core';
import { Profiler, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../styles.css';
import { LocaleProvider } from '../i18n/LocaleProvider';
import { ar } from '../locales/ar';
import { OtpInput, type OtpInputProps } from './OtpInput';

function slotTexts(container: HTMLElement) {
  return [...container.querySelectorAll('[data-vk-otp-slot]')].map((slot) => slot.textContent ?? '');
}

function field() {
  return page.getByRole('textbox', { name: 'Verification code' });
}

/** Puts `text` on the real clipboard by copying it from a scratch textarea, as a person would. */
async function copyToClipboard(text: string) {
  const scratch = document.createElement('textarea');
  scratch.value = text;
  document.body.append(scratch);
  scratch.focus();
  scratch.select();
  await userEvent.copy();
  scratch.remove();
}

/** What iOS/Android one-time-code autofill does: the whole value replaced in one `input` event. */
function autofill(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setter?.call(input, value);
  input.dispatchEvent(
    new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: value }),
  );
}

async function axeViolations(container: HTMLElement) {
  const results = await axe.run(container, { resultTypes: ['violations'] });
  return results.violations.map((violation) => `${violation.id}: ${violation.help}`);
}

function Harness(props: OtpInputProps) {
  return (
    <form aria-label="Sign up">
      <OtpInput {...props} />
    </form>
  );
}

function Controlled({ onCommit }: { onCommit: (phase: string) => void }) {
  const [code, setCode] = useState('');
  return (
    <Profiler id="otp" onRender={(_id, phase) => onCommit(phase)}>
      <OtpInput value={code} onChange={setCode} />
    </Profiler>
  );
}

describe('OtpInput in Chromium', () => {
  it('is one labelled field with the one-time-code hints, its slots hidden from assistive technology', async () => {
    const screen = await render(<Harness />);
    const input = field().element() as HTMLInputElement;
    expect(page.getByRole('textbox').all()).toHaveLength(1);
    expect(input).toHaveAttribute('autocomplete', 'one-time-code');
    expect(input).toHaveAttribute('inputmode', 'numeric');
    expect(input).toHaveAccessibleDescription('Enter the 6-digit code');
    const slots = screen.container.querySelectorAll('[data-vk-otp-slot]');
    expect(slots).toHaveLength(6);
    for (const slot of slots) expect(slot).toHaveAttribute('aria-hidden', 'true');
    expect(await axeViolations(screen.container)).toEqual([]);
  });

  for (const length of [Number.NaN, 0, -4, 2.5]) {
    it(`falls back to 6 slots, and says so, for the nonsense length ${length}`, async () => {
      const screen = await render(<OtpInput length={length} />);
      expect(screen.container.querySelectorAll('[data-vk-otp-slot]')).toHaveLength(6);
      await expect.element(field()).toHaveAccessibleDescription('Enter the 6-digit code');
    });
  }

  it('shows typed digits in order, drops letters, and completes once', async () => {
    const onComplete = vi.fn();
    const screen = await render(<Harness onComplete={onComplete} />);
    await userEvent.click(field());
    await userEvent.keyboard('12a3 456');
    expect(slotTexts(screen.container)).toEqual(['1', '2', '3', '4', '5', '6']);
    await expect.element(field()).toHaveValue('123456');
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete).toHaveBeenCalledWith('123456');
  });

  it('moves focus to the first empty slot and draws a caret there', async () => {
    const screen = await render(<Harness defaultValue="12" />);
    await userEvent.click(field());
    const slots = screen.container.querySelectorAll('[data-vk-otp-slot]');
    expect(slots[2]).toHaveAttribute('data-active');
    expect(slots[2]?.querySelector('[data-vk-otp-caret]')).not.toBeNull();
    expect(slots[1]).not.toHaveAttribute('data-active');
  });

  it('takes a pasted code with spaces and dashes, whatever slot has the caret', async () => {
    const onComplete = vi.fn();
    const screen = await render(<Harness defaultValue="98" onComplete={onComplete} />);
    await copyToClipboard('123-456');
    await userEvent.click(field());
    await userEvent.paste();
    expect(slotTexts(screen.container)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(onComplete).toHaveBeenCalledExactlyOnceWith('123456');
  });

  it('overwrites from the caret with a partial paste instead of merging with leftovers', async () => {
    const screen = await render(<Harness defaultValue="123456" />);
    await copyToClipboard('9 8');
    await userEvent.click(field());
    await userEvent.keyboard('{Home}{ArrowRight}');
    await userEvent.paste();
    expect(slotTexts(screen.container)).toEqual(['1', '9', '8', '4', '5', '6']);
  });

  it('replaces the whole code when everything is selected and something shorter is pasted', async () => {
    const screen = await render(<Harness defaultValue="123456" />);
    await copyToClipboard('77');
    await userEvent.click(field());
    await userEvent.keyboard('{Control>}a{/Control}');
    await userEvent.paste();
    expect(slotTexts(screen.container)).toEqual(['7', '7', '', '', '', '']);
  });

  it('clears the last digit with Backspace and keeps typing from there', async () => {
    const onComplete = vi.fn();
    const screen = await render(<Harness onComplete={onComplete} />);
    await userEvent.click(field());
    await userEvent.keyboard('123456');
    await userEvent.keyboard('{Backspace}');
    expect(slotTexts(screen.container)).toEqual(['1', '2', '3', '4', '5', '']);
    await userEvent.keyboard('{Backspace}{Backspace}');
    expect(slotTexts(screen.container)).toEqual(['1', '2', '3', '', '', '']);
    await userEvent.keyboard('780');
    expect(slotTexts(screen.container)).toEqual(['1', '2', '3', '7', '8', '0']);
    expect(onComplete.mock.calls).toEqual([['123456'], ['123780']]);
  });

  it('starts a new code with the next keystroke after a code is refused', async () => {
    const onComplete = vi.fn();
    const screen = await render(<Harness onComplete={onComplete} />);
    await userEvent.click(field());
    await userEvent.keyboard('123456');
    await screen.rerender(<Harness onComplete={onComplete} isInvalid errorMessage="Wrong code" />);
    await userEvent.keyboard('6');
    expect(slotTexts(screen.container)).toEqual(['6', '', '', '', '', '']);
    await userEvent.keyboard('54321');
    expect(onComplete.mock.calls).toEqual([['123456'], ['654321']]);
  });

  it('clears a refused code with one Backspace', async () => {
    const screen = await render(<Harness />);
    await userEvent.click(field());
    await userEvent.keyboard('123456');
    await screen.rerender(<Harness isInvalid errorMessage="Wrong code" />);
    await userEvent.keyboard('{Backspace}');
    await expect.element(field()).toHaveValue('');
  });

  it('lets arrows pick a slot whose digit the next keystroke replaces, and Delete clear it', async () => {
    const screen = await render(<Harness defaultValue="123456" />);
    await userEvent.click(field());
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}{ArrowLeft}');
    const slots = screen.container.querySelectorAll('[data-vk-otp-slot]');
    expect(slots[2]).toHaveAttribute('data-active');
    await userEvent.keyboard('9');
    expect(slotTexts(screen.container)).toEqual(['1', '2', '9', '4', '5', '6']);
    await userEvent.keyboard('{Home}');
    expect(slots[0]).toHaveAttribute('data-active');
    await userEvent.keyboard('{Delete}');
    expect(slotTexts(screen.container)).toEqual(['2', '9', '4', '5', '6', '']);
    await userEvent.keyboard('{End}');
    expect(slots[5]).toHaveAttribute('data-active');
  });

  it('puts the caret on the slot a click lands on, whose digit the next keystroke replaces', async () => {
    const screen = await render(<Harness defaultValue="1234" />);
    const input = field().element() as HTMLInputElement;
    const slots = [...screen.container.querySelectorAll<HTMLElement>('[data-vk-otp-slot]')];
    const clickSlot = (index: number) => {
      const box = input.getBoundingClientRect();
      const slot = (slots[index] as HTMLElement).getBoundingClientRect();
      const position = { x: slot.left + slot.width / 2 - box.left, y: slot.top + slot.height / 2 - box.top };
      return userEvent.click(input, { position });
    };
    await clickSlot(1);
    expect(slots[1]).toHaveAttribute('data-active');
    await userEvent.keyboard('9');
    expect(slotTexts(screen.container)).toEqual(['1', '9', '3', '4', '', '']);
    // Past the code, the caret waits in the first empty slot; a click on that slot's caret keeps it there.
    await clickSlot(5);
    expect(slots[4]).toHaveAttribute('data-active');
    await clickSlot(4);
    expect(slots[4]?.querySelector('[data-vk-otp-caret]')).not.toBeNull();
    await clickSlot(0);
    expect(slots[0]).toHaveAttribute('data-active');
    expect(slots[4]).not.toHaveAttribute('data-active');
  });

  it('fills every slot from one autofill event and submits once when a keystroke follows', async () => {
    const onComplete = vi.fn();
    const screen = await render(<Harness onComplete={onComplete} />);
    await userEvent.click(field());
    autofill(field().element() as HTMLInputElement, '482913');
    await expect.element(field()).toHaveValue('482913');
    expect(slotTexts(screen.container)).toEqual(['4', '8', '2', '9', '1', '3']);
    // The person also types the last digit the keyboard suggested: the same code must not submit twice.
    await userEvent.keyboard('3');
    autofill(field().element() as HTMLInputElement, '482913');
    expect(onComplete).toHaveBeenCalledExactlyOnceWith('482913');
  });

  it('takes autofill that appends to a half-typed code as the whole code (iOS)', async () => {
    const screen = await render(<Harness />);
    await userEvent.click(field());
    await userEvent.keyboard('12');
    autofill(field().element() as HTMLInputElement, '12482913');
    expect(slotTexts(screen.container)).toEqual(['4', '8', '2', '9', '1', '3']);
  });

  it('keeps the digit order left to right on a right-to-left page, in Arabic', async () => {
    const screen = await render(
      <div dir="rtl">
        <LocaleProvider locale="ar" messages={ar}>
          <OtpInput defaultValue="1234" length={4} />
        </LocaleProvider>
      </div>,
    );
    const input = page.getByRole('textbox', { name: 'رمز التحقق' });
    await expect.element(input).toHaveAccessibleDescription('أدخل الرمز المكوّن من 4 أرقام');
    const slots = [...screen.container.querySelectorAll('[data-vk-otp-slot]')];
    const lefts = slots.map((slot) => slot.getBoundingClientRect().left);
    expect(slots.map((slot) => slot.textContent)).toEqual(['1', '2', '3', '4']);
    expect([...lefts].sort((a, b) => a - b)).toEqual(lefts);
    await userEvent.click(input);
    await userEvent.keyboard('{Home}');
    expect(slots[0]).toHaveAttribute('data-active');
    await userEvent.keyboard('{ArrowRight}');
    expect(slots[1]).toHaveAttribute('data-active');
    expect(await axeViolations(screen.container)).toEqual([]);
  });

  it('leaves room beside the slots for a password manager badge', async () => {
    const screen = await render(<Harness />);
    const group = screen.container.querySelector('.vk-otp__group') as HTMLElement;
    const input = field().element() as HTMLInputElement;
    const lastSlot = [...screen.container.querySelectorAll('[data-vk-otp-slot]')].at(-1) as HTMLElement;
    // Badges sit at the input's inline end: it must end past the last slot.
    expect(input.getBoundingClientRect().right).toBeGreaterThanOrEqual(
      lastSlot.getBoundingClientRect().right + 32,
    );
    expect(group.getBoundingClientRect().right).toBeCloseTo(lastSlot.getBoundingClientRect().right, 0);
  });

  it('shows dots when masked and an error tied to the field when invalid', async () => {
    const screen = await render(
      <Harness defaultValue="1234" isMasked isInvalid errorMessage="That code is not right." />,
    );
    expect(slotTexts(screen.container)).toEqual(['•', '•', '•', '•', '', '']);
    await expect.element(field()).toBeInvalid();
    await expect
      .element(field())
      .toHaveAccessibleDescription('Enter the 6-digit code That code is not right.');
    expect(await axeViolations(screen.container)).toEqual([]);
  });

  it('cannot be changed while disabled or verifying', async () => {
    const onChange = vi.fn();
    const { rerender } = await render(<Harness defaultValue="12" isDisabled onChange={onChange} />);
    await expect.element(field()).toBeDisabled();
    await rerender(<Harness defaultValue="12" isVerifying onChange={onChange} />);
    await userEvent.click(field());
    await userEvent.keyboard('34');
    await expect.element(field()).toHaveValue('12');
    await expect.element(field()).toHaveAttribute('aria-busy', 'true');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('accepts letters in an alphanumeric code and shows the text keyboard', async () => {
    const screen = await render(<Harness characters="alphanumeric" length={4} />);
    await expect.element(field()).toHaveAttribute('inputmode', 'text');
    await userEvent.click(field());
    await userEvent.keyboard('a1-B2');
    expect(slotTexts(screen.container)).toEqual(['a', '1', 'B', '2']);
  });

  it('reflows at 320 CSS pixels (400 % zoom of 1280) without scrolling sideways', async () => {
    await page.viewport(320, 640);
    const screen = await render(<Harness defaultValue="123" />);
    const root = screen.container.querySelector('.vk-otp') as HTMLElement;
    expect(root.getBoundingClientRect().right).toBeLessThanOrEqual(320);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    const slots = [...screen.container.querySelectorAll('[data-vk-otp-slot]')];
    for (const slot of slots) expect(slot.getBoundingClientRect().right).toBeLessThanOrEqual(320);
    await page.viewport(414, 896);
  });

  it('renders once per keystroke', async () => {
    const commits: string[] = [];
    await render(<Controlled onCommit={(phase) => commits.push(phase)} />);
    await userEvent.click(field());
    commits.length = 0;
    await userEvent.keyboard('1');
    await expect.element(field()).toHaveValue('1');
    expect(commits).toHaveLength(1);
    commits.length = 0;
    await userEvent.keyboard('2');
    await expect.element(field()).toHaveValue('12');
    expect(commits).toHaveLength(1);
  });
});

describe('OtpInput with WebOTP (a stubbed navigator.credentials)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  function stubWebOtp(answer: (signal: AbortSignal) => Promise<unknown>) {
    vi.stubGlobal('OTPCredential', class OTPCredential {});
    const signals: AbortSignal[] = [];
    const get = vi.spyOn(navigator.credentials, 'get').mockImplementation((options) => {
      const signal = (options as { signal: AbortSignal }).signal;
      signals.push(signal);
      return answer(signal) as Promise<Credential | null>;
    });
    return { get, signals };
  }

  it('fills every slot from the SMS and completes once', async () => {
    const { get } = stubWebOtp(() => Promise.resolve({ type: 'otp', code: '654321' }));
    const onComplete = vi.fn();
    const screen = await render(<Harness onComplete={onComplete} />);
    await expect.element(field()).toHaveValue('654321');
    expect(slotTexts(screen.container)).toEqual(['6', '5', '4', '3', '2', '1']);
    expect(onComplete).toHaveBeenCalledExactlyOnceWith('654321');
    expect(get).toHaveBeenCalledWith(expect.objectContaining({ otp: { transport: ['sms'] } }));
  });

  it('stops listening once the person types the code by hand', async () => {
    const { signals } = stubWebOtp(
      (signal) => new Promise((_, reject) => signal.addEventListener('abort', reject)),
    );
    await render(<Harness />);
    await expect.poll(() => signals.length).toBe(1);
    await userEvent.click(field());
    await userEvent.keyboard('1');
    expect(signals[0]?.aborted).toBe(true);
  });

  it('listens again when the person clears the field', async () => {
    const { signals } = stubWebOtp(
      (signal) => new Promise((_, reject) => signal.addEventListener('abort', reject)),
    );
    await render(<Harness />);
    await expect.poll(() => signals.length).toBe(1);
    await userEvent.click(field());
    await userEvent.keyboard('1');
    await expect.poll(() => signals[0]?.aborted).toBe(true);
    await userEvent.keyboard('{Backspace}');
    await expect.element(field()).toHaveValue('');
    await expect.poll(() => signals.length).toBe(2);
    expect(signals[1]?.aborted).toBe(false);
  });

  it('renders once per keystroke while WebOTP listens, the first keystroke included', async () => {
    const { signals } = stubWebOtp(
      (signal) => new Promise((_, reject) => signal.addEventListener('abort', reject)),
    );
    const commits: string[] = [];
    await render(<Controlled onCommit={(phase) => commits.push(phase)} />);
    await expect.poll(() => signals.length).toBe(1);
    await userEvent.click(field());
    commits.length = 0;
    await userEvent.keyboard('1');
    await expect.element(field()).toHaveValue('1');
    expect(signals[0]?.aborted).toBe(true);
    expect(commits).toHaveLength(1);
  });
});
