import { VerificationProvider } from '@verikit/react';
import { createManualClock, createSinchEmulator } from '@verikit/sinch-emulator';
import axe from 'axe-core';
import { useEffect } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../styles.css';
import { emulatedClient } from '../testing/emulatedClient';
import type { BotCheckSlotProps } from './BotCheckStep';
import { PhoneVerification } from './PhoneVerification';

// The drop-in's bot-check step end to end: the real proxy (botCheck with a custom verifier, when: 'always') on the
// real emulator, in-process; the widget is a stand-in an app could write, driven by keyboard only.
const NUMBER = '+46701234567';

/** A widget of the app's own: a checkbox whose token the proxy's verifier knows; each check gives a new token. */
function PersonCheckbox({ onToken, isBusy }: BotCheckSlotProps) {
  return (
    <label>
      <input
        type="checkbox"
        disabled={isBusy}
        onChange={(event) => {
          if (event.target.checked) onToken(`person-${crypto.randomUUID()}`);
        }}
      />
      I am a person
    </label>
  );
}

/** A widget rendered in an effect on its callbacks, as Turnstile's and hCaptcha's are: `renders` counts the renders. */
function EffectWidget({ renders, ...props }: BotCheckSlotProps & { renders: unknown[] }) {
  const { onToken, onError, onExpire } = props;
  useEffect(() => {
    renders.push([onToken, onError, onExpire]);
  }, [renders, onToken, onError, onExpire]);
  return <PersonCheckbox {...props} />;
}

/** A widget that can fail on its own, as a script that did not load would: it calls `onError`. */
function FailingWidget(props: BotCheckSlotProps) {
  return (
    <>
      <button type="button" onClick={props.onError}>
        Break the widget
      </button>
      <PersonCheckbox {...props} />
    </>
  );
}

async function setup({
  withSlot = true,
  refuseFirst = false,
  widget = (props: BotCheckSlotProps) => <PersonCheckbox {...props} />,
} = {}) {
  const clock = createManualClock(Date.UTC(2026, 0, 1));
  const emulator = createSinchEmulator({ now: clock.now, seed: 7 });
  const checked: string[] = [];
  const client = emulatedClient({
    fetch: emulator.fetch,
    now: clock.now,
    botCheck: {
      when: 'always',
      verifier: (token) => {
        checked.push(token);
        return token.startsWith('person-') && !(refuseFirst && checked.length === 1);
      },
    },
  });
  const onVerified = vi.fn();
  const screen = await render(
    <VerificationProvider client={client}>
      <PhoneVerification
        clock={clock}
        onVerified={onVerified}
        renderBotCheck={withSlot ? widget : undefined}
      />
    </VerificationProvider>,
  );
  return { checked, emulator, onVerified, screen };
}

async function axeViolations(container: HTMLElement) {
  const results = await axe.run(container, { resultTypes: ['violations'] });
  return results.violations.map((violation) => `${violation.id}: ${violation.help}`);
}

/** Types the number and sends it, keyboard only. */
async function sendNumber() {
  const field = page.getByRole('textbox', { name: 'Phone number' });
  // The country button comes first, then the number.
  for (let presses = 0; presses < 3 && document.activeElement !== field.element(); presses++) {
    await userEvent.tab();
  }
  await expect.element(field).toHaveFocus();
  await userEvent.keyboard(NUMBER);
  await userEvent.keyboard('{Enter}');
}

/** Tabs from the focused heading to the widget's checkbox and checks it. */
async function checkPerson() {
  const checkbox = page.getByRole('checkbox', { name: 'I am a person' });
  await userEvent.tab();
  await expect.element(checkbox).toHaveFocus();
  await userEvent.keyboard(' ');
}

