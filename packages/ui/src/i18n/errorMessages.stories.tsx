import type { Meta, StoryObj } from '@storybook/react-vite';
import {
  formatMessage,
  VERIFICATION_ERROR_CODES,
  VERIFICATION_MESSAGES,
  type VerificationErrorCode,
} from '@verikit/core';
import { expect, within } from 'storybook/test';
import { formatDuration } from '../formatDuration';
import { errorMessages } from './errorMessages';
import { useLocalized } from './LocaleProvider';

/** The values a message's placeholders take in these previews: a known 30-second wait, a 6-digit code. */
function valuesFor(code: VerificationErrorCode, locale: string): Record<string, string | number> {
  if (code === 'rate_limited' || code === 'resend_cooldown')
    return { retry: 'known', time: formatDuration(30, locale) };
  if (code === 'incomplete_code') return { length: 6 };
  return {};
}

interface ErrorReasonProps {
  /** The error code whose message is shown, as the drop-in shows a step's error. */
  code: VerificationErrorCode;
}

/** One error reason in words, in the toolbar's locale, styled as the drop-in's error note. */
function ErrorReason({ code }: ErrorReasonProps) {
  const { t, locale, direction } = useLocalized(errorMessages);
  return (
    <div className="vk-verification" dir={direction}>
      <p className="vk-verification__error" data-code={code}>
        {t(`error.${code}`, valuesFor(code, locale))}
      </p>
    </div>
  );
}

/** Every error reason of core's catalogue, each in words as a person reads it, in the toolbar's locale. */
function EveryErrorReason() {
  const { t, locale, direction } = useLocalized(errorMessages);
  return (
    <dl className="vk-verification" dir={direction} style={{ maxInlineSize: '48rem' }}>
      {VERIFICATION_ERROR_CODES.map((code) => (
        <div key={code}>
          <dt>
            <code>{code}</code>
          </dt>
          <dd className="vk-verification__error" data-code={code} style={{ marginInlineStart: 0 }}>
            {t(`error.${code}`, valuesFor(code, locale))}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * What each error of the catalogue (`VERIFICATION_MESSAGES` in `@verikit/core`: the proxy's codes, the transport's,
 * and every Sinch outcome `reason`) says to a person. Pick one with the `code` control; switch the locale in the
 * toolbar. An app rewords any of them with `<LocaleProvider messages={{ 'error.rate_limited': '…' }}>`.
 */
const meta = {
  title: 'Errors/Error reasons',
  component: ErrorReason,
  parameters: { verikit: { provider: false } },
  args: { code: 'invalid_code' },
  argTypes: {
    code: { control: 'select', options: VERIFICATION_ERROR_CODES },
  },
} satisfies Meta<typeof ErrorReason>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The messages as the page shows them: each `dd` in catalogue order, keyed by its `data-code`. */
function shownMessages(canvasElement: HTMLElement): Map<string, string> {
  const entries = [...canvasElement.querySelectorAll<HTMLElement>('[data-code]')];
  return new Map(entries.map((entry) => [entry.dataset.code ?? '', entry.textContent ?? '']));
}

function englishOf(code: VerificationErrorCode): string {
  return formatMessage(VERIFICATION_MESSAGES[code], valuesFor(code, 'en'), 'en');
}

/** Each message is a whole sentence in the locale: no placeholder or key left, none falling back to English. */
async function expectEveryReasonTranslated(canvasElement: HTMLElement) {
  const shown = shownMessages(canvasElement);
  await expect([...shown.keys()]).toEqual(VERIFICATION_ERROR_CODES);
  for (const code of VERIFICATION_ERROR_CODES) {
    const text = shown.get(code) ?? '';
    await expect(text, code).not.toMatch(/[{}]|error\./);
    await expect(text, code).not.toBe(englishOf(code));
    await expect(text.length, code).toBeGreaterThan(10);
  }
}

export const OneReason: Story = {
  args: { code: 'rate_limited' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Too many attempts. Try again in 0:30.')).toBeVisible();
  },
};

export const EveryReasonInEnglish: Story = {
  render: () => <EveryErrorReason />,
  play: async ({ canvasElement }) => {
    const shown = shownMessages(canvasElement);
    // Every code of core's catalogue, in its order, with core's English words.
    await expect([...shown.keys()]).toEqual(VERIFICATION_ERROR_CODES);
    for (const code of VERIFICATION_ERROR_CODES) await expect(shown.get(code), code).toBe(englishOf(code));
    await expect(shown.get('invalid_code')).toBe('That code is not right. Check it and try again.');
    await expect(shown.get('incomplete_code')).toBe('Enter all 6 digits.');
    await expect(shown.get('delivery_failed')).toBe('We could not deliver the message. Try another way.');
  },
};

export const EveryReasonInGerman: Story = {
  globals: { locale: 'de' },
  render: () => <EveryErrorReason />,
  play: async ({ canvasElement }) => {
    await expectEveryReasonTranslated(canvasElement);
    const shown = shownMessages(canvasElement);
    await expect(shown.get('rate_limited')).toBe('Zu viele Versuche. Versuchen Sie es in 0:30 erneut.');
    await expect(shown.get('incomplete_code')).toBe('Geben Sie alle 6 Ziffern ein.');
  },
};

export const EveryReasonInArabic: Story = {
  globals: { locale: 'ar' },
  render: () => <EveryErrorReason />,
  play: async ({ canvasElement }) => {
    await expectEveryReasonTranslated(canvasElement);
    await expect(canvasElement.querySelector('dl')).toHaveAttribute('dir', 'rtl');
    // Arabic digits in the wait, as the Countdown shows them.
    await expect(shownMessages(canvasElement).get('rate_limited')).toContain(formatDuration(30, 'ar'));
  },
};

export const EveryReasonInHebrew: Story = {
  globals: { locale: 'he' },
  render: () => <EveryErrorReason />,
  play: async ({ canvasElement }) => {
    await expectEveryReasonTranslated(canvasElement);
    await expect(canvasElement.querySelector('dl')).toHaveAttribute('dir', 'rtl');
  },
};

export const EveryReasonDarkTheme: Story = {
  globals: { theme: 'dark' },
  render: () => <EveryErrorReason />,
  // axe judges the error note's contrast on the dark page.
  play: async ({ canvasElement }) => {
    await expect(shownMessages(canvasElement).size).toBe(VERIFICATION_ERROR_CODES.length);
  },
};

export const EveryReasonBrandTheme: Story = {
  globals: { theme: 'brand' },
  render: () => <EveryErrorReason />,
  play: async ({ canvasElement }) => {
    await expect(shownMessages(canvasElement).size).toBe(VERIFICATION_ERROR_CODES.length);
  },
};
