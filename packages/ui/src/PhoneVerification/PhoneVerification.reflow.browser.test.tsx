import type { VerificationMethod } from '@verikit/core';
import { VerificationProvider } from '@verikit/react';
import { createManualClock, createSinchEmulator } from '@verikit/sinch-emulator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../styles.css';
import { LocaleProvider } from '../i18n/LocaleProvider';
import { de } from '../locales/de';
import { emulatedClient } from '../testing/emulatedClient';
import { PhoneVerification } from './PhoneVerification';

// WCAG 2.2 1.4.10 Reflow: at 320 CSS px nothing may need sideways scrolling, at any step of the drop-in. German has
// the longest words of the packs, so each step is measured in English and in German.
const NUMBER = '+46701234567';
const METHODS = [
  'sms',
  'flashCall',
  'callout',
  'seamless',
  'whatsapp',
] as const satisfies readonly VerificationMethod[];
type Method = (typeof METHODS)[number];

beforeEach(async () => {
  await page.viewport(320, 640);
});
afterEach(async () => {
  await page.viewport(414, 896);
});

async function setup(locale: 'en' | 'de') {
  const clock = createManualClock(Date.UTC(2026, 0, 1));
  const emulator = createSinchEmulator({ now: clock.now, seed: 7 });
  const client = emulatedClient({
    fetch: emulator.fetch,
    now: clock.now,
    allowedMethods: [...METHODS],
    limits: { resendCooldownSeconds: 0 },
  });
  await render(
    <LocaleProvider locale={locale} messages={locale === 'de' ? de : undefined}>
      <VerificationProvider client={client}>
        {/* A signup page's grid: its implicit column grows to the narrowest width of what it holds. */}
        <div style={{ display: 'grid', gap: 16, padding: 24 }}>
          <PhoneVerification methods={[...METHODS]} clock={clock} />
        </div>
      </VerificationProvider>
    </LocaleProvider>,
  );
  return { emulator };
}

/** The page's width, and what sticks out past 320 px when it is wider (so a failure names the culprit). */
function horizontalOverflow() {
  const width = document.documentElement.scrollWidth;
  const culprits =
    width <= 320
      ? []
      : [...document.body.querySelectorAll<HTMLElement>('*')]
          .filter((element) => element.getBoundingClientRect().right > 320.5)
          .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
          .slice(0, 5);
  return { width, culprits };
}

const steps: Record<
  Method,
  { en: [option: string, submit: string, heading: RegExp]; de: [string, string, RegExp] }
> = {
  sms: {
    en: ['Text message (SMS)', 'Text me a code', /Enter the code we texted you/],
    de: ['SMS', 'Code per SMS senden', /Geben Sie den Code aus der SMS ein/],
  },
  flashCall: {
    en: ['Missed call', 'Call me', /We are calling you/],
    de: ['Verpasster Anruf', 'Mich anrufen', /Wir rufen Sie an/],
  },
  callout: {
    en: ['Voice call', 'Call me', /listen for the code/],
    de: ['Sprachanruf', 'Mich anrufen', /hören Sie auf den Code/],
  },
  seamless: {
    en: ['Mobile data', 'Verify my number', /Checking your number/],
    de: ['Mobile Daten', 'Nummer bestätigen', /Ihre Nummer wird geprüft/],
  },
  whatsapp: {
    en: ['WhatsApp message', 'Send me a code on WhatsApp', /We sent a code on WhatsApp/],
    de: [
      'WhatsApp-Nachricht',
      'Code per WhatsApp senden',
      /Wir haben Ihnen einen Code per WhatsApp gesendet/,
    ],
  },
};

describe('PhoneVerification at 320 CSS px (WCAG 1.4.10 Reflow)', () => {
  for (const locale of ['en', 'de'] as const) {
    it(`needs no sideways scrolling on the phone step, with an error, in ${locale}`, async () => {
      await setup(locale);
      await expect.element(page.getByRole('textbox').first()).toBeVisible();
      expect(horizontalOverflow()).toEqual({ width: 320, culprits: [] });
      await userEvent.fill(page.getByRole('textbox').first(), '+4670');
      await userEvent.click(page.getByRole('button', { name: steps.sms[locale][1] }));
      await expect.element(page.getByRole('textbox').first()).toBeInvalid();
      expect(horizontalOverflow()).toEqual({ width: 320, culprits: [] });
    });

    for (const method of METHODS) {
      it(`needs no sideways scrolling on the ${method} step in ${locale}`, async () => {
        await setup(locale);
        const [option, submit, heading] = steps[method][locale];
        await userEvent.fill(page.getByRole('textbox').first(), NUMBER);
        await userEvent.click(page.getByRole('radio', { name: option }));
        await userEvent.click(page.getByRole('button', { name: submit }));
        await expect.element(page.getByRole('heading', { name: heading })).toBeVisible();
        expect(horizontalOverflow()).toEqual({ width: 320, culprits: [] });
      });
    }

    it(`needs no sideways scrolling once verified in ${locale}`, async () => {
      const { emulator } = await setup(locale);
      await userEvent.fill(page.getByRole('textbox').first(), NUMBER);
      await userEvent.click(page.getByRole('button', { name: steps.sms[locale][1] }));
      await expect.element(page.getByRole('heading', { name: steps.sms[locale][2] })).toBeVisible();
      await userEvent.keyboard(emulator.inbox.latest(NUMBER)?.code as string);
      await expect
        .element(
          page.getByRole('heading', {
            name: locale === 'en' ? 'Phone number verified' : 'Telefonnummer bestätigt',
          }),
        )
        .toBeVisible();
      expect(horizontalOverflow()).toEqual({ width: 320, culprits: [] });
    });
  }
});
