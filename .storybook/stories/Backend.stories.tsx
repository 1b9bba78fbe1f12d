import type { Meta, StoryObj } from '@storybook/react-vite';
import { verifyProof } from '@verikit/proxy';
import { PhoneVerification } from '@verikit/ui';
import { useState } from 'react';
import { expect, waitFor } from 'storybook/test';
import { HeadlessVerification } from '../../playground/src/HeadlessVerification';
import { storyBackend, waitForDelivery } from '../backend';

/**
 * The stories' shared backend at work: the real proxy on the real emulator, in this tab. These stories check the
 * Storybook set-up itself (the provider, the inbox helper, a fresh emulator per story, the toolbar's theme and
 * locale), with the playground's plain-input headless form.
 */
function HeadlessDemo() {
  const [proof, setProof] = useState<string>();
  return (
    <div>
      <HeadlessVerification
        methods={['sms', 'flashCall', 'callout']}
        resendCooldownMs={30_000}
        onProof={setProof}
      />
      {proof ? <output data-testid="proof">{proof}</output> : null}
    </div>
  );
}

const meta = {
  title: 'Storybook/Backend',
  component: HeadlessDemo,
  tags: ['!autodocs'],
} satisfies Meta<typeof HeadlessDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

const NUMBER = '+46701239901';

export const SmsThroughTheInBrowserProxy: Story = {
  play: async ({ canvas, userEvent }) => {
    // A fresh emulator per story: nothing delivered yet.
    await expect(storyBackend().emulator.inbox.all()).toEqual([]);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Phone number, with country code' }), NUMBER);
    await userEvent.click(canvas.getByRole('button', { name: 'Send' }));
    const sms = await waitForDelivery(NUMBER, { method: 'sms' });
    await expect(sms.text).toContain(sms.code);
    await userEvent.type(await canvas.findByRole('textbox', { name: 'Code' }), sms.code ?? '');
    await userEvent.click(canvas.getByRole('button', { name: 'Verify' }));
    await expect(await canvas.findByRole('heading', { name: 'Phone verified' })).toBeVisible();
    // The proof the proxy issued is one the app's backend accepts.
    const proof = (await canvas.findByTestId('proof')).textContent ?? '';
    const verified = await verifyProof(proof, { secret: storyBackend().proofSecret });
    await expect(verified.phoneNumber).toBe(NUMBER);
    await expect(verified.method).toBe('sms');
  },
};

export const FaultsFromParameters: Story = {
  parameters: {
    verikit: { emulator: { faults: [{ match: NUMBER, on: ['start'], fault: 'httpError', status: 503 }] } },
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole('textbox', { name: 'Phone number, with country code' }), NUMBER);
    await userEvent.click(canvas.getByRole('button', { name: 'Send' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'The verification service is not available right now. Please try again in a moment.',
    );
    await expect(storyBackend().emulator.inbox.all()).toEqual([]);
  },
};

/** The drop-in, to see the toolbar's locale reach every string. */
function DropIn() {
  return <PhoneVerification methods={['sms', 'callout']} />;
}

export const LocaleFromTheToolbar: Story = {
  globals: { locale: 'de' },
  render: () => <DropIn />,
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByRole('heading', { name: 'Bestätigen Sie Ihre Telefonnummer' }),
    ).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: 'Telefonnummer' })).toBeVisible();
  },
};

export const DarkThemeArabic: Story = {
  globals: { theme: 'dark', locale: 'ar' },
  play: async ({ canvasElement }) => {
    const frame = canvasElement.querySelector<HTMLElement>('.story-frame');
    await expect(frame).toHaveAttribute('data-theme', 'dark');
    await expect(frame).toHaveAttribute('dir', 'rtl');
    await expect(frame).toHaveAttribute('lang', 'ar');
    await waitFor(() =>
      expect(getComputedStyle(frame as HTMLElement).backgroundColor).toBe('rgb(22, 22, 26)'),
    );
  },
};

export const BrandTheme: Story = {
  globals: { theme: 'brand', locale: 'de' },
  play: async ({ canvasElement }) => {
    const frame = canvasElement.querySelector<HTMLElement>('.story-frame') as HTMLElement;
    await expect(frame).toHaveAttribute('data-theme', 'brand');
    await expect(frame).toHaveAttribute('dir', 'ltr');
    // The brand theme is tokens only: the kit's own variables carry it.
    await expect(getComputedStyle(frame).getPropertyValue('--vk-color-accent').trim()).toBe('#006b5e');
    await expect(getComputedStyle(frame).backgroundColor).toBe('rgb(244, 251, 249)');
    // Tokens only: the theme's rule sets --vk-* custom properties (and its colour scheme), not one style of its own.
    const brandRules = [...document.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule)
      .filter((rule) => rule.selectorText.includes('[data-theme="brand"]'));
    await expect(brandRules.length).toBeGreaterThan(0);
    const properties = brandRules.flatMap((rule) => [...rule.style]);
    await expect(properties.filter((name) => !name.startsWith('--vk-') && name !== 'color-scheme')).toEqual(
      [],
    );
    await expect(properties.length).toBeGreaterThan(10);
  },
};
