import { loadPhoneMetadata } from '@verikit/core/phone';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import './styles.css';
import { OtpInput } from './OtpInput/OtpInput';
import { PhoneInput } from './PhoneInput/PhoneInput';

// Windows High Contrast and other forced-colors modes replace every author colour with a few system colours: state
// that was shown by colour alone (focus, the active option, an error) disappears unless the stylesheet redraws it.
beforeAll(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
  await loadPhoneMetadata('US');
});
afterAll(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});

function style(element: Element) {
  return getComputedStyle(element);
}

describe('forced colors (high contrast)', () => {
  it('is what the page is in', () => {
    expect(matchMedia('(forced-colors: active)').matches).toBe(true);
  });

  it('draws the phone field’s focus with a system-colour outline', async () => {
    await render(<PhoneInput defaultCountry="US" />);
    const input = page.getByRole('textbox', { name: 'Phone number' }).element();
    const group = input.closest('.vk-phone__group') as HTMLElement;
    const before = style(group).outlineStyle;
    await userEvent.click(input);
    expect(before).toBe('none');
    expect(style(group).outlineStyle).toBe('solid');
    expect(Number.parseFloat(style(group).outlineWidth)).toBeGreaterThanOrEqual(2);
  });

  it('shows which country the arrow keys point at by more than a tint', async () => {
    await render(<PhoneInput defaultCountry="US" />);
    await userEvent.click(page.getByRole('button', { name: /^Country:/ }));
    await userEvent.keyboard('{ArrowDown}');
    const options = page.getByRole('option').elements();
    const active = options.find((option) => option.hasAttribute('data-active')) as HTMLElement;
    const other = options.find((option) => !option.hasAttribute('data-active')) as HTMLElement;
    expect(style(active).backgroundColor).not.toBe(style(other).backgroundColor);
    expect(style(active).color).not.toBe(style(other).color);
  });

  it('keeps every code slot outlined and marks the one being typed into', async () => {
    await render(<OtpInput length={6} />);
    await userEvent.click(page.getByRole('textbox', { name: 'Verification code' }));
    const slots = [...document.querySelectorAll('.vk-otp__slot')] as HTMLElement[];
    expect(slots).toHaveLength(6);
    for (const slot of slots) {
      expect(style(slot).borderTopStyle).not.toBe('none');
      expect(Number.parseFloat(style(slot).borderTopWidth)).toBeGreaterThan(0);
    }
    const active = slots.filter((slot) => slot.hasAttribute('data-active'));
    expect(active).toHaveLength(1);
    expect(style(active[0] as HTMLElement).outlineStyle).toBe('solid');
  });
});