describe('PhoneVerification: the bot check the proxy asks for', () => {
  it('start → bot-check step → token → code → verified, by keyboard only, with no axe violation', async () => {
    const { checked, emulator, onVerified, screen } = await setup();
    await sendNumber();
    const heading = page.getByRole('heading', { name: 'Confirm you are a person' });
    await expect.element(heading).toHaveFocus();
    await expect
      .element(page.getByRole('region', { name: 'Confirm you are a person' }))
      .toHaveTextContent('Confirm you are a person to continue.');
    await expect.element(page.getByRole('status')).toHaveTextContent('Confirm you are a person to continue.');
    expect(emulator.inbox.all()).toHaveLength(0);
    expect(await axeViolations(screen.container)).toEqual([]);
    await checkPerson();
    const code = page.getByRole('textbox', { name: 'Verification code' });
    await expect.element(code).toHaveFocus();
    expect(checked).toHaveLength(1);
    await expect.element(page.getByRole('status')).toHaveTextContent('We sent a code to +46 70 123 45 67.');
    expect(await axeViolations(screen.container)).toEqual([]);
    await userEvent.keyboard(emulator.inbox.latest(NUMBER)?.code as string);
    await expect.element(page.getByRole('heading', { name: 'Phone number verified' })).toHaveFocus();
    expect(onVerified).toHaveBeenCalledTimes(1);
  });

  it('says a refused token was refused, renders the widget afresh and passes with a new token', async () => {
    const { checked, emulator } = await setup({ refuseFirst: true });
    await sendNumber();
    await expect.element(page.getByRole('heading', { name: 'Confirm you are a person' })).toHaveFocus();
    await checkPerson();
    const refused = 'We could not confirm you are a person. Please try again.';
    const step = page.getByRole('region', { name: 'Confirm you are a person' });
    await expect.element(step.getByText(refused)).toBeVisible();
    await expect.element(page.getByRole('status')).toHaveTextContent(refused);
    // The widget was remounted: unchecked, ready for a new token.
    const checkbox = page.getByRole('checkbox', { name: 'I am a person' });
    await expect.element(checkbox).not.toBeChecked();
    // Focus, which was in the widget now gone, is back on the step's heading.
    await expect.element(page.getByRole('heading', { name: 'Confirm you are a person' })).toHaveFocus();
    await checkPerson();
    await expect.element(page.getByRole('textbox', { name: 'Verification code' })).toHaveFocus();
    expect(new Set(checked).size).toBe(2);
    expect(emulator.inbox.all()).toHaveLength(1);
  });

  it('keeps the widget’s callbacks the same while a token is checked, so a widget rendered in an effect renders once', async () => {
    const renders: unknown[] = [];
    await setup({ refuseFirst: true, widget: (props) => <EffectWidget {...props} renders={renders} /> });
    await sendNumber();
    await expect.element(page.getByRole('heading', { name: 'Confirm you are a person' })).toHaveFocus();
    await checkPerson();
    const step = page.getByRole('region', { name: 'Confirm you are a person' });
    await expect
      .element(step.getByText('We could not confirm you are a person. Please try again.'))
      .toBeVisible();
    await expect.element(page.getByRole('heading', { name: 'Confirm you are a person' })).toHaveFocus();
    await expect.element(page.getByRole('checkbox', { name: 'I am a person' })).not.toBeChecked();
    // Once on arrival, once more for the new widget after the refusal: never for the busy state in between.
    await vi.waitFor(() => expect(renders).toHaveLength(2));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(renders).toHaveLength(2);
  });

  it('says so when the widget fails on its own, announces it, and a new widget passes', async () => {
    const { checked, emulator } = await setup({ widget: (props) => <FailingWidget {...props} /> });
    await sendNumber();
    await expect.element(page.getByRole('heading', { name: 'Confirm you are a person' })).toHaveFocus();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    const failed = 'We could not confirm you are a person. Please try again.';
    const step = page.getByRole('region', { name: 'Confirm you are a person' });
    await expect.element(step.getByText(failed)).toBeVisible();
    await expect.element(page.getByRole('status')).toHaveTextContent(failed);
    await expect.element(page.getByRole('heading', { name: 'Confirm you are a person' })).toHaveFocus();
    expect(checked).toEqual([]);
    await userEvent.tab();
    await userEvent.tab();
    await expect.element(page.getByRole('checkbox', { name: 'I am a person' })).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect.element(page.getByRole('textbox', { name: 'Verification code' })).toHaveFocus();
    expect(emulator.inbox.all()).toHaveLength(1);
  });

  it('goes back to phone entry from the bot check, keeping the number', async () => {
    await setup();
    await sendNumber();
    await expect.element(page.getByRole('heading', { name: 'Confirm you are a person' })).toHaveFocus();
    await userEvent.tab();
    await userEvent.tab();
    await expect.element(page.getByRole('button', { name: 'Back' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByRole('button', { name: 'Text me a code' })).toBeVisible();
    const field = page.getByRole('textbox', { name: 'Phone number' }).element() as HTMLInputElement;
    expect(field.value.replace(/\D/g, '')).toMatch(/701234567$/);
  });

  it('without renderBotCheck, shows the demand as an error and warns the developer once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const { emulator } = await setup({ withSlot: false });
      await sendNumber();
      const demand = page
        .getByRole('form', { name: 'Verify your phone number' })
        .getByText('Confirm you are a person to continue.');
      await expect.element(demand).toBeVisible();
      expect(page.getByRole('checkbox').elements()).toHaveLength(0);
      await userEvent.keyboard('{Enter}');
      await expect.element(demand).toBeVisible();
      const warnings = warn.mock.calls.filter(([text]) => String(text).includes('renderBotCheck'));
      expect(warnings).toHaveLength(1);
      expect(emulator.inbox.all()).toHaveLength(0);
    } finally {
      warn.mockRestore();
    }
  });
});
