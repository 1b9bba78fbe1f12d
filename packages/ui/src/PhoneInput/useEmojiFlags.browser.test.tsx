import { loadPhoneMetadata } from '@verikit/core/phone';
import { beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../styles.css';
import { PhoneInput } from './PhoneInput';
import { supportsEmojiFlags } from './useEmojiFlags';

beforeAll(async () => {
  await loadPhoneMetadata('US');
});

/** A second opinion, by pixels: does the platform paint 🇺🇸 in colour? (An emoji flag is coloured; letters or empty
 * boxes drawn by a text font are not.) */
function paintsColourFlag(): boolean {
  const canvas = document.createElement('canvas');
  canvas.width = 48;
  canvas.height = 48;
  const context = canvas.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D;
  context.font = '32px "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji", sans-serif';
  context.textBaseline = 'top';
  context.fillText('\u{1F1FA}\u{1F1F8}', 0, 0);
  const { data } = context.getImageData(0, 0, 48, 48);
  for (let index = 0; index < data.length; index += 4) {
    const [red, green, blue, alpha] = [data[index], data[index + 1], data[index + 2], data[index + 3]];
    if (alpha !== 0 && (red !== green || green !== blue)) return true;
  }
  return false;
}

describe('PhoneInput flags in Chromium', () => {
  it('measures flag support as the pixels show it', () => {
    expect(supportsEmojiFlags()).toBe(paintsColourFlag());
  });

  it('shows the ISO letters where the platform draws no flags, the flag where it does', async () => {
    await render(<PhoneInput defaultCountry="US" />);
    const flag = document.querySelector('.vk-phone__countryButton .vk-phone__flag') as HTMLElement;
    if (paintsColourFlag()) {
      expect(flag.textContent).toBe('\u{1F1FA}\u{1F1F8}');
      expect(flag.dataset.flag).toBe('emoji');
    } else {
      // Debian's Chromium without a colour-emoji font: two empty boxes before; the letters now, drawn by the
      // stylesheet.
      expect(flag.textContent).toBe('');
      expect(flag.dataset.flag).toBe('letters');
      expect(getComputedStyle(flag, '::before').content).toBe('"US"');
    }
    await userEvent.click(page.getByRole('button', { name: /Country: United States/ }));
    const option = page.getByRole('option', { name: /United States/ }).element();
    const optionFlag = option.querySelector('.vk-phone__flag') as HTMLElement;
    expect(optionFlag.textContent).toBe(flag.textContent);
    expect(getComputedStyle(optionFlag, '::before').content).toBe(getComputedStyle(flag, '::before').content);
  });
});
