import { parseCliFilter } from '@verikit/core';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import './styles.css';
import { CalloutWaiting } from './CalloutWaiting';
import { FlashcallWaiting } from './FlashcallWaiting';
import { LocaleProvider } from './i18n/LocaleProvider';
import { ar } from './locales/ar';
import { SeamlessWaiting } from './SeamlessWaiting';
import { SmsWaiting, type SmsWaitingProps } from './SmsWaiting';

// The waiting steps used on their own, as a team that lays out its own page would: no drop-in, no live region but
// the step's.
const E164 = '+46700000100';
const DISPLAY = '+46 70 000 01 00';

function status() {
  return page.getByRole('status');
}

function sms(props: Partial<SmsWaitingProps> = {}) {
  return (
    <SmsWaiting
      phoneNumber={E164}
      displayNumber={DISPLAY}
      secondsLeft={300}
      resendInSeconds={30}
      onResend={() => {}}
      onComplete={() => {}}
      otpInputProps={{ webOtp: false }}
      {...props}
    />
  );
}

/** Where one character of an element's text is drawn. */
function characterLeft(element: Element, character: string): number {
  const text = element.firstChild as Text;
  const index = (text.textContent ?? '').indexOf(character);
  const range = document.createRange();
  range.setStart(text, index);
  range.setEnd(text, index + 1);
  return range.getBoundingClientRect().left;
}

describe('the waiting steps on their own, in Chromium', () => {
  it('show the number as people read it, and fall back to E.164', async () => {
    // Silent here, so the only text found is the one on screen (the live region repeats it).
    const screen = await render(sms({ announce: false }));
    await expect.element(page.getByText(`We sent a code to ${DISPLAY}.`, { exact: true })).toBeVisible();
    await screen.rerender(sms({ announce: false, displayNumber: undefined }));
    await expect.element(page.getByText(`We sent a code to ${E164}.`, { exact: true })).toBeVisible();
  });

  it('show the number in every step', async () => {
    const common = { phoneNumber: E164, displayNumber: DISPLAY };
    await render(
      <>
        <CalloutWaiting {...common} onComplete={() => {}} autoFocus={false} announce={false} />
        <FlashcallWaiting
          {...common}
          challenge={parseCliFilter('+4671234(\\d{4})')}
          onSubmit={() => {}}
          autoFocus={false}
          announce={false}
        />
        <SeamlessWaiting {...common} autoFocus={false} announce={false} />
      </>,
    );
    await expect
      .element(page.getByText(`Answer the call to ${DISPLAY}. A voice will read your code.`, { exact: true }))
      .toBeVisible();
    await expect.element(page.getByText(new RegExp(`^\\${DISPLAY} will get a call`))).toBeVisible();
    await expect.element(page.getByText(new RegExp(`confirming \\${DISPLAY} over`))).toBeVisible();
  });

  it('keep the number left to right, plus sign first, in right-to-left text', async () => {
    await render(
      <div dir="rtl" lang="ar">
        <LocaleProvider locale="ar" messages={ar}>
          {sms()}
        </LocaleProvider>
      </div>,
    );
    const number = page.getByText(DISPLAY, { exact: true });
    await expect.element(number).toBeVisible();
    const element = number.element();
    expect(element.tagName).toBe('BDI');
    expect(getComputedStyle(element).direction).toBe('ltr');
    // Drawn left to right: "+" left of the country code, the last group at the right end.
    expect(characterLeft(element, '+')).toBeLessThan(characterLeft(element, '4'));
    expect(characterLeft(element, '4')).toBeLessThan(characterLeft(element, '7'));
  });

  it('announce their appearance, then each countdown milestone (not every second), politely', async () => {
    const screen = await render(sms({ secondsLeft: 75 }));
    const region = status();
    await expect.element(region).toHaveAttribute('aria-live', 'polite');
    await expect.element(region).toHaveTextContent(`We sent a code to ${DISPLAY}.`);
    await screen.rerender(sms({ secondsLeft: 74 }));
    await expect.element(region).toHaveTextContent(`We sent a code to ${DISPLAY}.`);
    await screen.rerender(sms({ secondsLeft: 60 }));
    await expect.element(region).toHaveTextContent('1 minute left.');
    await screen.rerender(sms({ secondsLeft: 45 }));
    await expect.element(region).toHaveTextContent('1 minute left.');
    await screen.rerender(sms({ secondsLeft: 30 }));
    await expect.element(region).toHaveTextContent('30 seconds left.');
    await screen.rerender(sms({ secondsLeft: 10 }));
    await expect.element(region).toHaveTextContent('10 seconds left.');
    await screen.rerender(sms({ secondsLeft: 0 }));
    await expect.element(region).toHaveTextContent('Time is up.');
    await screen.rerender(sms({ secondsLeft: 0, resendInSeconds: 0 }));
    await expect.element(region).toHaveTextContent('You can request a new one now.');
    // Visually hidden, also without the stylesheet's help (unstyled pages).
    expect((region.element() as HTMLElement).getBoundingClientRect().width).toBeLessThanOrEqual(1);
  });

  it('announce checking and each new error with the attempts left', async () => {
    const screen = await render(sms({ value: '1234', codeLength: 4 }));
    await expect.element(status()).toHaveTextContent(`We sent a code to ${DISPLAY}.`);
    await screen.rerender(sms({ value: '1234', codeLength: 4, isVerifying: true }));
    await expect.element(status()).toHaveTextContent('Checking…');
    await screen.rerender(
      sms({ value: '1234', codeLength: 4, errorMessage: 'That code is not right.', attemptsLeft: 2 }),
    );
    await expect.element(status()).toHaveTextContent('That code is not right. 2 attempts left');
    expect(await axe.run(document.body, { resultTypes: ['violations'] }).then((r) => r.violations)).toEqual(
      [],
    );
  });

  it('announce a flash call and the timed-out seamless step, one region each', async () => {
    const screen = await render(
      <FlashcallWaiting
        phoneNumber={E164}
        displayNumber={DISPLAY}
        challenge={parseCliFilter('+4671234(\\d{4})')}
        secondsLeft={20}
        onSubmit={() => {}}
      />,
    );
    await expect.element(status()).toHaveTextContent(`We are calling ${DISPLAY}. Don’t answer.`);
    await screen.rerender(<SeamlessWaiting phoneNumber={E164} displayNumber={DISPLAY} secondsLeft={20} />);
    await expect.element(status()).toHaveTextContent(`Checking ${DISPLAY} over mobile data.`);
    await screen.rerender(<SeamlessWaiting phoneNumber={E164} displayNumber={DISPLAY} secondsLeft={0} />);
    await expect.element(status()).toHaveTextContent('Time is up.');
    expect(document.querySelectorAll('[aria-live]')).toHaveLength(1);
  });

  it('stay silent with announce={false}, for pages that announce themselves', async () => {
    await render(sms({ announce: false }));
    await expect.element(page.getByRole('heading', { name: 'Enter the code we texted you' })).toBeVisible();
    expect(document.querySelectorAll('[aria-live]')).toHaveLength(0);
  });
});
